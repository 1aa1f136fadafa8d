// A string written with the encoding 'buffer' and an unknown encoding: node's errors.
const net = require('net');
const server = net.createServer().listen(0, () => {
  const client = net.connect(server.address().port, () => {
    try { client.write('broken', 'buffer'); } catch (e) { console.log(e.name, e.code, e.message); }
    try { client.write('broken', 'bogus'); } catch (e) { console.log(e.name, e.code, e.message); }
    client.destroy(); server.close();
  });
});

// maxConnections: connections beyond the limit are dropped ('drop' event with the
// addresses) and closed at once.
const net = require('net');
const { listen, guard, scrub, port } = require('./_helpers');
guard();

const server = net.createServer((sock) => {
  console.log('connection', server._connections);
});
server.maxConnections = 1;
server.on('drop', (data) => {
  console.log('drop', Object.keys(data).join(','), data.localAddress, data.remoteAddress,
              data.localFamily, data.remoteFamily, typeof data.localPort, typeof data.remotePort);
});
listen(server).then(() => {
  const p = server.address().port;
  const a = net.connect(p, '127.0.0.1', () => {
    const b = net.connect(p, '127.0.0.1');
    b.on('error', (e) => console.log('b error', e.code));
    b.on('end', () => console.log('b end'));
    b.on('close', () => {
      console.log('b close');
      a.destroy();
      a.on('close', () => server.close(() => console.log('server closed')));
    });
  });
});

// The onread option of connect(): data is copied into a user buffer and handed to the
// callback instead of 'data' events; returning false pauses the socket.
const net = require('net');
const { listen, guard } = require('./_helpers');
guard();

const server = net.createServer((sock) => {
  sock.end(Buffer.alloc(100000, 'a'));
});
listen(server).then(() => {
  const buf = Buffer.alloc(4096);
  let total = 0;
  let calls = 0;
  let maxChunk = 0;
  let paused = false;
  const c = net.connect({
    port: server.address().port,
    host: '127.0.0.1',
    onread: {
      buffer: buf,
      callback(n, b) {
        calls++;
        total += n;
        if (n > maxChunk) maxChunk = n;
        if (b !== buf) console.log('not the user buffer');
        if (!paused && total > 50000) {
          paused = true;
          setTimeout(() => c.resume(), 20);
          return false;
        }
      },
    },
  });
  c.on('data', () => console.log('unexpected data event'));
  c.on('end', () => {
    console.log('end', total, 'chunks fit the buffer', maxChunk <= buf.length, 'several', calls > 1);
    server.close();
  });
});

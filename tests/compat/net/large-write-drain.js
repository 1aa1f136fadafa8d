// Large writes with backpressure: the client writes 8 MiB in 64 KiB chunks, waiting for
// 'drain' whenever write() returns false; the server counts bytes and a checksum; then
// the server echoes 4 MiB back in one write.
const net = require('net');
const { listen, guard } = require('./_helpers');
guard(30000);

const CHUNK = 64 * 1024;
const TOTAL = 8 * 1024 * 1024;

function pattern(n, seed) {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = (i * 31 + seed) & 0xff;
  return b;
}

const server = net.createServer((sock) => {
  let bytes = 0;
  let sum = 0;
  sock.on('data', (d) => {
    bytes += d.length;
    for (let i = 0; i < d.length; i += 997) sum = (sum + d[i]) % 1000003;
  });
  sock.on('end', () => {
    console.log('server received', bytes, bytes === TOTAL);
    const big = pattern(4 * 1024 * 1024, 7);
    const ret = sock.write(big);
    console.log('server big write returned', ret, 'bufferSize>0', sock.bufferSize > 0 || ret);
    sock.end();
  });
});

listen(server).then(() => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let written = 0;
  let drains = 0;
  let falses = 0;
  const chunk = pattern(CHUNK, 3);
  function pump() {
    while (written < TOTAL) {
      written += CHUNK;
      if (!c.write(chunk)) {
        falses++;
        c.once('drain', () => {
          drains++;
          pump();
        });
        return;
      }
    }
    console.log('client wrote all', written, 'saw backpressure', falses > 0, 'drains match', drains === falses);
    c.end();
  }
  c.on('connect', pump);
  let back = 0;
  c.on('data', (d) => { back += d.length; });
  c.on('end', () => console.log('client received', back));
  c.on('close', (hadError) => {
    console.log('client close', hadError, c.bytesWritten === TOTAL, c.bytesRead);
    server.close();
  });
});

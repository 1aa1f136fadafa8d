// pause() stops 'data' events (bytes wait in the readable buffer, reading from the
// socket stops once it is full), resume() delivers everything in order.
const net = require('net');
const { listen, guard } = require('./_helpers');
guard(20000);

const server = net.createServer((sock) => {
  // 1 MiB in 16 KiB chunks, then end.
  const chunk = Buffer.alloc(16 * 1024, 'x');
  let n = 0;
  (function write() {
    while (n < 64) {
      n++;
      if (!sock.write(chunk)) return sock.once('drain', write);
    }
    sock.end();
  })();
});

listen(server).then(() => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let received = 0;
  let duringPause = 0;
  let paused = false;
  c.on('data', (d) => {
    if (paused) duringPause += d.length;
    received += d.length;
    if (received >= 100000 && received - d.length < 100000) {
      c.pause();
      paused = true;
      console.log('paused', c.isPaused(), c.readableFlowing);
      setTimeout(() => {
        console.log('buffered while paused > 0', c.readableLength > 0, 'data during pause', duringPause);
        console.log('readable buffer bounded', c.readableLength <= c.readableHighWaterMark * 2 + 65536);
        paused = false;
        c.resume();
        console.log('resumed', c.isPaused(), c.readableFlowing);
      }, 100);
    }
  });
  c.on('end', () => console.log('end, received', received));
  c.on('close', () => server.close());
});

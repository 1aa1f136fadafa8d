// setTimeout(): 'timeout' after inactivity (the socket stays open), activity restarts
// the timer, setTimeout(0) turns it off, and the timer does not keep the process alive.
const net = require('net');
const { listen, guard } = require('./_helpers');
guard();

const server = net.createServer((sock) => {
  sock.on('data', (d) => sock.write(d));
});
listen(server).then(() => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', timeout: 80 });
  console.log('timeout property', c.timeout);
  c.resume();
  let timeouts = 0;
  c.on('timeout', function onTimeout() {
    timeouts++;
    console.log('timeout', timeouts, 'destroyed', c.destroyed);
    if (timeouts === 1) {
      // Keep busy for a while: no timeout while writing every 20 ms.
      let n = 0;
      const iv = setInterval(() => {
        c.write('x');
        if (++n === 8) {
          clearInterval(iv);
          console.log('busy phase done');
        }
      }, 20);
    } else {
      const r = c.setTimeout(0);
      console.log('setTimeout(0) returns the socket', r === c, c.timeout);
      setTimeout(() => {
        console.log('no more timeouts', timeouts);
        c.off('timeout', onTimeout);
        c.setTimeout(30, () => {
          console.log('callback form');
          c.end();
        });
      }, 150);
    }
  });
  c.on('close', () => server.close(() => console.log('closed')));
});

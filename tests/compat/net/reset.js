// resetAndDestroy() sends a RST: the peer's read fails with ECONNRESET; resetting a
// socket that is still connecting waits for the connection.
const net = require('net');
const { listen, log, track, flush, steps, guard } = require('./_helpers');
guard();

steps([
  ['client resets', () => new Promise((resolve) => {
    let closed = 0;
    const done = () => { if (++closed === 2) server.close(resolve); };
    const server = net.createServer((s) => {
      track('server-socket', s, ['end', 'error', 'close']);
      s.on('close', done);
      s.resume();
    });
    listen(server).then(() => {
      const c = net.connect(server.address().port, '127.0.0.1');
      track('client', c, ['connect', 'error', 'close']);
      c.on('close', done);
      const r = c.resetAndDestroy();
      log('client', 'returns socket', r === c, 'destroyed', c.destroyed);
    });
  })],
  ['server resets', () => new Promise((resolve) => {
    let closed = 0;
    const done = () => { if (++closed === 2) server.close(resolve); };
    const server = net.createServer((s) => {
      track('server-socket', s, ['error', 'close']);
      s.on('close', done);
      s.once('data', () => s.resetAndDestroy());
    });
    listen(server).then(() => {
      const c = net.connect(server.address().port, '127.0.0.1', () => c.write('hi'));
      track('client', c, ['end', 'error', 'close']);
      c.on('close', done);
    });
  })],
]);

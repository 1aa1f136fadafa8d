// destroy() with and without an error, on both sides, and what the other side sees.
const net = require('net');
const { listen, log, track, flush, steps, guard, SOCKET_EVENTS } = require('./_helpers');
guard();

function pair(onServerSocket, onClient) {
  return new Promise((resolve) => {
    let closed = 0;
    const done = () => { if (++closed === 2) server.close(resolve); };
    const server = net.createServer((sock) => {
      track('server-socket', sock, SOCKET_EVENTS);
      sock.on('close', done);
      onServerSocket(sock);
    });
    listen(server).then(() => {
      const c = net.connect(server.address().port, '127.0.0.1');
      track('client', c, SOCKET_EVENTS);
      c.on('close', done);
      onClient(c);
    });
  });
}

steps([
  ['client destroy(err)', () => pair(() => {}, (c) => c.on('connect', () => {
    c.destroy(new Error('boom'));
    log('client', 'after destroy', c.destroyed, c.readyState, c.writable, c.readable);
  }))],
  ['client destroy()', () => pair(() => {}, (c) => c.on('connect', () => c.destroy()))],
  ['server destroy() while client writes', () => pair((s) => s.once('data', () => s.destroy()),
    (c) => c.on('connect', () => c.write('x')))],
  ['destroy before connect', () => new Promise((resolve) => {
    const c = net.connect(1, '127.0.0.1');
    track('client', c, SOCKET_EVENTS);
    c.destroy();
    log('client', 'destroyed', c.destroyed, c.connecting, c.pending, c.readyState);
    c.on('close', resolve);
  })],
  ['destroy twice and write after destroy', () => pair(() => {}, (c) => c.on('connect', () => {
    c.destroy(new Error('first'));
    c.destroy(new Error('second'));
    c.write('late', (err) => log('client', 'write cb', err));
  }))],
]);

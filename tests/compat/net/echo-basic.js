// A TCP echo round trip: the events of both sides in order, and the socket properties
// on the way.
const net = require('net');
const { listen, log, track, flush, guard, SOCKET_EVENTS } = require('./_helpers');
guard();

const server = net.createServer((sock) => {
  track('server-socket', sock, SOCKET_EVENTS);
  log('server', 'connection', sock.remoteAddress, sock.remoteFamily, typeof sock.remotePort,
      sock.localAddress, sock.readyState, sock.pending, sock.connecting);
  sock.on('data', (d) => {
    log('server-socket', 'data', JSON.stringify(d.toString()));
    sock.write(d);
  });
});
track('server', server, ['listening', 'close', 'error']);

listen(server).then(() => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    log('client', 'connect callback', c.readyState, c.remoteAddress, c.remoteFamily);
    c.write('hello');
  });
  track('client', c, SOCKET_EVENTS);
  log('client', 'after connect()', c.readyState, c.pending, c.connecting);
  c.once('data', (d) => {
    log('client', 'data', JSON.stringify(d.toString()));
    c.end('bye');
  });
  c.on('close', () => {
    log('client', 'bytes', c.bytesRead, c.bytesWritten, c.readyState, c.destroyed);
    server.close(() => flush());
  });
});

// Unix domain sockets: a server on a path in a temporary directory, an echo round trip,
// address() shapes, and the errors for a taken path and a missing one.
const net = require('net');
const path = require('path');
const { tmpdir, log, track, flush, fmtErr, guard, SOCKET_EVENTS } = require('./_helpers');
guard();

const sockPath = path.join(tmpdir(), 'echo.sock');
const server = net.createServer((sock) => {
  log('server', 'connection', JSON.stringify(sock.address()), sock.remoteAddress,
      sock.remotePort, sock.localAddress);
  track('server-socket', sock, SOCKET_EVENTS);
  sock.pipe(sock);
});
track('server', server, ['listening', 'close', 'error']);
server.listen(sockPath, () => {
  log('server', 'address', server.address(), server.listening);
  const c = net.connect(sockPath, () => {
    log('client', 'connect cb', JSON.stringify(c.address()), c.remoteAddress, c.readyState);
    c.end('ping');
  });
  track('client', c, SOCKET_EVENTS);
  c.on('data', (d) => log('client', 'data', d.toString()));
  c.on('close', () => {
    // A second server on the same path.
    const s2 = net.createServer();
    s2.on('error', (e) => {
      log('second-server', fmtErr(e));
      // Connecting to a path that does not exist.
      const d = net.connect({ path: path.join(tmpdir(), 'missing.sock') });
      track('missing', d, SOCKET_EVENTS);
      d.on('close', () => server.close(() => {
        flush();
        console.log('path removed after close', !require('fs').existsSync(sockPath));
      }));
    });
    s2.listen(sockPath);
  });
});

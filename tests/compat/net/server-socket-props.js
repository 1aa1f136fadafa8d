// The accepted socket: server and _server, 'connection' listener forms, getConnections
// over time, keepAlive/noDelay server options, and counters after the socket closed.
const net = require('net');
const { listen, log, flush, guard } = require('./_helpers');
guard();

let pending = 2;
function done() {
  if (--pending === 0) flush();
}

const server = new net.Server({ noDelay: true, keepAlive: true, keepAliveInitialDelay: 2000 });
server.on('connection', (sock) => {
  log('server', 'socket.server is the server', sock.server === server, sock._server === server);
  log('server', 'options', server.noDelay, server.keepAlive, server.keepAliveInitialDelay,
      server.allowHalfOpen, server.pauseOnConnect);
  sock.setEncoding('latin1');
  let got = '';
  sock.on('data', (d) => { got += d; });
  sock.on('end', () => {
    log('server', 'got', got.length, 'bytesRead', sock.bytesRead);
    sock.end('x'.repeat(1000));
  });
  sock.on('close', () => {
    log('server', 'after close bytes', sock.bytesRead, sock.bytesWritten);
    server.getConnections((err, n) => {
      log('server', 'connections after close', err, n);
      server.close(() => done());
    });
  });
  server.getConnections((err, n) => log('server', 'connections', err, n));
});
listen(server).then(() => {
  const c = new net.Socket();
  const r = c.connect({ port: server.address().port, host: '127.0.0.1' }, () => {
    log('client', 'connected; connect() returned the socket', r === c);
    c.end('y'.repeat(70000));
  });
  let n = 0;
  c.on('data', (d) => { n += d.length; });
  c.on('close', () => {
    log('client', 'closed', n, c.bytesRead, c.bytesWritten);
    done();
  });
});

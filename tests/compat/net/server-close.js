// Server.close(): the callback runs once every connection has closed; closing a server
// that is not running gives ERR_SERVER_NOT_RUNNING; listening twice throws
// ERR_SERVER_ALREADY_LISTEN; getConnections() counts.
const net = require('net');
const { listen, log, track, flush, steps, fmtErr, guard } = require('./_helpers');
guard();

steps([
  ['close with an open connection', () => new Promise((resolve) => {
    const server = net.createServer((sock) => {
      log('server', 'connection');
      server.getConnections((err, n) => {
        log('server', 'getConnections', err, n);
        server.close((err2) => {
          log('server', 'close callback', err2);
          resolve();
        });
        log('server', 'after close(): listening', server.listening, server.address());
        setTimeout(() => {
          log('server', 'destroying the connection');
          sock.destroy();
        }, 20);
      });
    });
    track('server', server, ['listening', 'close', 'error']);
    listen(server).then(() => {
      const c = net.connect(server.address().port, '127.0.0.1');
      c.on('close', () => log('client', 'close'));
    });
  })],
  ['close a server that never listened', () => new Promise((resolve) => {
    const server = net.createServer();
    server.on('close', () => log('server', 'close event'));
    server.close((err) => {
      log('server', 'callback', fmtErr(err));
      resolve();
    });
    log('server', 'close returned', server.listening);
  })],
  ['close twice', () => new Promise((resolve) => {
    const server = net.createServer();
    listen(server).then(() => {
      server.close((err) => log('server', 'first', err));
      server.close((err) => {
        log('server', 'second', fmtErr(err));
        resolve();
      });
    });
  })],
  ['listen twice', () => new Promise((resolve) => {
    const server = net.createServer();
    listen(server).then(() => {
      try {
        server.listen(0);
      } catch (e) {
        log('server', 'throws', fmtErr(e));
      }
      server.close(resolve);
    });
  })],
  ['listen again after close', () => new Promise((resolve) => {
    const server = net.createServer();
    listen(server).then(() => server.close(() => {
      listen(server).then(() => {
        log('server', 'listening again', server.listening);
        server.close(resolve);
      });
    }));
  })],
  ['close before listening is emitted', () => new Promise((resolve) => {
    const server = net.createServer();
    track('server', server, ['listening', 'close', 'error']);
    server.listen(0, '127.0.0.1');
    server.close(() => {
      log('server', 'closed');
      resolve();
    });
  })],
]);

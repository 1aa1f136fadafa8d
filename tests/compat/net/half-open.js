// allowHalfOpen: the server keeps writing after the client's end and ends later; without
// it, the server's writable side ends by itself.
const net = require('net');
const { listen, log, track, flush, guard, SOCKET_EVENTS } = require('./_helpers');
guard();

function run(allowHalfOpen) {
  return new Promise((resolve) => {
    const server = net.createServer({ allowHalfOpen }, (sock) => {
      track('server-socket', sock, SOCKET_EVENTS);
      log('server-socket', 'allowHalfOpen', sock.allowHalfOpen);
      sock.on('data', (d) => log('server-socket', 'data', d.toString()));
      sock.on('end', () => {
        log('server-socket', 'after end: writable', sock.writable, sock.readyState);
        if (allowHalfOpen) {
          setTimeout(() => {
            sock.write('late reply', () => log('server-socket', 'write cb'));
            sock.end();
          }, 10);
        }
      });
    });
    listen(server).then(() => {
      const c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
      track('client', c, SOCKET_EVENTS);
      c.on('data', (d) => log('client', 'data', d.toString()));
      c.on('connect', () => c.end('request'));
      c.on('close', () => server.close(() => {
        console.log(`--- allowHalfOpen ${allowHalfOpen}`);
        flush();
        resolve();
      }));
    });
  });
}

run(true).then(() => run(false));

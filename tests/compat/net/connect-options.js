// connect() options: localAddress/localPort binding (and its EADDRINUSE), family 4/6,
// noDelay and keepAlive (before and after connecting), setNoDelay/setKeepAlive chaining.
const net = require('net');
const { listen, steps, log, fmtErr, guard, port, closedPort } = require('./_helpers');
guard();

let server;
steps([
  ['listen', () => listen(server = net.createServer((s) => s.resume()))],
  ['localAddress', () => new Promise((resolve) => {
    const c = net.connect({ port: server.address().port, host: '127.0.0.1', localAddress: '127.0.0.1' }, () => {
      log('localAddress', c.localAddress, c.localFamily);
      c.destroy();
      resolve();
    });
  })],
  ['localPort', () => closedPort().then((lp) => new Promise((resolve) => {
    port(lp);
    const c = net.connect({ port: server.address().port, host: '127.0.0.1', localPort: lp }, () => {
      log('localPort', c.localPort === lp);
      // A second socket on the same local port and remote: EADDRINUSE from bind or connect.
      const d = net.connect({ port: server.address().port, host: '127.0.0.1', localAddress: '127.0.0.1', localPort: lp });
      d.on('error', (e) => {
        log('localPort', 'second', e.code, e.syscall);
        c.destroy();
        resolve();
      });
      d.on('connect', () => { log('localPort', 'second connected?'); d.destroy(); c.destroy(); resolve(); });
    });
  }))],
  ['family 6 to ::1', () => new Promise((resolve) => {
    const s6 = net.createServer((s) => s.destroy());
    listen(s6, '::1').then(() => {
      const c = net.connect({ port: s6.address().port, host: '::1', family: 6 }, () => {
        log('family6', c.remoteAddress, c.remoteFamily, c.localAddress);
        c.destroy();
        s6.close(resolve);
      });
    });
  })],
  ['noDelay/keepAlive options', () => new Promise((resolve) => {
    const c = net.connect({ port: server.address().port, host: '127.0.0.1', noDelay: true, keepAlive: true, keepAliveInitialDelay: 1000 }, () => {
      log('opts', 'connected');
      log('opts', c.setNoDelay() === c, c.setNoDelay(false) === c, c.setKeepAlive(true, 2000) === c,
          c.setKeepAlive(false) === c);
      c.destroy();
      resolve();
    });
    log('opts', 'before connect', c.setNoDelay(true) === c, c.setKeepAlive(true) === c);
  })],
  ['unix socket methods', () => new Promise((resolve) => {
    const s = new net.Socket();
    log('plain', s.setNoDelay() === s, s.setKeepAlive() === s, s.ref() === s, s.unref() === s);
    resolve();
  })],
  ['bind failure', () => new Promise((resolve) => {
    const c = net.connect({ port: server.address().port, host: '127.0.0.1', localAddress: '::1' });
    c.on('error', (e) => { log('bind', fmtErr(e)); resolve(); });
  })],
  ['close', () => new Promise((r) => server.close(r))],
]);

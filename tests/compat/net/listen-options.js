// listen() forms: no host (all interfaces, '::'), a host name, an options object with
// backlog, ipv6Only, port as a string, listen(cb), listen(null), and what address()
// reports for each.
const net = require('net');
const { steps, log, guard, port, scrub } = require('./_helpers');
guard();

function shape(a) {
  return a && typeof a === 'object' ? JSON.stringify({ ...a, port: typeof a.port }) : scrub(a);
}

function run(label, ...args) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.on('error', (e) => { log(label, 'error', e.code); resolve(); });
    const r = server.listen(...args, function() {
      log(label, 'listening', this === server, shape(server.address()));
      port(server.address().port);
      server.close(resolve);
    });
    log(label, 'listen returns the server', r === server);
  });
}

steps([
  ['no host', () => run('no host', 0)],
  ['listen(cb)', () => run('listen(cb)')],
  ['listen(null, cb)', () => run('listen(null)', null)],
  ['port string', () => run('port string', '0', '127.0.0.1')],
  ['options', () => run('options', { port: 0, host: '127.0.0.1', backlog: 10, exclusive: true })],
  ['options port undefined', () => run('port undefined', { port: undefined, host: '127.0.0.1' })],
  ['localhost', () => run('localhost', 0, 'localhost')],
  ['ipv6', () => run('ipv6', { port: 0, host: '::1' })],
  ['ipv6Only', () => new Promise((resolve) => {
    const server = net.createServer();
    server.listen({ port: 0, host: '::', ipv6Only: true }, () => {
      const p = port(server.address().port);
      const c = net.connect(p, '127.0.0.1');
      c.on('error', (e) => {
        log('ipv6Only', 'IPv4 connection', e.code);
        const d = net.connect(p, '::1', () => {
          log('ipv6Only', 'IPv6 connection ok');
          d.destroy();
          server.close(resolve);
        });
      });
      c.on('connect', () => { log('ipv6Only', 'unexpected IPv4 connection'); c.destroy(); });
    });
  })],
  ['dual stack', () => new Promise((resolve) => {
    const server = net.createServer((s) => s.destroy());
    server.listen(0, () => {
      const p = port(server.address().port);
      const c = net.connect(p, '127.0.0.1', () => {
        log('dual stack', 'IPv4 connection to ::', c.remoteAddress);
        c.destroy();
        server.close(resolve);
      });
    });
  })],
]);

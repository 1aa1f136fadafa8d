// An echo over IPv6 loopback, with the addresses each side sees.
const net = require('net');
const { listen, log, track, flush, guard, SOCKET_EVENTS } = require('./_helpers');
guard();

const server = net.createServer((sock) => {
  log('server', 'connection', sock.remoteAddress, sock.remoteFamily, sock.localAddress);
  sock.pipe(sock);
});
listen(server, '::1').then(() => {
  const c = net.connect({ port: server.address().port, host: '::1' }, () => {
    log('client', 'connected', c.remoteAddress, c.remoteFamily, c.localAddress, c.localFamily);
    c.end('over ipv6');
  });
  track('client', c, SOCKET_EVENTS);
  c.setEncoding('utf8');
  c.on('data', (d) => log('client', 'data', d));
  c.on('close', () => server.close(flush));
});

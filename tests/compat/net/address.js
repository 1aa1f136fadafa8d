// address() and the local/remote properties: IPv4, IPv6 (::1), before listening, after
// closing, and a socket that never connected.
const net = require('net');
const { listen, port, scrub, guard } = require('./_helpers');
guard();

function shape(a) {
  if (a === null || typeof a !== 'object') return scrub(JSON.stringify(a));
  return JSON.stringify({ ...a, port: typeof a.port });
}

async function check(host) {
  const server = net.createServer();
  console.log(host, 'before listen', server.address(), server.listening);
  await listen(server, host);
  console.log(host, 'server', shape(server.address()), server.listening);
  await new Promise((resolve) => {
    server.once('connection', (s) => {
      console.log(host, 'accepted local', shape(s.address()), s.remoteAddress, s.remoteFamily,
                  s.localAddress, s.localFamily, s.localPort === server.address().port);
      s.on('close', resolve);
    });
    const c = net.connect(server.address().port, host, () => {
      port(c.localPort);
      console.log(host, 'client local', shape(c.address()), c.localFamily,
                  'remote', c.remoteAddress, c.remoteFamily, c.remotePort === server.address().port);
      c.end();
    });
    c.on('close', () => console.log(host, 'client after close', c.remoteAddress,
                                    scrub(c.remotePort), JSON.stringify(c.address())));
  });
  await new Promise((r) => server.close(r));
  console.log(host, 'after close', server.address(), server.listening);
}

(async () => {
  const s = new net.Socket();
  console.log('unconnected', JSON.stringify(s.address()), s.remoteAddress, s.localAddress,
              s.remotePort, s.localPort, s.remoteFamily, s.readyState, s.pending);
  await check('127.0.0.1');
  await check('::1');
})();

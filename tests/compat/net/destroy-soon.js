// destroySoon() ends and then destroys once the writes are out; end() with data and a
// callback; reconnecting a closed socket with connect() again.
const net = require('net');
const { listen, log, track, flush, guard } = require('./_helpers');
guard();

const server = net.createServer((sock) => {
  let got = '';
  sock.on('data', (d) => { got += d; });
  sock.on('end', () => log('server', 'got', JSON.stringify(got)));
});
listen(server).then(() => {
  const p = server.address().port;
  const c = net.connect(p, '127.0.0.1', () => {
    c.write('one ');
    c.destroySoon();
    log('client', 'after destroySoon', c.writableEnded, c.destroyed);
  });
  track('client', c, ['finish', 'close', 'error']);
  c.once('close', () => {
    log('client', 'reconnecting', c.destroyed, c.readyState);
    c.connect(p, '127.0.0.1', () => {
      log('client', 'reconnected', c.readyState, c.destroyed);
      c.end('two', () => log('client', 'end callback'));
    });
    c.once('close', () => server.close(flush));
  });
});

// Write callbacks and the order of 'finish', end() callback and 'close'; write()'s return
// value; writable state properties along the way.
const net = require('net');
const { listen, log, track, flush, guard } = require('./_helpers');
guard();

const server = net.createServer((sock) => {
  let n = 0;
  sock.on('data', (d) => { n += d.length; });
  sock.on('end', () => {
    log('server', 'received', n);
    sock.end();
  });
});
listen(server).then(() => {
  const c = net.connect(server.address().port, '127.0.0.1');
  track('client', c, ['connect', 'finish', 'end', 'close', 'drain']);
  log('client', 'write while connecting', c.write('a', () => log('client', 'cb a')));
  log('client', 'writableLength', c.writableLength, 'bufferSize', c.bufferSize);
  c.write('b', 'utf8', (err) => log('client', 'cb b', err));
  c.on('connect', () => {
    log('client', 'write after connect', c.write(Buffer.from('cc'), () => log('client', 'cb c')));
    c.write(new Uint8Array([100, 100]), () => log('client', 'cb d'));
    c.end('eeee', () => log('client', 'end cb'));
    log('client', 'ended', c.writableEnded, c.writableFinished, c.writable);
  });
  c.on('close', () => {
    log('client', 'final', c.writableFinished, c.bytesWritten);
    server.close(flush);
  });
});

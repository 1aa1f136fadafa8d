// Writes and end() before the connection is up are sent once it is; bytesWritten counts
// pending data; destroy() while connecting fails the pending writes.
const net = require('net');
const { listen, log, flush, steps, fmtErr, guard } = require('./_helpers');
guard();

let server;
steps([
  ['listen', () => listen(server = net.createServer((s) => {
    let got = '';
    s.on('data', (d) => { got += d; });
    s.on('end', () => { log('server', 'got', JSON.stringify(got)); s.end(); });
  }))],
  ['write and end while connecting', () => new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1');
    c.write('abc');
    c.write(Buffer.from('def'));
    log('client', 'bytesWritten while connecting', c.bytesWritten, c.writableLength);
    c.end('ghi', () => log('client', 'end cb'));
    c.resume();
    c.on('close', () => { log('client', 'close', c.bytesWritten); setTimeout(resolve, 20); });
  })],
  ['destroy while connecting with pending writes', () => new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1');
    c.write('lost', (err) => log('client', 'write cb', fmtErr(err)));
    c.on('error', (e) => log('client', 'error', fmtErr(e)));
    c.destroy();
    c.on('close', (h) => { log('client', 'close', h); resolve(); });
  })],
  ['close', () => new Promise((r) => server.close(r))],
]);

// Writing after end(): ERR_STREAM_WRITE_AFTER_END through the callback and 'error';
// writing after the peer ended (allowHalfOpen false): EPIPE "This socket has been ended
// by the other party".
const net = require('net');
const { listen, log, flush, steps, fmtErr, guard } = require('./_helpers');
guard();

steps([
  ['after end()', () => new Promise((resolve) => {
    const server = net.createServer((s) => s.resume());
    listen(server).then(() => {
      const c = net.connect(server.address().port, '127.0.0.1', () => {
        c.end();
        const r = c.write('late', (err) => log('client', 'cb', fmtErr(err)));
        log('client', 'write returned', r);
      });
      c.on('error', (e) => log('client', 'error', fmtErr(e)));
      c.on('close', (h) => { log('client', 'close', h); server.close(resolve); });
    });
  })],
  ['after the peer ended, half-open off', () => new Promise((resolve) => {
    const server = net.createServer((s) => { s.resume(); s.end(); });
    listen(server).then(() => {
      const c = net.connect({ port: server.address().port, host: '127.0.0.1' });
      c.resume();
      c.on('end', () => {
        log('client', 'end; writable', c.writable, c.writableEnded);
        // The socket ends its own side on the next tick: a write now still goes out.
        const r = c.write('late', (err) => log('client', 'cb', fmtErr(err)));
        log('client', 'write returned', r);
        process.nextTick(() => process.nextTick(() => {
          log('client', 'two ticks later: writable', c.writable, c.writableEnded);
          const r2 = c.write('later', (err) => log('client', 'cb2', fmtErr(err)));
          log('client', 'second write returned', r2);
        }));
      });
      c.on('error', (e) => log('client', 'error', fmtErr(e)));
      c.on('close', (h) => { log('client', 'close', h); server.close(resolve); });
    });
  })],
  ['write to a socket the peer closed', () => new Promise((resolve) => {
    const server = net.createServer((s) => s.destroy());
    listen(server).then(() => {
      const c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
      c.resume();
      c.on('end', () => {
        log('client', 'end');
        // The peer is gone: writing eventually fails with EPIPE or ECONNRESET.
        let n = 0;
        (function more() {
          if (c.destroyed || n > 200) return;
          n++;
          c.write(Buffer.alloc(65536), (err) => {
            if (err) log('client', 'write failed', err.code === 'EPIPE' || err.code === 'ECONNRESET');
            else setImmediate(more);
          });
        })();
      });
      c.on('error', (e) => log('client', 'error', e.code === 'EPIPE' || e.code === 'ECONNRESET', e.syscall));
      c.on('close', (h) => { log('client', 'close', h); server.close(resolve); });
    });
  })],
]);

// Stream event order, write callbacks, flush(), params(), reset(), close() and
// destroy(), with the output of each step checked by decompressing it.
const zlib = require('zlib');
const C = zlib.constants;

function trace(name, s) {
  const log = [];
  for (const ev of ['end', 'finish', 'close', 'prefinish', 'error']) {
    s.on(ev, (e) => log.push(ev + (e && e.code ? ':' + e.code : '')));
  }
  s.on('data', (d) => log.push('data'));
  return log;
}

const steps = [];
function step(fn) { steps.push(fn); }
function next() {
  const fn = steps.shift();
  if (fn) fn(() => setTimeout(next, 5));
}

step((done) => {
  const g = zlib.createGzip();
  const log = trace('gzip', g);
  const out = [];
  g.on('data', (d) => out.push(d));
  g.write('hello', () => log.push('write1 cb'));
  g.write(' world', () => log.push('write2 cb'));
  g.end(() => log.push('end cb'));
  log.push('sync');
  g.on('close', () => {
    console.log('gzip events', log.filter((x) => x !== 'data'));
    console.log('gzip output', zlib.gunzipSync(Buffer.concat(out)).toString(), g.bytesWritten,
                g._closed, g._handle, g.destroyed);
    done();
  });
});

step((done) => {
  // flush() emits everything written so far; the compressed prefix decompresses on its
  // own with a sync flush.
  const d = zlib.createDeflate();
  const out = [];
  d.on('data', (c) => out.push(c));
  d.write('first part ');
  d.flush(C.Z_SYNC_FLUSH, () => {
    const partial = zlib.inflateSync(Buffer.concat(out), { finishFlush: C.Z_SYNC_FLUSH });
    console.log('after sync flush', JSON.stringify(partial.toString()));
    d.write('second part');
    d.flush(() => {
      const p2 = zlib.inflateSync(Buffer.concat(out), { finishFlush: C.Z_SYNC_FLUSH });
      console.log('after full flush', JSON.stringify(p2.toString()));
      d.end();
    });
  });
  d.on('end', () => {
    console.log('flushed stream', zlib.inflateSync(Buffer.concat(out)).toString());
    done();
  });
});

step((done) => {
  // params() between writes changes the compression of what follows.
  const d = zlib.createDeflate({ level: 1 });
  const out = [];
  d.on('data', (c) => out.push(c));
  d.write('a'.repeat(1000));
  d.params(9, C.Z_FILTERED, (err) => {
    console.log('params cb', err, d._level, d._strategy);
    d.params(9, C.Z_FILTERED, () => {
      console.log('same params cb');
      d.end('b'.repeat(1000));
    });
  });
  d.on('end', () => {
    const back = zlib.inflateSync(Buffer.concat(out)).toString();
    console.log('params stream', back.length, back === 'a'.repeat(1000) + 'b'.repeat(1000));
    done();
  });
});

step((done) => {
  // reset() starts a new stream on the same handle.
  const d = zlib.createDeflateRaw();
  const out = [];
  d.on('data', (c) => out.push(c));
  d.write('discarded');
  d.flush(C.Z_SYNC_FLUSH, () => {
    out.length = 0;
    d.reset();
    d.end('kept');
  });
  d.on('end', () => {
    console.log('after reset', zlib.inflateRawSync(Buffer.concat(out)).toString());
    done();
  });
});

step((done) => {
  // close() with a callback: 'close' fires, no 'error'; the handle goes away at once.
  const d = zlib.createInflate();
  const log = trace('close', d);
  d.close(() => log.push('close cb'));
  console.log('closed sync', d._closed, d.destroyed);
  setTimeout(() => {
    console.log('close events', log);
    try { d.reset(); } catch (e) { console.log('reset after close', e.code); }
    done();
  }, 20);
});

step((done) => {
  // destroy(err) while a write is in flight.
  const d = zlib.createGzip();
  const log = trace('destroy', d);
  d.write(Buffer.alloc(100000, 'x'), (err) => log.push('write cb ' + (err && err.code)));
  d.destroy(new Error('boom'));
  setTimeout(() => {
    console.log('destroy events', log.filter((x) => x !== 'data'));
    done();
  }, 50);
});

step((done) => {
  // Writing after end.
  const d = zlib.createDeflate();
  d.on('error', (e) => console.log('write after end error', e.code));
  d.end('x');
  d.write('y', (err) => console.log('write after end cb', err && err.code));
  d.resume();
  d.on('close', done);
});

step((done) => {
  // flush() after end waits for 'end'; after finish it runs on the next tick.
  const d = zlib.createDeflate();
  d.resume();
  d.end('abc');
  d.flush(() => console.log('flush after end ran, ended', d.readableEnded));
  d.on('close', () => {
    d.flush(() => { console.log('flush after finish ran'); done(); });
  });
});

step((done) => {
  // bytesWritten counts input consumed; bytesRead is its deprecated name.
  const d = zlib.createGunzip();
  const input = zlib.gzipSync(Buffer.alloc(50000, 'z'));
  d.resume();
  d.on('end', () => {
    console.log('bytesWritten', d.bytesWritten === input.length);
    done();
  });
  d.end(input);
});

step((done) => {
  // Small chunkSize: many data events, all of chunkSize except the last.
  const d = zlib.createInflate({ chunkSize: 128 });
  const sizes = [];
  d.on('data', (c) => sizes.push(c.length));
  d.on('end', () => {
    console.log('chunks', sizes.length, sizes.slice(0, -1).every((n) => n === 128), sizes.reduce((a, b) => a + b));
    done();
  });
  d.end(zlib.deflateSync(Buffer.alloc(2000, 'q')));
});

step((done) => {
  // encoding / objectMode options are ignored: data stays binary.
  const d = zlib.createGunzip({ encoding: 'utf8', objectMode: true });
  d.on('data', (c) => console.log('encoding ignored', Buffer.isBuffer(c), d.readableObjectMode));
  d.on('end', done);
  d.end(zlib.gzipSync('text'));
});

step((done) => {
  // Brotli flush and end.
  const b = zlib.createBrotliCompress();
  const out = [];
  b.on('data', (c) => out.push(c));
  b.write('brotli ');
  b.flush(() => {
    console.log('brotli flushed', zlib.brotliDecompressSync(Buffer.concat(out), { finishFlush: C.BROTLI_OPERATION_FLUSH }).toString());
    b.end('stream');
  });
  b.on('end', () => {
    console.log('brotli stream', zlib.brotliDecompressSync(Buffer.concat(out)).toString());
    done();
  });
});

next();

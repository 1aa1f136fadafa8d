'use strict';
// Readable -> Transform -> slow Writable with small highWaterMarks everywhere: the
// backpressure travels back through the transform; all events logged.
const { Readable, Transform, Writable } = require('stream');
const { log, track, fmt } = require('./_helpers');

let i = 0;
const src = new Readable({
  highWaterMark: 3,
  read(n) {
    log('src _read', n);
    this.push(i < 5 ? `s${i++}` : null);
  },
});
const t = new Transform({
  highWaterMark: 2,
  transform(chunk, enc, cb) {
    log('t _transform', fmt(chunk));
    cb(null, `${chunk}!`);
  },
});
const dst = new Writable({
  highWaterMark: 3,
  write(chunk, enc, cb) {
    log('dst _write', fmt(chunk));
    setImmediate(cb);
  },
});
track('src', src, ['end', 'close', 'pause', 'resume']);
track('t', t, ['end', 'finish', 'close', 'drain', 'pause', 'resume', 'unpipe']);
track('dst', dst, ['finish', 'close', 'drain', 'unpipe']);
src.pipe(t).pipe(dst);

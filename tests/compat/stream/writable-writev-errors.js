'use strict';
// _writev() failures: every buffered callback gets the error; cork, uncork and a
// failing batch; writes after the failure.
const { Writable } = require('stream');
const { log, fmt, track, delay } = require('./_helpers');

const w = new Writable({
  write(chunk, enc, cb) {
    log('_write', fmt(chunk));
    delay(cb, 1);
  },
  writev(chunks, cb) {
    log('_writev', chunks.map((c) => fmt(c.chunk)).join(' '));
    delay(() => cb(new Error('batch failed')), 1);
  },
});
track('w', w, ['drain', 'finish', 'close', 'error']);
w.write('first', (err) => log('cb first', fmt(err)));
w.write('a', (err) => log('cb a', fmt(err)));
w.write('b', (err) => log('cb b', fmt(err)));
w.write('c');
w.end('d', (err) => log('end cb', fmt(err)));

'use strict';
// pipe() with a destination slower than the source: the source pauses when write()
// returns false and resumes on 'drain'; every event of both sides is logged.
const { Readable, Writable } = require('stream');
const { log, track, fmt, READABLE_PASSIVE, WRITABLE_EVENTS, delay } = require('./_helpers');

let i = 0;
const r = new Readable({
  highWaterMark: 4,
  read() {
    log('_read', i);
    if (i < 6) this.push(`chunk${i++}`);
    else this.push(null);
  },
});
const w = new Writable({
  highWaterMark: 8,
  write(chunk, enc, cb) {
    log('_write', fmt(chunk), 'wlen', this.writableLength);
    delay(cb, 2);
  },
});
track('r', r, READABLE_PASSIVE);
track('w', w, WRITABLE_EVENTS);
r.pipe(w);

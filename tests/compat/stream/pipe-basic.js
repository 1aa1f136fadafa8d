'use strict';
// pipe(): 'pipe' event, data flow, end of the destination, 'unpipe' on finish, the
// return value, and the events on both sides in order.
const { Readable, Writable } = require('stream');
const { log, track, fmt, READABLE_PASSIVE, WRITABLE_EVENTS } = require('./_helpers');

const chunks = ['a', 'b', 'c'];
const r = new Readable({
  read() {
    log('_read');
    this.push(chunks.length ? chunks.shift() : null);
  },
});
const w = new Writable({
  write(chunk, enc, cb) {
    log('_write', fmt(chunk));
    cb();
  },
});
track('r', r, READABLE_PASSIVE);
track('w', w, WRITABLE_EVENTS);
const ret = r.pipe(w);
log('pipe returned dest', ret === w, 'flowing', r.readableFlowing, 'pipes', r._readableState.pipes.length);

'use strict';
// pipeline() pumping an async generator into a slow writable: the generator is
// pulled only as fast as the writable drains; the order of pulls, writes and drains.
const { pipeline, Writable } = require('stream');
const { log, fmt, track } = require('./_helpers');

const w = new Writable({
  highWaterMark: 2,
  objectMode: true,
  write(chunk, enc, cb) {
    log('write', chunk);
    setImmediate(cb);
  },
});
track('w', w, ['drain', 'finish', 'close']);
pipeline(
  async function* () {
    for (let i = 0; i < 6; i++) {
      log('yield', i);
      yield i;
    }
  },
  w,
  (err) => log('cb', fmt(err)),
);

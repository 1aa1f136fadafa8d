'use strict';
// One source piped into two destinations of different speeds: the source waits for
// the slowest; unpiping one of them releases the wait.
const { Readable, Writable } = require('stream');
const { log, track, fmt, READABLE_PASSIVE, delay } = require('./_helpers');

let i = 0;
const r = new Readable({
  highWaterMark: 2,
  objectMode: true,
  read() {
    this.push(i < 6 ? i++ : null);
  },
});
function dest(name, hops) {
  const w = new Writable({
    objectMode: true,
    highWaterMark: 1,
    write(chunk, enc, cb) {
      log(`${name} _write`, fmt(chunk));
      delay(cb, hops);
    },
  });
  track(name, w, ['drain', 'finish', 'unpipe', 'pipe', 'close']);
  return w;
}
track('r', r, READABLE_PASSIVE);
const fast = dest('fast', 1);
const slow = dest('slow', 5);
r.pipe(fast);
r.pipe(slow);
delay(() => {
  log('unpipe slow');
  r.unpipe(slow);
  log('pipes left', r._readableState.pipes.length);
}, 12);

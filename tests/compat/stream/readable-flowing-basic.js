'use strict';
// Flowing mode: chunks pushed synchronously from _read() and asynchronously, with
// 'data', 'end', 'close', 'resume' placed relative to ticks.
const { Readable } = require('stream');
const { log, track, ticks, fmt, READABLE_PASSIVE, delay } = require('./_helpers');

{
  const chunks = ['a', 'b', 'c'];
  const r = new Readable({
    read() {
      log('_read');
      this.push(chunks.length ? chunks.shift() : null);
    },
  });
  track('sync', r, READABLE_PASSIVE);
  r.on('data', (c) => log('sync:data', fmt(c)));
  log('listener added, flowing =', r.readableFlowing);
  ticks(8);
}

delay(() => {
  log('--- async pushes');
  let n = 0;
  const r = new Readable({
    read() {
      log('_read', n);
      if (n < 3) delay(() => this.push(`x${n++}`), 1);
      else delay(() => this.push(null), 1);
    },
  });
  track('async', r, READABLE_PASSIVE);
  r.on('data', (c) => log('async:data', fmt(c)));
}, 20);

delay(() => {
  log('--- push before listener');
  const r = new Readable({ read() {} });
  r.push('one');
  r.push('two');
  r.push(null);
  log('length', r.readableLength, 'flowing', r.readableFlowing);
  track('pre', r, READABLE_PASSIVE);
  r.on('data', (c) => log('pre:data', fmt(c)));
  ticks(5);
}, 100);

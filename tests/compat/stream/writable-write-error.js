'use strict';
// A _write() that fails: the callback gets the error before 'error', queued writes
// fail too, later writes are refused; synchronous and asynchronous failures; and with
// autoDestroy false.
const { Writable } = require('stream');
const { log, track, ticks, fmt, WRITABLE_EVENTS, state, delay } = require('./_helpers');

function make(name, { async, autoDestroy } = {}) {
  let n = 0;
  const w = new Writable({
    autoDestroy,
    write(chunk, enc, cb) {
      const i = n++;
      log(`${name} _write`, fmt(chunk));
      const err = i === 1 ? new Error(`${name} write failed`) : null;
      if (async) delay(() => cb(err), 1);
      else cb(err);
    },
  });
  track(name, w, WRITABLE_EVENTS);
  return w;
}

{
  const w = make('sync');
  for (const c of ['a', 'b', 'c']) {
    log('write', c, '->', w.write(c, (err) => log('cb', c, fmt(err))));
  }
  w.end((err) => log('end cb', fmt(err)));
  ticks(5);
}

delay(() => {
  const w = make('async', { async: true });
  for (const c of ['a', 'b', 'c', 'd']) {
    log('write', c, '->', w.write(c, (err) => log('cb', c, fmt(err))));
  }
  w.end((err) => log('end cb', fmt(err)));
}, 30);

delay(() => {
  const w = make('noauto', { autoDestroy: false });
  w.write('a', (err) => log('cb a', fmt(err)));
  w.write('b', (err) => log('cb b', fmt(err)));
  w.write('c', (err) => log('cb c', fmt(err)));
  delay(() => {
    state('noauto', w);
    log('write after error ->', w.write('d', (err) => log('cb d', fmt(err))));
  }, 5);
}, 70);

delay(() => {
  const w = new Writable({
    write(chunk, enc, cb) { cb(); cb(); },
  });
  track('multi', w, WRITABLE_EVENTS);
  w.write('x', (err) => log('multi cb', fmt(err)));
}, 100);

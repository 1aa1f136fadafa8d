'use strict';
// Writable event order: synchronous and asynchronous _write(), write callbacks, end()
// with a chunk and a callback, 'prefinish'/'finish'/'close', placed relative to ticks.
const { Writable } = require('stream');
const { log, track, ticks, fmt, WRITABLE_EVENTS, delay } = require('./_helpers');

{
  const w = new Writable({
    write(chunk, enc, cb) {
      log('_write', fmt(chunk), enc);
      cb();
    },
  });
  track('sync', w, WRITABLE_EVENTS);
  log('write a ->', w.write('a', () => log('cb a')));
  log('write b ->', w.write('b', () => log('cb b')));
  log('write c (no cb) ->', w.write('c'));
  w.end('d', () => log('end cb'));
  log('end returned; writableEnded', w.writableEnded, 'finished', w.writableFinished);
  ticks(6);
}

delay(() => {
  log('--- async');
  const w = new Writable({
    write(chunk, enc, cb) {
      log('_write', fmt(chunk));
      delay(() => { log('_write done', fmt(chunk)); cb(); }, 2);
    },
  });
  track('async', w, WRITABLE_EVENTS);
  w.write('a', () => log('cb a'));
  w.write('b', () => log('cb b'));
  log('length', w.writableLength);
  w.end(() => log('end cb'));
}, 30);

delay(() => {
  log('--- end without writes');
  const w = new Writable({ write(c, e, cb) { cb(); } });
  track('empty', w, WRITABLE_EVENTS);
  w.end();
  ticks(4, 't');
}, 80);

delay(() => {
  log('--- same callback for every write');
  const w = new Writable({ write(c, e, cb) { cb(); } });
  track('same', w, WRITABLE_EVENTS);
  const cb = (err) => log('shared cb', fmt(err));
  w.write('1', cb);
  w.write('2', cb);
  w.write('3', cb);
  w.write('4', () => log('other cb'));
  w.write('5', cb);
  w.end();
}, 100);

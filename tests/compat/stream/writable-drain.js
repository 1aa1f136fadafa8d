'use strict';
// write() return values around highWaterMark, writableNeedDrain and 'drain' timing,
// with synchronous and asynchronous _write(), and highWaterMark 0.
const { Writable } = require('stream');
const { log, track, WRITABLE_EVENTS, delay } = require('./_helpers');

function make(name, { hwm, async, objectMode }) {
  const w = new Writable({
    highWaterMark: hwm,
    objectMode,
    write(chunk, enc, cb) {
      log(`${name} _write`, String(chunk));
      if (async) delay(cb, 1);
      else cb();
    },
  });
  track(name, w, WRITABLE_EVENTS);
  return w;
}

{
  const w = make('async', { hwm: 4, async: true });
  for (const c of ['ab', 'cd', 'ef']) {
    log('write', c, '->', w.write(c), 'length', w.writableLength, 'needDrain', w.writableNeedDrain);
  }
  w.once('drain', () => {
    log('drained; length', w.writableLength, 'needDrain', w.writableNeedDrain);
    w.end();
  });
}

delay(() => {
  const w = make('sync', { hwm: 4 });
  for (const c of ['ab', 'cd', 'efgh']) {
    log('write', c, '->', w.write(c), 'length', w.writableLength);
  }
  w.end();
}, 40);

delay(() => {
  const w = make('zero', { hwm: 0, async: true });
  log('write ->', w.write('x'));
  log('write ->', w.write('y'));
  w.on('drain', () => log('zero drained'));
  delay(() => w.end(), 20);
}, 60);

delay(() => {
  const w = make('zerosync', { hwm: 0 });
  log('write ->', w.write('x'));
  w.end();
}, 100);

delay(() => {
  const w = make('obj', { hwm: 2, async: true, objectMode: true });
  log('write ->', w.write({}), w.write(1), w.write(2), 'length', w.writableLength);
  w.end();
}, 120);

delay(() => {
  const w = make('objsync', { hwm: 2, objectMode: true });
  log('write ->', w.write({}), w.write(1), w.write(2), 'length', w.writableLength);
  w.end();
  process.nextTick(() => log('tick after end'));
}, 150);

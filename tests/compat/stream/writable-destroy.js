'use strict';
// Writable.destroy(): pending and buffered writes get ERR_STREAM_DESTROYED (or the
// error), end() callbacks too; destroy during _write, after finish, with a custom
// _destroy; 'close' without 'finish'.
const { Writable } = require('stream');
const { log, track, ticks, fmt, state, WRITABLE_EVENTS, delay } = require('./_helpers');

const steps = [];
function step(fn) { steps.push(fn); }
function run() {
  const fn = steps.shift();
  if (!fn) return;
  log('========');
  fn();
  delay(run, 60);
}

function slow(name, extra) {
  const w = new Writable({
    write(chunk, enc, cb) {
      log(`${name} _write`, fmt(chunk));
      delay(() => { log(`${name} _write calls back`); cb(); }, 2);
    },
    ...extra,
  });
  track(name, w, WRITABLE_EVENTS);
  return w;
}

step(() => {
  const w = slow('pending');
  w.write('a', (err) => log('cb a', fmt(err)));
  w.write('b', (err) => log('cb b', fmt(err)));
  w.end('c', (err) => log('end cb', fmt(err)));
  w.destroy();
  state('pending', w);
  ticks(3);
});

step(() => {
  const w = slow('witherr');
  w.write('a', (err) => log('cb a', fmt(err)));
  w.write('b', (err) => log('cb b', fmt(err)));
  w.destroy(new Error('kaboom'), (err) => log('destroy cb', fmt(err)));
});

step(() => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  track('finished', w, WRITABLE_EVENTS);
  w.end();
  w.on('finish', () => {
    log('destroy after finish');
    w.destroy(new Error('too late'));
  });
});

step(() => {
  const w = new Writable({
    autoDestroy: false,
    write(c, e, cb) { cb(); },
    destroy(err, cb) {
      log('_destroy', fmt(err));
      delay(() => cb(err), 2);
    },
  });
  track('custom', w, WRITABLE_EVENTS);
  w.end();
  delay(() => {
    log('destroying finished stream');
    w.destroy();
    log('closed?', w.closed);
  }, 3);
});

step(() => {
  const w = new Writable({
    write(c, e, cb) {
      log('destroy inside _write');
      this.destroy();
      cb();
    },
  });
  track('inside', w, WRITABLE_EVENTS);
  w.write('a', (err) => log('cb a', fmt(err)));
  w.write('b', (err) => log('cb b', fmt(err)));
});

step(() => {
  const w = new Writable({ write(c, e, cb) { cb(); }, emitClose: false });
  track('noclose', w, WRITABLE_EVENTS);
  w.destroy();
  delay(() => state('noclose', w), 2);
});

step(() => {
  const w = slow('aborted');
  w.write('x');
  w.destroy();
  log('writableAborted', w.writableAborted);
  const done = new Writable({ write(c, e, cb) { cb(); } });
  done.end();
  done.on('finish', () => { done.destroy(); log('aborted after finish', done.writableAborted); });
});

run();

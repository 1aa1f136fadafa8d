'use strict';
// Errors around pipe(): the destination failing unpipes it (and the error is still
// emitted to its listeners, or thrown when there are none but the pipe's); the source
// failing does not end the destination; destroying either side.
const { Readable, Writable } = require('stream');
const { log, track, fmt, READABLE_PASSIVE, WRITABLE_EVENTS, delay } = require('./_helpers');

const steps = [];
function step(fn) { steps.push(fn); }
function run() {
  const fn = steps.shift();
  if (!fn) return;
  log('========');
  fn();
  delay(run, 60);
}

function src(name) {
  let i = 0;
  const r = new Readable({
    read() { delay(() => this.push(i < 4 ? `${name}${i++}` : null), 1); },
  });
  track(name, r, READABLE_PASSIVE);
  return r;
}

step(() => {
  const r = src('r1');
  const w = new Writable({
    write(c, e, cb) { log('w1 _write', fmt(c)); cb(String(c) === 'r11' ? new Error('dest failed') : null); },
  });
  track('w1', w, WRITABLE_EVENTS);
  r.pipe(w);
});

step(() => {
  const r = src('r2');
  const w = new Writable({
    write(c, e, cb) {
      log('w2 _write', fmt(c));
      if (String(c) === 'r21') r.destroy(new Error('source failed'));
      delay(cb, 1);
    },
  });
  track('w2', w, WRITABLE_EVENTS);
  r.pipe(w);
});

step(() => {
  const r = src('r3');
  const w = new Writable({
    write(c, e, cb) {
      log('w3 _write', fmt(c));
      delay(cb, 1);
      if (String(c) === 'r31') w.destroy();
    },
  });
  track('w3', w, WRITABLE_EVENTS);
  r.pipe(w);
});

step(() => {
  const r = src('r4');
  const w = new Writable({ write(c, e, cb) { cb(); } });
  track('w4', w, ['unpipe', 'close']);
  r.pipe(w);
  delay(() => {
    log('emitting error directly on dest');
    try {
      w.emit('error', new Error('direct'));
    } catch (err) {
      log('thrown', fmt(err));
    }
    log('w4 destroyed', w.destroyed, 'errored', fmt(w.errored));
    w.on('error', (err) => log('w4 late listener', fmt(err)));
  }, 3);
});

step(() => {
  const r = src('r5');
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (err) => log('w5 listener', fmt(err)));
  r.pipe(w);
  delay(() => w.emit('error', new Error('direct with listener')), 3);
});

step(() => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  track('cannot', w, ['error', 'close']);
  log('writable pipe ->', w.pipe(new Writable()));
});

run();

'use strict';
// Readable.destroy(): with and without an error, before and after data, with a
// callback, called twice, a custom _destroy that calls back late or with another
// error, and the state afterwards.
const { Readable } = require('stream');
const { log, track, ticks, fmt, state, READABLE_PASSIVE, delay } = require('./_helpers');

const steps = [];
function step(fn) { steps.push(fn); }
function run() {
  const fn = steps.shift();
  if (!fn) return;
  log('========');
  fn();
  delay(run, 60);
}

step(() => {
  const r = new Readable({ read() {} });
  track('plain', r, READABLE_PASSIVE);
  r.destroy();
  state('plain', r);
  ticks(3);
});

step(() => {
  const r = new Readable({ read() {} });
  track('err', r, READABLE_PASSIVE);
  r.destroy(new Error('boom'), (e) => log('destroy cb', fmt(e)));
  state('err', r);
  r.destroy(new Error('second'), (e) => log('second destroy cb', fmt(e)));
  ticks(3);
});

step(() => {
  const r = new Readable({ read() {} });
  track('flowing', r, READABLE_PASSIVE);
  r.on('data', (c) => {
    log('flowing:data', fmt(c));
    r.destroy();
  });
  r.push('a');
  r.push('b');
});

step(() => {
  const r = new Readable({
    read() {},
    destroy(err, cb) {
      log('_destroy', fmt(err));
      delay(() => cb(new Error('from _destroy')), 2);
    },
  });
  track('custom', r, READABLE_PASSIVE);
  r.destroy(new Error('original'));
  log('destroyed right away', r.destroyed, 'closed', r.closed);
});

step(() => {
  const r = new Readable({
    read() {},
    destroy(err, cb) {
      log('_destroy throws');
      throw new Error('thrown in _destroy');
    },
  });
  track('throw', r, READABLE_PASSIVE);
  r.destroy();
});

step(() => {
  const r = new Readable({ read() {} });
  track('ended', r, READABLE_PASSIVE);
  r.on('data', () => {});
  r.push(null);
  r.on('end', () => {
    log('destroy after end');
    r.destroy(new Error('late'));
  });
});

step(() => {
  const r = new Readable({ read() {}, emitClose: false });
  track('noclose', r, READABLE_PASSIVE);
  r.destroy(new Error('x'));
});

step(() => {
  const r = new Readable({ read() {} });
  track('nullerr', r, READABLE_PASSIVE);
  r.destroy(null, (e) => log('cb arg', fmt(e)));
  r._undestroy();
  state('undestroyed', r);
});

run();

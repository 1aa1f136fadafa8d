'use strict';
// _final(): synchronous and asynchronous callbacks, errors (called back and thrown),
// calling back twice, 'prefinish' order, and end() callbacks.
const { Writable } = require('stream');
const { log, track, ticks, fmt, WRITABLE_EVENTS, delay } = require('./_helpers');

const steps = [];
function step(fn) { steps.push(fn); }
function run() {
  const fn = steps.shift();
  if (!fn) return;
  log('========');
  fn();
  delay(run, 60);
}

function make(name, final, write = (c, e, cb) => cb()) {
  const w = new Writable({ write, final });
  track(name, w, WRITABLE_EVENTS);
  return w;
}

step(() => {
  const w = make('sync', (cb) => { log('_final'); cb(); });
  w.write('x');
  w.end(() => log('end cb'));
  log('after end');
  ticks(4);
});

step(() => {
  const w = make('async', (cb) => { log('_final'); delay(() => { log('final done'); cb(); }, 2); });
  w.end('x', () => log('end cb'));
});

step(() => {
  const w = make('err', (cb) => { log('_final'); cb(new Error('final failed')); });
  w.end((err) => log('end cb', fmt(err)));
  ticks(3);
});

step(() => {
  const w = make('asyncerr', (cb) => delay(() => cb(new Error('late failure')), 2));
  w.end((err) => log('end cb', fmt(err)));
});

step(() => {
  const w = make('throws', () => { throw new Error('final threw'); });
  w.end((err) => log('end cb', fmt(err)));
});

step(() => {
  const w = make('twice', (cb) => { cb(); cb(); });
  w.end();
});

step(() => {
  const w = make('afterwrite', (cb) => { log('_final'); cb(); }, (c, e, cb) => { log('_write'); delay(cb, 2); });
  w.write('a');
  w.end();
  log('final not called yet');
});

step(() => {
  const w = make('destroyed', (cb) => { log('_final (unexpected)'); cb(); }, (c, e, cb) => delay(cb, 2));
  w.write('a');
  w.end((err) => log('end cb', fmt(err)));
  w.destroy();
});

run();

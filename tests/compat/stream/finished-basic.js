'use strict';
// stream.finished(): readable, writable and duplex streams finishing normally, with an
// error, and closing prematurely; the callback's `this`; the cleanup function; the
// readable/writable/error options.
const { finished, Readable, Writable, Duplex, PassThrough } = require('stream');
const { log, fmt, delay } = require('./_helpers');

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
  r.on('end', () => log('end'));
  r.on('close', () => log('close'));
  finished(r, function(err) { log('finished readable', fmt(err), this === r); });
  r.resume();
  r.push('x');
  r.push(null);
});

step(() => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('finish', () => log('finish'));
  w.on('close', () => log('close'));
  finished(w, (err) => log('finished writable', fmt(err)));
  w.end('x');
});

step(() => {
  const d = new PassThrough();
  finished(d, (err) => log('finished duplex', fmt(err)));
  finished(d, { readable: false }, (err) => log('finished writable side only', fmt(err)));
  finished(d, { writable: false }, (err) => log('finished readable side only', fmt(err)));
  d.on('finish', () => log('finish'));
  d.on('end', () => log('end'));
  d.on('close', () => log('close'));
  d.end('x');
  delay(() => { log('consume'); d.resume(); }, 3);
});

step(() => {
  const r = new Readable({ read() {} });
  finished(r, (err) => log('premature', fmt(err)));
  r.destroy();
});

step(() => {
  const r = new Readable({ read() {} });
  r.on('error', () => {});
  finished(r, (err) => log('errored', fmt(err)));
  r.destroy(new Error('oops'));
});

step(() => {
  const r = new Readable({ read() {} });
  r.on('error', (err) => log('error listener', fmt(err)));
  finished(r, { error: false }, (err) => log('error:false callback', fmt(err)));
  r.destroy(new Error('ignored by finished'));
});

step(() => {
  const r = new Readable({ read() {} });
  const cleanup = finished(r, () => log('never called'));
  log('cleanup is function', typeof cleanup);
  cleanup();
  r.resume();
  r.push(null);
  r.on('close', () => log('closed without finished callback'));
});

step(() => {
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  finished(d, (err) => log('duplex both sides', fmt(err)));
  d.end();
  d.on('finish', () => log('finish (still waiting for end)'));
  delay(() => { d.resume(); d.push(null); }, 3);
});

step(() => {
  const w = new Writable({ write(c, e, cb) { delay(cb, 1); } });
  finished(w, (err) => log('destroyed mid-write', fmt(err)));
  w.write('x');
  w.destroy();
});

run();

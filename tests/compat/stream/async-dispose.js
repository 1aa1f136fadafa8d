'use strict';
// readable/writable [Symbol.asyncDispose](): destroys an unfinished stream with an
// AbortError and resolves once it closed; a finished stream just closes.
const { Readable, Writable } = require('stream');
const { log, fmt, track, delay } = require('./_helpers');

const key = (obj) => Object.getOwnPropertySymbols(Object.getPrototypeOf(Object.getPrototypeOf(obj)))
  .find((s) => String(s).includes('asyncDispose'));

async function main() {
  const r = new Readable({ read() {} });
  track('r', r, ['error', 'close']);
  const k = key(r) ?? key(Object.create(r));
  const rk = Object.getOwnPropertySymbols(Readable.prototype).find((s) => String(s).includes('asyncDispose'));
  log('resolved', fmt(await r[rk]()), 'errored', fmt(r.errored));

  const done = Readable.from(['x']);
  await done.toArray();
  log('finished readable', fmt(await done[rk]()));

  const wk = Object.getOwnPropertySymbols(Writable.prototype).find((s) => String(s).includes('asyncDispose'));
  const w = new Writable({ write(c, e, cb) { delay(cb, 5); } });
  track('w', w, ['error', 'close']);
  w.write('pending', (err) => log('write cb', fmt(err)));
  log('writable resolved', fmt(await w[wk]()));

  const failing = new Readable({ read() {}, destroy(err, cb) { cb(new Error('destroy failed')); } });
  failing.on('error', () => {});
  try {
    await failing[rk]();
  } catch (err) {
    log('rejected', fmt(err));
  }
  void k;
}
main();

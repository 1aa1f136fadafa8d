'use strict';
// finished() on streams that are already done: ended, finished, closed, destroyed,
// errored; the callback comes on the next tick. Also legacy emitters and invalid
// arguments.
const { finished, Readable, Writable, PassThrough } = require('stream');
const EE = require('events');
const { log, fmt, delay } = require('./_helpers');

async function later() { await new Promise((r) => delay(r, 10)); }

async function main() {
  const r = new Readable({ read() {} });
  r.resume();
  r.push(null);
  await later();
  log('readable closed', r.closed);
  finished(r, (err) => log('ended+closed readable', fmt(err)));
  process.nextTick(() => log('tick after finished() call'));
  await later();

  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end();
  await later();
  finished(w, (err) => log('finished+closed writable', fmt(err)));
  await later();

  const n = new Writable({ autoDestroy: false, write(c, e, cb) { cb(); } });
  n.end();
  await later();
  finished(n, (err) => log('finished, not closed', fmt(err)));
  await later();

  const nr = new Readable({ autoDestroy: false, read() {} });
  nr.resume();
  nr.push(null);
  await later();
  finished(nr, (err) => log('ended, not closed', fmt(err)));
  await later();

  const d = new Readable({ read() {} });
  d.destroy();
  finished(d, (err) => log('destroyed same tick', fmt(err)));
  await later();
  finished(d, (err) => log('destroyed earlier', fmt(err)));
  await later();

  const e = new Readable({ read() {} });
  e.on('error', () => {});
  e.destroy(new Error('gone wrong'));
  await later();
  finished(e, (err) => log('errored earlier', fmt(err)));
  await later();

  const ne = new Writable({ autoDestroy: false, write(c, e, cb) { cb(new Error('w failed')); } });
  ne.on('error', () => {});
  ne.write('x');
  await later();
  finished(ne, (err) => log('errored, no autoDestroy', fmt(err)));
  await later();

  const legacy = new EE();
  legacy.readable = true;
  legacy.pipe = () => {};
  finished(legacy, (err) => log('legacy readable', fmt(err)));
  legacy.emit('end');
  await later();

  const lw = new EE();
  lw.writable = true;
  lw.write = () => {};
  finished(lw, (err) => log('legacy writable', fmt(err)));
  lw.writable = false;
  lw.emit('close');
  await later();

  for (const args of [[{}, () => {}], [new PassThrough()], [new PassThrough(), 'x'], [new PassThrough(), 5, () => {}]]) {
    try {
      finished(...args);
      log('accepted');
    } catch (err) {
      log('invalid', fmt(err));
    }
  }
}
main();

'use strict';
// Async iteration interleaved with other promise jobs and ticks: when each chunk is
// delivered relative to microtasks, with sync pushes, async pushes and a stream that
// ends while the loop awaits something else.
const { Readable, PassThrough } = require('stream');
const { log, fmt, delay } = require('./_helpers');

async function main() {
  const r = new Readable({ objectMode: true, read() {} });
  r.push(1);
  r.push(2);
  (async () => {
    for await (const v of r) {
      log('loop got', v);
      await null;
      log('after await', v);
    }
    log('loop done');
  })();
  Promise.resolve().then(() => log('micro A')).then(() => log('micro B')).then(() => log('micro C'));
  process.nextTick(() => log('tick 1'));
  setImmediate(() => {
    log('immediate: push 3 and end');
    r.push(3);
    r.push(null);
  });
  await new Promise((res) => delay(res, 20));

  const p = new PassThrough({ objectMode: true });
  const it = p[Symbol.asyncIterator]();
  const first = it.next();
  log('pending next');
  p.write('w1');
  log('first', JSON.stringify(await first));
  p.end();
  log('second', JSON.stringify(await it.next()));
  log('third', JSON.stringify(await it.next()));

  const e = new PassThrough();
  const it2 = e[Symbol.asyncIterator]();
  const n = it2.next();
  e.destroy(new Error('destroyed while waiting'));
  try {
    await n;
  } catch (err) {
    log('pending next rejected', fmt(err));
  }
  log('after error', JSON.stringify(await it2.next()));

  const q = new PassThrough();
  const it3 = q[Symbol.asyncIterator]();
  const pending = it3.next();
  q.destroy();
  try {
    log('destroy without error', JSON.stringify(await pending));
  } catch (err) {
    log('destroy without error rejects', fmt(err));
  }
}
main();

'use strict';
// for await over a Readable: normal end, break (destroys), throw inside the loop,
// errors from the stream, iterator({ destroyOnReturn: false }), and interleaving
// with the stream's events.
const { Readable } = require('stream');
const { log, track, fmt, READABLE_PASSIVE, delay } = require('./_helpers');

function source(name, n, { fail } = {}) {
  let i = 0;
  const r = new Readable({
    objectMode: true,
    read() {
      if (fail !== undefined && i === fail) {
        process.nextTick(() => this.destroy(new Error(`${name} failed`)));
        return;
      }
      delay(() => this.push(i < n ? `${name}${i++}` : null), 1);
    },
  });
  track(name, r, READABLE_PASSIVE);
  return r;
}

async function main() {
  for await (const v of source('a', 3)) log('got', v);
  log('loop a done');

  const b = source('b', 5);
  for await (const v of b) {
    log('got', v);
    if (v === 'b1') break;
  }
  log('after break: destroyed', b.destroyed);
  await new Promise((r) => delay(r, 5));

  const c = source('c', 5);
  try {
    for await (const v of c) {
      log('got', v);
      throw new Error('loop threw');
    }
  } catch (err) {
    log('caught', fmt(err), 'destroyed', c.destroyed);
  }
  await new Promise((r) => delay(r, 5));

  const d = source('d', 5, { fail: 2 });
  try {
    for await (const v of d) log('got', v);
  } catch (err) {
    log('caught', fmt(err));
  }
  await new Promise((r) => delay(r, 5));

  const e = source('e', 4);
  for await (const v of e.iterator({ destroyOnReturn: false })) {
    log('got', v);
    break;
  }
  log('destroyOnReturn false: destroyed', e.destroyed);
  for await (const v of e) log('continued', v);

  try {
    source('f', 1).iterator('x');
  } catch (err) {
    log('bad options', fmt(err));
  }

  const g = new Readable({ read() {} });
  g.push('pre');
  g.push(null);
  const it = g[Symbol.asyncIterator]();
  log('iterator has stream', it.stream === g);
  log('next', JSON.stringify(await it.next()));
  log('next', JSON.stringify(await it.next()));
  log('return', JSON.stringify(await it.return()));
}

main().then(() => log('main done'));

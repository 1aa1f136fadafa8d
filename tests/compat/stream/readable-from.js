'use strict';
// Readable.from(): arrays, strings and Buffers (one chunk), generators, async
// generators, sync iterables of promises, options, null values, iterator errors, and
// the iterator being closed when the stream is destroyed.
const { Readable } = require('stream');
const { log, fmt, track, delay } = require('./_helpers');

async function collect(r) {
  const out = [];
  for await (const c of r) out.push(fmt(c));
  return out.join(' ');
}

async function main() {
  log('array', await collect(Readable.from([1, 'two', { three: 3 }])));
  log('string', await collect(Readable.from('whole string')));
  log('buffer', await collect(Readable.from(Buffer.from('buf'))));
  log('generator', await collect(Readable.from((function* () { yield 'a'; yield 'b'; })())));
  log('async generator', await collect(Readable.from((async function* () { yield 'x'; await null; yield 'y'; })())));
  log('promises', await collect(Readable.from([Promise.resolve('p1'), 'plain', Promise.resolve('p2')])));
  log('set', await collect(Readable.from(new Set(['s1', 's2']))));

  const r = Readable.from(['a', 'b']);
  log('objectMode', r.readableObjectMode, 'hwm', r.readableHighWaterMark);
  const o = Readable.from(['a', 'b'], { objectMode: false, highWaterMark: 2 });
  log('options', o.readableObjectMode, o.readableHighWaterMark);
  log('bytes mode data', await collect(o));

  try {
    Readable.from(42);
  } catch (err) {
    log('not iterable', fmt(err));
  }
  try {
    Readable.from(null);
  } catch (err) {
    log('null', fmt(err));
  }

  const withNull = Readable.from(['ok', null, 'never']);
  track('withNull', withNull, ['error', 'close']);
  try {
    log(await collect(withNull));
  } catch (err) {
    log('null value', fmt(err));
  }

  const failing = Readable.from((function* () { yield 1; throw new Error('iterator threw'); })());
  try {
    await collect(failing);
  } catch (err) {
    log('iterator error', fmt(err));
  }

  let closed = false;
  const gen = (function* () {
    try {
      yield 1; yield 2; yield 3;
    } finally {
      closed = true;
      log('generator finally');
    }
  })();
  const early = Readable.from(gen);
  for await (const v of early) {
    log('early got', v);
    break;
  }
  log('generator closed', closed);

  const agen = (async function* () {
    try {
      yield 'a';
      await new Promise((r) => delay(r, 50));
      yield 'b';
    } catch (err) {
      log('async generator caught', fmt(err));
      throw err;
    } finally {
      log('async generator finally');
    }
  })();
  const d = Readable.from(agen);
  d.on('error', (err) => log('d error', fmt(err)));
  d.on('close', () => log('d close'));
  d.on('data', (c) => {
    log('d data', fmt(c));
    d.destroy(new Error('destroyed with error'));
  });
}
main();

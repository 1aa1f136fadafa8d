'use strict';
// The Readable operators: map (with concurrency and order), filter, forEach, toArray,
// some, every, find, reduce, flatMap, drop, take; the streams they return.
const { Readable } = require('stream');
const { log, fmt, delay } = require('./_helpers');

const wait = (n, v) => new Promise((r) => delay(() => r(v), n));

async function main() {
  const src = () => Readable.from([1, 2, 3, 4, 5]);
  log('map', JSON.stringify(await src().map((x) => x * 2).toArray()));
  log('async map', JSON.stringify(await src().map(async (x) => { await wait(1); return x + 1; }).toArray()));

  const started = [];
  const res = await Readable.from([30, 10, 20]).map(async (ms) => {
    started.push(ms);
    await wait(ms);
    return ms;
  }, { concurrency: 3 }).toArray();
  log('concurrent map keeps order', JSON.stringify(res), 'started', JSON.stringify(started));

  log('filter', JSON.stringify(await src().filter((x) => x % 2).toArray()));
  const seen = [];
  log('forEach returns', await src().forEach((x) => seen.push(x)), JSON.stringify(seen));
  log('some', await src().some((x) => x > 4), await src().some((x) => x > 5));
  log('every', await src().every((x) => x > 0), await src().every((x) => x > 1));
  log('find', await src().find((x) => x > 2), await src().find((x) => x > 9));
  log('reduce', await src().reduce((a, b) => a + b), await src().reduce((a, b) => a + b, 100));
  log('flatMap', JSON.stringify(await src().flatMap((x) => [x, -x]).toArray()));
  log('drop', JSON.stringify(await src().drop(2).toArray()), JSON.stringify(await src().drop(10).toArray()));
  log('take', JSON.stringify(await src().take(2).toArray()), JSON.stringify(await src().take(0).toArray()));
  log('chain', JSON.stringify(await src().filter((x) => x > 1).map((x) => x * 10).drop(1).take(2).toArray()));

  const mapped = src().map((x) => x);
  log('returns Readable', mapped instanceof Readable, mapped.readableObjectMode, mapped.readableHighWaterMark);
  log('names', Readable.prototype.map.name, Readable.prototype.toArray.name, Readable.prototype.map.length, Readable.prototype.reduce.length);

  let pulled = 0;
  const lazy = new Readable({ objectMode: true, read() { this.push(++pulled); } });
  log('take stops pulling', JSON.stringify(await lazy.take(3).toArray()), 'pulled <=', pulled <= 5);
  log('some stops early', await Readable.from([1, 2, 3]).some(async (x) => x === 1));

  const bytes = Readable.from([Buffer.from('ab'), Buffer.from('c')], { objectMode: false });
  log('byte stream toArray', JSON.stringify((await bytes.toArray()).map(String)));
}
main();

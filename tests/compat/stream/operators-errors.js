'use strict';
// Operator failures: invalid arguments, errors thrown by the callbacks, a failing
// source, signals (aborted before and during), reduce of an empty stream.
const { Readable } = require('stream');
const { log, fmt, delay } = require('./_helpers');

async function attempt(label, fn) {
  try {
    const v = await fn();
    log(label, 'ok', fmt(JSON.stringify(v)));
  } catch (err) {
    log(label, fmt(err));
  }
}

async function main() {
  const src = () => Readable.from([1, 2, 3]);
  await attempt('map non-function', () => src().map(5));
  await attempt('map bad options', () => src().map((x) => x, 'opts'));
  await attempt('map concurrency 0', () => src().map((x) => x, { concurrency: 0 }));
  await attempt('map bad signal', () => src().map((x) => x, { signal: {} }));
  await attempt('filter non-function', () => src().filter());
  await attempt('reduce non-function', () => src().reduce('x'));
  await attempt('reduce empty', () => Readable.from([]).reduce((a, b) => a + b));
  await attempt('reduce empty with initial', () => Readable.from([]).reduce((a, b) => a + b, 7));
  await attempt('toArray bad options', () => src().toArray(1));
  await attempt('drop negative', () => src().drop(-1));
  await attempt('take NaN', () => src().take('x').toArray());
  await attempt('every non-function', () => src().every(1));
  await attempt('forEach non-function', () => src().forEach(null));
  await attempt('new map', () => new (Readable.prototype.map)());

  await attempt('map throws', () => src().map((x) => { if (x === 2) throw new Error('bad 2'); return x; }).toArray());
  await attempt('async map rejects', () => src().map(async (x) => { if (x === 3) throw new Error('bad 3'); return x; }).toArray());
  await attempt('failing source', () => new Readable({ read() { this.destroy(new Error('source broke')); } }).toArray());

  const ac = new AbortController();
  ac.abort();
  await attempt('toArray aborted signal', () => src().toArray({ signal: ac.signal }));
  await attempt('map aborted signal', () => src().map((x) => x, { signal: ac.signal }).toArray());
  await attempt('reduce aborted signal', () => src().reduce((a, b) => a + b, 0, { signal: ac.signal }));
  await attempt('drop aborted signal', () => src().drop(1, { signal: ac.signal }).toArray());

  const later = new AbortController();
  const slow = new Readable({ objectMode: true, read() { delay(() => this.push(1), 5); } });
  delay(() => later.abort(), 12);
  await attempt('forEach aborted during', () => slow.forEach(() => {}, { signal: later.signal }));
  log('slow destroyed', slow.destroyed);
}
main();

'use strict';
// The timing of Readable.from(): values of a sync iterable are pushed from _read()
// synchronously; async iterables resolve in microtasks; events interleaved with ticks
// and promise jobs.
const { Readable } = require('stream');
const { log, fmt, ticks, delay } = require('./_helpers');

{
  const r = Readable.from(['a', 'b', 'c']);
  log('read()', fmt(r.read()), 'length', r.readableLength);
  r.on('data', (c) => log('sync data', fmt(c)));
  r.on('end', () => log('sync end'));
  r.on('close', () => log('sync close'));
  ticks(6);
  Promise.resolve().then(() => log('microtask 1'));
}

delay(() => {
  const r = Readable.from((async function* () { yield 1; yield 2; })());
  r.on('data', (c) => log('async data', c));
  r.on('end', () => log('async end'));
  r.on('close', () => log('async close'));
  ticks(5, 'atick');
  Promise.resolve().then(() => log('a microtask'));
}, 20);

delay(() => {
  const r = Readable.from([Promise.resolve('p'), 'q']);
  r.on('readable', () => {
    let c;
    while ((c = r.read()) !== null) log('promise-value read', fmt(c));
  });
  r.on('end', () => log('promise-values end'));
}, 40);

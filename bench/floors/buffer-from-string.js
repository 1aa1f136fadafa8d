'use strict';
// Engine floor of Buffer.from(1 KiB string, 'latin1' or 'base64'): the same work done by the
// engine's own built-ins, with no runtime code in the loops. Each round makes 300,000
// (latin1) or 200,000 (base64) 1 KiB results the way Buffer.from does: views of a subclass
// of Uint8Array cut from 8 KiB ArrayBuffers (a new one every eight results, as Buffer's
// pool does), filled with the engine's typed array copy (`set` from a 1 KiB Uint8Array:
// a memcpy, what latin1 is once the string's bytes are found) or its base64 decoder
// (`setFromBase64`, where the engine has it; node 20/22's V8 does not). Run it with both
// runtimes: node bench/floors/buffer-from-string.js; build/nodus bench/floors/buffer-from-string.js
// and compare with the rows buf-from-latin1-1k and buf-from-base64-1k (bench/run.py), which
// also call Buffer.from itself here for reference. Prints the median and minimum of seven
// rounds.

class Subclass extends Uint8Array {
  constructor(a, b, c) {
    super(a, b, c);
  }
}
const source = new Uint8Array(1024);
for (let i = 0; i < 1024; i++) source[i] = (i * 7 + 3) & 0xff;
const latin1 = Buffer.from(source).toString('latin1');
const base64 = Buffer.from(source.subarray(0, 768)).toString('base64');
const hasBase64 = typeof Uint8Array.prototype.setFromBase64 === 'function';

function pooledViews(n, fill) {
  let c = 0;
  let pool;
  for (let i = 0; i < n; i++) {
    if ((i & 7) === 0) pool = new ArrayBuffer(8192);
    const view = new Subclass(pool, (i & 7) * 1024, 1024);
    fill(view);
    c += view[i & 1023];
  }
  return c;
}

const cases = {
  'views only (300k)': () => pooledViews(300000, () => {}),
  'views + set (300k)': () => pooledViews(300000, (view) => view.set(source)),
  'Buffer.from latin1 (300k)': () => {
    let c = 0;
    for (let i = 0; i < 300000; i++) c += Buffer.from(latin1, 'latin1')[i & 1023];
    return c;
  },
  'Buffer.from base64 (200k)': () => {
    let c = 0;
    for (let i = 0; i < 200000; i++) c += Buffer.from(base64, 'base64')[i & 511];
    return c;
  },
};
if (hasBase64) {
  cases['views + setFromBase64 (200k)'] =
    () => pooledViews(200000, (view) => view.setFromBase64(base64));
}
const times = {};
for (let round = 0; round < 7; round++) {
  for (const name in cases) {
    const start = process.hrtime.bigint();
    cases[name]();
    (times[name] ??= []).push(Number(process.hrtime.bigint() - start) / 1e6);
  }
}
for (const name in times) {
  const t = times[name].sort((a, b) => a - b);
  console.log(`${name.padEnd(30)} median ${t[3].toFixed(1)} ms  min ${t[0].toFixed(1)} ms`);
}

// Flags: --expose-gc
'use strict';
// Buffer.from(string, 'latin1' / 'binary' / 'ascii'): one byte per character, its low
// byte (characters above U+00FF included), pooled below half of Buffer.poolSize and in
// memory of its own from there. Then many pools are made and dropped, so that the memory of
// collected pools is used again: every Buffer must still hold exactly its own bytes, with
// no two live Buffers sharing memory, at the default pool size and after a change of it.
const show = require('./_show');

const wide = 'A\u00e9\u00ff\u0100\u0141\u20ac\ud83d\ude00\uffff';
for (const enc of ['latin1', 'binary', 'ascii', 'LATIN1', 'Binary', 'ASCII']) {
  show(`${enc} wide`, () => Buffer.from(wide, enc));
  show(`${enc} empty`, () => Buffer.from('', enc));
  show(`${enc} one`, () => Buffer.from('\u00e9', enc));
}
const half = Buffer.poolSize >>> 1;
for (const n of [half - 1, half, half + 1, 70000]) {
  show(`latin1 length ${n}`, () => {
    const s = '\u00fe'.repeat(n - 1) + '\u0141';
    const b = Buffer.from(s, 'latin1');
    const pooled = b.buffer.byteLength === Buffer.poolSize && b.byteLength < b.buffer.byteLength;
    return `${b.length} ${b[0]} ${b[n - 1]} pooled=${pooled}`;
  });
}
show('latin1 from a String object', () => Buffer.from(new String('\u00e9x'), 'latin1'));
show('latin1 toPrimitive', () => Buffer.from({ [Symbol.toPrimitive]: () => 'ab\u0100' }, 'latin1'));

function text(seed, length) {
  let s = '';
  for (let i = 0; i < length; i++) s += String.fromCharCode((seed * 131 + i * 17) & 0x1ff);
  return s;
}

function expected(s) {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

function round(label, count) {
  const texts = [];
  for (let i = 0; i < 16; i++) texts.push(text(i, 300 + i * 61));
  const kept = [];
  let bad = 0;
  for (let i = 0; i < count; i++) {
    const s = texts[i & 15];
    const b = Buffer.from(s, i & 1 ? 'latin1' : 'ascii');
    if (!b.equals(expected(s))) bad++;
    if (i % 97 === 0) kept.push([b, s]);
    if (i % 5000 === 0) globalThis.gc();
  }
  // Writing every kept Buffer must not change any other one.
  for (const [b] of kept) b.fill(0x5a);
  const intact = kept.every(([b]) => b.every((x) => x === 0x5a));
  for (const [b, s] of kept) Buffer.from(s, 'latin1').copy(b);
  const restored = kept.every(([b, s]) => b.equals(expected(s)));
  console.log(label, 'bad', bad, 'kept', kept.length, intact, restored);
}

round('default pool', 40000);
const saved = Buffer.poolSize;
Buffer.poolSize = 4096;
round('4 KiB pools', 20000);
Buffer.poolSize = 16384;
round('16 KiB pools', 20000);
Buffer.poolSize = saved;
round('default pool again', 20000);

// Buffer.from(string, 'utf8') for strings too large for the pool (one byte a character at
// least, so from half the pool size): bytes for ASCII, Latin-1, BMP and astral text, lone
// and paired surrogates at the edges, the Buffer's own ArrayBuffer of exactly its size, and
// that the ArrayBuffer detaches when transferred. Smaller neighbours go through the pool.
'use strict';
const crypto = require('crypto');

const pieces = ['a', 'é', '€', '😀', '\ud800', '\udc00', 'x\ud83dy', '\ud83d', 'ÿ', '\u0000'];
let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
const cases = [];
for (const len of [1365, 1366, 4095, 4096, 4097, 8192, 70000]) {
  for (let k = 0; k < 4; k++) {
    let s = '';
    while (s.length < len) {
      s += random() < 0.9 ? 'abcdefghij'[Math.floor(random() * 10)] :
        pieces[Math.floor(random() * pieces.length)];
    }
    cases.push(s.slice(0, len));
  }
  cases.push('a'.repeat(len), 'é'.repeat(len), '€'.repeat(len), '😀'.repeat(len >> 1));
  cases.push('a'.repeat(len - 1) + '\ud800', '\udfff' + 'a'.repeat(len - 1));
}
for (const s of cases) {
  for (const encoding of ['utf8', 'utf-8', undefined]) {
    const b = encoding === undefined ? Buffer.from(s) : Buffer.from(s, encoding);
    const own = b.length >= Buffer.poolSize >>> 1 ?
      ` own=${b.byteOffset === 0 && b.buffer.byteLength === b.length}` : '';
    console.log(s.length, encoding, b.length, Buffer.isBuffer(b) + own,
                crypto.createHash('sha1').update(b).digest('hex'));
  }
}
const big = Buffer.from('x'.repeat(100000), 'utf8');
const ab = big.buffer;
structuredClone(ab, { transfer: [ab] });
console.log('after transfer', big.length, ab.byteLength);

'use strict';
// Bytes -> string conversions around the sizes where the implementation changes paths
// (JavaScript below 64 bytes, C above; strings built in place in the engine), for every
// encoding, with invalid UTF-8 (replacement and truncated results), odd base64 lengths and
// sub-ranges. Each result is printed as its length and a checksum of its UTF-16 units,
// plus its first characters.

function sum(s) {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) >>> 0;
  return h;
}
function show(label, s) {
  console.log(label, s.length, sum(s), JSON.stringify(s.slice(0, 12)));
}

let seed = 7;
function bytes(n, max) {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    b[i] = (seed >>> 16) % max;
  }
  return b;
}

const sizes = [0, 1, 2, 3, 4, 63, 64, 65, 255, 256, 257, 1023, 1024, 1025, 4096, 5000];
const encodings = ['latin1', 'binary', 'ascii', 'utf8', 'utf16le', 'base64', 'base64url', 'hex'];
for (const n of sizes) {
  const all = bytes(n, 256);
  const ascii = bytes(n, 128);
  for (const enc of encodings) {
    show(`${n} all ${enc}`, all.toString(enc));
    show(`${n} ascii ${enc}`, ascii.toString(enc));
    if (n > 4) show(`${n} range ${enc}`, all.toString(enc, 1, n - 2));
  }
  show(`${n} all TextDecoder`, new TextDecoder().decode(all));
  show(`${n} ascii TextDecoder`, new TextDecoder().decode(ascii));
  show(`${n} all latin1 TextDecoder`, new TextDecoder('latin1').decode(all));
}

// Invalid UTF-8: lone continuation bytes, truncated sequences, overlong forms and encoded
// surrogates, repeated past the size where the result is built in C and then shortened.
const bad = Buffer.from([0x80, 0xc3, 0xe2, 0x82, 0xf0, 0x9f, 0x98, 0xc0, 0xaf, 0xed, 0xa0,
  0x80, 0x41, 0xff, 0xf4, 0x90, 0x80, 0x80]);
for (const times of [1, 3, 4, 60, 100]) {
  const b = Buffer.concat(Array(times).fill(bad));
  show(`bad x${times} utf8`, b.toString('utf8'));
  show(`bad x${times} TextDecoder`, new TextDecoder().decode(b));
  show(`bad x${times} latin1`, b.toString('latin1'));
  show(`bad x${times} ascii`, b.toString('ascii'));
  show(`bad x${times} utf16le odd`, b.subarray(1).toString('utf16le'));
}

// Multi-byte text of every width, whole and cut at each of the last few bytes.
const text = Buffer.from('a\u00e9\u20ac\u{1F600}'.repeat(40));
for (let cut = 0; cut < 5; cut++) {
  show(`text cut ${cut} utf8`, text.subarray(0, text.length - cut).toString());
  show(`text cut ${cut} base64`, text.subarray(0, text.length - cut).toString('base64'));
}

// The same buffer decoded repeatedly gives equal, independent strings.
const rep = bytes(300, 256);
const first = rep.toString('latin1');
for (let i = 0; i < 1000; i++) {
  if (rep.toString('latin1') !== first) throw new Error('latin1 differs');
}
rep[0] ^= 1;
console.log('after change', rep.toString('latin1') === first, first.charCodeAt(0) ^ rep[0]);

// 'ascii' clears the high bit: ASCII text with the first high byte at offsets around the
// eight-byte steps of the fast scan.
for (const at of [64, 65, 70, 71, 72, 73, 1023]) {
  const b = Buffer.alloc(1024, 'abcdefgh');
  b[at] = 0xe9;
  if (at + 3 < b.length) b[at + 3] = 0x80;
  show(`high byte at ${at} ascii`, b.toString('ascii'));
}

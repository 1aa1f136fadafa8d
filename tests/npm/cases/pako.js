'use strict';
// pako (zlib in JavaScript) against node's zlib, both ways.
const pako = require('pako');
const zlib = require('zlib');

const input = Buffer.from(Array.from({ length: 2000 }, (_, i) => `line ${i} ${'abc'.repeat(i % 13)}`).join('\n'));
const sha = (b) => require('crypto').createHash('sha1').update(b).digest('hex').slice(0, 12);

for (const [name, pdef, ninf] of [
  ['deflate', pako.deflate, zlib.inflateSync],
  ['deflateRaw', pako.deflateRaw, zlib.inflateRawSync],
  ['gzip', pako.gzip, zlib.gunzipSync],
]) {
  const c = pdef(input, { level: 6 });
  console.log(name, 'pako->node', sha(ninf(Buffer.from(c))) === sha(input));
}
for (const [name, ndef, pinf] of [
  ['deflate', zlib.deflateSync, pako.inflate],
  ['deflateRaw', zlib.deflateRawSync, pako.inflateRaw],
  ['gzip', zlib.gzipSync, pako.ungzip],
]) {
  for (const level of [0, 1, 9]) {
    const c = ndef(input, { level });
    console.log(name, level, 'node->pako', Buffer.from(pinf(c)).equals(input), c.length === ndef(input, { level }).length);
  }
}
// Compressed bytes are not compared with pako's: node bundles Chromium's zlib, nodus
// links the system's, and the two pick different matches at the same level.
console.log('to string', pako.inflate(zlib.deflateSync('héllo'), { to: 'string' }));
const inf = new pako.Inflate();
const comp = zlib.deflateSync(input);
for (let i = 0; i < comp.length; i += 100) inf.push(comp.subarray(i, i + 100), i + 100 >= comp.length);
console.log('chunked', inf.err, Buffer.from(inf.result).equals(input));
try {
  pako.inflate(Buffer.from('not compressed'));
} catch (e) {
  console.log('pako error', e.message);
}
try {
  zlib.inflateSync(Buffer.from(pako.deflate(input)).subarray(0, 50));
} catch (e) {
  console.log('node error', e.code, e.message);
}
const dict = Buffer.from('line abcabc');
const withDict = pako.deflate(input, { dictionary: dict });
console.log('dictionary', zlib.inflateSync(Buffer.from(withDict), { dictionary: dict }).equals(input));

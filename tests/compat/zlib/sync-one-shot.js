'use strict';
// The Sync convenience functions gather their whole output at once: results, buffer
// shapes, maxOutputLength at and around the exact output size, bytesWritten with
// { info: true }, trailing garbage, truncated input and every input kind.
const zlib = require('zlib');

const text = Buffer.from('nodus '.repeat(5000) + 'end');
const gz = zlib.gzipSync(text);
const sizes = (b) => [b.length, b.byteOffset, b.buffer.byteLength === b.length,
  Buffer.isBuffer(b)];

console.log('gunzip', sizes(zlib.gunzipSync(gz)), zlib.gunzipSync(gz).equals(text));
for (const chunkSize of [64, 1000, 16384, 1 << 20]) {
  const out = zlib.inflateSync(zlib.deflateSync(text, { chunkSize }), { chunkSize });
  console.log('chunkSize', chunkSize, out.equals(text));
}

for (const max of [text.length - 1, text.length, text.length + 1, 1, 64]) {
  try {
    const out = zlib.gunzipSync(gz, { maxOutputLength: max });
    console.log('max', max, 'ok', out.length);
  } catch (e) {
    console.log('max', max, e.name, e.code, e.message);
  }
}
try {
  zlib.brotliDecompressSync(zlib.brotliCompressSync(text), { maxOutputLength: 100 });
} catch (e) {
  console.log('brotli max', e.code, e.message);
}

const info = zlib.gunzipSync(Buffer.concat([gz, Buffer.from([0, 0, 0])]), { info: true });
console.log('info', info.buffer.length, info.engine.bytesWritten, typeof info.engine.close);
const deflated = zlib.deflateSync(text, { info: true });
console.log('deflate info', deflated.engine.bytesWritten, deflated.buffer.length > 0);

for (const [name, input] of [
  ['truncated', gz.subarray(0, gz.length - 5)],
  ['garbage', Buffer.concat([gz, Buffer.from('garbage!')])],
  ['corrupt', Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff, 0xff])],
  ['empty', Buffer.alloc(0)],
]) {
  try {
    const out = zlib.gunzipSync(input);
    console.log(name, 'ok', out.length);
  } catch (e) {
    console.log(name, e.name, e.code, e.errno, e.message);
  }
}

console.log('empty deflate', zlib.inflateSync(zlib.deflateSync(Buffer.alloc(0))).length,
  zlib.deflateRawSync('').length, zlib.gzipSync(new Uint8Array(0)).length);
console.log('string', zlib.inflateSync(zlib.deflateSync('héllo')).toString());
const u16 = new Uint16Array([1, 2, 3, 65535]);
console.log('typed', zlib.inflateSync(zlib.deflateSync(u16)));
console.log('dataview', zlib.inflateRawSync(zlib.deflateRawSync(new DataView(u16.buffer, 2, 4))));
console.log('arraybuffer', zlib.unzipSync(zlib.gzipSync(u16.buffer)));
console.log('unzip zlib', zlib.unzipSync(zlib.deflateSync('zlib format')).toString());
console.log('brotli', zlib.brotliDecompressSync(zlib.brotliCompressSync(text)).equals(text));
try {
  zlib.gunzipSync(42);
} catch (e) {
  console.log(e.name, e.code, e.message);
}

'use strict';
// Brotli streams inherit from the zlib class in node, so they have params(): it
// validates like zlib's, flushes, and leaves the brotli settings as they were.
const zlib = require('zlib');

const proto = Object.getPrototypeOf(zlib.BrotliCompress.prototype);
console.log('brotli base:', proto.constructor.name);
console.log('its base:', Object.getPrototypeOf(proto).constructor.name);
console.log('next:', Object.getPrototypeOf(Object.getPrototypeOf(proto)).constructor.name);
console.log('static chain:', Object.getPrototypeOf(Object.getPrototypeOf(zlib.BrotliCompress)).name);
console.log('shared params:', zlib.createBrotliCompress().params === zlib.Deflate.prototype.params);
console.log('decompress has params:', typeof zlib.createBrotliDecompress().params);

for (const args of [[99, 0], [1, 99], ['1', 0], [1, null]]) {
  try {
    zlib.createBrotliCompress().params(...args, () => {});
    console.log('params', args, 'accepted');
  } catch (e) {
    console.log('params', args, '->', e.name, e.code, e.message);
  }
}

// params() flushes with Z_SYNC_FLUSH, which is brotli's "finish" operation: the stream
// is complete after it, so a later write fails.
const b = zlib.createBrotliCompress();
const chunks = [];
b.on('data', (c) => chunks.push(c));
b.on('error', (e) => {
  console.log('error:', e.name, e.code, e.errno, e.message);
  console.log('output so far:', zlib.brotliDecompressSync(Buffer.concat(chunks)).toString());
});
b.on('close', () => console.log('close'));
b.write('hello ');
b.params(5, zlib.constants.Z_DEFAULT_STRATEGY, (err) => {
  console.log('params callback:', err);
  b.end('world');
});

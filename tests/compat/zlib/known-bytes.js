// Exact compressed bytes where any zlib gives the same output: stored blocks (level 0),
// Huffman-only and RLE strategies, short inputs, and the gzip/zlib framing.
const zlib = require('zlib');
const C = zlib.constants;

const text = Buffer.from('abcabcabc hello hello hello, zzzzzzzzzzzzzzzzzzzzzzzz!\n'.repeat(3));
const cases = {
  'deflate empty': () => zlib.deflateSync(''),
  'deflateRaw empty': () => zlib.deflateRawSync(''),
  'gzip empty': () => zlib.gzipSync(''),
  'deflate hello': () => zlib.deflateSync('hello'),
  'gzip hello': () => zlib.gzipSync('hello'),
  'deflateRaw hello': () => zlib.deflateRawSync('hello'),
  'deflate level 0': () => zlib.deflateSync(text, { level: 0 }),
  'gzip level 0': () => zlib.gzipSync(text, { level: 0 }),
  'deflate huffman': () => zlib.deflateSync(text, { strategy: C.Z_HUFFMAN_ONLY }),
  'deflate rle': () => zlib.deflateSync(text, { strategy: C.Z_RLE }),
  'deflate level 1 short': () => zlib.deflateSync('aaaaaaaaaaaaaaaaaaaa', { level: 1 }),
  'deflate level 9 short': () => zlib.deflateSync('hello hello hello hello', { level: 9 }),
  'deflate windowBits 8': () => zlib.deflateSync('hello', { windowBits: 8 }),
  'deflate windowBits 9 level 9': () => zlib.deflateSync('hi', { windowBits: 9, level: 9 }),
  'deflate memLevel 1': () => zlib.deflateSync('hello', { memLevel: 1 }),
  'deflate dictionary': () => zlib.deflateSync('hello', { dictionary: Buffer.from('hello') }),
  'deflateRaw dictionary': () => zlib.deflateRawSync('hello', { dictionary: Buffer.from('hello') }),
  'gzip ignores dictionary': () => zlib.gzipSync('hello', { dictionary: Buffer.from('hello') }),
  'deflate Z_SYNC_FLUSH finish': () => zlib.deflateSync('abc', { finishFlush: C.Z_SYNC_FLUSH }),
  'deflate Z_FULL_FLUSH finish': () => zlib.deflateSync('abc', { finishFlush: C.Z_FULL_FLUSH }),
  'deflate Z_PARTIAL_FLUSH finish': () => zlib.deflateSync('abc', { finishFlush: C.Z_PARTIAL_FLUSH }),
  'deflate Z_BLOCK finish': () => zlib.deflateSync('abc', { finishFlush: C.Z_BLOCK }),
  'deflate Z_NO_FLUSH finish': () => zlib.deflateSync('abc', { finishFlush: C.Z_NO_FLUSH }),
  'brotli empty': () => zlib.brotliCompressSync(''),
  'brotli quality 0': () => zlib.brotliCompressSync('hello hello hello', { params: { [C.BROTLI_PARAM_QUALITY]: 0 } }),
  'brotli short': () => zlib.brotliCompressSync('hello'),
  'brotli large window': () => zlib.brotliCompressSync('hello', { params: { [C.BROTLI_PARAM_LARGE_WINDOW]: 1, [C.BROTLI_PARAM_LGWIN]: 30 } }),
};
for (const [name, fn] of Object.entries(cases)) {
  try {
    console.log(name, fn().toString('hex'));
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}

// Known inputs decompress to known text.
const fixed = {
  zlib: '789ccb48cdc9c90700062c0215',
  gzip: '1f8b0800000000000003cb48cdc9c9070086a6103605000000',
  raw: 'cb48cdc9c90700',
  stored: '7801010500faff68656c6c6f062c0215',
  brotli: '0b028068656c6c6f03',
};
console.log('inflate fixed', zlib.inflateSync(Buffer.from(fixed.zlib, 'hex')).toString());
console.log('gunzip fixed', zlib.gunzipSync(Buffer.from(fixed.gzip, 'hex')).toString());
console.log('unzip fixed gzip', zlib.unzipSync(Buffer.from(fixed.gzip, 'hex')).toString());
console.log('unzip fixed zlib', zlib.unzipSync(Buffer.from(fixed.zlib, 'hex')).toString());
console.log('inflateRaw fixed', zlib.inflateRawSync(Buffer.from(fixed.raw, 'hex')).toString());
console.log('inflate stored', zlib.inflateSync(Buffer.from(fixed.stored, 'hex')).toString());
console.log('brotli fixed', zlib.brotliDecompressSync(Buffer.from(fixed.brotli, 'hex')).toString());

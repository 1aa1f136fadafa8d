// Sync convenience functions: every compressor with its decompressors, over several
// inputs and options; the decompressed bytes must be the original ones.
const zlib = require('zlib');
const crypto = require('crypto');

const sha = (b) => crypto.createHash('sha1').update(b).digest('hex').slice(0, 16);

let seed = 7;
function rand() {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed >>> 16;
}
const text = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(400));
const binary = Buffer.alloc(70000);
for (let i = 0; i < binary.length; i++) binary[i] = rand() & 0xff;
const mixed = Buffer.concat([text, binary.subarray(0, 5000), text]);
const inputs = {
  empty: Buffer.alloc(0),
  one: Buffer.from('x'),
  text,
  binary,
  mixed,
};

const pairs = [
  ['deflateSync', ['inflateSync', 'unzipSync']],
  ['gzipSync', ['gunzipSync', 'unzipSync']],
  ['deflateRawSync', ['inflateRawSync']],
  ['brotliCompressSync', ['brotliDecompressSync']],
];
for (const [c, ds] of pairs) {
  for (const [name, input] of Object.entries(inputs)) {
    const packed = zlib[c](input);
    for (const d of ds) {
      const out = zlib[d](packed);
      console.log(c, d, name, out.length, sha(out) === sha(input), Buffer.isBuffer(out));
    }
  }
}

// Options that change the compressed form but not the data.
const options = [
  { level: 0 }, { level: 1 }, { level: 9 }, { level: -1 },
  { strategy: zlib.constants.Z_FILTERED }, { strategy: zlib.constants.Z_HUFFMAN_ONLY },
  { strategy: zlib.constants.Z_RLE }, { strategy: zlib.constants.Z_FIXED },
  { windowBits: 9 }, { windowBits: 12 }, { memLevel: 1 }, { memLevel: 9 },
  { chunkSize: 64 }, { chunkSize: 100000 }, { level: 1.7 }, { level: NaN },
];
for (const opts of options) {
  for (const c of ['deflateSync', 'gzipSync', 'deflateRawSync']) {
    const packed = zlib[c](mixed, opts);
    const back = c === 'deflateRawSync' ? zlib.inflateRawSync(packed, opts) :
      zlib.unzipSync(packed, { chunkSize: opts.chunkSize });
    console.log(JSON.stringify(opts), c, sha(back) === sha(mixed));
  }
}

// Input types: strings, typed arrays, DataView, ArrayBuffer.
const views = {
  string: 'h\u00e9llo w\u00f6rld',
  uint8: new Uint8Array([1, 2, 3, 4, 5]),
  uint16: new Uint16Array([0x102, 0x304]),
  float32: new Float32Array([1.5, -2]),
  dataview: new DataView(new Uint8Array([9, 8, 7, 6, 5]).buffer, 1, 3),
  arraybuffer: new Uint8Array([5, 6, 7]).buffer,
  sub: Buffer.from('__abc__').subarray(2, 5),
};
for (const [name, v] of Object.entries(views)) {
  const back = zlib.inflateSync(zlib.deflateSync(v));
  console.log('view', name, back.toString('hex'));
  console.log('brotli view', name, zlib.brotliDecompressSync(zlib.brotliCompressSync(v)).toString('hex'));
}

// info: true returns the engine too.
const info = zlib.gunzipSync(zlib.gzipSync('info please'), { info: true });
console.log('info keys', Object.keys(info), info.buffer.toString(), info.engine.constructor.name,
            info.engine.bytesWritten, info.engine._closed, info.engine._handle);
const info2 = zlib.deflateSync('abc', { info: true });
console.log('info deflate', info2.engine.constructor.name, info2.engine.bytesWritten);

// Options passed as non-objects are ignored.
console.log('string opts', zlib.inflateSync(zlib.deflateSync('abc', 'xyz')).toString());
console.log('number opts', zlib.inflateSync(zlib.deflateSync('abc', 5)).toString());
console.log('null opts', zlib.inflateSync(zlib.deflateSync('abc', null)).toString());

// Decompression with small chunks and a window from the header.
console.log('inflate windowBits 0',
            zlib.inflateSync(zlib.deflateSync(text, { windowBits: 10 }), { windowBits: 0 }).length);
console.log('gunzip chunk 64', zlib.gunzipSync(zlib.gzipSync(binary), { chunkSize: 64 }).length);

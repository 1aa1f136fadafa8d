'use strict';
// zlib, one-shot: gzipSync then gunzipSync of 10 MB of generated text (words from a fixed
// seed, compressing about 3:1), then deflateSync/inflateSync and brotli at quality 4 of the
// first megabyte. Prints "bench ms=... check=..." on stderr; the check is the CRC-32 of
// every decompressed result and their total length (compressed sizes depend on the zlib
// build, so they are not part of it).
const zlib = require('zlib');

const SIZE = 10 * 1024 * 1024;
const words = ['alpha', 'beta', 'gamma', 'delta', 'stream', 'buffer', 'node', 'zlib', 'gzip',
  'deflate', 'inflate', 'brotli', 'chunk', 'window', 'level', 'strategy', 'the', 'a', 'of',
  'compress', 'data', 'bytes', 'header', 'trailer', 'crc', '2024', '42', 'x', 'y', 'z'];
let seed = 20261126;
function random(n) {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed % n;
}
const parts = [];
let length = 0;
while (length < SIZE) {
  const w = words[random(words.length)] + (random(8) === 0 ? '\n' : ' ');
  parts.push(w);
  length += w.length;
}
const input = Buffer.from(parts.join('')).subarray(0, SIZE);
const first = input.subarray(0, 1024 * 1024);

const start = process.hrtime.bigint();
const gz = zlib.gzipSync(input);
const back = zlib.gunzipSync(gz);
const df = zlib.inflateSync(zlib.deflateSync(first, { level: 6 }));
const br = zlib.brotliDecompressSync(zlib.brotliCompressSync(first, {
  params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 },
}));
const ms = Number(process.hrtime.bigint() - start) / 1e6;
const check = `${zlib.crc32(back)}-${zlib.crc32(df)}-${zlib.crc32(br)}-${back.length + df.length + br.length}`;
process.stderr.write(`bench ms=${ms.toFixed(3)} check=${check}\n`);

'use strict';
// zlib, streaming: 50 MB of generated text written in 64 KB chunks through
// Readable -> createGzip() -> createGunzip() -> Writable with stream.pipeline (work on
// the thread pool, backpressure between the stages). Prints "bench ms=... check=..." on
// stderr; the check is the CRC-32 and length of what comes out (equal to the input's).
const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');

const TOTAL = 50 * 1024 * 1024;
const CHUNK = 64 * 1024;
const words = ['alpha', 'beta', 'gamma', 'delta', 'stream', 'buffer', 'node', 'zlib', 'gzip',
  'deflate', 'inflate', 'brotli', 'chunk', 'window', 'level', 'strategy', 'the', 'a', 'of',
  'compress', 'data', 'bytes', 'header', 'trailer', 'crc', '2024', '42', 'x', 'y', 'z'];
let seed = 777;
function random(n) {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed % n;
}
// Two megabytes of text, read in a sliding pattern so consecutive chunks differ.
const parts = [];
let length = 0;
while (length < 2 * 1024 * 1024 + CHUNK) {
  const w = words[random(words.length)] + (random(8) === 0 ? '\n' : ' ');
  parts.push(w);
  length += w.length;
}
const text = Buffer.from(parts.join(''));
const slots = Math.floor((text.length - CHUNK) / 4099);

let produced = 0;
let index = 0;
const source = new Readable({
  read() {
    if (produced >= TOTAL) {
      this.push(null);
      return;
    }
    const offset = (index++ % slots) * 4099;
    const n = Math.min(CHUNK, TOTAL - produced);
    produced += n;
    this.push(text.subarray(offset, offset + n));
  },
});

let received = 0;
let crc = 0;
const sink = new Writable({
  write(chunk, encoding, callback) {
    received += chunk.length;
    crc = zlib.crc32(chunk, crc);
    callback();
  },
});

// ZLIB_STREAM_DUMP=FILE writes the input to FILE instead (bench/floors/zlib-floor.c's
// gzip-stream mode compresses that file with the library alone).
if (process.env.ZLIB_STREAM_DUMP) {
  source.pipe(require('fs').createWriteStream(process.env.ZLIB_STREAM_DUMP));
  return;
}

const start = process.hrtime.bigint();
pipeline(source, zlib.createGzip(), zlib.createGunzip(), sink, (err) => {
  if (err) throw err;
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stderr.write(`bench ms=${ms.toFixed(3)} check=${crc}-${received}\n`);
});

'use strict';
// Compression of files: `node zlib-file.js MODE [WORKDIR]`, MODE one of
//   gzip-stream: a 100 MB text file (written once by fixtures.js; kept in WORKDIR when
//     run.py gives it) through fs.createReadStream -> zlib.createGzip() ->
//     fs.createWriteStream, then the .gz file back through createGunzip() into another
//     file, both with stream.pipeline;
//   gzip-sync: the same file read with readFileSync, then gzipSync and gunzipSync;
//   brotli: its first 10 MB through brotliCompressSync + brotliDecompressSync, then through
//     createBrotliCompress() -> createBrotliDecompress() (quality 6: the default, 11, takes
//     half a minute on 10 MB).
// Written files go to a scratch directory under os.tmpdir(). The check is the length of
// every decompressed result and whether it equals the input (compressed sizes depend on
// the zlib build, so they are not part of it); the parts line times each half.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');
const { report, scratch, since, start, workFile } = require('./fixtures');

const mode = process.argv[2] || 'gzip-stream';
const file = workFile('text-100m.txt', 100 * 1000 * 1000);
const dir = scratch();

function pipe(...streams) {
  return new Promise((resolve, reject) => {
    pipeline(...streams, (err) => (err ? reject(err) : resolve()));
  });
}

// A Writable that keeps what it is given, to compare with the input at the end.
function collector(out) {
  return new Writable({
    write(chunk, encoding, callback) {
      out.push(chunk);
      callback();
    },
  });
}

const brotliOptions = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 6 } };

(async () => {
  const input = mode === 'brotli' ? fs.readFileSync(file).subarray(0, 10 * 1000 * 1000) : null;
  const clock = start();
  const parts = {};
  let check;
  if (mode === 'gzip-stream') {
    const gz = path.join(dir, 'text.gz');
    const back = path.join(dir, 'text.txt');
    await pipe(fs.createReadStream(file), zlib.createGzip(), fs.createWriteStream(gz));
    parts.gzip = since(clock);
    await pipe(fs.createReadStream(gz), zlib.createGunzip(), fs.createWriteStream(back));
    parts.gunzip = since(clock) - parts.gzip;
    check = `${fs.statSync(back).size}`;
  } else if (mode === 'gzip-sync') {
    const data = fs.readFileSync(file);
    const gz = zlib.gzipSync(data);
    parts.gzip = since(clock);
    const back = zlib.gunzipSync(gz);
    parts.gunzip = since(clock) - parts.gzip;
    check = `${back.length}-${back.equals(data)}`;
  } else if (mode === 'brotli') {
    const back = zlib.brotliDecompressSync(zlib.brotliCompressSync(input, brotliOptions));
    parts.sync = since(clock);
    const chunks = [];
    await pipe(Readable.from([input], { objectMode: false }),
               zlib.createBrotliCompress(brotliOptions), zlib.createBrotliDecompress(),
               collector(chunks));
    parts.stream = since(clock) - parts.sync;
    const streamed = Buffer.concat(chunks);
    check = `${back.length}-${back.equals(input)}-${streamed.length}-${streamed.equals(input)}`;
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
  report(clock, check, parts);
})();

'use strict';
// fs.createReadStream of a 1 GiB file (real text, written once by fixtures.js: kept in
// WORKDIR when run.py gives it, else made in a scratch directory) piped with
// stream.pipeline into a Writable that counts the bytes; default highWaterMark (64 KiB
// chunks). The file is read from the page cache after the first run. The check is the
// byte count and the number of chunks.
const fs = require('fs');
const { pipeline, Writable } = require('stream');
const { report, start, workFile } = require('./fixtures');

const file = workFile('stream-1g.txt', 1024 * 1024 * 1024);

let bytes = 0;
let chunks = 0;
const sink = new Writable({
  write(chunk, encoding, callback) {
    bytes += chunk.length;
    chunks++;
    callback();
  },
});

const clock = start();
pipeline(fs.createReadStream(file), sink, (err) => {
  if (err) throw err;
  report(clock, `${bytes}-${chunks}`);
});

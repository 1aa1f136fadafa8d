'use strict';
// Whole-file reads: `node fs-readfile.js MODE [WORKDIR]`, MODE one of
//   sync-1k, cb-1k, promise-1k: reads of a 1 KiB text file, half as a Buffer, half with
//     'utf8': 20,000 with readFileSync, 5,000 with fs.readFile (one after another) or
//     fs.promises.readFile (awaited one after another);
//   sync-64m, cb-64m, promise-64m: a 64 MiB text file read four times as a Buffer, then
//     once with 'utf8'.
// The files are made before timing starts (fixtures.js; the 64 MiB one is kept in WORKDIR
// when run.py gives it). The check is the total length read; the parts line splits the time
// between Buffer and string reads.
const fs = require('fs');
const path = require('path');
const { report, scratch, since, start, textFile, workFile } = require('./fixtures');

const mode = process.argv[2] || 'sync-1k';
const [kind, sizeName] = mode.split('-');
if (!['sync', 'cb', 'promise'].includes(kind) || !['1k', '64m'].includes(sizeName)) {
  throw new Error(`unknown mode ${mode}`);
}
const small = sizeName === '1k';
const file = small ? textFile(path.join(scratch(), 'small.txt'), 1024) :
  workFile('text-64m.txt', 64 * 1024 * 1024);
const bufferReads = small ? (kind === 'sync' ? 10000 : 2500) : 4;
const stringReads = small ? bufferReads : 1;

// Callback reads chain from inside the callback (no promise in between), as callback code
// does; one promise covers the whole series.
function callbackSeries(count, encoding) {
  return new Promise((resolve, reject) => {
    let total = 0;
    let left = count;
    const next = (err, data) => {
      if (err) return reject(err);
      total += data.length;
      if (--left === 0) return resolve(total);
      fs.readFile(file, encoding, next);
    };
    fs.readFile(file, encoding, next);
  });
}

async function series(count, encoding) {
  if (kind === 'sync') {
    let total = 0;
    for (let i = 0; i < count; i++) total += fs.readFileSync(file, encoding).length;
    return total;
  }
  if (kind === 'cb') return callbackSeries(count, encoding);
  let total = 0;
  for (let i = 0; i < count; i++) total += (await fs.promises.readFile(file, encoding)).length;
  return total;
}

(async () => {
  const clock = start();
  const bytes = await series(bufferReads, undefined);
  const bufferMs = since(clock);
  const chars = await series(stringReads, 'utf8');
  report(clock, `${bytes}-${chars}`, { buffer: bufferMs, string: since(clock) - bufferMs });
})();

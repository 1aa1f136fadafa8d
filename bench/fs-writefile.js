'use strict';
// Whole-file writes into a scratch directory under os.tmpdir():
// `node fs-writefile.js MODE`, MODE one of
//   sync-1k: 20,000 x writeFileSync of a 1 KiB string (utf8) over the same file;
//   cb-1k: 5,000 x fs.writeFile of the same string, each started from the previous one's
//     callback;
//   promise-1k: 5,000 x await fs.promises.writeFile;
//   64m: a 64 MiB Buffer written once with writeFileSync, then once with fs.writeFile, to
//     two files (the parts line has each).
// The check is the sum of the written files' sizes (one statSync each, inside the timing).
const fs = require('fs');
const path = require('path');
const { generateText, report, scratch, since, start } = require('./fixtures');

const mode = process.argv[2] || 'sync-1k';
const dir = scratch();
const file = path.join(dir, 'out.txt');

let text = '';
generateText(1024, (block) => { text += block.toString(); });
let big = null;
if (mode === '64m') {
  big = Buffer.allocUnsafe(64 * 1024 * 1024);
  let at = 0;
  generateText(big.length, (block) => { at += block.copy(big, at); });
}

function writeCallbackSeries(count) {
  return new Promise((resolve, reject) => {
    let left = count;
    const next = (err) => {
      if (err) return reject(err);
      if (--left === 0) return resolve();
      fs.writeFile(file, text, next);
    };
    fs.writeFile(file, text, next);
  });
}

(async () => {
  const clock = start();
  const parts = {};
  let check = 0;
  if (mode === 'sync-1k') {
    for (let i = 0; i < 20000; i++) fs.writeFileSync(file, text);
  } else if (mode === 'cb-1k') {
    await writeCallbackSeries(5000);
  } else if (mode === 'promise-1k') {
    for (let i = 0; i < 5000; i++) await fs.promises.writeFile(file, text);
  } else if (mode === '64m') {
    fs.writeFileSync(file, big);
    parts.sync = since(clock);
    await new Promise((resolve, reject) => {
      fs.writeFile(`${file}.2`, big, (err) => (err ? reject(err) : resolve()));
    });
    parts.callback = since(clock) - parts.sync;
    check += fs.statSync(`${file}.2`).size;
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
  check += fs.statSync(file).size;
  report(clock, check, parts);
})();

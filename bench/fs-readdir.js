'use strict';
// readdir of a directory of 10,000 empty files (made before timing, in a scratch directory
// under os.tmpdir()): `node fs-readdir.js MODE`, MODE sync (20 x readdirSync, then 20 x
// readdirSync with withFileTypes) or async (the same with fs.readdir and callbacks, one
// after another). With types, every entry's isFile() is asked. The check counts names and
// regular files; the parts line splits names from withFileTypes.
const fs = require('fs');
const path = require('path');
const { report, scratch, since, start } = require('./fixtures');

const mode = process.argv[2] || 'sync';
const dir = path.join(scratch(), 'entries');
fs.mkdirSync(dir);
for (let i = 0; i < 10000; i++) fs.closeSync(fs.openSync(path.join(dir, `entry-${i}.txt`), 'w'));
const ROUNDS = 20;

function readdirAsync(options) {
  return new Promise((resolve, reject) => {
    fs.readdir(dir, options, (err, entries) => (err ? reject(err) : resolve(entries)));
  });
}

(async () => {
  const clock = start();
  let names = 0;
  let files = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const list = mode === 'sync' ? fs.readdirSync(dir) : await readdirAsync(undefined);
    names += list.length;
  }
  const namesMs = since(clock);
  for (let r = 0; r < ROUNDS; r++) {
    const options = { withFileTypes: true };
    const list = mode === 'sync' ? fs.readdirSync(dir, options) : await readdirAsync(options);
    for (let i = 0; i < list.length; i++) if (list[i].isFile()) files++;
  }
  report(clock, `${names}-${files}`, { names: namesMs, types: since(clock) - namesMs });
})();

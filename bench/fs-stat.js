'use strict';
// stat: `node fs-stat.js MODE`, MODE sync (100,000 x fs.statSync of a 1 KiB file) or promise
// (10,000 x await fs.promises.stat of it, one after another). Each result is used
// (isFile(), size and mtimeMs), as callers do. The check is the number of regular files
// seen and the total size.
const fs = require('fs');
const path = require('path');
const { report, scratch, start, textFile } = require('./fixtures');

const mode = process.argv[2] || 'sync';
const file = textFile(path.join(scratch(), 'stat.txt'), 1024);

(async () => {
  const clock = start();
  let files = 0;
  let size = 0;
  let newest = 0;
  if (mode === 'sync') {
    for (let i = 0; i < 100000; i++) {
      const st = fs.statSync(file);
      if (st.isFile()) files++;
      size += st.size;
      if (st.mtimeMs > newest) newest = st.mtimeMs;
    }
  } else if (mode === 'promise') {
    for (let i = 0; i < 10000; i++) {
      const st = await fs.promises.stat(file);
      if (st.isFile()) files++;
      size += st.size;
      if (st.mtimeMs > newest) newest = st.mtimeMs;
    }
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
  report(clock, `${files}-${size}-${newest > 0}`);
})();

'use strict';
const gfs = require('graceful-fs');
const fs = require('fs');
const path = require('path');
const { tmpdir, clean } = require('./_tmp');

const root = tmpdir('gfs');
// Many parallel opens go through graceful-fs's queue.
const N = 200;
let done = 0;
const sizes = new Array(N);
for (let i = 0; i < N; i++) {
  const file = path.join(root, `f${i}.txt`);
  gfs.writeFile(file, 'x'.repeat(i), (err) => {
    if (err) throw err;
    gfs.readFile(file, 'utf8', (err2, data) => {
      if (err2) throw err2;
      sizes[i] = data.length;
      if (++done === N) next();
    });
  });
}

function next() {
  console.log('read back', sizes.reduce((a, b) => a + b, 0), sizes.slice(0, 5));
  console.log('readdir', gfs.readdirSync(root).length);
  gfs.readdir(root, (err, names) => {
    console.log('readdir cb', err, names.sort().slice(0, 3));
    gfs.stat(path.join(root, 'missing'), (e) => {
      console.log('stat missing', e.code, clean(e.message));
      const ws = gfs.createWriteStream(path.join(root, 'stream.txt'));
      ws.write('hello ');
      ws.end('world\n', () => {
        gfs.createReadStream(path.join(root, 'stream.txt'), { encoding: 'utf8' })
          .on('data', (d) => console.log('stream data', JSON.stringify(d)))
          .on('close', () => {
            console.log('gracefulify', typeof gfs.gracefulify, gfs.close === fs.close);
            gfs.promises.readFile(path.join(root, 'stream.txt'), 'utf8').then((t) => console.log('promises', t.trim()));
          });
      });
    });
  });
}

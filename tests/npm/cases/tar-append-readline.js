'use strict';
// tar's append (r) and update (u) on an existing archive, fs-extra's copy with
// preserveTimestamps, and readline over a file stream with CRLF line ends.
const tar = require('tar');
const fse = require('fs-extra');
const fs = require('fs');
const path = require('path');
const readline = require('readline');
const { once, on, EventEmitter } = require('events');
const { tmpdir } = require('./_tmp');

const dir = tmpdir('append');
(async () => {
  fs.mkdirSync(path.join(dir, 's'));
  fs.writeFileSync(path.join(dir, 's/a.txt'), 'a\r\nb\nc\r\n\r\nd');
  const t = new Date('2019-05-05T05:05:05Z');
  fs.utimesSync(path.join(dir, 's/a.txt'), t, t);
  await fse.copy(path.join(dir, 's'), path.join(dir, 'c'), { preserveTimestamps: true });
  console.log('preserved', fs.statSync(path.join(dir, 'c/a.txt')).mtime.toISOString());

  const tf = path.join(dir, 'x.tar');
  await tar.c({ file: tf, cwd: dir }, ['s']);
  fs.writeFileSync(path.join(dir, 'b.txt'), 'bbb');
  await tar.r({ file: tf, cwd: dir }, ['b.txt']);
  await tar.u({ file: tf, cwd: dir }, ['s/a.txt']);
  tar.r({ file: tf, cwd: dir, sync: true }, ['c']);
  const names = [];
  await tar.t({ file: tf, onReadEntry: (e) => names.push(e.path) });
  console.log('entries', names);

  const rl = readline.createInterface({
    input: fs.createReadStream(path.join(dir, 's/a.txt'), { highWaterMark: 2 }),
    crlfDelay: Infinity,
  });
  const lines = [];
  for await (const l of rl) lines.push(l);
  console.log('for await', lines);
  const rl2 = readline.createInterface({ input: fs.createReadStream(path.join(dir, 's/a.txt')) });
  const got = [];
  rl2.on('line', (l) => got.push(l));
  await once(rl2, 'close');
  console.log('line events', got);

  const ee = new EventEmitter();
  setTimeout(() => {
    ee.emit('x', 1);
    ee.emit('x', 2);
    ee.emit('end');
  }, 1);
  const ac = new AbortController();
  ee.once('end', () => ac.abort());
  const vals = [];
  try {
    for await (const [v] of on(ee, 'x', { signal: ac.signal })) vals.push(v);
  } catch (e) {
    console.log('events.on', e.name, vals);
  }
})();

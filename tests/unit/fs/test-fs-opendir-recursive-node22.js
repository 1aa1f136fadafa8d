'use strict';
// fs.Dir with `recursive: true` as node 22 has it: handing out a directory's Dirent
// buffers every entry of that directory, however many batches of bufferSize that takes
// (node 20, the golden tests' oracle, read only the first batch and dropped the rest).
// Every form lists exactly what readdirSync(recursive, withFileTypes) lists, each
// directory's entries after its own Dirent, in the directory's order, and contiguous.
// Also node 22's private state: util.inspect shows `Dir {}`, and the path getter on
// anything but a Dir is a TypeError.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-opendir-'));
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
const p = (...parts) => path.join(root, ...parts);

// Directories larger than the buffer sizes used, nested three deep, a link to one.
for (let i = 0; i < 7; i++) {
  fs.mkdirSync(p('t', `d${i}`, 'inner'), { recursive: true });
  for (let j = 0; j < 5; j++) fs.writeFileSync(p('t', `d${i}`, `f${j}`), '');
  for (let j = 0; j < 3; j++) fs.writeFileSync(p('t', `d${i}`, 'inner', `g${j}`), '');
  fs.writeFileSync(p('t', `top${i}`), '');
}
fs.symlinkSync(p('t', 'd0'), p('t', 'link'));

const full = (d) => path.join(d.parentPath, d.name);
const expected = fs.readdirSync(p('t'), { recursive: true, withFileTypes: true }).map(full).sort();
assert.strictEqual(expected.length, 7 + 7 + 7 * (5 + 1 + 3) + 1);

// The directory's own order (readdirSync sorts, a Dir does not).
function plainOrder(dir) {
  const handle = fs.opendirSync(dir, { bufferSize: 1 });
  const names = [];
  let d;
  while ((d = handle.readSync()) !== null) names.push(d.name);
  handle.closeSync();
  return names;
}

function check(label, list) {
  assert.deepStrictEqual(list.map(full).sort(), expected, label);
  // A directory's entries come after the directory's own Dirent.
  const seen = new Set([p('t')]);
  for (const d of list) {
    assert.ok(seen.has(d.parentPath), `${label}: ${full(d)} before its directory`);
    if (d.isDirectory()) seen.add(full(d));
  }
  // Each directory's entries are in readdir's order.
  const byParent = new Map();
  for (const d of list) {
    if (!byParent.has(d.parentPath)) byParent.set(d.parentPath, []);
    byParent.get(d.parentPath).push(d.name);
  }
  for (const [dir, names] of byParent) assert.deepStrictEqual(names, plainOrder(dir), `${label}: ${dir}`);
}

(async () => {
  for (const bufferSize of [1, 2, 3, 32]) {
    const options = { recursive: true, bufferSize };
    const sync = fs.opendirSync(p('t'), options);
    const list = [];
    let d;
    while ((d = sync.readSync()) !== null) list.push(d);
    sync.closeSync();
    check(`readSync ${bufferSize}`, list);
    // Nested directories are read whole: the entries of d0 follow one another.
    const d0 = list.map(full).filter((f) => path.dirname(f) === p('t', 'd0'));
    const first = list.findIndex((e) => e.parentPath === p('t', 'd0'));
    assert.deepStrictEqual(list.slice(first, first + d0.length).map(full), d0);

    const viaPromise = await fs.promises.opendir(p('t'), options);
    const promised = [];
    while ((d = await viaPromise.read()) !== null) promised.push(d);
    await viaPromise.close();
    check(`read() ${bufferSize}`, promised);
    assert.deepStrictEqual(promised.map(full), list.map(full));

    const iterated = [];
    for await (const e of fs.opendirSync(p('t'), options)) iterated.push(e);
    assert.deepStrictEqual(iterated.map(full), list.map(full));

    const called = await new Promise((resolve, reject) => {
      fs.opendir(p('t'), options, (err, dir) => {
        if (err) return reject(err);
        const out = [];
        const next = () => dir.read((err2, e) => {
          if (err2) return reject(err2);
          if (e === null) return dir.close(() => resolve(out));
          out.push(e);
          next();
        });
        next();
      });
    });
    assert.deepStrictEqual(called.map(full), list.map(full));
  }
  const handle = fs.opendirSync(p('t'), { recursive: true });
  assert.strictEqual(util.inspect(handle), 'Dir {}');
  assert.deepStrictEqual(Object.getOwnPropertySymbols(handle), []);
  handle.closeSync();
  const getPath = Object.getOwnPropertyDescriptor(fs.Dir.prototype, 'path').get;
  assert.throws(() => getPath.call({}), TypeError);
  assert.throws(() => fs.Dir.prototype.readSync.call({}), TypeError);
  console.log('ok');
})().catch((e) => {
  console.error(e);
  process.exit(1);
});

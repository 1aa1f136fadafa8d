// Which argument node reports first when several are wrong: descriptors that node checks in
// its native binding come after the other arguments and the callback; paths before options.
'use strict';
const fs = require("fs");

const B = 'bad';
const cases = {
  fchmod: [[B, B, B], [B, B, () => {}], [B, 0o644, B], [0, B, B], [B, 0o644, () => {}]],
  fchmodSync: [[B, B], [B, 0o644], [99999, B]],
  fchown: [[B, B, B, B], [B, 0, 0, B], [B, B, 0, () => {}], [B, 0, B, () => {}], [0, 0, 0, B]],
  fchownSync: [[B, B, B], [B, 0, B], [99999, B, 0]],
  ftruncate: [[B, B, B], [B, 0, B], [B, B, () => {}], [0, B, B]],
  ftruncateSync: [[B, B], [B, 0], [99999, B]],
  futimes: [[B, B, B, B], [B, 0, 0, B], [B, B, 0, () => {}], [0, 0, 0, B]],
  futimesSync: [[B, B, B], [B, 0, 0], [99999, B, 0]],
  fsync: [[B, B], [0, B]], fdatasync: [[B, B]], close: [[B, B], [99999, B]],
  fstat: [[B, B], [B, {}, B], [B, () => {}]], fstatSync: [[B, null], [B, B], [99999, null]],
  truncate: [[B, B, B], ['/nonexistent-dir/x', B, B], ['/nonexistent-dir/x', B, () => {}], [B, 0, B]],
  truncateSync: [[B, B], [undefined, 'x'], ['/nonexistent-dir/x', null], ['/nonexistent-dir/x', 'x']],
  mkdir: [[B, '/bad', B], [undefined, 'zz', () => {}], [undefined, { mode: 'zz' }, B]],
  mkdirSync: [[undefined, 'zz'], [undefined, { mode: 'zz' }], [undefined, { recursive: 'x' }]],
  chmod: [[undefined, B, B], [undefined, B, () => {}]], chmodSync: [[undefined, B]],
  chown: [[undefined, B, B, B]], chownSync: [[undefined, B, B]], lchown: [[undefined, B, B, B]],
  utimes: [[undefined, B, B, B]], utimesSync: [[undefined, B, B]], lutimes: [[undefined, B, B, B]],
  read: [[B, B, B, B, B, B], [B, Buffer.alloc(1), 0, 1, 0, B]], readSync: [[B, B, B, B, B], [B, Buffer.alloc(1), 5, 1, 0]],
  write: [[B, 5, B], [B, Buffer.alloc(1), B]], writeSync: [[B, 5], [B, Buffer.alloc(1), 5]],
  readv: [[B, B, B]], writev: [[B, B, B]],
  open: [[undefined, B, B, B], [undefined, 'r', B, () => {}]], openSync: [[undefined, B, B]],
  rename: [[undefined, undefined, B]], link: [[undefined, undefined, B]], copyFile: [[undefined, undefined, B, B]],
  readdir: [[undefined, B, B]], readlink: [[undefined, B]], realpath: [[undefined, B]], rm: [[undefined, B, B]],
  rmdir: [[undefined, B, B]], stat: [[undefined, B, B]], lstat: [[undefined, B]], statfs: [[undefined, B, B]],
  mkdtemp: [[undefined, B, B], [5, {}, B]], access: [[undefined, B, B]], exists: [[undefined, B]],
  readFile: [[undefined, B, B], [undefined, { flag: 5.5 }, B], ['/x', { signal: 5 }, () => {}]],
  writeFile: [[undefined, 5, B, B], ['/nonexistent-dir/x', 5, B, () => {}], ['/nonexistent-dir/x', 'a', { mode: 'zz' }, B]],
  appendFile: [[undefined, 5, B, B]], opendir: [[undefined, B, B]], cp: [[undefined, undefined, B, B]],
};
const out = [];
for (const [name, list] of Object.entries(cases)) {
  for (const args of list) {
    let r;
    try { fs[name](...args); r = 'ok'; } catch (e) { r = `${e.code}: ${e.message}`; }
    out.push(`${name}(${args.map((a) => (typeof a === 'function' ? 'fn' : JSON.stringify(a))).join(',')}) -> ${r}`);
  }
}
console.log(out.join('\n'));
setTimeout(() => process.exit(0), 100);

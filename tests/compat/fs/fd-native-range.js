// Descriptors node checks in its native binding report huge values written plainly.
'use strict';
const fs = require('fs');
const fd = 2 ** 53;
const b = Buffer.alloc(1);
const calls = {
  closeSync: () => fs.closeSync(fd), fchmodSync: () => fs.fchmodSync(fd, 0o644), fchownSync: () => fs.fchownSync(fd, 0, 0),
  fdatasyncSync: () => fs.fdatasyncSync(fd), fstatSync: () => fs.fstatSync(fd), fsyncSync: () => fs.fsyncSync(fd),
  ftruncateSync: () => fs.ftruncateSync(fd, 0), futimesSync: () => fs.futimesSync(fd, 0, 0), readSync: () => fs.readSync(fd, b),
  readvSync: () => fs.readvSync(fd, [b]), writeSync: () => fs.writeSync(fd, b), writevSync: () => fs.writevSync(fd, [b]),
  close: () => fs.close(fd, () => {}), fchmod: () => fs.fchmod(fd, 0o644, () => {}), fchown: () => fs.fchown(fd, 0, 0, () => {}),
  fdatasync: () => fs.fdatasync(fd, () => {}), fstat: () => fs.fstat(fd, () => {}), fsync: () => fs.fsync(fd, () => {}),
  ftruncate: () => fs.ftruncate(fd, 0, () => {}), futimes: () => fs.futimes(fd, 0, 0, () => {}), read: () => fs.read(fd, b, 0, 1, 0, () => {}),
  readv: () => fs.readv(fd, [b], () => {}), write: () => fs.write(fd, b, () => {}), writev: () => fs.writev(fd, [b], () => {}),
  readFileSync: () => fs.readFileSync(fd), writeFileSync: () => fs.writeFileSync(fd, 'x'), fdopendir: () => fs.openAsBlob,
};
for (const [n, f] of Object.entries(calls)) { try { f(); console.log(n, 'ok'); } catch (e) { console.log(n, e.code, e.message.replace(/.*Received /, '')); } }


for (const fd of [1.5, -1, 2 ** 31, 2 ** 53, NaN, -0, 1e21, 12345678.5]) {
  for (const f of ['fstatSync', 'closeSync', 'fsyncSync', 'readSync', 'fchmodSync']) {
    let r; try { f === 'readSync' ? fs.readSync(fd, Buffer.alloc(1)) : f === 'fchmodSync' ? fs.fchmodSync(fd, 0o644) : fs[f](fd); r = 'ok'; } catch (e) { r = `${e.code}: ${e.message}`; }
    console.log(fd, f, r);
  }
}

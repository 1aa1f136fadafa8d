// fs streams over a given descriptor have no path, flags or mode (only streams that open
// their file do), as in node; process.stdin over a file is one of them.
'use strict';
const fs = require('fs');
const path = require('path');
const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'nodus-fdstream-'));
const r = fs.createReadStream(null, { fd: fs.openSync(__filename, 'r'), autoClose: true });
const w = fs.createWriteStream(null, { fd: fs.openSync(path.join(dir, 'a'), 'w') });
console.log('read', JSON.stringify({ path: r.path, flags: r.flags, mode: r.mode }), Object.keys(r).filter((k) => !k.startsWith('_')).join(','));
console.log('write', JSON.stringify({ path: w.path, flags: w.flags, mode: w.mode }), Object.keys(w).filter((k) => !k.startsWith('_')).join(','));
const r2 = fs.createReadStream(__filename); console.log('read path', Object.keys(r2).filter((k) => !k.startsWith('_')).join(','));
r.destroy(); w.destroy(); r2.destroy();
const w2 = fs.createWriteStream(path.join(dir, 'b')); console.log('write path', Object.keys(w2).filter((k) => !k.startsWith('_')).join(','), w2.flags, w2.mode); w2.destroy();
const r3 = fs.createReadStream(__filename, { flags: 'r+', mode: 0o600 }); console.log(r3.flags, r3.mode); r3.destroy();
setTimeout(() => fs.rmSync(dir, { recursive: true }), 50);

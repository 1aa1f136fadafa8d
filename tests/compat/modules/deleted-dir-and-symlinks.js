'use strict';
// A module whose directory was deleted can still require a relative path that exists;
// NODE_PRESERVE_SYMLINKS=1 (set for a child) works like --preserve-symlinks.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-moddel-'));
fs.writeFileSync(path.join(root, 'foo.js'), 'module.exports = "foo";');
fs.mkdirSync(path.join(root, 'sub'));
fs.writeFileSync(path.join(root, 'sub', 'bar.js'), 'module.exports = () => require("../foo.js");');
const bar = require(path.join(root, 'sub', 'bar.js'));
fs.rmSync(path.join(root, 'sub'), { recursive: true });
console.log(bar());

// real/lib.js is reached through link/ (a symlink): with symlinks preserved, the module's
// filename keeps the link path.
fs.mkdirSync(path.join(root, 'real'));
fs.writeFileSync(path.join(root, 'real', 'lib.js'), 'module.exports = __filename;');
fs.symlinkSync(path.join(root, 'real'), path.join(root, 'link'));
fs.writeFileSync(path.join(root, 'main.js'),
                 'console.log(require("path").relative(__dirname, require("./link/lib.js")));');
for (const env of [{}, { NODE_PRESERVE_SYMLINKS: '1' }, { NODE_PRESERVE_SYMLINKS: '0' }]) {
  const out = execFileSync(process.execPath, [path.join(root, 'main.js')],
                           { env: { ...process.env, ...env }, encoding: 'utf8' });
  console.log(JSON.stringify(env), out.trim());
}
fs.rmSync(root, { recursive: true });

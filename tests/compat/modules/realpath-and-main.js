'use strict';
// Module filenames are real paths: files reached through a linked directory, a linked
// file, a chain of links, a relative link, and directories whose names start with dots
// (the loader resolves a directory's real path once and then checks each file for being
// a link). Also require.main: a data property of each require function, set to the main
// module when the require was made.
const fs = require('fs');
const os = require('os');
const path = require('path');
const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-realpath-')));
const rel = (p) => path.relative(root, p);

fs.mkdirSync(path.join(root, 'real'));
for (const name of ['a', 'b', 'c']) {
  fs.writeFileSync(path.join(root, 'real', `${name}.js`), 'module.exports = __filename;');
}
fs.symlinkSync(path.join(root, 'real'), path.join(root, 'dirlink'));
// A linked file in a plain directory, a chain of two links, a relative link.
fs.mkdirSync(path.join(root, 'plain'));
fs.symlinkSync(path.join(root, 'real', 'a.js'), path.join(root, 'plain', 'file-link.js'));
fs.symlinkSync(path.join(root, 'plain', 'file-link.js'), path.join(root, 'plain', 'chain.js'));
fs.symlinkSync('../real/b.js', path.join(root, 'plain', 'relative.js'));
fs.writeFileSync(path.join(root, 'plain', 'own.js'), 'module.exports = __filename;');
// Directories named with leading dots.
fs.mkdirSync(path.join(root, '.hidden', '..dots'), { recursive: true });
fs.writeFileSync(path.join(root, '.hidden', '..dots', 'x.js'), 'module.exports = __filename;');
fs.symlinkSync(path.join(root, '.hidden'), path.join(root, 'hidden-link'));

for (const request of [
  'dirlink/a', 'dirlink/b.js', 'dirlink/c', 'real/a', 'plain/file-link', 'plain/chain.js',
  'plain/relative', 'plain/own', '.hidden/..dots/x', 'hidden-link/..dots/x.js',
  'dirlink/../plain/own', 'plain/./own.js',
]) {
  const filename = require(path.join(root, request));
  console.log(request, '->', rel(filename), require.cache[filename] !== undefined);
}
console.log(require.resolve(path.join(root, 'dirlink', 'c')) === path.join(root, 'real', 'c.js'));

// require.main.
const desc = Object.getOwnPropertyDescriptor(require, 'main');
console.log(typeof desc.get, desc.writable, desc.enumerable, desc.configurable,
            require.main === module);
fs.writeFileSync(path.join(root, 'child.js'),
                 'require.main = "changed"; module.exports = require.main;');
fs.writeFileSync(path.join(root, 'sibling.js'),
                 'module.exports = require.main === process.mainModule;');
console.log(require(path.join(root, 'child.js')), require(path.join(root, 'sibling.js')),
            require.main === module);
fs.rmSync(root, { recursive: true });

'use strict';
// The shape of node:path: keys and their order, the posix/win32 cross links,
// separators, function names and lengths, aliases, and use without a receiver.
const path = require('path');

console.log(JSON.stringify(Object.keys(path)));
console.log(JSON.stringify(Object.keys(path.win32)));
console.log(JSON.stringify(Object.keys(path.posix)));
console.log(path === path.posix, path.posix.posix === path, path.win32.win32 === path.win32);
console.log(path.win32.posix === path, path.posix.win32 === path.win32, path.win32 !== path);
console.log(JSON.stringify([path.sep, path.delimiter, path.win32.sep, path.win32.delimiter,
  path.posix.sep, path.posix.delimiter]));
console.log(path._makeLong === path.toNamespacedPath, path.win32._makeLong === path.win32.toNamespacedPath);
console.log(require('node:path') === path, require('path/posix') === path.posix,
  require('path/win32') === path.win32, require('node:path/win32') === path.win32);
for (const flavor of ['posix', 'win32']) {
  const p = path[flavor];
  for (const name of ['resolve', 'normalize', 'isAbsolute', 'join', 'relative', 'toNamespacedPath',
    'dirname', 'basename', 'extname', 'format', 'parse', 'matchesGlob']) {
    console.log(flavor, name, typeof p[name], p[name].name, p[name].length);
  }
  const desc = Object.getOwnPropertyDescriptor(p, 'sep');
  console.log(flavor, JSON.stringify(desc));
}
const { join, resolve, win32, posix, basename } = path;
console.log(join('a', 'b'), win32.join('a', 'b'), posix.join('a', '..'), basename('/x/y.z', '.z'));
console.log(resolve('/x', 'y'), win32.resolve('C:\\x', 'y'));
console.log(JSON.stringify([win32.dirname.call(null, 'C:\\a\\b'), posix.extname.call(undefined, 'a.b')]));

'use strict';
// path.posix.isAbsolute and toNamespacedPath (identity on POSIX, for any value).
const path = require('path');

for (const input of ['', '/', '//', 'a', '/a', './a', '../a', '.', '~', 'C:\\', 'c:/', '\\a',
  ' /a', '\u00e9', '/\u00e9']) {
  console.log(JSON.stringify([input, path.posix.isAbsolute(input), path.isAbsolute(input)]));
}
const values = ['', 'a/b', '/a/../b', 'C:\\x', '\\\\server\\share', null, undefined, 1, true, false];
for (const value of values) {
  const out = path.posix.toNamespacedPath(value);
  console.log(JSON.stringify([value ?? String(value), out ?? String(out), out === value]));
}
const object = {};
console.log(path.toNamespacedPath(object) === object, path._makeLong(object) === object);
console.log(path.toNamespacedPath() === undefined, path.posix.toNamespacedPath(path) === path);

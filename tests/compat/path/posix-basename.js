'use strict';
// path.posix.basename with and without a suffix, including node's quirks: a suffix is
// compared from the last non-slash character, a suffix equal to the whole argument
// gives '', and a suffix that is still partly matched at the start keeps the string.
const path = require('path');

const inputs = ['', '/', '//', 'a', 'a/', 'a//', '/a', '/a/', 'a/b', 'a/b/', '.js', 'a.js',
  'a.js/', '/a.js', 'dir/a.js', 'dir/a.js//', 'js', 'js/', '/js', '.', '..', '...', 'a.b.c',
  'aaa', 'aaa/', 'file.tar.gz', '\u00e9.txt', 'x\\y.js', 'a/b.js.js'];
const suffixes = [undefined, '', '.js', 'js', 's', 'a', 'aa', 'aaa', 'aaaa', '/', 'a/', '.', '..',
  'b', '.gz', '.tar.gz', 'a.js', '/a.js', '\u00e9.txt', '.txt', 'y.js', '.js.js'];
for (const input of inputs) {
  for (const suffix of suffixes) {
    console.log(JSON.stringify([input, suffix ?? null, path.posix.basename(input, suffix)]));
  }
}

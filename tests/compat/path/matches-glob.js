'use strict';
// path.matchesGlob (experimental in node): wildcards, globstar, classes, braces,
// extended globs, dot files, '.' and '..' resolution, Windows separators and drives.
const path = require('path');

process.on('warning', (w) => console.log('warning:', w.name, w.message));
const patterns = ['*', '**', '*.js', '**/*.js', 'a/*', 'a/**', 'a/**/b', '?', 'a?c', '[ab]', '[!a]*',
  '[[:digit:]]', '{a,b}/c', 'x{1..3}', 'x{01..03}', '{a,{b,c}}', '.*', '*.*', '@(a|b)', '+(a|.b)',
  '!(a)', '!(a)*', '*(a|b)c', '?(a)b', '!(*.js)', '/a/*', '//srv/shr/*', 'C:/a', 'c:\\a', './a', 'a/./b',
  'a/../b', '', 'a/', 'a\\b', '[a', '@(a', '{a,b', 'a{}', '${a,b}', '[b-a]', '!(a|!(b))', '@()'];
const paths = ['', 'a', 'b', 'c', '.a', 'a.js', '.a.js', 'a/b', 'a/b/c', 'a/.b', 'a/b.js', 'b/c', 'x2',
  'x02', 'abc', 'ac', 'aac', 'bc', '1', 'a/', '/a/b', '//srv/shr/x', 'C:\\a', 'c:/a', 'C:/A', './a',
  'a/./b', 'a/x/../b', 'a\\b', '[a', '@(a', 'a{}', '${a,b}', '.', '..', '@()'];
for (const pattern of patterns) {
  const posix = [];
  const win32 = [];
  for (const p of paths) {
    if (path.posix.matchesGlob(p, pattern)) posix.push(p);
    if (path.win32.matchesGlob(p, pattern)) win32.push(p);
  }
  console.log(JSON.stringify([pattern, posix, win32]));
}
for (const [p, pattern] of [[1, 'a'], ['a', 2], [null, null], ['a', undefined]]) {
  try {
    path.matchesGlob(p, pattern);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
try {
  path.matchesGlob('a', 'x'.repeat(65537));
} catch (err) {
  console.log(err.name, err.message);
}
console.log(path.matchesGlob('a', 'x'.repeat(65536)));

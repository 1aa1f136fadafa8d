'use strict';
// path.win32.relative: case-insensitive comparison, different drives and UNC roots
// (the resolved target is returned), drive roots, partial segment matches.
const path = require('path');

process.cwd = () => 'C:\\Users\\me';
const places = ['c:/', 'C:\\', 'c:/a', 'C:\\A\\b', 'c:/a/bc', 'c:/ab', 'd:\\', 'd:/a', 'a', '..',
  '', '\\x', '\\\\srv\\shr', '\\\\srv\\shr\\x', '\\\\SRV\\shr\\x\\y', '\\\\srv\\other',
  'C:\\Users\\me', 'c:\\users\\ME\\sub', 'c:relative', '\\\\?\\c:\\a'];
for (const from of places) {
  for (const to of places) {
    console.log(JSON.stringify([[from, to], path.win32.relative(from, to)]));
  }
}
const cases = [
  ['c:/blah\\blah', 'd:/games'], ['c:/aaaa/bbbb', 'c:/aaaa'], ['c:/aaaa/bbbb', 'c:/cccc'],
  ['c:/aaaa/bbbb', 'c:/aaaa/bbbb'], ['c:/aaaa/bbbb', 'c:/aaaa/cccc'], ['c:/aaaa/', 'c:/aaaa/cccc'],
  ['c:/', 'c:\\aaaa\\bbbb'], ['c:/aaaa/bbbb', 'd:\\'], ['c:/AaAa/bbbb', 'c:/aaaa/bbbb'],
  ['c:/aaaaa/', 'c:/aaaa/cccc'], ['C:\\foo\\bar\\baz\\quux', 'C:\\'],
  ['C:\\foo\\test', 'C:\\foo\\test\\bar\\package.json'], ['C:\\foo\\bar\\baz-quux', 'C:\\foo\\bar\\baz'],
  ['C:\\foo\\bar\\baz', 'C:\\foo\\bar\\baz-quux'], ['\\\\foo\\bar', '\\\\foo\\bar\\baz'],
  ['\\\\foo\\bar\\baz', '\\\\foo\\bar'], ['\\\\foo\\bar\\baz-quux', '\\\\foo\\bar\\baz'],
  ['\\\\foo\\bar\\baz', '\\\\foo\\bar\\baz-quux'], ['C:\\baz-quux', 'C:\\baz'], ['C:\\baz', 'C:\\baz-quux'],
  ['\\\\foo\\baz-quux', '\\\\foo\\baz'], ['\\\\foo\\baz', '\\\\foo\\baz-quux'], ['C:\\baz', '\\\\foo\\bar\\baz'],
  ['\\\\foo\\bar\\baz', 'C:\\baz'], ['C:\\orandea\\test\\aaa', 'C:\\orandea\\impl\\bbb'],
];
for (const [from, to] of cases) console.log(JSON.stringify([[from, to], path.win32.relative(from, to)]));
process.cwd = () => '/posix/cwd';
for (const [from, to] of [['a', 'b'], ['a', 'c:b'], ['/x', '\\x\\y'], ['c:', 'd:']]) {
  console.log(JSON.stringify(['posix cwd', [from, to], path.win32.relative(from, to)]));
}

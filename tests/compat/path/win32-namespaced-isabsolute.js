'use strict';
// path.win32.toNamespacedPath (the '\\?\' long-path form; other strings resolved) and
// isAbsolute.
const path = require('path');

process.cwd = () => 'C:\\cwd';
const inputs = ['', 'a', 'C', 'C:', 'c:\\', 'C:\\foo', 'C:/foo', 'c:foo/../bar', '\\\\foo\\bar',
  '//foo//bar', '\\\\foo\\bar\\baz', '\\\\?\\foo', '\\\\?\\C:\\foo', '\\\\?\\UNC\\srv\\shr', '\\\\.\\pipe\\p',
  '\\\\.\\pipe', '\\\\?', '\\\\?\\', '\\\\.\\', '\\x', '/', '\\\\', 'foo\\bar', 'foo/bar', 'd:x'];
for (const input of inputs) {
  console.log(JSON.stringify([input, path.win32.toNamespacedPath(input), path.win32.isAbsolute(input)]));
}
process.cwd = () => '/posix/cwd';
for (const input of ['a', 'c:a', '\\x', 'C:\\x', '\\\\s\\h']) {
  console.log(JSON.stringify(['posix cwd', input, path.win32.toNamespacedPath(input)]));
}
for (const value of [null, undefined, 1, true, false]) {
  console.log(String(value), path.win32.toNamespacedPath(value) === value);
}
const object = {};
console.log(path.win32.toNamespacedPath(object) === object, path.win32.toNamespacedPath() === undefined);
for (const input of ['', '/', '//', '//server', '//server/file', '\\\\server\\file', '\\', '\\\\', 'c',
  'c:', 'c:\\', 'c:/', 'c://', 'C:/Users/', 'C:\\Users\\', 'C:cwd/another', 'C:cwd\\another',
  'directory/directory', 'directory\\directory', '1:\\x', '\u00e9:\\x', ':\\x', 'aa:\\']) {
  console.log(JSON.stringify(['isAbsolute', input, path.win32.isAbsolute(input)]));
}

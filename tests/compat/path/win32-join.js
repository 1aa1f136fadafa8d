'use strict';
// path.win32.join: pairs of fragments (roots, drives, UNC parts, separators of both
// kinds), the rule that keeps a UNC prefix only when the first argument names one, and
// node's own table of tricky cases.
const path = require('path');

const fragments = ['', '.', '..', '\\', '/', '\\\\', '//', 'a', 'a\\', '/a', 'c:', 'c:\\', 'C:a',
  '\\\\srv', '\\\\srv\\shr', 'srv', 'x/y', '..\\z', 'CON', 'aux:', ':'];
for (const a of fragments) {
  for (const b of fragments) {
    console.log(JSON.stringify([[a, b], path.win32.join(a, b)]));
  }
}
const cases = [
  [], [''], ['', ''], ['.', 'x/b', '..', '/b/c.js'], ['/foo', '../../../bar'],
  ['//foo', 'bar'], ['//foo/', 'bar'], ['//foo', '/bar'], ['//foo/', '/bar'], ['//', 'foo', 'bar'],
  ['//', '/foo', 'bar'], ['//', 'foo', '/bar'], ['//', '//foo', 'bar'], ['///', 'foo', 'bar'],
  ['////foo', 'bar'], ['\\\\\\/foo', 'bar'], ['\\', '\\\\x', 'y'], ['', '//foo', 'bar'],
  ['\\\\foo\\bar', 'baz'], ['\\\\foo/bar', 'baz'], ['//foo\\bar', 'baz'], ['//foo/bar', '..', '..'],
  ['c:', 'file'], ['c:', '\\file'], ['c:\\', 'file'], ['c:\\', '\\file'], ['c:', '..', '..', 'x'],
  ['a', 'C:'], ['a', 'C:x'], ['.', 'C:x'], ['', 'C:', 'x'], ['x', '..', 'C:'], ['x', '..', 'C:\\'],
  ['\\\\?\\', 'x'], ['\\\\?', 'x'], ['\\\\.\\', 'pipe', 'p'], ['\\\\?\\c:', 'x', '..', '..'],
  ['a', '\u00e9', '..', '\ud83d\ude00'], ['CON', 'x'], ['x', 'CON:'],
];
for (const args of cases) console.log(JSON.stringify([args, path.win32.join(...args)]));

'use strict';
// path.win32.dirname over every string of up to 4 characters from '/', '\', 'a', ':',
// and named cases (UNC roots are their own dirname).
const path = require('path');

function* strings(alphabet, maxLength) {
  yield '';
  let level = [''];
  for (let n = 1; n <= maxLength; n++) {
    const next = [];
    for (const prefix of level) for (const c of alphabet) next.push(prefix + c);
    yield* next;
    level = next;
  }
}
for (const input of strings(['/', '\\', 'a', ':'], 4)) {
  console.log(JSON.stringify([input, path.win32.dirname(input)]));
}
const extra = ['c:\\', 'c:\\foo', 'c:\\foo\\', 'c:\\foo\\bar', 'c:\\foo\\bar\\', 'c:\\foo\\bar\\baz',
  'c:\\foo bar\\baz', '\\', '\\foo', '\\foo\\', '\\foo\\bar', 'c:', 'c:foo', 'c:foo\\', 'c:foo\\bar',
  'file:stream', 'dir\\file:stream', '\\\\unc\\share', '\\\\unc\\share\\foo', '\\\\unc\\share\\foo\\',
  '\\\\unc\\share\\foo\\bar', '\\\\unc\\share\\foo\\bar\\', '\\\\unc\\share\\foo\\bar\\baz', '/a/b/',
  '/a/b', '/a', '', '/', '////', '//a', 'foo', '\\\\?\\c:\\x', '\\\\.\\pipe\\p', '\u00e9:\\x'];
for (const input of extra) console.log(JSON.stringify([input, path.win32.dirname(input)]));

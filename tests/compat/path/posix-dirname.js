'use strict';
// path.posix.dirname over every string of up to 5 characters from '/', '.', 'a', and
// named cases (a doubled slash before the last segment is kept: dirname('a//b') is 'a/').
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
for (const input of strings(['/', '.', 'a'], 5)) {
  console.log(JSON.stringify([input, path.posix.dirname(input)]));
}
const extra = ['/a/b/', '/a/b', '/a', '/', '', '////', '//a', 'foo', '/a/b//c//', 'a\\b\\c',
  '/usr/lib/\u00e9.so', 'C:\\', 'c:/x/y'];
for (const input of extra) console.log(JSON.stringify([input, path.posix.dirname(input)]));

'use strict';
// path.posix.normalize over every string of up to 5 characters from '/', '.', 'a',
// plus hand-picked cases (dots in names, leading dots, unicode, long runs of slashes).
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
  console.log(JSON.stringify([input, path.posix.normalize(input)]));
}

const extra = [
  './fixtures///b/../b/c.js', '/foo/../../../bar', 'a//b//../b', 'a//b//./c', 'a//b//.',
  '/a/b/c/../../../x/y/z', '///..//./foo/.//bar', 'bar/foo../../', 'bar/foo../..',
  'bar/foo../../baz', 'bar/foo../', 'bar/foo..', '../foo../../../bar', '../.../.././.../../../bar',
  '../../../foo/../../../bar', '../../../foo/../../../bar/../../', '../foobar/barfoo/foo/../../../bar/../../',
  '../.../../foobar/../../../bar/../../baz', 'foo/bar\\baz', '/a/b/c/./../../g', 'mid/content=5/../6',
  '.hidden', '..hidden', '...', '..../', 'a/.../b', 'a/..../..', '/\u00e9t\u00e9/./caf\u00e9/../x',
  '\ud83d\ude00/../\ud83d\ude00\ud83d\ude00/', ' / ', 'a b/./c d', '//', '///', '//a//b//',
];
for (const input of extra) console.log(JSON.stringify([input, path.posix.normalize(input)]));

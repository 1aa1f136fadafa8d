'use strict';
// path.win32.normalize over every string of up to 4 characters from '/', '\', '.',
// 'a', ':' (drive letters, UNC-looking roots, streams), plus named cases: device paths,
// reserved device names (CON, aux:, COM1...) and drive-relative paths that must not
// turn into drives.
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
for (const input of strings(['/', '\\', '.', 'a', ':'], 4)) {
  console.log(JSON.stringify([input, path.win32.normalize(input)]));
}
const extra = [
  './fixtures///b/../b/c.js', '/foo/../../../bar', 'a//b//../b', 'a//b//./c', 'a//b//.',
  '//server/share/dir/file.ext', '/a/b/c/../../../x/y/z', '///..//./foo/.//bar', 'bar\\foo..\\..\\',
  'bar\\foo..\\..', 'bar\\foo..\\..\\baz', 'bar\\foo..\\', 'bar\\foo..', '..\\foo..\\..\\..\\bar',
  '..\\...\\..\\.\\...\\..\\..\\bar', '../../../foo/../../../bar', '../../../foo/../../../bar/../../',
  '../foobar/barfoo/foo/../../../bar/../../', '../.../../foobar/../../../bar/../../baz',
  '\\\\.\\foo', '\\\\.\\foo\\', '\\\\.\\foo\\bar\\..', '\\\\?\\C:\\x\\..\\y', '//?/UNC/srv/shr/..',
  '\\\\server\\share', '\\\\server\\share\\', '\\\\server\\share\\..\\..', '\\\\server', '\\\\server\\',
  'c:', 'C:', 'c:.', 'c:..', 'c:../a', 'c:/../a', 'c:\\a\\..\\..', 'C:foo/../../bar', 'z:/',
  'test/../C:/Windows', 'test/../C:Windows', './upload/../C:/Windows', 'test/../\\\\x\\y',
  'a:b', 'ab:c', ':', '::', 'a/b:', 'a/b:/c', 'a/b:c', 'x/../y:', 'stream.txt:$DATA', 'a\\b:c\\..',
  'CON', 'CONx', 'conx', 'CON:', 'con:', 'CON:a', 'CON:\\a', 'CON:/a/b/../c', 'CON::', 'CON:..',
  'CON:../..', 'AUX:x/../..', 'aux:', 'PRN: ', ' CON:', 'NUL', 'NULx', 'nul.txt', 'NUL.txt:',
  'COM1', 'COM1:', 'COM10', 'COM1x', 'com9:x', 'COM0:', 'LPT1b', 'LPT1:\\', 'LPT9:a',
  'COM\u00b9:', 'COM\u00b9x', 'lpt\u00b2:', 'CON\\', 'CON/', 'a\\CON:', 'CON.txt:a', 'xCON:',
  'COM1:\\C:\\', 'NUL://?/foo', '\u00e9:', '\u00e9\\..\\\u00e9', '\ud83d\ude00\\.\\x',
];
for (const input of extra) console.log(JSON.stringify([input, path.win32.normalize(input)]));

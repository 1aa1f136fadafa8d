'use strict';
// path.win32.resolve: drives, drive-relative paths, UNC and device roots, arguments on
// other drives skipped, with working directories of every kind (process.cwd is
// replaced; on a POSIX host node uses the POSIX cwd as a rooted path without a drive).
const path = require('path');

const fragments = ['', '.', '..', '\\', 'a', 'a\\', 'c:', 'C:\\', 'c:x', 'd:', 'D:\\y',
  '\\\\srv\\shr', '//srv/shr/x', '\\\\?\\c:\\z', '\\\\.\\pipe', '\\q', 'c:/a/../..'];
for (const cwd of ['/srv/app', '/', 'C:\\Users\\me', 'd:/data', '\\\\host\\share\\dir', 'rel\\dir']) {
  process.cwd = () => cwd;
  console.log('cwd', cwd);
  console.log(JSON.stringify([[], path.win32.resolve()]));
  for (const a of fragments) {
    console.log(JSON.stringify([[a], path.win32.resolve(a)]));
    for (const b of fragments) {
      console.log(JSON.stringify([[a, b], path.win32.resolve(a, b)]));
    }
  }
}
process.cwd = () => 'C:\\cwd';
const cases = [
  ['c:/blah\\blah', 'd:/games', 'c:../a'], ['c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'],
  ['c:/ignore', 'c:/some/file'], ['d:/ignore', 'd:some/dir//'], ['.'],
  ['//server/share', '..', 'relative\\'], ['c:/', '//'], ['c:/', '//dir'], ['c:/', '//server/share'],
  ['c:/', '//server//share'], ['c:/', '///some//dir'], ['C:\\foo\\tmp.3\\', '..\\tmp.3\\cycles\\root.js'],
  ['a', 'B:', 'c'], ['A:x', 'b:y', 'a:z'], ['\\\\a\\b', 'c:d', '\\\\A\\B\\e'],
];
for (const args of cases) console.log(JSON.stringify([args, path.win32.resolve(...args)]));

'use strict';
// path.win32.parse over every string of up to 4 characters from '\', '/', '.', 'a', ':',
// then format() of the result, plus named cases and format() of hand-made objects.
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
for (const input of strings(['\\', '/', '.', 'a', ':'], 4)) {
  const parsed = path.win32.parse(input);
  console.log(JSON.stringify([input, parsed, path.win32.format(parsed)]));
}
const extra = ['C:\\path\\dir\\index.html', 'C:\\another_path\\DIR\\1\\2\\33\\\\index', 'another_path\\DIR with spaces\\1\\2\\33\\index',
  '\\', '\\foo\\C:', 'file', 'file:stream', '.\\file', 'C:', 'C:.', 'C:..', 'C:abc', 'C:\\', 'C:\\abc',
  '', '\\\\server\\share\\file_path', '\\\\server two\\shared folder\\file path.zip',
  '\\\\teela\\admin$\\system32', '\\\\?\\UNC\\server\\share', '\\\\?\\c:\\x.y', '\\\\.\\pipe\\name.p',
  '\\\\server\\share', '\\\\server\\share\\', 'c:/a/b.c/', 'c:\\..', '\\..', '\u00e9:\\x.y'];
for (const input of extra) {
  const parsed = path.win32.parse(input);
  console.log(JSON.stringify([input, parsed, path.win32.format(parsed)]));
}
const objects = [{}, { root: 'C:\\' }, { dir: 'C:\\' }, { root: 'C:\\', name: 'x', ext: 'txt' },
  { dir: 'C:\\a', base: 'x.txt' }, { root: 'C:\\', dir: 'C:\\', base: 'x.txt' }, { dir: 'c:', base: 'x' },
  { root: '\\\\srv\\shr\\', base: 'f' }, { dir: 'a/b', name: 'n', ext: '.e' }, { name: 'n', ext: 'e' }];
for (const object of objects) console.log(JSON.stringify([object, path.win32.format(object)]));

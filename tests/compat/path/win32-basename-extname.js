'use strict';
// path.win32.basename (with suffixes) and extname: both separators, a drive prefix is
// never part of the name, streams ('file:stream') stay in the name.
const path = require('path');

const inputs = ['', '\\', '/', 'a', 'a\\', 'a\\\\', '\\a', 'a/b\\', 'c:', 'c:\\', 'c:a', 'c:a.js',
  'C:\\dir\\a.js', 'C:\\dir\\a.js\\', '\\\\srv\\shr', '\\\\srv\\shr\\f.txt', 'file:stream',
  'dir\\file:stream.ext', 'js', 'js\\', 'c:js', '.', '..', 'c:..', 'c:.x', '\u00e9.txt', 'a.b.c',
  'aux.txt', 'x/y.js'];
const suffixes = [undefined, '', '.js', 'js', 's', 'a', '\\', 'c:', 'c:a.js', 'a.js', '.txt', ':stream',
  '.ext', '..', '.'];
for (const input of inputs) {
  for (const suffix of suffixes) {
    console.log(JSON.stringify([input, suffix ?? null, path.win32.basename(input, suffix)]));
  }
  console.log(JSON.stringify(['extname', input, path.win32.extname(input)]));
}
for (const input of ['.\\', '..\\', 'file.ext\\', 'file.ext\\\\', 'file\\', 'file\\\\', 'file.\\',
  'file.\\\\', 'c:.ext', 'c:x.ext', 'c:\\.x', 'c:\\x.', '\\\\?\\a.b']) {
  console.log(JSON.stringify(['extname', input, path.win32.extname(input)]));
}

'use strict';
// path.posix.extname over every string of up to 5 characters from '/', '.', 'a', and
// named cases.
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
  console.log(JSON.stringify([input, path.posix.extname(input)]));
}
const extra = ['index.html', 'index.coffee.md', 'index.', 'index', '.index', '.index.md',
  'file.tar.gz', '/path/to/.bashrc', 'a/b.c/d', 'a/b.c/', '..js', '.../', 'x/..', 'x/...',
  '\u00e9t\u00e9.caf\u00e9', 'a.\ud83d\ude00', 'file.txt\\', 'C:\\a.b'];
for (const input of extra) console.log(JSON.stringify([input, path.posix.extname(input)]));

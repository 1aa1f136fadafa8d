'use strict';
// path.posix.parse over every string of up to 4 characters from '/', '.', 'a', 'b',
// each followed by format() of the result; then format() of hand-made objects
// (precedence of dir over root and of base over name + ext, an ext without a dot,
// non-string values).
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
for (const input of strings(['/', '.', 'a', 'b'], 4)) {
  const parsed = path.posix.parse(input);
  console.log(JSON.stringify([input, parsed, path.posix.format(parsed)]));
}
const extra = ['/home/user/dir/file.txt', './file.tar.gz', '/.bashrc', '//server/x', '/..',
  '/...', '/.', '/a/..', 'a/..', '\u00e9/caf\u00e9.txt', 'C:\\path\\file.txt'];
for (const input of extra) {
  const parsed = path.posix.parse(input);
  console.log(JSON.stringify([input, parsed, path.posix.format(parsed)]));
}

const objects = [
  {}, { root: '/' }, { dir: '/' }, { base: 'x' }, { name: 'x' }, { ext: 'x' }, { ext: '.x' },
  { root: '/ignored', dir: '/home/user/dir', base: 'file.txt' }, { root: '/', base: 'file.txt', ext: 'ignored' },
  { root: '/', name: 'file', ext: '.txt' }, { root: '/', name: 'file', ext: 'txt' },
  { dir: 'd', name: 'n', ext: '' }, { dir: 'd', root: 'd', base: 'b' }, { dir: 'd/', base: 'b' },
  { root: 'r', name: 'n', ext: 'e' }, { dir: '', root: '', base: '' }, { name: '.', ext: '.' },
  { dir: 5, name: 6, ext: 7 }, { dir: 0, root: 0, name: 0, ext: 0 }, { base: false, name: null },
  { ext: ['.', 'x'] }, { root: true, base: 'b' }, { dir: '//', base: '//' },
];
for (const object of objects) console.log(JSON.stringify([object, path.posix.format(object)]));
console.log(JSON.stringify(path.format(Object.create({ dir: 'inherited', base: 'b' }))));
console.log(JSON.stringify(path.format({ __proto__: null, dir: 'a', base: 'b' })));
const order = [];
const tracked = new Proxy({ dir: 'd', root: 'r', base: '', name: 'n', ext: 'e' }, {
  get(target, key) { order.push(key); return target[key]; },
});
console.log(JSON.stringify([path.format(tracked), order]));

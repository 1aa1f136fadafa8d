'use strict';
// path.resolve reads process.cwd() on every call and uses whatever it returns: odd
// working directories (relative, empty, unnormalized, Windows-shaped, not a string).
const path = require('path');

for (const cwd of ['/x/../y/', '/x//y', '/', 'C:\\x\\..\\y\\', 'c:/a/', '', 'rel/../x',
  '\\\\srv\\shr\\x', '//srv/shr', 'd:rel', 5, { toString() { return '/obj'; } }]) {
  process.cwd = () => cwd;
  const row = [];
  for (const fn of [() => path.resolve(), () => path.resolve('.'), () => path.resolve(''),
    () => path.resolve('a'), () => path.relative('a', 'b'), () => path.win32.resolve(),
    () => path.win32.resolve('a'), () => path.win32.resolve('c:a'), () => path.win32.resolve('\\a'),
    () => path.win32.relative('a', 'b'), () => path.win32.toNamespacedPath('a')]) {
    row.push(fn());
  }
  console.log(JSON.stringify([typeof cwd === 'string' ? cwd : String(cwd), row]));
}

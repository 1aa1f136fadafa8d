'use strict';
// path.posix.resolve against a fixed working directory (process.cwd is replaced, and
// node reads it on every call), and against the real one (printed as <cwd>).
const path = require('path');

const realCwd = process.cwd();
const show = (value) => JSON.stringify(value).split(realCwd).join('<cwd>');

const fragments = ['', '.', '..', '/', 'a', 'a/', '/a/b', '../x', './y/', 'a//b/../c', '///',
  '..//..', '.hidden', '\u00e9/'];
for (const cwd of ['/srv/app', '/', '/a/b/c/d']) {
  process.cwd = () => cwd;
  console.log('cwd', cwd);
  console.log(JSON.stringify([[], path.posix.resolve()]));
  for (const a of fragments) {
    console.log(JSON.stringify([[a], path.posix.resolve(a)]));
    for (const b of fragments) {
      console.log(JSON.stringify([[a, b], path.posix.resolve(a, b)]));
    }
  }
}
process.cwd = () => realCwd;
const cases = [
  ['/var/lib', '../', 'file/'], ['/var/lib', '/../', 'file/'], ['a/b/c/', '../../..'], ['.'],
  ['/some/dir', '.', '/absolute/'], ['/foo/tmp.3/', '../tmp.3/cycles/root.js'], [],
  ['foo/bar', '/tmp/file/', '..', 'a/../subfile'], ['wwwroot', 'static_files/png/', '../gif/image.gif'],
  ['/foo/bar', './baz'], ['/foo/bar', '/tmp/file/'], ['', ''], [''], ['a', ''], ['', 'a'],
];
for (const args of cases) console.log(show([args, path.posix.resolve(...args)]));

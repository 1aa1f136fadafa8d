'use strict';
// path.posix.relative between absolute paths, relative paths (resolved against a
// fixed working directory) and paths that share prefixes but not whole segments.
const path = require('path');

process.cwd = () => '/home/user/project';
const places = ['/', '/a', '/a/b', '/a/b/c', '/a/bc', '/ab', '/a/b/', '//a//b', '/a/./b/../b',
  'a', 'a/b', '.', '..', '../..', '', '../x', '/home', '/home/user/project/src',
  '/home/user/project', '/home/user/projects', '/b/../a/b/c/d/e'];
for (const from of places) {
  for (const to of places) {
    console.log(JSON.stringify([[from, to], path.posix.relative(from, to)]));
  }
}
const cases = [
  ['/var/lib', '/var'], ['/var/lib', '/bin'], ['/var/lib', '/var/lib'], ['/var/lib', '/var/apache'],
  ['/var/', '/var/lib'], ['/', '/var/lib'], ['/foo/test', '/foo/test/bar/package.json'],
  ['/Users/a/web/b/test/mails', '/Users/a/web/b'], ['/foo/bar/baz-quux', '/foo/bar/baz'],
  ['/foo/bar/baz', '/foo/bar/baz-quux'], ['/baz-quux', '/baz'], ['/baz', '/baz-quux'],
  ['/page1/page2/foo', '/'], ['/data/orandea/test/aaa', '/data/orandea/impl/bbb'],
];
for (const [from, to] of cases) console.log(JSON.stringify([[from, to], path.posix.relative(from, to)]));
// A working directory that is not absolute (a program may replace process.cwd).
process.cwd = () => '';
for (const [from, to] of [['a', 'b'], ['a/b', 'a'], ['', 'x'], ['/x', 'y']]) {
  console.log(JSON.stringify(['cwd ""', [from, to], path.posix.relative(from, to)]));
}

'use strict';
// path.posix.join: every pair (and some triples) from a list of fragments, plus node's
// documented examples and the zero-length cases.
const path = require('path');

const fragments = ['', '.', '..', '/', '//', 'a', 'a/', '/a', 'a/b', '../a', './', 'a/..', '.x',
  'x.', '...', '\u00e9', ' '];
for (const a of fragments) {
  for (const b of fragments) {
    console.log(JSON.stringify([[a, b], path.posix.join(a, b)]));
  }
}
for (const a of ['', '/', 'a', '..']) {
  for (const b of ['', '.', 'b/']) {
    for (const c of ['', '..', '/c', 'c/./d']) {
      console.log(JSON.stringify([[a, b, c], path.posix.join(a, b, c)]));
    }
  }
}
const cases = [
  [], [''], ['', ''], ['.'], ['.', '.', '.'], ['/.', 'x/b', '..', '/b/c.js'],
  ['/foo', '../../../bar'], ['foo', '../../../bar'], ['foo/', '../../../bar'],
  ['foo/x', '../../../bar'], ['foo/x', './bar'], ['foo/x/', './bar'], ['foo/x/', '.', 'bar'],
  ['./'], ['.', './'], ['.', '.', '.'], ['.', './', '.'], ['.', '/./', '.'], ['.', '/////./', '.'],
  ['', '/foo'], ['', '', '/foo'], ['', '', 'foo'], ['foo', ''], ['foo/', ''], ['foo', '', '/bar'],
  ['./', '..', '/foo'], ['./', '..', '..', '/foo'], ['.', '..', '..', '/foo'], ['', '..', '..', '/foo'],
  ['/'], ['/', '.'], ['/', '..'], ['/', '..', '..'], ['', '/'], ['', '', '/'], ['/', 'foo'],
  ['/', '/foo'], ['/', '//foo'], ['/', '', '/foo'], ['', '/', 'foo'], ['', '/', '/foo'],
  ['/foo', 'bar', 'baz/asdf', 'quux', '..'],
];
for (const args of cases) console.log(JSON.stringify([args, path.posix.join(...args)]));

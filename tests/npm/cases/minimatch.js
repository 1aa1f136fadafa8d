'use strict';
const { minimatch, Minimatch, escape, unescape } = require('minimatch');

const cases = [
  ['a/b/c.js', '**/*.js'], ['a/b/c.js', 'a/*/*.js'], ['.x.js', '*.js'], ['.x.js', '*.js', { dot: true }],
  ['A.JS', '*.js', { nocase: true }], ['x/y', 'x/{y,z}'], ['x/w', 'x/{y,z}'], ['file10', 'file[0-9][0-9]'],
  ['abc', '!abc'], ['abd', '!abc'], ['a.b', '+(a|b).b'], ['aab.b', '+(a|b).b'], ['c.b', '@(a|b).b'],
  ['lib/x.ts', 'lib/**/!(*.d).ts'], ['lib/x.d.ts', 'lib/**/!(*.d).ts'], ['a\\b', 'a\\\\b'],
  ['foo/bar', 'foo/bar/'], ['foo/bar', 'foo/*', { matchBase: true }], ['deep/path/file.c', '*.c', { matchBase: true }],
  ['x1', 'x[[:digit:]]'], ['xa', 'x[[:digit:]]'], ['/abs/p', '/abs/*'], ['é.txt', '?.txt'],
];
for (const [p, pat, opts] of cases) console.log(JSON.stringify([p, pat, opts || {}]), minimatch(p, pat, opts));
const mm = new Minimatch('src/{a,b}/**/*.+(js|ts)');
console.log(mm.set.length, mm.negate, mm.comment, mm.empty, mm.match('src/a/x/y.ts'), mm.match('src/c/y.ts'));
console.log(new Minimatch('*.js').hasMagic(), new Minimatch('a/b').hasMagic(), new Minimatch('a/**/b').set.map((s) => s.map(String)));
console.log(escape('a*b?[c]'), unescape('a\\*b'));
console.log(['a.js', 'b.txt', 'c.js'].filter(minimatch.filter('*.js')));
console.log(minimatch.braceExpand('x{1..3}y{a,b}'));
try {
  minimatch('x', 123);
} catch (e) {
  console.log(e.name, e.message);
}

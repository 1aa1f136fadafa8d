// url.resolveObject() and Url.prototype.resolveObject().
const url = require('url');
for (const [from, to] of [['http://a/b/c/d;p?q', '../g?y#s'], ['http://a/b', '?x'], ['http://a/b', '//c/d'],
  ['http://u@a/b', '//c/d'], ['mailto:local1@domain1', 'local2@domain2'], ['http://a/b', 'https://c/d'],
  ['http://a/b', 'file:/x'], ['http://a/b', 'mailto:x@y'], ['', 'http://h/x'], ['http://a/b', ''], ['sc:a/b', 'c'],
  ['http://a', '#f'], ['news:x', '../y']]) {
  console.log(JSON.stringify(from), JSON.stringify(to), JSON.stringify(url.resolveObject(from, to)));
}
const base = url.parse('http://h/a/b?q');
const rel = url.parse('../c', false, true);
const out = base.resolveObject(rel);
console.log(JSON.stringify(out), out instanceof url.Url, base.href, rel.href);
console.log(JSON.stringify(base.resolveObject('x?y')));
console.log(url.resolveObject('', { a: 1 }).a, url.resolveObject(null, 'x'));

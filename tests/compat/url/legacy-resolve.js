// url.resolve(): RFC 3986 examples and node's quirks.
const url = require('url');
const base = 'http://a/b/c/d;p?q';
for (const ref of ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s', '',
  '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '../../../../g', '/./g', '/../g', 'g.',
  '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g?y/../x',
  'g#s/./x', 'g#s/../x', 'http:g', 'https:g', 'HTTP://NEW/']) {
  console.log(JSON.stringify(ref), url.resolve(base, ref));
}
for (const [from, to] of [['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/one', '/two'],
  ['http://example.com/one/', 'two'], ['mailto:a@b', 'c@d'], ['mailto:a@b', '?subject=x'], ['sc:a/b/c', '../d'],
  ['sc:a/b/c', '../../../d'], ['x', 'y'], ['', 'http://h/'], ['http://h/a', ''], ['http://h/a', '#f'],
  ['http://u:p@h/a', '//other/x'], ['http://h/a/b', 'ftp://f/x'], ['http://h/a/b', 'file:x'], ['http://h/a/b', 'https:'],
  ['file:///a/b', '../c'], ['file:///a/b', '//host/c'], ['http://h', 'x'], ['http://h?q', 'x'], ['/a/b/', '../..'],
  ['a/b', '../../..'], ['http://h/a/b', '.'], ['http://h/a/b', '..'], ['http://h/a/b', '...'], ['//h/a', 'b'],
  ['http://h/a b', 'c d'], ['http://h/', 'javascript:x'], ['javascript:x', 'y'], ['http://h/a/', '/..//x'], ['mailto:user@example.org', 'mailto:another.host.com'],
  ['mailto:u@a/b', 'mailto:c'], ['news:u@a/b', 'news:c/d']]) {
  console.log(JSON.stringify(from), JSON.stringify(to), JSON.stringify(url.resolve(from, to)));
}

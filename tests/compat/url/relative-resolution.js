// Relative references against bases (RFC 3986 examples and the Standard's quirks).
const { show } = require('./_common');
const base = 'http://a/b/c/d;p?q';
for (const ref of ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s',
  ';x', 'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g',
  '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g',
  './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g?y/../x', 'g#s/./x',
  'g#s/../x', 'http:g', '\\g', '\\\\g\\h', '  g  ', 'g\th']) {
  show(ref, base);
}
show('x', 'https://example.com');
show('../../x', 'https://example.com/a');
show('//other.example/x', 'https://example.com/a');
show('?q', 'sc://h/p?old#f');
show('#f', 'sc:opaque');
show('x', 'sc:opaque');
show('http:', 'http://example.com/a/b');
show('https:', 'http://example.com/a/b');
show('sc:', 'sc://host/x');

// url.parse(): trimming, backslashes, and the characters that get escaped.
const { parse } = require('./_legacy');
for (const input of ['  http://h/p  ', '\t\nhttp://h/p\r\n', '\u00a0http://h/\ufeff', '\u0001http://h/', '\u2028http://h/',
  'http://h/a b', 'http://h/a\tb', 'http://h/a\nb', 'http://h/a"b\'c<d>e', 'http://h/a^b`c{d}e|f', 'http://h/?q a#h b',
  'http://h/\\a\\b?c\\d#e\\f', 'http:\\\\h\\p', '\\\\h\\p', 'http://h/\u00e9', 'http://h/%', 'javascript:a b<c>',
  'http://h/ end ', 'http://h/\u3000x', 'http://h/p?a\u00a0b', '/p a', '/p\ta?b c']) {
  parse(input);
}

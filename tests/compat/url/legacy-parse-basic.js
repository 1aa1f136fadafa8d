// url.parse() on common URLs: every field of the Url object.
const url = require('url');
const { parse } = require('./_legacy');
for (const input of ['http://user:pass@host.com:8080/p/a/t/h?query=string#hash', 'https://example.com',
  'HTTP://EXAMPLE.COM/Path', 'http://example.com:80/', 'ftp://ftp.example.com/file.txt', 'file:///etc/passwd',
  'file:/x', 'file://host/share', 'mailto:user@example.com', 'mailto:?subject=hi', 'javascript:alert(1)',
  'JavaScript:void(0)', 'x:y', 'news:comp.lang', 'tel:+1234', 'data:text/plain,hi', 'a.com/path', '/abs/path?x=1',
  '//host/path', 'relative?q#h', '?q=1', '#only', '', ' ', 'http://', 'http:', 'http:/x', 'http:x', 'HTTP:x',
  'http://example.com?x', 'http://example.com#y', 'http://example.com:/x', 'http://[::1]:8080/x', 'http://[fe80::1]/',
  'http://a.b.c.d.e/', 'http://127.0.0.1/', 'http://0x7f.1/', 'http://example.com/a/../b/./c',
  'http://example.com/%7Ealice/', 'svn+ssh://user@host/path', 'git://github.com/a/b.git']) {
  parse(input);
}
const u = url.parse('http://h/p');
console.log(u instanceof url.Url, u.constructor === url.Url, Object.keys(u).join());
console.log(url.parse(u) === u);
console.log(Object.getOwnPropertyNames(url.Url.prototype).join(), Object.keys(url.Url.prototype).join());
const blank = new url.Url();
console.log(JSON.stringify(blank), blank.format());

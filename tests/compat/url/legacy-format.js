// url.format() with legacy objects and strings.
const url = require('url');
const fmt = (obj) => {
  try {
    console.log(JSON.stringify(obj), '->', JSON.stringify(url.format(obj)));
  } catch (err) {
    console.log(JSON.stringify(obj), 'throws', err.name, err.code, err.message);
  }
};
for (const obj of [
  { protocol: 'http', host: 'a.com', pathname: 'x', search: 'y', hash: 'z' },
  { protocol: 'http:', hostname: 'a.com', port: 8080, pathname: '/p' },
  { protocol: 'https', hostname: 'a.com', host: 'b.com:9', pathname: '/p' },
  { protocol: 'file', pathname: '/etc/passwd' },
  { protocol: 'file:', host: '', pathname: '/x' },
  { protocol: 'mailto', auth: 'user', host: 'example.com' },
  { protocol: 'mailto:', pathname: 'user@example.com' },
  { hostname: '::1', port: 8 },
  { hostname: '[::1]', port: 8 },
  { auth: 'a b:c@d', host: 'h' },
  { auth: '\u00e9:\u{1F600}', host: 'h' },
  { query: { a: [1, 2], b: 'x y', c: '' } },
  { search: '?s=1', query: { ignored: 1 } },
  { search: 's=1#x' },
  { pathname: 'p#a?b', hash: 'h' },
  { slashes: true, hostname: 'h', pathname: 'no-leading-slash' },
  { slashes: true, pathname: '/p' },
  { protocol: 'x', slashes: true, host: 'h', pathname: 'p' },
  { protocol: 'HTTP', host: 'h' },
  { protocol: 'ftp', pathname: '/x' },
  { href: 'ignored', pathname: '/only-path' },
  {},
  { query: 'string-query' },
  { port: 80 },
  { host: 'h', port: 80, hostname: 'other' },
]) {
  fmt(obj);
}
for (const s of ['http://user:pass@host.com:8080/p/a/t/h?query=string#hash', 'HTTP://a.COM', '/x?y', 'a b']) {
  fmt(s);
}
for (const bad of [1, null, undefined, true]) fmt(bad);
const parsed = url.parse('http://h/p?a=1');
parsed.query = { b: 2 };
parsed.search = null;
console.log(url.format(parsed), parsed.format());
console.log(url.format(Object.assign(Object.create({ protocol: 'http' }), { host: 'inherit', pathname: '/x' })));

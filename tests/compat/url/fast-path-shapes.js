// URLs in the shapes the parser's fast paths take (absolute http(s)/ws(s)/ftp URLs and
// references against a special base, as 8-bit strings), next to the shapes just outside
// them that the full parser handles: every component of each, or the error. ("^" in a
// path is left out: node 22 escapes it, the node 20 that makes the expected output does
// not; tests/unit/test-url-api.js checks it.)
const { show } = require('./_common');

const schemes = ['http', 'HTTPS', 'ws', 'wss', 'ftp', 'Http', 'file', 'htt', 'httpx'];
const authorities = [
  'example.com', 'EXAMPLE.com', 'a', 'www.ex-ample.co.uk', 'example.com.', '1.2.3.4',
  '0x7f.1', '127.1', '1.2.3.256', '999999999999', 'b\u00fccher.de', 'M\u00dcNCHEN.de',
  'ex%41mple.com', '%zz', '[2001:db8::1]', '[::1]:8080', '[::1', 'a]b', 'user:pass@h',
  'user@h', ':pw@h', 'u:@h', '@h', 'a@b@h', 'us\u00e9r:p\u00e4ss@h', 'u%40:p:q@h', 'h@',
  'h:', 'h:80', 'h:443', 'h:21', 'h:0', 'h:00080', 'h:65535', 'h:65536', 'h:8x', 'h:-1',
  'h^', 'h|x', 'h<x', 'h x', 'h*x', 'h"x', 'h`{}', 'xn--nxasmq6b.com', 'a..b', '.',
];
const tails = [
  '', '/', '/a/b', '/a/./b/../c', '/..', '/a/..', '/a/../..', '/./', '/a/.', '/a/%2e/b',
  '/a/%2E%2e/b', '/a/.%2e', '/a/b/', '//a', '/a b/"c"/<d>/`e`/{f}', '/caf\u00e9',
  '/\u0080\u00ff', '/a?', '/a?b=c&d=e', "/?q='x' y\"z<>", '/?caf\u00e9', '/?a#b#c',
  '/#', '/#frag ment`<>"', '/#\u00e9', '?only', '#only', '/a\\b', '/a\tb', '/a\nb',
  '/%', '/%zz?%zz#%zz', '/a/\u007fb',
];
for (const scheme of schemes) {
  for (const authority of authorities) {
    show(`${scheme}://${authority}/p?q#f`);
  }
}
for (const authority of authorities) {
  for (const tail of tails) show(`https://${authority}${tail}`);
}
for (const input of ['http:/a/b', 'http:///a', 'http:\\\\a', 'http:a', 'http://', ' http://a/ ',
  'http://a/\u0001', '\u0001http://a/', 'http://a/b\u0020', 'HTTP://A:80/%7E']) {
  show(input);
}

const bases = ['https://example.com/base/dir/page', 'http://u:p@h:8080/a/b?x=1#y',
  'wss://h/', 'https://h/a/b/', 'file:///dir/file', 'sc://h/a/b', 'https://[::1]/x'];
const refs = ['', 'page2', 'sub/page?x=1', '../up', '../../../../top', './same', '.', '..',
  '?', '?new', '#', '#frag', '/', '/abs/path', '/abs/../x', '//other.host/x', '\\\\x', '\\x',
  'a:b', 'a1+.-:b', '1a:b', 'https://abs.example/x', 'https:rel', 'HTTP:rel', 'ws:rel',
  'p a t h?q u e r y#f r a g', 'caf\u00e9/\u00e9?\u00e9#\u00e9', 'a\tb', ' lead', 'x/%2e%2E/y',
  'x\\y', '?a#b'];
for (const base of bases) {
  for (const ref of refs) show(ref, base);
}
show('x', 'not a url');
show('http://a/', 'not a url');

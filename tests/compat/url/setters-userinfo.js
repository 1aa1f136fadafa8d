// The username and password setters.
const { set } = require('./_common');
for (const [href, value] of [
  ['http://example.com/', 'user'],
  ['http://example.com/', 'us er'],
  ['http://example.com/', 'a:b@c'],
  ['http://example.com/', '\u00e9\u{1F600}'],
  ['http://example.com/', '!$&\'()*+,;=-._~'],
  ['http://example.com/', '\t\n'],
  ['http://u@example.com/', ''],
  ['http://u:p@example.com/', ''],
  ['file:///x', 'user'],
  ['sc:opaque', 'user'],
  ['sc:///x', 'user'],
  ['sc://h/x', 'user'],
]) {
  set(href, 'username', value);
  set(href, 'password', value);
}

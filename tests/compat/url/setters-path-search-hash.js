// The pathname, search and hash setters.
const { set } = require('./_common');
for (const [href, value] of [
  ['http://example.com/a/b', '/x/y'],
  ['http://example.com/a/b', 'x y'],
  ['http://example.com/a/b', '../../..'],
  ['http://example.com/a/b', '/%2e%2E/c'],
  ['http://example.com/a/b', '?#'],
  ['http://example.com/a/b', '\\x\\y'],
  ['http://example.com/a/b', ''],
  ['sc://h/a', 'x\\y'],
  ['sc://h/a', ''],
  ['sc:///a', '//x'],
  ['sc:opaque', '/x'],
  ['file:///C:/a', '/D:/b'],
  ['file:///C:/a', '..'],
]) {
  set(href, 'pathname', value);
}
for (const [href, value] of [
  ['http://example.com/a?old#f', 'new'],
  ['http://example.com/a?old#f', '?new'],
  ['http://example.com/a?old#f', '??x'],
  ['http://example.com/a?old#f', ''],
  ['http://example.com/a?old#f', '?'],
  ['http://example.com/a', 'a b#c\'d'],
  ['sc://h/a', 'a b#c\'d'],
  ['sc:opaque?x', ''],
  ['http://example.com/a', '\u00e9=\u{1F600}'],
]) {
  set(href, 'search', value);
}
for (const [href, value] of [
  ['http://example.com/a#old', 'new'],
  ['http://example.com/a#old', '#new'],
  ['http://example.com/a#old', ''],
  ['http://example.com/a#old', '#'],
  ['http://example.com/a', 'a b"<>`#'],
  ['sc:opaque', 'frag'],
  ['http://example.com/a', '\u00e9\t'],
]) {
  set(href, 'hash', value);
}

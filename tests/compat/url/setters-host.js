// The host and hostname setters.
const { set } = require('./_common');
for (const [href, value] of [
  ['http://example.com/p', 'other.org'],
  ['http://example.com/p', 'other.org:99'],
  ['http://example.com/p', 'other.org:80'],
  ['http://example.com:99/p', 'other.org'],
  ['http://example.com/p', 'other.org:abc'],
  ['http://example.com/p', 'other.org:65536'],
  ['http://example.com/p', 'OTHER.ORG/x?y#z'],
  ['http://example.com/p', ''],
  ['http://example.com/p', ':99'],
  ['http://example.com/p', '[::1]:8080'],
  ['http://example.com/p', '0x7f.1'],
  ['http://example.com/p', 'a b'],
  ['http://example.com/p', 'a%20b'],
  ['http://example.com/p', 'caf\u00e9.fr'],
  ['http://example.com/p', 'a\\b'],
  ['sc://h/p', 'x y'],
  ['sc://h/p', ''],
  ['sc://u@h/p', ''],
  ['sc:opaque', 'h'],
  ['file:///x', 'host'],
  ['file://host/x', ''],
  ['file:///x', 'localhost'],
  ['file:///x', 'host:80'],
]) {
  set(href, 'host', value);
  set(href, 'hostname', value);
}

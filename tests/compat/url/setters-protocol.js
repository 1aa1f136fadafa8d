// The protocol setter and its state override rules.
const { set } = require('./_common');
for (const [href, value] of [
  ['http://example.com/', 'https'],
  ['http://example.com/', 'HTTPS:'],
  ['http://example.com/', 'https:foo'],
  ['http://example.com/', 'ftp'],
  ['http://example.com:21/', 'ftp'],
  ['https://example.com:80/', 'http'],
  ['http://example.com/', 'sc'],
  ['sc://example.com/', 'http'],
  ['sc://example.com/', 'other'],
  ['http://example.com/', 'file'],
  ['http://user@example.com/', 'file'],
  ['http://example.com:8080/', 'file'],
  ['file:///x', 'http'],
  ['file://host/x', 'https'],
  ['http://example.com/', ''],
  ['http://example.com/', '1http'],
  ['http://example.com/', 'ht tp'],
  ['http://example.com/', 'h\ttp'],
  ['mailto:x', 'sc'],
  ['http://example.com/', 'ws'],
  ['wss://example.com:443/', 'https'],
]) {
  set(href, 'protocol', value);
}

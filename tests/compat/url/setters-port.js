// The port setter.
const { set } = require('./_common');
for (const [href, value] of [
  ['http://example.com/', '8080'],
  ['http://example.com/', '80'],
  ['https://example.com/', '443'],
  ['http://example.com:8080/', ''],
  ['http://example.com/', '8080abc'],
  ['http://example.com/', 'abc'],
  ['http://example.com/', ' 8080'],
  ['http://example.com/', '65535'],
  ['http://example.com/', '65536'],
  ['http://example.com/', '00000080'],
  ['http://example.com/', '12/34'],
  ['http://example.com/', '12\t34'],
  ['http://example.com:1/', '0'],
  ['sc://h/', '22'],
  ['sc:///', '22'],
  ['file:///x', '22'],
  ['sc:opaque', '22'],
]) {
  set(href, 'port', value);
}
const url = new URL('http://example.com/');
url.port = 8081;
console.log(url.href);
url.port = 1e10;
console.log(url.href);

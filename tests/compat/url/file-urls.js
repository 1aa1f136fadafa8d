// file: URLs: hosts, localhost, drive letters, and resolution against file bases.
const { show } = require('./_common');
for (const input of ['file:///etc/passwd', 'file://localhost/etc', 'file://LOCALHOST/x', 'file://host/share/f',
  'file:c:/x', 'file:/C|/x', 'file:///C|/x', 'file://C:/x', 'file://C|/x', 'file:///c:/../..', 'file:///C:/a/../../b',
  'file:', 'file:/', 'file://', 'file:x', 'file:.', 'file:..', 'file:///a%2Fb', 'file://h\u00e9/x', 'file://1.2.3.4/x',
  'file://[::1]/x', 'file://host:80/x', 'file:\\\\host\\share', 'FILE:///X', 'file:?q', 'file:#h']) {
  show(input);
}
for (const [input, base] of [['x', 'file:///C:/a/b'], ['/x', 'file:///C:/a/b'], ['..', 'file:///C:/a'], ['../..', 'file:///C:/'],
  ['//host/x', 'file:///C:/a'], ['?q', 'file:///C:/a?old#h'], ['#h', 'file:///a'], ['D:', 'file:///C:/a'],
  ['/D:/x', 'file:///C:/a'], ['\\x', 'file://host/a/b'], ['', 'file://host/a?q#h'], ['file:y', 'file:///C:/a/b'],
  ['file:', 'file://host/a/b?q'], ['C|', 'file://host/dir/file']]) {
  show(input, base);
}

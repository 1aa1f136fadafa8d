// URL's accessors must not depend on String.prototype.slice as user code leaves it: a
// program (or a polyfill) may replace the method before the URL class is first used.
'use strict';
const originalSlice = String.prototype.slice;
String.prototype.slice = function patchedSlice() {
  return 'PATCHED';
};
const results = [];
for (const input of ['http://user:pw@a.com:8080/p/q?x=1#frag', 'https://example.org', 'sc://h/p?q#f',
                     'file:///tmp/x', 'blob:https://a.com/uuid']) {
  const u = new URL(input);
  results.push([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port,
                u.pathname, u.search, u.hash]);
  u.search = '?changed';
  u.hash = '#h2';
  results.push([u.href, u.search, u.hash]);
}
const rel = new URL('../x?y', 'http://h/a/b/c');
results.push([rel.href, rel.pathname, rel.search]);
String.prototype.slice = originalSlice;
for (const r of results) console.log(JSON.stringify(r));

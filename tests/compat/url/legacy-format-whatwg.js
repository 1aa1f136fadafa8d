// url.format(URL, options).
const url = require('url');
const u = new URL('https://user:pw@xn--mnchen-3ya.de:8080/a/b?c=d#e');
for (const options of [undefined, {}, { fragment: false }, { unicode: true }, { search: false }, { auth: false },
  { fragment: false, unicode: true, search: false, auth: false }, { fragment: 0, auth: '' }, { unicode: 1 },
  { fragment: null, search: undefined }]) {
  console.log(JSON.stringify(options), url.format(u, options));
}
for (const bad of [1, 'x', true]) {
  try {
    url.format(u, bad);
  } catch (err) {
    console.log(JSON.stringify(bad), err.name, err.code, err.message);
  }
}
console.log(url.format(new URL('sc:opaque?q#h'), { search: false, fragment: false }));
console.log(url.format(new URL('file:///C:/x?y#z'), { fragment: false }));
console.log(url.format(new URL('http://h'), { unicode: true }));
console.log(url.format(new URL('http://[::1]:99/'), { auth: false }));
console.log(url.format(new URL('sc:/.//p'), {}));
console.log(url.format(new URL('http://\u4e2d\u6587.com/'), { unicode: true }));
// A URL-like object is formatted through its href.
console.log(url.format({ href: 'http://duck.example/x#h', protocol: 'http:' }, { fragment: false }));

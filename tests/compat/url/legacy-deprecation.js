// compat: stderr
// DEP0170: an invalid port in url.parse() warns once per process.
const url = require('url');
console.log(url.parse('http://a.com:abc/x').href);
console.log(url.parse('http://b.com:xyz/').href);
console.log(url.parse('http://c.com:80/').href);
process.on('warning', (w) => console.log('warning event', w.name, w.code));

// url.parse(input, parseQueryString): query objects.
const { parse } = require('./_legacy');
for (const input of ['http://h/p?a=1&b=2&a=3', 'http://h/p?', 'http://h/p', '/p?x=%20y&z', '?a[]=1&a[]=2', '/p?__proto__=1',
  'http://h/?%E9=%C3%A9', 'http://h/?a=b#c=d', 'x?y', '/simple?q=1', '/simple', 'http://h/?a=1;b=2']) {
  parse(input, true);
  parse(input, false);
}
const url = require('url');
const q = url.parse('/x?a=1', true).query;
console.log(Object.getPrototypeOf(q), Object.getPrototypeOf(url.parse('/x', true).query));

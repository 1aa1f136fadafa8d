'use strict';
// qs next to node's querystring and URLSearchParams.
const qs = require('qs');
const querystring = require('querystring');

const inputs = [
  'a=1&b=2&a=3', 'a[b][c]=d&a[e]=f', 'arr[]=1&arr[]=2&arr[5]=x', 'x=%E2%82%AC%20y+z&bad=%E0%A4%A', 'a.b.c=1',
  'k=v;k2=v2', '=empty&flag&n=', 'a[0]=x&a[1]=y', '__proto__[polluted]=1&toString=2', 'a[]=1,2&b=3,4',
];
for (const s of inputs) {
  console.log(JSON.stringify(s));
  console.log('  qs    ', JSON.stringify(qs.parse(s)));
  console.log('  qs opt', JSON.stringify(qs.parse(s, { allowDots: true, delimiter: /[;&]/, comma: true, strictNullHandling: true })));
  console.log('  node  ', JSON.stringify(querystring.parse(s)));
  console.log('  usp   ', JSON.stringify([...new URLSearchParams(s)]));
}
const obj = { a: [1, 2], b: { c: 'd e', f: [{ g: 'h' }] }, u: 'ü€/?&=', n: null, e: '', t: true, d: new Date(0) };
for (const arrayFormat of ['indices', 'brackets', 'repeat', 'comma']) console.log(arrayFormat, qs.stringify(obj, { arrayFormat }));
console.log('encode false', qs.stringify(obj, { encode: false, allowDots: true }));
console.log('rfc1738', qs.stringify({ s: 'a b' }, { format: 'RFC1738' }), 'addQueryPrefix', qs.stringify({ x: 1 }, { addQueryPrefix: true }));
console.log('charset', qs.stringify({ s: 'é' }, { charset: 'iso-8859-1' }), JSON.stringify(qs.parse('s=%E9', { charset: 'iso-8859-1' })));
console.log('node stringify', querystring.stringify({ a: [1, 2], u: 'ü€/?&=', n: null, e: '' }), querystring.escape('a b&'), querystring.unescape('%zz%41'));
console.log('depth', JSON.stringify(qs.parse('a[b][c][d][e][f][g]=1', { depth: 2 })));
try {
  qs.parse('a[b][c]=1', { depth: 1, strictDepth: true });
} catch (e) {
  console.log(e.name, e.message);
}
console.log('limit', Object.keys(qs.parse('a=1&b=2&c=3', { parameterLimit: 2 })));
console.log('sort', qs.stringify({ b: 1, a: 2, c: 3 }, { sort: (x, y) => x.localeCompare(y) }));

// querystring.parse: percent decoding, '+', malformed sequences, repeated and odd keys.
const qs = require('querystring');
const util = require('util');
function t(input) {
  try {
    const r = qs.parse(input);
    console.log(JSON.stringify(input), util.inspect(r), Object.keys(r).map((k) => k.length).join());
  } catch (e) {
    console.log(JSON.stringify(input), 'threw', e.name, e.code, String(e));
  }
}
const inputs = [
  'a+b=c+d', '+=+', '++++', 'a=+%20+', '%2B=%2b', 'a=%', 'a=%%', 'a=%%%', 'a=%4', 'a=%4g', 'a=%g4', 'a=%41%', 'a=%41%4', '%=', '%', '%%=%%',
  'a=%C3', 'a=%C3%28', 'a=%C3%A9', 'a=%E2%82', 'a=%E2%82%AC', 'a=%E2%82%ACx', 'a=%F0%9F%98', 'a=%F0%9F%98%80', 'a=%F4%90%80%80', 'a=%ED%A0%80',
  'a=%C0%80', 'a=%80', 'a=%FF', 'a=%FE%FF', 'a=%EF%BB%BF', '%EF%BB%BF=1', 'a=%00', 'a=%0a%0D', 'a=%7F', 'a=%u0041', 'a=%%30%30',
  'a=%e9&a=%E9', 'a=\u00e9%E9', 'a=\ud800', 'a=\udc00x', '\ud83d\ude00=\ud83d\ude00', 'a=%F0%9F%98%80%F0%9F%98%80%F0',
  'a=1&a=2&a=3&a=4', 'a=1&A=2', 'a&a&a', 'a=&a=', '=&=', '=1&=2', '&=&', 'a=1&a', 'a&a=1',
  '__proto__=x', '__proto__=x&__proto__=y', 'hasOwnProperty=1', 'constructor=1&toString=2&valueOf=3', 'prototype=1', '__defineGetter__=1',
  'a[b]=1&a[c]=2', 'a.b=1', 'a%5Bb%5D=1', 'a%3Db=c', 'a=b%26c=d', 'a%26b=c', 'a\u0000b=c',
  '?a=1', '#a=1', 'a=1#b', ' a = 1 ', '\ta=1\n', 'a=1\r\nb=2',
];
for (const i of inputs) t(i);
// The fast path and the slow path must agree on long values and many keys.
const long = 'x'.repeat(100000);
const r1 = qs.parse(`a=${long}&b=%41${long}%42`);
console.log(r1.a.length, r1.b.length, r1.b[0], r1.b[r1.b.length - 1]);
const many = qs.parse(Array.from({ length: 2000 }, (_, i) => `k${i % 700}=${i}`).join('&'));
console.log(Object.keys(many).length, Array.isArray(many.k0), many.k0.length, many.k699.length);
const enc = qs.parse(`a=${'%E2%82%AC'.repeat(30000)}`);
console.log(enc.a.length, enc.a === '\u20ac'.repeat(30000));
const bad = qs.parse(`a=${'%E2%82'.repeat(1000)}`);
console.log(bad.a.length, JSON.stringify(bad.a.slice(0, 12)));

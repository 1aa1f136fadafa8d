'use strict';
// querystring.parse's values with the built-in decoder: '+' as a space, then strict
// decodeURIComponent rules; where those would throw, node's lenient unescape keeps the
// malformed parts (and a replaced unescapeBuffer is then called). Escapes of every UTF-8
// length, overlong forms, surrogates, values past U+10FFFF, cut-short and stray bytes,
// escapes at a value's end, literal non-ASCII next to escapes, long values.
const qs = require('querystring');
const values = [
  '%41', '%4a%4A', '%zz', '%4', '%', 'a%', 'a%4', '%%41', '%41%', '%4+1', '+%41+', '%2B+%20',
  '%C3%A9', '%c3%a9', '%C3', '%C3%', '%C3%2', '%C3A9', '%C3%41', '%80', '%BF', '%C0%80',
  '%C1%BF', '%C2%80', '%DF%BF', '%E0%80%80', '%E0%9F%BF', '%E0%A0%80', '%ED%9F%BF',
  '%ED%A0%80', '%ED%BF%BF', '%EE%80%80', '%EF%BF%BF', '%F0%80%80%80', '%F0%8F%BF%BF',
  '%F0%90%80%80', '%F0%9F%98%80', '%F4%8F%BF%BF', '%F4%90%80%80', '%F5%80%80%80', '%FF',
  '%E6%97%A5%E6%9C%AC', '%E6%97', '%E6%97%A5%E6', 'caf%C3%A9+au+lait', '\u00e9%41', '\u65e5%41+b',
  '%41\ud800', '\ud83d\ude00%20x', 'x'.repeat(3000) + '%41', '%E2%82%AC'.repeat(500),
  '%41%42%43%44%45%46%47', 'a%2Fb%2Fc', 'https%3A%2F%2Fexample.com%2F%3Fx%3D1',
];
for (const v of values) {
  const out = qs.parse(`k=${v}&n=1`);
  const got = out.k;
  console.log('value', JSON.stringify(v.length > 60 ? v.slice(0, 20) + '...' : v),
              JSON.stringify(got.length > 60 ? `${got.slice(0, 20)}... (${got.length})` : got));
}
// Keys that need decoding still go first, and through the same rules.
console.log(qs.parse('%41%zz=%42%zz&%C3%A9=%C3%A9&a+b=c+d&%E6%97=%E6%97%A5'));
// Repeated keys with decoded values become arrays in order.
console.log(qs.parse('t=%41&t=%zz&t=%C3%A9&t=x+y'));
// Custom separators and maxKeys take the same value path.
console.log(qs.parse('a:%41;b:%C3%A9;c:%zz', ';', ':'), qs.parse('a=%41&b=%42', null, null, { maxKeys: 1 }));
// A replaced unescapeBuffer is called only for the values decodeURIComponent rejects.
const saved = qs.unescapeBuffer;
const calls = [];
qs.unescapeBuffer = (s, spaces) => { calls.push(`${s}|${spaces}`); return saved(s, spaces); };
try {
  console.log(qs.parse('a=%41&b=%zz+1&c=%C3%A9&d=%E6%97'), calls.join(' '));
} finally {
  qs.unescapeBuffer = saved;
}
// A custom decoder still sees every raw piece, '+' as '%20'.
const seen = [];
console.log(qs.parse('a=%41+b&c=d', null, null, { decodeURIComponent: (s) => { seen.push(s); return s.toUpperCase(); } }), seen.join(' '));

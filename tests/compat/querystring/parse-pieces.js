// querystring.parse with one-character separators handles each piece between separators
// whole: which characters may serve as separators that way ('+', '%', hex digits, the same
// character for both), how a '+' inside a '%XX' decides whether a value is decoded, the
// '%XX' rule that runs on from a decoded key into its value, reused keys that share their
// first and last characters, and long inputs whose '+' and '%' lie far apart.
const qs = require('querystring');
function t(label, ...args) {
  try {
    const r = qs.parse(...args);
    console.log('%s', label, JSON.stringify(Object.entries(r)), Object.getPrototypeOf(r));
  } catch (e) {
    console.log('%s', label, 'threw', e.name, e.code, String(e));
  }
}
const inputs = ['a=1&b=2', 'a+b=c+d&e%41=%42+f', '%41=1+2&%zz=%4+1', 'a=b=c&=d&e=&&f', '1a2b3', 'x%y=1%2', '++=++'];
const seps = ['&', ';', '+', '%', '=', 'a', 'A', '2', '\u00e9', '\ud800', 1, '&&'];
for (const input of inputs) {
  for (const sep of seps) {
    for (const eq of ['=', '+', '%', '&', 'b', 2, sep]) t(`${JSON.stringify(input)} sep ${JSON.stringify(sep)} eq ${JSON.stringify(eq)}`, input, sep, eq);
  }
}
// A '+' between the two digits of an escape in a value still counts ('%4+1'), so the value
// goes through the decoder and, being malformed, through unescapeBuffer's byte-wise rules.
for (const s of ['a=%4+1\u20ac', 'a=%+41\u20ac', 'a=%4+g\u20ac', 'a=%%4+1', 'a=+%41+', 'a=%+\u20ac', 'a=1%+41+&b=%4++1%']) t(s, s);
// After a key's first escape, another one later in the key marks the value as encoded.
for (const s of ['a%41b%42=%zz\u20ac', 'a%41b=%zz\u20ac', 'a%41%4+2=%zz\u20ac', '%41%42=\u20ac%', 'a%41+%42=%zz\u20ac', '%4+1%42=%zz\u20ac', 'a%41%42']) t(s, s);
// The same with a custom decoder, which sees '+' as '%20' and every key and value.
const tag = { decodeURIComponent: (s) => `<${s}>` };
for (const s of ['a+b=c+d', '+=+', 'a&&b=', '=', 'a=%4+1']) t(`custom ${s}`, s, null, null, tag);
// Keys alike in their first and last characters and length, in turn and repeated.
for (let round = 0; round < 3; round++) {
  t(`similar keys ${round}`, 'abc=1&axc=2&abc=3&aXc=4&axc=5&ab%63=6&a+c=7&a c=8');
  t(`long keys ${round}`, `${'k'.repeat(32)}=1&${'k'.repeat(33)}=2&${'k'.repeat(32)}=3&${'k'.repeat(31)}x=4`);
}
// maxKeys counts empty pieces; fractional and negative values.
for (const mk of [1, 2, 3, 2.5, -1, 0]) t(`maxKeys ${mk}`, '&a=1&&b=2&c', null, null, { maxKeys: mk });
// Long inputs: the next '+' or '%' far from the piece that is being read.
const far = qs.parse(`a=%zz+1&${'k=v&'.repeat(5000)}b=%41+%42&c=+`, null, null, { maxKeys: 0 });
console.log(far.a, far.k.length, far.b, JSON.stringify(far.c));
const manyPct = qs.parse(`${'x=%zz&'.repeat(3000)}y=%E2%82%AC`, null, null, { maxKeys: 0 });
console.log(manyPct.x.length, manyPct.x[0], manyPct.y);
const plusKeys = qs.parse(Array.from({ length: 2000 }, (_, i) => `k+${i % 7}=v+${i}`).join('&'));
console.log(Object.keys(plusKeys).join(), plusKeys['k 3'].length, plusKeys['k 3'][1]);

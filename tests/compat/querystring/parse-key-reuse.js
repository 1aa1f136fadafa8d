'use strict';
// Keys seen in earlier parses must never leak into later ones: same first character and
// length with different content, keys that only differ in the last character, keys with
// '+' or escapes, long keys, __proto__, custom decoders and a throwing unescape.
const qs = require('querystring');

const show = (s, ...rest) => console.log(JSON.stringify(s), JSON.stringify(qs.parse(s, ...rest)),
  Object.getPrototypeOf(qs.parse(s, ...rest)));
for (let round = 0; round < 3; round++) {
  show('abc=1&abd=2&abc=3');
  show('abd=1&abc=2');
  show('a+b=1&a b=2&a%20b=3&a%2=4&a%2=5');
  show('k=1&K=2&k=3&k=4');
  show('x'.repeat(32) + '=1&' + 'x'.repeat(31) + 'y=2&' + 'x'.repeat(33) + '=3');
  show('__proto__=1&__proto__=2&constructor=3');
  show('ab=1&ab', null, null, { maxKeys: 2 });
  show('ab=%41&ab=x', null, null, { decodeURIComponent: (s) => s.toUpperCase() });
  show('\u00e9t\u00e9=1&\u00e9t\u00e9=2&\ud800x=3&\ud800x=4');
  show('a;b:1;a:2', ';', ':');
  show('ab=1&ac=2&ad=3&ae=4&af=5&ag=6&ah=7&ai=8&aj=9');
}
const saved = qs.unescape;
qs.unescape = () => { throw new Error('unescape failed'); };
try {
  qs.parse('zz=%E0%A4%A&zz=1');
} catch (e) {
  console.log('threw', e.message);
}
qs.unescape = saved;
show('zz=1&zz=2&zy=3');

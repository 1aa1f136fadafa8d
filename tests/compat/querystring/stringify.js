const qs = require('querystring');
for (const obj of [{}, { a: 1 }, { a: [1, 2], b: 'x y' }, { c: true, d: null, e: undefined, f: {}, g: [] }, { h: NaN, i: Infinity, j: -0, k: 1n, l: 1e21, m: 0.5 }, { 'k e y': 'v&=%' }, { u: 'h\u00e9\ud83d\ude00' }, { nested: { a: 1 } }, { arr: [[1], { a: 1 }, null] }]) {
  console.log(JSON.stringify(qs.stringify(obj)));
}
console.log(qs.stringify({ a: 1, b: 2 }, ';', ':'), qs.stringify({ a: 1 }, '', ''), qs.stringify('x'), qs.stringify(null), qs.stringify([1, 2]));
const calls = [];
qs.stringify({ a: 1, b: '' }, null, null, { encodeURIComponent: (s) => { calls.push(s); return s.toUpperCase(); } });
console.log(JSON.stringify(calls));
console.log(qs.escape('a b&\u00e9/?#'), qs.escape(5), qs.escape({ toString() { return 'o b'; } }), qs.escape(''));
for (const bad of ['\ud800', 'x\udc00', '\ud800x']) {
  try {
    qs.escape(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(qs.unescape('%41%zz%E9+'), qs.unescape('a+b'), qs.unescape('%E9', true));
console.log(qs.unescapeBuffer('%41%42%4').toString('hex'), qs.unescapeBuffer('a+b', true).toString(), qs.unescapeBuffer('%%41').toString());

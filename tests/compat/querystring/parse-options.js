// querystring.parse: maxKeys, separators and the decodeURIComponent option.
const qs = require('querystring');
const util = require('util');
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, util.inspect(r, { depth: 4 }), r !== null && typeof r === 'object' ? Object.getPrototypeOf(r) === null : '');
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, String(e));
  }
}
const many = Array.from({ length: 1005 }, (_, i) => `k${i}=${i}`).join('&');
for (const mk of [0, -1, -Infinity, NaN, Infinity, 1, 2, 1.5, 2.9, '2', null, undefined, true, {}, 1000, 1001, 1e9]) {
  t(`maxKeys ${util.inspect(mk)}`, () => Object.keys(qs.parse(many, null, null, { maxKeys: mk })).length);
}
t('maxKeys 1 repeated', () => qs.parse('a=1&a=2&b=3', null, null, { maxKeys: 1 }));
t('maxKeys 2 empty pairs', () => qs.parse('&&a=1&&b=2&c=3', null, null, { maxKeys: 2 }));
t('maxKeys 2 trailing sep', () => qs.parse('a=1&b=2&', null, null, { maxKeys: 2 }));
t('default maxKeys', () => Object.keys(qs.parse(many)).length);
for (const [sep, eq] of [[';', ':'], ['&&', '=='], ['', ''], [null, null], [undefined, '='], ['&', ''], ['', '='], [',', undefined], [0, 1], ['ab', 'cd'], ['\u00e9', '\u00e8'], ['\ud83d\ude00', '=']]) {
  const input = ['a=1&b=2', 'a:1;b:2', 'a==1&&b==2', 'a1ab2cd3', 'x\u00e81\u00e9y\u00e82', 'a=1\ud83d\ude00b=2', '01a11b'];
  for (const s of input) t(`sep ${util.inspect(sep)} eq ${util.inspect(eq)} ${JSON.stringify(s)}`, () => qs.parse(s, sep, eq));
}
t('eq longer than pair', () => qs.parse('a=&b==c', '&', '=='));
t('sep at end multi', () => qs.parse('a=1&&&&', '&&'));
t('sep overlapping', () => qs.parse('a=1&&&b=2', '&&'));
t('eq overlapping', () => qs.parse('a===b', '&', '=='));
t('sep number string', () => qs.parse('a=1 b=2', ' '));
t('decode identity', () => qs.parse('a=%41+b&%42=c', null, null, { decodeURIComponent: (s) => s }));
t('decode numbers', () => qs.parse('a=1&b=2&a=3', null, null, { decodeURIComponent: (s) => s.length }));
t('decode objects', () => qs.parse('a=1&a=2', null, null, { decodeURIComponent: (s) => ({ s }) }));
t('decode undefined', () => qs.parse('a=1&b', null, null, { decodeURIComponent: () => undefined }));
t('decode throws then fallback', () => qs.parse('a=%zz&b=%41&c=%E9', null, null, { decodeURIComponent: (s) => { if (s.includes('%')) throw new URIError('bad'); return s; } }));
const seen = [];
t('decode calls', () => qs.parse('a=1&b=&=c&d&e=f=g&%41=%42+', null, null, { decodeURIComponent: (s) => { seen.push(s); return s; } }));
console.log(JSON.stringify(seen));
t('decode not function', () => qs.parse('a=%41', null, null, { decodeURIComponent: 'x' }));
t('decode null', () => qs.parse('a=%41', null, null, { decodeURIComponent: null }));
t('decode default is qs.unescape', () => { const orig = qs.unescape; qs.unescape = (s) => `U(${s})`; try { return qs.parse('a=%41&b=c'); } finally { qs.unescape = orig; } });
t('options null', () => qs.parse('a=1', null, null, null));
t('options number', () => qs.parse('a=1', null, null, 5));
t('options string', () => qs.parse('a=1', null, null, 'x'));
for (const v of [undefined, null, 5, true, {}, [], ['a=1'], { toString() { return 'a=1'; } }, Symbol('x'), 1n]) {
  t(`input ${typeof v}`, () => qs.parse(v));
}
t('decode alias', () => qs.decode('a=1'));
t('sep regexp', () => qs.parse('a=1&b=2', /&/));
t('sep object', () => qs.parse('a=1&b=2', { toString() { return '&'; } }));

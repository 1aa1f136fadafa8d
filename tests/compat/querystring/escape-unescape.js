// querystring.escape / unescape / unescapeBuffer on odd input.
const qs = require('querystring');
const util = require('util');
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, Buffer.isBuffer(r) ? `<${r.toString('hex')}>` : util.inspect(r));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, String(e));
  }
}
let all = '';
for (let c = 0; c < 0x180; c++) all += String.fromCharCode(c);
t('escape all', () => qs.escape(all));
for (const v of ['', '\ud83d\ude00', '\u0800', '\uffff', '\ufeff', 'a b+c', "!'()*-._~", 5, 1.5, -0, NaN, 1n, true, null, undefined, {}, [], [1, 2], ['a b', 'c'], { toString() { return 'x y'; } }, { valueOf() { return 'v'; }, toString() { return 't'; } }, { [Symbol.toPrimitive]() { return 'p q'; } }, Symbol('s'), Object.create(null), new String('s t')]) {
  t(`escape ${typeof v} ${util.inspect(v)}`, () => qs.escape(v));
}
for (const s of ['\ud800', '\udbff\udbff', 'a\udc00', '\ud83d']) t(`escape lone ${JSON.stringify(s)}`, () => qs.escape(s));
t('escape lone error', () => { try { qs.escape('\ud800'); } catch (e) { return [e.constructor === URIError, e.name, e.code, Object.keys(e), e.stack.split('\n')[0]]; } });
const unesc = ['', '%', '%%', '%4', '%41', '%4a%4A', '%zz', '%G0', '%0G', '%%41', '%41%', 'a%2', '+', 'a+b', '%2B', '%E9', '%C3%A9', '%C3', '%F0%9F%98%80', '%F0%9F%98', '%ED%A0%80', '%FF%FE', '%00', '\u00e9', '\ud800', '%u0041', '%%%%', 'abc%def'];
for (const s of unesc) {
  t(`unescape ${JSON.stringify(s)}`, () => qs.unescape(s));
  t(`unescape decodeSpaces ${JSON.stringify(s)}`, () => qs.unescape(s, true));
  t(`unescapeBuffer ${JSON.stringify(s)}`, () => qs.unescapeBuffer(s));
  t(`unescapeBuffer decodeSpaces ${JSON.stringify(s)}`, () => qs.unescapeBuffer(s, true));
}
for (const v of [5, null, undefined, true, {}, [1], 1n, { toString() { return '%41'; } }]) {
  t(`unescape ${typeof v} ${util.inspect(v)}`, () => qs.unescape(v));
  t(`unescapeBuffer ${typeof v} ${util.inspect(v)}`, () => qs.unescapeBuffer(v));
}
t('unescape symbol', () => qs.unescape(Symbol('x')));
t('unescapeBuffer symbol', () => qs.unescapeBuffer(Symbol('x')));
t('unescapeBuffer returns Buffer', () => Buffer.isBuffer(qs.unescapeBuffer('a')) && qs.unescapeBuffer('a').constructor.name);
t('unescapeBuffer non-latin1', () => qs.unescapeBuffer('\u0100\u20ac%41'));
t('unescapeBuffer emoji', () => qs.unescapeBuffer('\ud83d\ude00'));
t('unescape truthy decodeSpaces', () => [qs.unescape('a+b', 1), qs.unescape('a+b', 'x'), qs.unescape('a+b', 0), qs.unescape('a+b', '')]);
const big = '%41'.repeat(100000) + '%';
t('unescape big', () => { const r = qs.unescape(big); return [r.length, r.slice(-3)]; });
t('unescapeBuffer big', () => qs.unescapeBuffer(big).length);
t('escape big', () => qs.escape('\u00e9 '.repeat(50000)).length);
t('roundtrip', () => { const s = all + '\ud83d\ude00\u4e2d'; return qs.unescape(qs.escape(s)) === s; });

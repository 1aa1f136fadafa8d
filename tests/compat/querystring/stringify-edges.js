// querystring.stringify: value types, nesting, separators, encodeURIComponent option, errors.
const qs = require('querystring');
const util = require('util');
function t(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, String(e));
  }
}
const values = [0, -0, 1.5, -1e-7, 1e21, 2 ** 53, NaN, Infinity, -Infinity, 0n, -12345678901234567890n, true, false, null, undefined, '', ' ', 'a&b=c', '\u00e9', '\ud83d\ude00',
  Symbol('s'), () => 1, {}, { a: 1 }, [], [1, 'x'], [[1, 2]], [{ a: 1 }], [null, undefined, true, 1n], new Date(0), /re/, new Number(5), new String('s'), new Boolean(true), Object(1n)];
for (const v of values) t(`value ${typeof v} ${util.inspect(v)}`, () => qs.stringify({ k: v }));
t('symbol in array', () => qs.stringify({ k: [Symbol('x'), 1] }));
t('function in array', () => qs.stringify({ k: [() => 1, 2] }));
t('symbol key', () => qs.stringify({ [Symbol('s')]: 1, a: 2 }));
t('inherited keys', () => qs.stringify(Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true }, hidden: { value: 3 } })));
t('null proto', () => qs.stringify(Object.assign(Object.create(null), { a: 1, __proto__x: 2 })));
t('__proto__ own key', () => qs.stringify(JSON.parse('{"__proto__":"p","hasOwnProperty":"h"}')));
t('numeric keys order', () => qs.stringify({ b: 1, 2: 'x', a: 2, 1: 'y' }));
t('array input', () => qs.stringify(['a', 'b']));
t('string input', () => qs.stringify('abc'));
t('number input', () => qs.stringify(5));
t('function input', () => qs.stringify(Object.assign(() => 1, { a: 1 })));
t('map input', () => qs.stringify(new Map([['a', 1]])));
t('boxed string input', () => qs.stringify(new String('ab')));
t('undefined', () => qs.stringify());
for (const [sep, eq] of [[';', ':'], ['', ''], ['&&', '=='], [null, null], [undefined, undefined], [0, 0], [1, 2], ['\u00e9', '\ud83d\ude00'], [{}, []]]) {
  t(`sep ${util.inspect(sep)} eq ${util.inspect(eq)}`, () => qs.stringify({ a: 1, b: [2, 3], c: '' }, sep, eq));
}
const calls = [];
t('encode called', () => qs.stringify({ 'a b': ['x y', 1, true], c: 1n }, null, null, { encodeURIComponent: (s) => { calls.push(typeof s + ':' + s); return `[${s}]`; } }));
console.log(calls.join('|'));
t('encode returns number', () => qs.stringify({ a: 'x' }, null, null, { encodeURIComponent: () => 5 }));
t('encode returns object', () => qs.stringify({ a: 'x' }, null, null, { encodeURIComponent: () => ({}) }));
t('encode throws', () => qs.stringify({ a: 'x' }, null, null, { encodeURIComponent: () => { throw new TypeError('enc'); } }));
t('encode not function', () => qs.stringify({ a: 'x y' }, null, null, { encodeURIComponent: 5 }));
t('encode global', () => qs.stringify({ a: "x y!'()*~\u00e9" }, null, null, { encodeURIComponent }));
t('default encode is qs.escape', () => { const orig = qs.escape; qs.escape = (s) => `E(${s})`; try { return qs.stringify({ a: 'b' }); } finally { qs.escape = orig; } });
t('options null', () => qs.stringify({ a: 1 }, null, null, null));
for (const s of ['\ud800', '\udfff', 'a\ud800b', '\udc00\ud800', '\ud83d\ude00\ud83d', 'ok\udbff']) {
  t(`lone ${JSON.stringify(s)} value`, () => qs.stringify({ a: s }));
  t(`lone ${JSON.stringify(s)} key`, () => qs.stringify({ [s]: 'v' }));
}
t('lone surrogate error fields', () => { try { qs.stringify({ a: '\ud800' }); } catch (e) { return [e instanceof URIError, Object.keys(e), e.constructor.name, String(e)]; } });
t('getter throws', () => qs.stringify({ get a() { throw new Error('getter'); } }));
t('proxy', () => qs.stringify(new Proxy({ a: 1, b: 2 }, {})));
t('encode alias', () => qs.encode === qs.stringify);
const every = {};
for (let c = 0; c < 256; c++) every[String.fromCharCode(c)] = String.fromCharCode(c);
t('all latin1', () => qs.stringify(every));
const huge = qs.stringify({ a: 'x'.repeat(200000), b: '\u00e9'.repeat(50000), c: Array.from({ length: 3000 }, (_, i) => i) });
console.log(huge.length, huge.slice(0, 10), huge.slice(-10));

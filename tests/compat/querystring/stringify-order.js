'use strict';
// querystring.stringify with the built-in escape: what a program can see of the order in
// which keys and values are read and escaped. A URIError from a lone surrogate comes at the
// point where that string is escaped: after its own value was read, before any later
// getter, array element or proxy trap runs. Also stringify called again from a getter,
// many pairs, Latin-1 and wider separators, separators that are objects, and surrogate runs.
const qs = require('querystring');
const log = [];
function t(label, fn) {
  log.length = 0;
  try {
    console.log(label, JSON.stringify(fn()), log.join(' '));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message, log.join(' '));
  }
}
function getters(entries) {
  const o = {};
  for (const [k, v] of entries) {
    Object.defineProperty(o, k, { enumerable: true, get() { log.push(`get:${k}`); return v; } });
  }
  return o;
}

t('bad key then getter', () => qs.stringify(getters([['a', '1'], ['b\ud800', '2'], ['c', '3']])));
t('bad value then getter', () => qs.stringify(getters([['a', '1'], ['b', 'x\udbff'], ['c', '3']])));
t('bad key with array value', () => qs.stringify(getters([['k\ud800', [1, 2]], ['c', '3']])));
t('bad element then getter', () => qs.stringify(getters([['a', ['ok', 'bad\ud800', 'never']], ['c', '3']])));
const trapped = new Proxy(['x', 'y\udc00', 'z'], {
  get(target, p, r) { log.push(`trap:${String(p)}`); return Reflect.get(target, p, r); },
});
t('proxy array element', () => qs.stringify({ a: trapped, b: 'after' }));
t('proxy object', () => qs.stringify(new Proxy({ a: 'x y', b: ['1', 2] }, {
  ownKeys(target) { log.push('ownKeys'); return Reflect.ownKeys(target); },
  get(target, p) { log.push(`get:${String(p)}`); return target[p]; },
})));
const arrayWithGetter = ['a'];
Object.defineProperty(arrayWithGetter, 1, { enumerable: true, get() { log.push('get:1'); return 'b c'; } });
t('array index getter', () => qs.stringify({ k: arrayWithGetter }));
t('sparse array', () => qs.stringify({ k: [1, , 3], e: [] }));
t('deleted by getter', () => {
  const o = { a: 1, get b() { log.push('get:b'); delete this.c; return 2; }, c: 3, d: 4 };
  return qs.stringify(o);
});
t('added by getter', () => {
  const o = { get a() { log.push('get:a'); this.z = 'late'; return 1; }, b: 2 };
  return qs.stringify(o);
});

// A getter that stringifies another object while the outer call is in progress.
t('reentrant', () => qs.stringify({
  a: 'x y',
  get b() { return qs.stringify({ inner: 'p q', n: [1, 2] }); },
  c: ['\u00e9', 'z'],
}));
t('reentrant throws', () => {
  try {
    return qs.stringify({ a: 1, get b() { return qs.stringify({ bad: '\ud800' }); } });
  } finally {
    log.push(qs.stringify({ after: 'ok ok', list: [1, 2, 3] }));
  }
});

const many = {};
for (let i = 0; i < 100; i++) many[`k${i}`] = i % 3 === 0 ? [i, `v ${i}`] : `v/${i}`;
const m = qs.stringify(many);
console.log('many', m.length, m.slice(0, 60), m.slice(-40));
const long = qs.stringify({ a: '\u65e5'.repeat(600), b: 'x'.repeat(5000), c: ' '.repeat(2000) });
console.log('long', long.length, long.slice(0, 20), long.slice(-20));
console.log('long bad', (() => { try { return qs.stringify({ a: 'x'.repeat(9000) + '\ud800' }); } catch (e) { return e.code; } })());
console.log('escape long', qs.escape('\u00e9 '.repeat(3000)).length, qs.escape('a'.repeat(500) + '/').slice(-6));

for (const [sep, eq] of [['\u00a7', '\u00e9'], ['\u20ac', '='], ['&', '\u2248'], ['', '='], ['&', ''], ['a b', '%']]) {
  t(`sep ${JSON.stringify(sep)} eq ${JSON.stringify(eq)}`, () => qs.stringify({ a: 'b c', d: ['e', 1], f: '' }, sep, eq));
}
const counting = (s) => ({ toString() { log.push(`toString:${s}`); return s; } });
t('object separators', () => qs.stringify({ a: 1, b: [2, 3] }, counting(';'), counting(':')));
t('number separators', () => qs.stringify({ a: 1, b: 2 }, 7, 8));
t('empty object', () => qs.stringify({}, ';', ':'));
t('only empty array', () => qs.stringify({ a: [] }));
t('empty key and value', () => qs.stringify({ '': '' , x: ''}));

for (const s of ['\ud800\ud800', '\ud800\ud800\ud800', 'a\udc00\udc00', 'a\udc00\udc00\udc00', '\ud83d\ude00', 'x\ud83d\ude00\ud83d', '\ud800a']) {
  t(`run ${JSON.stringify(s)}`, () => [qs.stringify({ v: s }), qs.stringify({ [s]: 1 }), qs.stringify({ l: [s] })]);
}
t('values', () => qs.stringify({ n: [1e21, -1e-7, NaN, 12n, false, null, {}, 'z'], m: 1e300, b: true }));

// parse and unescape use the engine's own decodeURIComponent, not the global a program may
// replace (nor does stringify use a replaced encodeURIComponent).
const saved = [globalThis.decodeURIComponent, globalThis.encodeURIComponent];
globalThis.decodeURIComponent = () => 'replaced';
globalThis.encodeURIComponent = () => 'replaced';
try {
  console.log(qs.parse('a=%41%42&b=c+d&%43=1'), qs.unescape('%41'), qs.stringify({ a: 'b c' }));
} finally {
  [globalThis.decodeURIComponent, globalThis.encodeURIComponent] = saved;
}

// querystring.parse scans left to right without backtracking: partial separator matches,
// '%XX' detection that decides whether a key or value is decoded at all, '+' handling and
// maxKeys counting. Random inputs from a fixed seed over a small alphabet exercise every
// combination; the replaced-export and `pop` quirks follow.
const qs = require('querystring');
let seed = 4242;
function rnd(n) {
  seed = (seed + 0x6D2B79F5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) % n;
}
const alpha = ['a', 'b', '=', '&', '%', '2', '0', '4', '1', '+', 'x', ';', ':', 'E9', '%C3', '%A9', '\u00e9', '%4', 'F'];
const seps = [undefined, '&', ';', 'ab', 'aa', '&&', '=&', 'a'];
const eqs = [undefined, '=', ':', 'ab', 'aa', '==', 'b', '&='];
const mks = [undefined, 0, 1, 2, 3, -1, 1.5];
for (let n = 0; n < 1200; n++) {
  let s = '';
  const len = rnd(12);
  for (let i = 0; i < len; i++) s += alpha[rnd(alpha.length)];
  const sep = seps[rnd(seps.length)];
  const eq = eqs[rnd(eqs.length)];
  const mk = mks[rnd(mks.length)];
  const opts = n % 4 === 0 ? { maxKeys: mk, decodeURIComponent: (x) => `<${x}>` } : mk === undefined ? undefined : { maxKeys: mk };
  console.log(JSON.stringify([s, sep, eq, mk, n % 4 === 0]), JSON.stringify(qs.parse(s, sep, eq, opts)));
}
function t(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, String(e));
  }
}
t('decoder returns null then repeats', () => qs.parse('a=1&a=2', null, null, { decodeURIComponent: (s) => (s === 'a' ? 'a' : null) }));
t('decoder returns pop-able object', () => qs.parse('a=1&a=2&a=3', null, null, { decodeURIComponent: (s) => (s === 'a' ? 'a' : { pop: 1 }) }));
t('decoder returns arrays', () => qs.parse('a=1&a=2', null, null, { decodeURIComponent: (s) => (s === 'a' ? 'a' : [s]) }));
t('decoder returns undefined then value', () => qs.parse('a=1&a=2', null, null, { decodeURIComponent: (s) => (s === '1' ? undefined : s) }));
const orig = { unescape: qs.unescape, unescapeBuffer: qs.unescapeBuffer, escape: qs.escape };
qs.unescape = (s, spaces) => `U(${s},${spaces})`;
t('throwing decoder falls back to exported unescape', () => qs.parse('a=%41', null, null, { decodeURIComponent() { throw new Error('x'); } }));
t('replaced unescape is custom', () => qs.parse('a+b=c+d&e=%41'));
qs.unescape = orig.unescape;
qs.unescapeBuffer = (s, spaces) => Buffer.from(`UB(${s},${spaces})`);
t('unescape falls back to exported unescapeBuffer', () => [qs.unescape('%zz'), qs.unescape('%41'), qs.parse('a=%41%zz')]);
qs.unescapeBuffer = orig.unescapeBuffer;
qs.escape = (s) => `E(${s})`;
t('replaced escape sees every value', () => qs.stringify({ a: '', b: 1, c: 1e21, d: true, e: null, f: 2n }));
qs.escape = orig.escape;
t('builtin escape on big numbers', () => qs.stringify({ a: 1e21, b: -1e21, c: 1e-7, d: 123456789012345680000 }));
t('empty array value', () => qs.stringify({ a: [], b: 1, c: [], d: [2] }));
t('end on separator', () => [qs.parse('a=1&'), qs.parse('a=1&='), qs.parse('&'), qs.parse('='), qs.parse('=&='), qs.parse('a=1&&')]);
t('symbol separators', () => qs.parse('aSymbol(s)b', Symbol('s')));

// Random nested structures (seeded, so the output is fixed) under random options.
const { inspect } = require('util');
Error.stackTraceLimit = 0;
let seed = 7;
function rnd() { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; }
function pick(a) { return a[Math.floor(rnd() * a.length)]; }
const words = ['a', 'bb', 'key', 'longer key', "it's", 'x'.repeat(30), 'line\nbreak', '\u4e2d\u6587',
  'e\u0301', 'tab\t', '$d', '0', '12', ''];
function prim() {
  return pick([() => Math.floor(rnd() * 1000) - 500, () => rnd() * 1e6, () => -0, () => NaN,
    () => BigInt(Math.floor(rnd() * 1e9)), () => pick(words), () => pick(words).repeat(Math.floor(rnd() * 4)),
    () => true, () => null, () => undefined, () => Symbol(pick(words))])();
}
function val(depth) {
  if (depth > 4 || rnd() < 0.35) return prim();
  const n = Math.floor(rnd() * (rnd() < 0.2 ? 40 : 8));
  switch (pick(['obj', 'arr', 'arr', 'map', 'set', 'nullobj', 'cls', 'typed', 'fn', 'err', 'date', 'sparse', 'boxed'])) {
    case 'obj': { const o = {}; for (let i = 0; i < n; i++) o[pick(words) + (rnd() < 0.5 ? i : '')] = val(depth + 1); return o; }
    case 'nullobj': { const o = Object.create(null); for (let i = 0; i < n; i++) o[pick(words)] = val(depth + 1); return o; }
    case 'arr': { const a = []; for (let i = 0; i < n; i++) a.push(val(depth + 1)); if (rnd() < 0.1) a.extra = prim(); return a; }
    case 'sparse': { const a = []; for (let i = 0; i < n; i++) if (rnd() < 0.5) a[i * 2] = prim(); a.length = n * 2 + 1; return a; }
    case 'map': { const m = new Map(); for (let i = 0; i < n; i++) m.set(val(depth + 2), val(depth + 1)); return m; }
    case 'set': { const s = new Set(); for (let i = 0; i < n; i++) s.add(val(depth + 1)); return s; }
    case 'cls': { class Foo { constructor() { for (let i = 0; i < n; i++) this[pick(words)] = val(depth + 1); } } return new Foo(); }
    case 'typed': return pick([() => new Uint8Array(n * 3), () => new Float64Array(n).fill(rnd() * 100), () => new Int16Array(n).fill(-7)])();
    case 'fn': { const f = function named() {}; if (rnd() < 0.5) f.prop = val(depth + 1); return f; }
    case 'err': { const e = new (pick([Error, TypeError, RangeError]))(pick(words)); if (rnd() < 0.5) e.code = pick(words); if (rnd() < 0.3) e.cause = val(depth + 1); return e; }
    case 'date': return new Date(Math.floor(rnd() * 1e12));
    default: return pick([() => new Number(rnd()), () => new String(pick(words))])();
  }
}
for (let t = 0; t < 120; t++) {
  const v = val(0);
  const opts = {};
  if (rnd() < 0.3) opts.compact = pick([false, true, 1, 2, 3, 5]);
  if (rnd() < 0.3) opts.breakLength = pick([20, 40, 60, 100, 120, Infinity]);
  if (rnd() < 0.2) opts.depth = pick([0, 1, 3, 5, Infinity]);
  if (rnd() < 0.2) opts.maxArrayLength = pick([0, 2, 5, 10]);
  if (rnd() < 0.1) opts.sorted = true;
  if (rnd() < 0.1) opts.numericSeparator = true;
  if (rnd() < 0.1) opts.showHidden = true;
  if (rnd() < 0.1) opts.colors = true;
  if (rnd() < 0.1) opts.maxStringLength = pick([0, 3, 10]);
  console.log(JSON.stringify(opts));
  console.log(inspect(v, opts));
}

// randomInt, randomFill(Sync), randomBytes, randomUUID and timingSafeEqual: ranges,
// argument types and their errors. Random values are printed only as invariants.
const crypto = require('crypto');
const util = require('util');
function t(label, fn) {
  try {
    console.log(label, util.inspect(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, String(e));
  }
}
const nums = [0, 1, -1, 1.5, NaN, Infinity, 2 ** 48, 2 ** 48 - 1, -(2 ** 48), 2 ** 53, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, '1', null, true, 1n];
for (const n of nums) t(`randomInt(${util.inspect(n)})`, () => { const r = crypto.randomInt(n); return Number.isInteger(r) && r >= 0 && r < n; });
for (const [a, b] of [[0, 1], [5, 5], [5, 4], [-5, 5], [0, 2 ** 48], [0, 2 ** 48 + 1], [-(2 ** 47), 2 ** 47], [-(2 ** 47), 2 ** 47 + 1], [1.5, 3], [1, 3.5], [Number.MIN_SAFE_INTEGER, Number.MIN_SAFE_INTEGER + 10], [Number.MAX_SAFE_INTEGER - 1, Number.MAX_SAFE_INTEGER], ['1', 3], [1, '3'], [NaN, 1]]) {
  t(`randomInt(${a}, ${b})`, () => { const r = crypto.randomInt(a, b); return Number.isInteger(r) && r >= a && r < b; });
}
t('randomInt bad callback', () => crypto.randomInt(1, 5, 'cb'));
t('randomInt bad callback 2', () => crypto.randomInt(5, {}));
t('randomInt no args', () => crypto.randomInt());
t('randomInt(1) always 0', () => Array.from({ length: 20 }, () => crypto.randomInt(1)).every((x) => x === 0));
t('randomInt range coverage', () => { const seen = new Set(); for (let i = 0; i < 500; i++) seen.add(crypto.randomInt(-2, 3)); return [...seen].sort(); });
crypto.randomInt(10, 20, (err, n) => console.log('async randomInt', err, Number.isInteger(n) && n >= 10 && n < 20));
crypto.randomInt(3, (err, n) => console.log('async randomInt one arg', err, n >= 0 && n < 3));
for (const size of [0, 1, 16, -1, 1.5, NaN, Infinity, 2 ** 31, '4', null, undefined, {}, 2 ** 31 - 1 + 0.5]) {
  t(`randomBytes(${util.inspect(size)})`, () => { const b = crypto.randomBytes(size); return [b.length, Buffer.isBuffer(b)]; });
}
t('randomBytes bad callback', () => crypto.randomBytes(4, 'x'));
t('pseudoRandomBytes same', () => crypto.pseudoRandomBytes === crypto.randomBytes);
const targets = [Buffer.alloc(8), new Uint8Array(8), new Uint16Array(4), new Float64Array(2), new DataView(new ArrayBuffer(8)), new ArrayBuffer(8), new BigInt64Array(1)];
for (const target of targets) {
  t(`randomFillSync ${target.constructor.name}`, () => { const r = crypto.randomFillSync(target); return [r === target, r.byteLength]; });
}
for (const bad of [undefined, null, 5, 'str', [], {}, new SharedArrayBuffer(4)]) t(`randomFillSync bad ${util.inspect(bad)}`, () => crypto.randomFillSync(bad).byteLength);
const b = Buffer.alloc(10);
for (const [offset, size] of [[0, 10], [10, 0], [10], [11], [5, 6], [-1], [1.5], [NaN], ['1'], [null], [0, -1], [0, 11], [0, 1.5], [0, NaN], [0, '1'], [2 ** 31], [0, 2 ** 31], [undefined, 5], [3, undefined]]) {
  t(`randomFillSync(buf10, ${offset}, ${size})`, () => { b.fill(0); crypto.randomFillSync(b, offset, size); return b.reduce((n, x, i) => n + (i < (offset ?? 0) || i >= (offset ?? 0) + (size ?? 10 - (offset ?? 0)) ? (x === 0 ? 0 : 100) : 0), 0); });
}
const u16 = new Uint16Array(4);
for (const [offset, size] of [[1, 2], [4, 0], [5], [2, 3], [0, 5], [1.5]]) t(`randomFillSync(u16x4, ${offset}, ${size})`, () => crypto.randomFillSync(u16, offset, size).length);
t('randomFill no callback', () => crypto.randomFill(Buffer.alloc(4)));
t('randomFill bad callback', () => crypto.randomFill(Buffer.alloc(4), 0, 2, 'x'));
t('randomFill bad offset', () => crypto.randomFill(Buffer.alloc(4), 5, () => {}));
t('randomFill bad size', () => crypto.randomFill(Buffer.alloc(4), 0, 5, () => {}));
t('randomFill bad buffer', () => crypto.randomFill('x', () => {}));
const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
for (const opts of [undefined, {}, { disableEntropyCache: true }, { disableEntropyCache: false }, { disableEntropyCache: 1 }, { disableEntropyCache: 'yes' }, null, 5, 'x', []]) {
  t(`randomUUID(${util.inspect(opts)})`, () => uuidRe.test(crypto.randomUUID(opts)));
}
t('randomUUID distinct', () => new Set(Array.from({ length: 200 }, () => crypto.randomUUID())).size);
t('webcrypto randomUUID', () => uuidRe.test(globalThis.crypto.randomUUID()));
t('webcrypto randomUUID unbound', () => { const f = globalThis.crypto.randomUUID; return f(); });
for (const [a, bb] of [[Buffer.from('ab'), Buffer.from('ab')], [Buffer.from('ab'), Buffer.from('ac')], [Buffer.from('ab'), Buffer.from('abc')], [Buffer.alloc(0), Buffer.alloc(0)], [new Uint8Array([1, 2]), new Uint16Array([0x201])], [new Uint16Array([1]), new Uint8Array([1, 0])], [new DataView(new ArrayBuffer(2)), Buffer.alloc(2)], [new ArrayBuffer(2), new ArrayBuffer(2)], [new ArrayBuffer(2), Buffer.alloc(2)], ['ab', 'ab'], [Buffer.from('ab'), 'ab'], [[1], [1]], [null, null], [Buffer.alloc(1), undefined], [new Float64Array([0]), new Float64Array([-0])], [new Float64Array([NaN]), new Float64Array([NaN])]]) {
  t(`timingSafeEqual(${util.inspect(a)}, ${util.inspect(bb)})`, () => crypto.timingSafeEqual(a, bb));
}
t('timingSafeEqual no args', () => crypto.timingSafeEqual());
// The thread-pool forms one after the other, so that their output order is fixed.
crypto.randomBytes(8, (err, buf) => {
  console.log('async randomBytes', err, buf.length);
  crypto.randomFill(new Uint32Array(4), 1, 2, (err2, buf2) => {
    console.log('async randomFill', err2, buf2.constructor.name, buf2.length);
    crypto.randomFill(new ArrayBuffer(4), (err3, buf3) => console.log('async randomFill arraybuffer', err3, buf3.constructor.name, buf3.byteLength));
  });
});

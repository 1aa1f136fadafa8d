// globalThis.crypto: getRandomValues types and quota, subtle.digest algorithm names,
// data types and errors, and the shape of the objects.
const util = require('util');
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, util.inspect(r));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, String(e), e instanceof DOMException);
  }
}
const { crypto } = globalThis;
for (const v of [new Uint8Array(4), new Int8Array(4), new Uint16Array(4), new Int16Array(4), new Uint32Array(4), new Int32Array(4), new Uint8ClampedArray(4), new BigInt64Array(2), new BigUint64Array(2), Buffer.alloc(4),
  new Float32Array(4), new Float64Array(4), new DataView(new ArrayBuffer(4)), new ArrayBuffer(4), [1, 2], 'str', null, undefined, 5, {}, new Uint8Array(0)]) {
  t(`getRandomValues(${util.inspect(v).slice(0, 40)})`, () => { const r = crypto.getRandomValues(v); return [r === v, r.constructor.name, r.length]; });
}
for (const n of [65536, 65537, 16384, 16385, 8192, 8193]) {
  t(`getRandomValues Uint8Array(${n})`, () => crypto.getRandomValues(new Uint8Array(n)).length);
  t(`getRandomValues Uint32Array(${n})`, () => crypto.getRandomValues(new Uint32Array(n)).length);
}
t('getRandomValues no args', () => crypto.getRandomValues());
t('getRandomValues unbound', () => { const f = crypto.getRandomValues; return f(new Uint8Array(2)).length; });
t('getRandomValues other this', () => crypto.getRandomValues.call({}, new Uint8Array(2)).length);
t('require getRandomValues', () => require('crypto').getRandomValues(new Uint8Array(3)).length);
t('require webcrypto same', () => require('crypto').webcrypto === globalThis.crypto);
t('subtle same', () => crypto.subtle === require('crypto').subtle);
t('names', () => [Object.prototype.toString.call(crypto), Object.prototype.toString.call(crypto.subtle), crypto.constructor.name, crypto.subtle.constructor.name]);
t('new Crypto', () => new crypto.constructor());
t('new SubtleCrypto', () => new crypto.subtle.constructor());
const data = new TextEncoder().encode('abc');
const hex = (ab) => Buffer.from(ab).toString('hex');
const algs = ['SHA-1', 'sha-1', 'SHA-256', 'sha-256', 'SHA-384', 'SHA-512', 'Sha-512', { name: 'SHA-256' }, { name: 'sha-384', length: 5 }, 'SHA256', 'MD5', 'SHA-224', 'SHA3-256', '', 5, null, undefined, {}, { name: 5 }, { name: 'SHA-1', toString() { return 'x'; } }];
const first = (async () => {
  for (const alg of algs) {
    try {
      console.log('digest', util.inspect(alg), hex(await crypto.subtle.digest(alg, data)));
    } catch (e) {
      console.log('digest', util.inspect(alg), 'rejected', e.name, e.code, String(e), e instanceof DOMException);
    }
  }
  for (const d of [new ArrayBuffer(3), new Uint8Array([1]), new DataView(new ArrayBuffer(2)), Buffer.from('x'), new Uint32Array([1]), 'str', [1], null, undefined, 5, {}, new SharedArrayBuffer(2)]) {
    try {
      const r = await crypto.subtle.digest('SHA-1', d);
      console.log('digest data', util.inspect(d).slice(0, 40), r.constructor.name, r.byteLength, hex(r));
    } catch (e) {
      console.log('digest data', util.inspect(d).slice(0, 40), 'rejected', e.name, e.code, String(e));
    }
  }
  try {
    await crypto.subtle.digest();
  } catch (e) {
    console.log('digest no args', e.name, e.code, String(e));
  }
  try {
    await crypto.subtle.digest('SHA-1');
  } catch (e) {
    console.log('digest one arg', e.name, e.code, String(e));
  }
  const p = crypto.subtle.digest('nope', data);
  console.log('digest returns promise', p instanceof Promise);
  p.catch(() => {});
  const copy = new Uint8Array([1, 2, 3]);
  const pending = crypto.subtle.digest('SHA-256', copy);
  copy[0] = 9;
  console.log('digest copies input', hex(await pending) === hex(await crypto.subtle.digest('SHA-256', new Uint8Array([1, 2, 3]))));
})();
first.then(async () => {
  const s = globalThis.crypto.subtle;
  for (const [label, a, d] of [['symbol alg', Symbol('x'), new Uint8Array(1)], ['symbol name', { name: Symbol('y') }, new Uint8Array(1)], ['view on SAB', 'SHA-1', new Uint8Array(new SharedArrayBuffer(2))],
    ['name getter throws', { get name() { throw new Error('name getter'); } }, new Uint8Array(1)], ['float64 data', 'SHA-1', new Float64Array(1)], ['fake view', { name: 'SHA-1' }, Object.create(Uint8Array.prototype)],
    ['bad alg and bad data', 'nope', 5], ['function alg', Object.assign(() => 1, {}), new Uint8Array(1)], ['alg with name number', { name: 1 }, new Uint8Array(1)]]) {
    try {
      console.log(label, Buffer.from(await s.digest(a, d)).toString('hex'));
    } catch (e) {
      console.log(label, e.name, e.code, String(e));
    }
  }
  try {
    console.log(require('crypto').getRandomValues());
  } catch (e) {
    console.log('module getRandomValues no args', e.name, e.code, String(e));
  }
  console.log('module getRandomValues detached', require('crypto').getRandomValues.call(null, new Uint8Array(2)).length);
  try {
    await s.digest.call({}, 'SHA-1', new Uint8Array(1));
  } catch (e) {
    console.log('digest other this', e.name, e.code, String(e));
  }
  const desc = Object.getOwnPropertyDescriptor(require('crypto'), 'getRandomValues');
  console.log(desc.enumerable, desc.configurable, typeof desc.get, desc.set);
  console.log(require('crypto').getRandomValues.name, globalThis.crypto.getRandomValues.name, s.digest.name, s.digest.length, globalThis.crypto.getRandomValues.length);
});
first.then(() => {
  for (const n of ['Crypto', 'SubtleCrypto', 'crypto']) {
    const d = Object.getOwnPropertyDescriptor(globalThis, n);
    console.log('global', n, typeof d.get, d.enumerable, d.configurable);
  }
  console.log(globalThis.crypto instanceof Crypto, globalThis.crypto.subtle instanceof SubtleCrypto, Crypto.name, SubtleCrypto.name);
  console.log(Object.keys(Crypto.prototype), String(globalThis.crypto), String(globalThis.crypto.subtle), util.inspect(globalThis.crypto), util.inspect(globalThis.crypto.subtle));
  console.log(globalThis.crypto.randomUUID.name, globalThis.crypto.randomUUID.length, Object.keys(globalThis).includes('crypto'));
  for (const [label, fn] of [['subtle getter on other', () => Object.getOwnPropertyDescriptor(Crypto.prototype, 'subtle').get.call({})], ['randomUUID on other', () => globalThis.crypto.randomUUID.call({})], ['Crypto.prototype.subtle', () => Crypto.prototype.subtle]]) {
    try {
      fn();
    } catch (e) {
      console.log(label, e.name, e.code, String(e));
    }
  }
});
console.log(Object.getOwnPropertyDescriptor(globalThis,'crypto').get.name)

'use strict';
// Deep equality of large typed arrays, Buffers, DataViews, ArrayBuffers and arrays: bytes
// are compared, and only the properties that are not indices besides them.
const assert = require('assert');
const util = require('util');
const { check } = require('./_common');

const N = 20000;
const both = (label, a, b) => {
  console.log(`${label}: strict=${util.isDeepStrictEqual(a, b)}`);
  check(`${label} (deepEqual)`, () => assert.deepEqual(a, b));
};

// Extra properties on large typed arrays.
const plain = () => new Uint8Array(N).fill(5);
both('equal large', plain(), plain());
both('named property on one side', Object.assign(plain(), { extra: 1 }), plain());
both('named property on the other side', plain(), Object.assign(plain(), { extra: 1 }));
both('same named property', Object.assign(plain(), { extra: 1 }), Object.assign(plain(), { extra: 1 }));
both('different named property values', Object.assign(plain(), { extra: 1 }),
     Object.assign(plain(), { extra: 2 }));
both('loosely equal named property values', Object.assign(plain(), { extra: 1 }),
     Object.assign(plain(), { extra: '1' }));
{
  const a = plain();
  a.extra = 1;
  delete a.extra;
  both('property added then deleted', a, plain());
}
{
  const a = plain();
  Object.defineProperty(a, 'hidden', { value: 1, enumerable: false });
  both('non-enumerable property', a, plain());
}
{
  const a = plain();
  a[Symbol.for('s')] = 1;
  both('symbol property', a, plain());
}
both('frozen empty vs plain', Object.preventExtensions(plain()), plain());
both('last byte differs', plain(), (() => { const b = plain(); b[N - 1] = 6; return b; })());
both('first byte differs', plain(), (() => { const b = plain(); b[0] = 6; return b; })());

// Different kinds over the same bytes.
{
  const bytes = new Uint8Array(N).fill(1);
  both('Uint8Array vs Int8Array', bytes, new Int8Array(bytes.buffer));
  both('Uint8Array vs Uint8ClampedArray', bytes, new Uint8ClampedArray(bytes.buffer));
  both('Uint16Array vs Int16Array', new Uint16Array(bytes.buffer), new Int16Array(bytes.buffer));
  both('Float64Array vs BigInt64Array', new Float64Array(bytes.buffer),
       new BigInt64Array(bytes.buffer));
  both('Uint32Array vs Uint8Array lengths', new Uint32Array(4), new Uint8Array(16));
}

// Offsets and unaligned views.
{
  const buffer = new ArrayBuffer(N + 8);
  both('unaligned views equal', new Uint8Array(buffer, 1, N), new Uint8Array(buffer, 3, N));
  new Uint8Array(buffer)[N + 2] = 9;
  both('unaligned views differ', new Uint8Array(buffer, 1, N), new Uint8Array(buffer, 3, N));
  both('aligned vs unaligned', new Uint8Array(buffer, 4, N), new Uint8Array(new ArrayBuffer(N + 1), 1));
}

// Floating-point arrays: NaN and -0.
for (const Type of [Float32Array, Float64Array]) {
  const n = Type.name;
  both(`${n} NaN`, new Type([1, NaN, 3]), new Type([1, NaN, 3]));
  both(`${n} -0 vs 0`, new Type([1, -0, 3]), new Type([1, 0, 3]));
  both(`${n} large NaN`, new Type(N).fill(NaN), new Type(N).fill(NaN));
  both(`${n} large -0 vs 0`, new Type(N).fill(-0), new Type(N).fill(0));
  {
    // Two NaNs with different payloads.
    const a = new Type(2).fill(NaN);
    const b = new Type(2).fill(NaN);
    new Uint8Array(b.buffer)[0] = 1;
    both(`${n} NaN payloads`, a, b);
  }
}

// DataViews.
both('DataViews equal', new DataView(new ArrayBuffer(N)), new DataView(new ArrayBuffer(N)));
both('DataViews offsets', new DataView(new Uint8Array([1, 2, 3]).buffer, 1),
     new DataView(new Uint8Array([2, 3]).buffer));
both('DataView vs Uint8Array', new DataView(new ArrayBuffer(4)), new Uint8Array(4));
both('DataView with property', Object.assign(new DataView(new ArrayBuffer(4)), { x: 1 }),
     new DataView(new ArrayBuffer(4)));

// ArrayBuffers and SharedArrayBuffers.
both('ArrayBuffers equal', new ArrayBuffer(N), new ArrayBuffer(N));
both('ArrayBuffer vs SharedArrayBuffer', new ArrayBuffer(8), new SharedArrayBuffer(8));
both('SharedArrayBuffers equal', new SharedArrayBuffer(8), new SharedArrayBuffer(8));
{
  const a = new SharedArrayBuffer(8);
  new Uint8Array(a)[7] = 1;
  both('SharedArrayBuffers differ', a, new SharedArrayBuffer(8));
}
both('ArrayBuffer with property', Object.assign(new ArrayBuffer(4), { x: 1 }), new ArrayBuffer(4));
both('views over ArrayBuffer and SharedArrayBuffer', new Uint8Array(new ArrayBuffer(8)),
     new Uint8Array(new SharedArrayBuffer(8)));

// Buffers.
both('Buffer vs Uint8Array', Buffer.alloc(N, 1), new Uint8Array(N).fill(1));
both('Buffers equal', Buffer.alloc(N, 1), Buffer.alloc(N, 1));
both('small Buffers equal', Buffer.from('abc'), Buffer.from('abc'));
both('Buffer with property', Object.assign(Buffer.alloc(N), { tag: 'x' }), Buffer.alloc(N));
both('Buffer subarray vs alloc', Buffer.alloc(N + 10, 2).subarray(10), Buffer.alloc(N, 2));

// Typed array subclasses and other prototypes.
class Bytes extends Uint8Array {}
both('subclass vs base', new Bytes(N), new Uint8Array(N));
both('subclass equal', new Bytes(N), new Bytes(N));
both('subclass with property', Object.assign(new Bytes(N), { x: 1 }), new Bytes(N));
{
  const a = new Uint8Array(N);
  Object.setPrototypeOf(a, null);
  both('null prototype', a, new Uint8Array(N));
}

// Large arrays.
const numbers = () => Array.from({ length: N }, (_, i) => i);
both('arrays equal', numbers(), numbers());
both('array with property', Object.assign(numbers(), { x: 1 }), numbers());
both('arrays with same property', Object.assign(numbers(), { x: 1 }), Object.assign(numbers(), { x: 1 }));
both('arrays of doubles', numbers().map((x) => x + 0.5), numbers().map((x) => x + 0.5));
both('arrays of strings', numbers().map(String), numbers().map(String));
both('number vs string elements', numbers(), numbers().map(String));
{
  const a = numbers();
  delete a[500];
  both('hole vs undefined', a, Object.assign(numbers(), { 500: undefined }));
  const b = numbers();
  delete b[500];
  both('holes at the same place', a, b);
}
{
  const a = [];
  a[N] = 1;
  const b = [];
  b[N] = 1;
  both('sparse equal', a, b);
  b.x = 1;
  both('sparse with property', a, b);
}
{
  const a = numbers();
  Object.defineProperty(a, 7, { get() { return 7; }, enumerable: true });
  both('index accessor', a, numbers());
}
both('frozen array', Object.freeze(numbers()), numbers());
class List extends Array {}
both('Array subclass', List.from(numbers()), numbers());
both('Array subclasses equal', List.from(numbers()), List.from(numbers()));
both('Array subclass with property', Object.assign(List.from(numbers()), { x: 1 }),
     List.from(numbers()));
{
  const a = numbers();
  a[Symbol('s')] = 1;
  both('array with symbol', a, numbers());
}

// The messages of failed assertions on large values.
check('message: typed array byte', () => {
  const b = plain();
  b[N / 2] = 9;
  assert.deepStrictEqual(plain(), b);
});
check('message: Buffer tail', () => {
  const b = Buffer.alloc(2000, 1);
  b[1999] = 2;
  assert.deepStrictEqual(Buffer.alloc(2000, 1), b);
});
check('message: Buffer vs Uint8Array', () => assert.deepStrictEqual(Buffer.alloc(300), new Uint8Array(300)));
check('message: Float32Array -0', () => assert.deepStrictEqual(new Float32Array(200), new Float32Array(200).fill(-0)));
check('message: extra property', () => assert.deepStrictEqual(Object.assign(new Uint8Array(200), { x: 1 }), new Uint8Array(200)));
check('message: notDeepStrictEqual', () => assert.notDeepStrictEqual(plain(), plain()));
check('message: large array', () => {
  const b = numbers();
  b[N - 3] = -1;
  assert.deepStrictEqual(numbers(), b);
});

'use strict';
// buffer.isUtf8()/isAscii() over every kind of view (offsets included), ArrayBuffers and
// detached buffers; Buffer.copyBytesFrom() edge values; the buffer.constants descriptors
// and the order of the module's exports.
const buffer = require('buffer');
const { Buffer, isUtf8, isAscii } = buffer;

function show(label, fn) {
  try {
    const v = fn();
    console.log(`${label}:`, Buffer.isBuffer(v) ? `<${v.toString('hex')}>` : v);
  } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} ${e.message}`);
  }
}

for (const bytes of [[0x41], [0x80], [0xc0, 0x80], [0xc2, 0x80], [0xe0, 0x80, 0x80],
  [0xed, 0xa0, 0x80], [0xed, 0x9f, 0xbf], [0xf4, 0x8f, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80],
  [0xe2, 0x82], [0xff], [0x7f, 0]]) {
  const b = Buffer.from(bytes);
  show(`${b.toString('hex')}`, () => [isUtf8(b), isAscii(b)]);
}

const kinds = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array];
for (const Kind of kinds) {
  const ab = new ArrayBuffer(16);
  new Uint8Array(ab).fill(0x41)[15] = 0x80;
  show(`${Kind.name}`, () => [
    isUtf8(new Kind(ab)), isAscii(new Kind(ab)),
    isAscii(new Kind(ab, 0, 8 / Kind.BYTES_PER_ELEMENT)), isAscii(new Kind(ab, 8)),
    isUtf8(new Kind(0)),
  ]);
}
const ab = new ArrayBuffer(8);
new Uint8Array(ab).fill(0x61)[7] = 0xff;
show('ArrayBuffer', () => [isUtf8(ab), isAscii(ab), isAscii(new ArrayBuffer(0))]);
show('SharedArrayBuffer', () => [isUtf8(new SharedArrayBuffer(2)), isAscii(new SharedArrayBuffer(2))]);
show('DataView', () => isUtf8(new DataView(ab)));
const detached = new ArrayBuffer(4);
const detachedView = new Uint8Array(detached);
structuredClone(detached, { transfer: [detached] });
show('detached ArrayBuffer utf8', () => isUtf8(detached));
show('detached ArrayBuffer ascii', () => isAscii(detached));
show('detached view', () => [isUtf8(detachedView), isAscii(detachedView)]);
for (const bad of [undefined, null, 1, 'abc', [], { length: 1, 0: 65 }]) {
  show(`isUtf8 ${typeof bad}`, () => isUtf8(bad));
  show(`isAscii ${typeof bad}`, () => isAscii(bad));
}

const source = new Uint16Array([0x1234, 0x5678, 0x9abc]);
for (const args of [[], [0], [1], [2, 1], [3], [4], [1, 0], [0, 10], [undefined, 2], [1.5], [-1],
  [NaN], ['1'], [null], [Infinity], [0, -1], [0, 1.5], [0, Infinity], [2 ** 53], [-0], [1n]]) {
  show(`copyBytesFrom ${args.map(String).join(',')}`, () => Buffer.copyBytesFrom(source, ...args));
}
show('copyBytesFrom BigInt64Array', () => Buffer.copyBytesFrom(new BigInt64Array([-1n, 2n]), 1));
show('copyBytesFrom Float64Array', () => Buffer.copyBytesFrom(new Float64Array([-0])));
show('copyBytesFrom empty', () => Buffer.copyBytesFrom(new Uint8Array(0), -1));
for (const bad of [undefined, 'ab', new ArrayBuffer(2), new DataView(new ArrayBuffer(2)), [1]]) {
  show(`copyBytesFrom ${Object.prototype.toString.call(bad)}`, () => Buffer.copyBytesFrom(bad));
}

show('constants', () => Object.entries(Object.getOwnPropertyDescriptors(buffer.constants))
  .map(([k, d]) => [k, d.value === (k === 'MAX_LENGTH' ? buffer.kMaxLength : buffer.kStringMaxLength),
    d.writable, d.enumerable, d.configurable]));
show('constants extensible', () => [Object.isExtensible(buffer.constants), Object.isFrozen(buffer.constants)]);
show('keys', () => Object.keys(buffer));

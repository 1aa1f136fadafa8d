'use strict';
// Which error comes first when several arguments are wrong, and how encoding
// arguments that are not plain strings are treated by each method.
const show = require('./_show');
const buffer = require('buffer');
const B = () => Buffer.from('abcdefgh');

// Variable-width writes check byteLength before anything else; then a one-byte
// write checks the offset's type first, wider writes the value's range first.
for (const m of ['writeUIntLE', 'writeUIntBE', 'writeIntLE', 'writeIntBE']) {
  for (const [v, o, l] of [[undefined, undefined, undefined], [256, undefined, 1],
    [2 ** 40, undefined, 2], [1, undefined, 2], [2 ** 40, 'x', 3], [1, 'x', 1], [256, 'x', 1],
    ['x', 0, 7], [Symbol('s'), 0, 0], [1, 9, 2], [{ valueOf() { throw new Error('coerced'); } }, 0, 'x']]) {
    show(`${m}(${String(v)}, ${String(o)}, ${String(l)})`, () => B()[m](v, o, l));
  }
}

// BigInt writes compare with the bounds (RangeError for a number out of range),
// then check the offset, and only then reject a value that is not a BigInt.
for (const m of ['writeBigInt64LE', 'writeBigUInt64BE']) {
  for (const [v, o] of [[Infinity, 0], [-Infinity, 0], [2 ** 64, 0], [1, 0], ['1', 0], [1, 9],
    [1, 'x'], [2n ** 64n, 9], [NaN, 0], [{}, 0], [1n, 0]]) {
    show(`${m}(${String(v)}, ${String(o)})`, () => B()[m](v, o));
  }
}

// copy() keeps integer positions as they are, even past 2 ** 53.
for (const args of [[2 ** 53], [0, 2 ** 53], [0, 0, 2 ** 53], [-(2 ** 53)], [1.5], [Infinity],
  [-Infinity], ['1'], [0, 2 ** 60, 1]]) {
  show(`copy(${args.map(String).join(', ')})`, () => B().copy(Buffer.alloc(8), ...args));
}

// Encodings: toString/write/indexOf compare the argument's string form, so null,
// '' and [] are unknown while ['hex'] is hex; fill/transcode/Buffer.alloc only
// accept values whose length is that of an encoding name.
const hexObj = { toString() { return 'hex'; } };
for (const enc of [null, '', [], ['hex'], new String('hex'), hexObj, 0, true]) {
  const name = Array.isArray(enc) ? `[${enc}]` : typeof enc === 'object' && enc !== null &&
    !(enc instanceof String) ? 'hexObj' : JSON.stringify(String(enc)) + ':' + typeof enc;
  show(`toString(${name})`, () => Buffer.from('ab').toString(enc));
  show(`write(${name})`, () => Buffer.alloc(4).write('6162', 0, 4, enc));
  show(`indexOf(${name})`, () => Buffer.from('ab').indexOf('62', 0, enc));
  show(`lastIndexOf(${name})`, () => Buffer.from('ab').lastIndexOf('62', enc));
  show(`byteLength(${name})`, () => Buffer.byteLength('6162', enc));
  show(`from(${name})`, () => Buffer.from('6162', enc));
  show(`fill(${name})`, () => Buffer.alloc(2).fill('61', 0, 2, enc));
  show(`alloc(${name})`, () => Buffer.alloc(2, '61', enc));
  show(`transcode from(${name})`, () => buffer.transcode(Buffer.from('a'), enc, 'ucs2'));
  show(`transcode to(${name})`, () => buffer.transcode(Buffer.from('a'), 'utf8', enc));
  show(`isEncoding(${name})`, () => Buffer.isEncoding(enc));
}
show('alloc(symbol enc)', () => Buffer.alloc(2, 'a', Symbol('e')));
show('transcode(symbol enc)', () => buffer.transcode(Buffer.from('a'), Symbol('e'), 'ucs2'));

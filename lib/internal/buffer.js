'use strict';

// The pieces of Buffer that other library modules share: FastBuffer (the Uint8Array
// subclass Buffer instances are made of), encoding names, and the numeric read/write
// methods. The numeric methods are plain JavaScript: a boundary crossing into C costs
// more than reading four bytes, and the engine compiles these loops well.

const {
  Float32Array,
  Float64Array,
  MathFloor,
  Number,
  ObjectDefineProperty,
  SafeWeakSet,
  Uint8Array,
} = primordials;

const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');

// Mirrors the ENC_* constants of src/bindings/buffer.c.
const kEncoding = {
  __proto__: null,
  utf8: 0,
  ucs2: 1,
  latin1: 2,
  ascii: 3,
  base64: 4,
  base64url: 5,
  hex: 6,
};

// Canonical encoding name for node's accepted spellings, or undefined.
function normalizeEncoding(enc) {
  if (enc === undefined || enc === null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  // The other canonical names as programs usually spell them, without lower-casing.
  if (enc === 'latin1' || enc === 'base64' || enc === 'hex' || enc === 'ascii' ||
      enc === 'utf16le' || enc === 'base64url') {
    return enc;
  }
  return slowNormalizeEncoding(enc);
}

// The stricter lookup node uses for fill(), transcode() and StringDecoder: a
// value's string form is compared only when its length is that of an encoding
// name, so an array, a symbol or a number is an unknown encoding (never
// converted, and never mistaken for the empty name).
function normalizeEncodingStrict(enc) {
  if (enc === undefined || enc === null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  if (enc === '') return 'utf8';
  const length = enc.length;
  if (typeof length !== 'number' || length < 3 || length > 9) return undefined;
  const canonical = slowNormalizeEncoding(enc);
  return canonical !== undefined && `${enc}`.length === length ? canonical : undefined;
}

function slowNormalizeEncoding(enc) {
  switch (`${enc}`.toLowerCase()) {
    case 'utf8':
    case 'utf-8':
    case '':
      return 'utf8';
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'utf16le';
    case 'latin1':
    case 'binary':
      return 'latin1';
    case 'base64':
      return 'base64';
    case 'base64url':
      return 'base64url';
    case 'hex':
      return 'hex';
    case 'ascii':
      return 'ascii';
    default:
      return undefined;
  }
}

// The binding's number for a canonical name.
function encodingId(canonical) {
  return canonical === 'utf16le' ? kEncoding.ucs2 : kEncoding[canonical];
}

class FastBuffer extends Uint8Array {
  // A plain constructor keeps Uint8Array's argument forms (length, or buffer + offset +
  // length) without copying.
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// ---------------------------------------------------------------------------------------
// Bounds checks with node's messages.

function checkNumber(value, name) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
}

function boundsError(value, length, type) {
  if (MathFloor(value) !== value) {
    checkNumber(value, type);
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// Validates offset for a `byteLength`-byte access (offset defaults to 0).
function checkOffset(buf, offset, byteLength) {
  if (offset === undefined) offset = 0;
  else checkNumber(offset, 'offset');
  const last = buf.length - byteLength;
  if (!(offset >= 0 && offset <= last) || MathFloor(offset) !== offset) {
    boundsError(offset, last);
  }
  return offset;
}

function checkByteLength(byteLength) {
  checkNumber(byteLength, 'byteLength');
  if (!(byteLength >= 1 && byteLength <= 6) || MathFloor(byteLength) !== byteLength) {
    boundsError(byteLength, 6, 'byteLength');
  }
}

function checkInt(value, min, max, buf, offset, byteLength) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (byteLength > 4) {
      if (min === 0 || min === 0n) {
        range = `>= 0${n} and < 2${n} ** ${byteLength * 8}${n}`;
      } else {
        range = `>= -(2${n} ** ${byteLength * 8 - 1}${n}) and ` +
          `< 2${n} ** ${byteLength * 8 - 1}${n}`;
      }
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  return checkOffset(buf, offset, byteLength);
}

// ---------------------------------------------------------------------------------------
// Reads.

function readUInt8(offset = 0) {
  offset = checkOffset(this, offset, 1);
  return this[offset];
}

function readInt8(offset = 0) {
  offset = checkOffset(this, offset, 1);
  const v = this[offset];
  return v | (v & 0x80) * 0x1fffffe;
}

function readUInt16LE(offset = 0) {
  offset = checkOffset(this, offset, 2);
  return this[offset] | (this[offset + 1] << 8);
}

function readUInt16BE(offset = 0) {
  offset = checkOffset(this, offset, 2);
  return (this[offset] << 8) | this[offset + 1];
}

function readInt16LE(offset = 0) {
  const v = readUInt16LE.call(this, offset);
  return v | (v & 0x8000) * 0x1fffe;
}

function readInt16BE(offset = 0) {
  const v = readUInt16BE.call(this, offset);
  return v | (v & 0x8000) * 0x1fffe;
}

function readUInt32LE(offset = 0) {
  offset = checkOffset(this, offset, 4);
  return this[offset] + this[offset + 1] * 2 ** 8 + this[offset + 2] * 2 ** 16 +
    this[offset + 3] * 2 ** 24;
}

function readUInt32BE(offset = 0) {
  offset = checkOffset(this, offset, 4);
  return this[offset] * 2 ** 24 + this[offset + 1] * 2 ** 16 + this[offset + 2] * 2 ** 8 +
    this[offset + 3];
}

function readInt32LE(offset = 0) {
  offset = checkOffset(this, offset, 4);
  return this[offset] + this[offset + 1] * 2 ** 8 + this[offset + 2] * 2 ** 16 +
    (this[offset + 3] << 24);
}

function readInt32BE(offset = 0) {
  offset = checkOffset(this, offset, 4);
  return (this[offset] << 24) + this[offset + 1] * 2 ** 16 + this[offset + 2] * 2 ** 8 +
    this[offset + 3];
}

function readUIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  checkByteLength(byteLength);
  offset = checkOffset(this, offset, byteLength);
  let value = 0;
  let mul = 1;
  for (let i = 0; i < byteLength; i++) {
    value += this[offset + i] * mul;
    mul *= 0x100;
  }
  return value;
}

function readUIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  checkByteLength(byteLength);
  offset = checkOffset(this, offset, byteLength);
  let value = 0;
  for (let i = 0; i < byteLength; i++) value = value * 0x100 + this[offset + i];
  return value;
}

function readIntLE(offset, byteLength) {
  const value = readUIntLE.call(this, offset, byteLength);
  const limit = 2 ** (8 * byteLength - 1);
  return value >= limit ? value - limit * 2 : value;
}

function readIntBE(offset, byteLength) {
  const value = readUIntBE.call(this, offset, byteLength);
  const limit = 2 ** (8 * byteLength - 1);
  return value >= limit ? value - limit * 2 : value;
}

function readBigUInt64LE(offset = 0) {
  offset = checkOffset(this, offset, 8);
  const lo = this[offset] + this[offset + 1] * 2 ** 8 + this[offset + 2] * 2 ** 16 +
    this[offset + 3] * 2 ** 24;
  const hi = this[offset + 4] + this[offset + 5] * 2 ** 8 + this[offset + 6] * 2 ** 16 +
    this[offset + 7] * 2 ** 24;
  return BigInt(lo) + (BigInt(hi) << 32n);
}

function readBigUInt64BE(offset = 0) {
  offset = checkOffset(this, offset, 8);
  const hi = this[offset] * 2 ** 24 + this[offset + 1] * 2 ** 16 + this[offset + 2] * 2 ** 8 +
    this[offset + 3];
  const lo = this[offset + 4] * 2 ** 24 + this[offset + 5] * 2 ** 16 +
    this[offset + 6] * 2 ** 8 + this[offset + 7];
  return (BigInt(hi) << 32n) + BigInt(lo);
}

function readBigInt64LE(offset = 0) {
  return BigInt.asIntN(64, readBigUInt64LE.call(this, offset));
}

function readBigInt64BE(offset = 0) {
  return BigInt.asIntN(64, readBigUInt64BE.call(this, offset));
}

// Float conversions go through a shared scratch array.
const float32 = new Float32Array(1);
const float32Bytes = new Uint8Array(float32.buffer);
const float64 = new Float64Array(1);
const float64Bytes = new Uint8Array(float64.buffer);
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function readFloat(buf, offset, bigEndianData) {
  offset = checkOffset(buf, offset, 4);
  for (let i = 0; i < 4; i++) {
    float32Bytes[littleEndian !== bigEndianData ? i : 3 - i] = buf[offset + i];
  }
  return float32[0];
}

function readDouble(buf, offset, bigEndianData) {
  offset = checkOffset(buf, offset, 8);
  for (let i = 0; i < 8; i++) {
    float64Bytes[littleEndian !== bigEndianData ? i : 7 - i] = buf[offset + i];
  }
  return float64[0];
}

function readFloatLE(offset = 0) { return readFloat(this, offset, false); }
function readFloatBE(offset = 0) { return readFloat(this, offset, true); }
function readDoubleLE(offset = 0) { return readDouble(this, offset, false); }
function readDoubleBE(offset = 0) { return readDouble(this, offset, true); }

// ---------------------------------------------------------------------------------------
// Writes. Each returns offset + bytes written.

function writeUIntLEBytes(buf, value, offset, byteLength) {
  for (let i = 0; i < byteLength; i++) {
    buf[offset + i] = value & 0xff;
    value = MathFloor(value / 0x100);
  }
  return offset + byteLength;
}

function writeUIntBEBytes(buf, value, offset, byteLength) {
  for (let i = byteLength - 1; i >= 0; i--) {
    buf[offset + i] = value & 0xff;
    value = MathFloor(value / 0x100);
  }
  return offset + byteLength;
}

function writeUInt8(value, offset = 0) {
  value = +value;
  offset = checkInt(value, 0, 0xff, this, offset, 1);
  this[offset] = value;
  return offset + 1;
}

function writeInt8(value, offset = 0) {
  value = +value;
  offset = checkInt(value, -0x80, 0x7f, this, offset, 1);
  this[offset] = value;
  return offset + 1;
}

function writeUInt16LE(value, offset = 0) {
  value = +value;
  offset = checkInt(value, 0, 0xffff, this, offset, 2);
  return writeUIntLEBytes(this, value, offset, 2);
}

function writeUInt16BE(value, offset = 0) {
  value = +value;
  offset = checkInt(value, 0, 0xffff, this, offset, 2);
  return writeUIntBEBytes(this, value, offset, 2);
}

function writeInt16LE(value, offset = 0) {
  value = +value;
  offset = checkInt(value, -0x8000, 0x7fff, this, offset, 2);
  return writeUIntLEBytes(this, value < 0 ? value + 0x10000 : value, offset, 2);
}

function writeInt16BE(value, offset = 0) {
  value = +value;
  offset = checkInt(value, -0x8000, 0x7fff, this, offset, 2);
  return writeUIntBEBytes(this, value < 0 ? value + 0x10000 : value, offset, 2);
}

function writeUInt32LE(value, offset = 0) {
  value = +value;
  offset = checkInt(value, 0, 0xffffffff, this, offset, 4);
  return writeUIntLEBytes(this, value, offset, 4);
}

function writeUInt32BE(value, offset = 0) {
  value = +value;
  offset = checkInt(value, 0, 0xffffffff, this, offset, 4);
  return writeUIntBEBytes(this, value, offset, 4);
}

function writeInt32LE(value, offset = 0) {
  value = +value;
  offset = checkInt(value, -0x80000000, 0x7fffffff, this, offset, 4);
  return writeUIntLEBytes(this, value < 0 ? value + 0x100000000 : value, offset, 4);
}

function writeInt32BE(value, offset = 0) {
  value = +value;
  offset = checkInt(value, -0x80000000, 0x7fffffff, this, offset, 4);
  return writeUIntBEBytes(this, value < 0 ? value + 0x100000000 : value, offset, 4);
}

// The checks of a variable-width write, in node's order: the byteLength comes
// first (before the value is even converted); then a one-byte write checks the
// offset's type before the value's range, and a wider one the other way round.
// Unlike the fixed-width writes, a missing offset is an error.
function checkVarWrite(buf, value, offset, byteLength, min, max) {
  if (byteLength === 1 || !(value > max || value < min)) checkNumber(offset, 'offset');
  return checkInt(value, min, max, buf, offset, byteLength);
}

function writeUIntLE(value, offset, byteLength) {
  checkByteLength(byteLength);
  value = +value;
  offset = checkVarWrite(this, value, offset, byteLength, 0, 2 ** (8 * byteLength) - 1);
  return writeUIntLEBytes(this, value, offset, byteLength);
}

function writeUIntBE(value, offset, byteLength) {
  checkByteLength(byteLength);
  value = +value;
  offset = checkVarWrite(this, value, offset, byteLength, 0, 2 ** (8 * byteLength) - 1);
  return writeUIntBEBytes(this, value, offset, byteLength);
}

function writeIntLE(value, offset, byteLength) {
  checkByteLength(byteLength);
  value = +value;
  const limit = 2 ** (8 * byteLength - 1);
  offset = checkVarWrite(this, value, offset, byteLength, -limit, limit - 1);
  return writeUIntLEBytes(this, value < 0 ? value + limit * 2 : value, offset, byteLength);
}

function writeIntBE(value, offset, byteLength) {
  checkByteLength(byteLength);
  value = +value;
  const limit = 2 ** (8 * byteLength - 1);
  offset = checkVarWrite(this, value, offset, byteLength, -limit, limit - 1);
  return writeUIntBEBytes(this, value < 0 ? value + limit * 2 : value, offset, byteLength);
}

function writeBig(buf, value, offset, min, max, bigEndian) {
  // Node compares the value with the bounds first (so a number out of range is a
  // RangeError), checks the offset, and only then fails, as V8 does, on the first
  // bitwise operation that mixes a value of another type with a BigInt.
  offset = checkInt(value, min, max, buf, offset, 8);
  if (typeof value !== 'bigint') {
    throw new TypeError('Cannot mix BigInt and other types, use explicit conversions');
  }
  let v = BigInt.asUintN(64, value);
  for (let i = 0; i < 8; i++) {
    buf[bigEndian ? offset + 7 - i : offset + i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return offset + 8;
}

function writeBigUInt64LE(value, offset = 0) {
  return writeBig(this, value, offset, 0n, 0xffffffffffffffffn, false);
}
function writeBigUInt64BE(value, offset = 0) {
  return writeBig(this, value, offset, 0n, 0xffffffffffffffffn, true);
}
function writeBigInt64LE(value, offset = 0) {
  return writeBig(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, false);
}
function writeBigInt64BE(value, offset = 0) {
  return writeBig(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, true);
}

function writeFloat(buf, value, offset, bigEndianData) {
  value = +value;
  offset = checkOffset(buf, offset, 4);
  float32[0] = value;
  for (let i = 0; i < 4; i++) {
    buf[offset + i] = float32Bytes[littleEndian !== bigEndianData ? i : 3 - i];
  }
  return offset + 4;
}

function writeDouble(buf, value, offset, bigEndianData) {
  value = +value;
  offset = checkOffset(buf, offset, 8);
  float64[0] = value;
  for (let i = 0; i < 8; i++) {
    buf[offset + i] = float64Bytes[littleEndian !== bigEndianData ? i : 7 - i];
  }
  return offset + 8;
}

function writeFloatLE(value, offset = 0) { return writeFloat(this, value, offset, false); }
function writeFloatBE(value, offset = 0) { return writeFloat(this, value, offset, true); }
function writeDoubleLE(value, offset = 0) { return writeDouble(this, value, offset, false); }
function writeDoubleBE(value, offset = 0) { return writeDouble(this, value, offset, true); }

// The numeric methods, in the order node defines them (visible in for-in listings).
const numericMethods = {
  readBigUInt64LE, readBigUInt64BE, readBigUint64LE: readBigUInt64LE,
  readBigUint64BE: readBigUInt64BE, readBigInt64LE, readBigInt64BE,
  writeBigUInt64LE, writeBigUInt64BE, writeBigUint64LE: writeBigUInt64LE,
  writeBigUint64BE: writeBigUInt64BE, writeBigInt64LE, writeBigInt64BE,
  readUIntLE, readUInt32LE, readUInt16LE, readUInt8, readUIntBE, readUInt32BE,
  readUInt16BE, readUintLE: readUIntLE, readUint32LE: readUInt32LE,
  readUint16LE: readUInt16LE, readUint8: readUInt8, readUintBE: readUIntBE,
  readUint32BE: readUInt32BE, readUint16BE: readUInt16BE, readIntLE, readInt32LE,
  readInt16LE, readInt8, readIntBE, readInt32BE, readInt16BE,
  writeUIntLE, writeUInt32LE, writeUInt16LE, writeUInt8, writeUIntBE, writeUInt32BE,
  writeUInt16BE, writeUintLE: writeUIntLE, writeUint32LE: writeUInt32LE,
  writeUint16LE: writeUInt16LE, writeUint8: writeUInt8, writeUintBE: writeUIntBE,
  writeUint32BE: writeUInt32BE, writeUint16BE: writeUInt16BE, writeIntLE, writeInt32LE,
  writeInt16LE, writeInt8, writeIntBE, writeInt32BE, writeInt16BE,
  readFloatLE, readFloatBE, readDoubleLE, readDoubleBE,
  writeFloatLE, writeFloatBE, writeDoubleLE, writeDoubleBE,
};

// Node names its float methods after the byte order of the machine rather
// than the data ("Forwards" when they agree), and that name shows in stack
// traces and in .name, so the same names are used here.
for (const key of ['readFloat', 'readDouble', 'writeFloat', 'writeDouble']) {
  for (const order of ['LE', 'BE']) {
    const forwards = (order === 'LE') === littleEndian;
    ObjectDefineProperty(numericMethods[key + order], 'name', {
      __proto__: null, value: key + (forwards ? 'Forwards' : 'Backwards'),
    });
  }
}

// The ArrayBuffers of Buffer's allocation pools. Many Buffers share one pool, so a transfer
// list naming a pool must not detach it: structured_clone refuses to transfer these, and
// worker_threads.isMarkedAsUntransferable() reports them, as node does for its pools. The
// set is made with the first pool, so start-up does not pay for it.
let poolBuffers;

function markPoolBuffer(arrayBuffer) {
  poolBuffers ??= new SafeWeakSet();
  poolBuffers.add(arrayBuffer);
}

function isPoolBuffer(arrayBuffer) {
  return poolBuffers !== undefined && poolBuffers.has(arrayBuffer);
}

module.exports = {
  FastBuffer,
  isPoolBuffer,
  markPoolBuffer,
  encodingId,
  kEncoding,
  normalizeEncoding,
  normalizeEncodingStrict,
  numericMethods,
  checkOffset,
};

'use strict';

// node:string_decoder. Decodes a stream of Buffers into strings without splitting
// multi-byte characters (utf8, utf16le) or base64/hex groups across chunks: the bytes of
// an incomplete unit are kept until the next write() or end().

const {
  ObjectDefineProperties,
  Symbol,
  TypedArrayPrototypeSubarray,
  Uint8Array,
} = primordials;

const { Buffer } = require('buffer');
const { normalizeEncoding } = require('internal/buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNKNOWN_ENCODING },
} = require('internal/errors');

const kNativeDecoder = Symbol('kNativeDecoder');
const kBuffer = Symbol('kBuffer');
const kMissing = Symbol('kMissing');  // bytes still needed to complete the held unit
const kBuffered = Symbol('kBuffered');  // bytes currently held

// The number of bytes at the end of a UTF-8 chunk that start an unfinished character,
// and how many bytes that character needs in total.
function utf8Tail(buf) {
  const n = buf.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = buf[n - back];
    if ((b & 0xc0) === 0x80) continue;
    let need = 0;
    if (b >= 0xc2 && b <= 0xdf) need = 2;
    else if (b >= 0xe0 && b <= 0xef) need = 3;
    else if (b >= 0xf0 && b <= 0xf4) need = 4;
    return need > back ? [back, need] : [0, 0];
  }
  return [0, 0];
}

function toBuffer(buf) {
  if (typeof buf === 'string') return buf;
  if (buf instanceof Uint8Array) return buf;
  if (ArrayBuffer.isView(buf)) {
    return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
}

// A plain function rather than a class: node's StringDecoder may be called without `new`
// (StringDecoder.call(obj) initialises obj), and its prototype methods are enumerable.
function StringDecoder(encoding) {
  const canonical = normalizeEncoding(encoding);
  if (canonical === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  this.encoding = canonical;
  this[kNativeDecoder] = true;
  this[kBuffer] = Buffer.alloc(4);
  this[kMissing] = 0;
  this[kBuffered] = 0;
}

StringDecoder.prototype.write = function write(buf) {
  if (!this || this[kNativeDecoder] !== true) throw new ERR_INVALID_THIS('StringDecoder');
  buf = toBuffer(buf);
  if (typeof buf === 'string') return buf;
  if (buf.length === 0 && this[kBuffered] === 0) return '';
  const all = this[kBuffered] === 0 ? buf :
    Buffer.concat([TypedArrayPrototypeSubarray(this[kBuffer], 0, this[kBuffered]), buf]);
  this[kBuffered] = 0;
  this[kMissing] = 0;
  let keep = 0;
  let need = 0;
  switch (this.encoding) {
    case 'utf8': {
      const tail = utf8Tail(all);
      keep = tail[0];
      need = tail[1];
      break;
    }
    case 'utf16le': {
      keep = all.length % 2;
      need = 2;
      // A high surrogate ending an even-length chunk waits for its low half.
      const even = all.length - keep;
      if (keep === 0 && even >= 2) {
        const last = all[even - 2] | (all[even - 1] << 8);
        if (last >= 0xd800 && last <= 0xdbff) {
          keep += 2;
          need = 4;
        }
      }
      break;
    }
    case 'base64':
    case 'base64url':
      keep = all.length % 3;
      need = 3;
      break;
    default:
      break;
  }
  const end = all.length - keep;
  if (keep > 0) {
    for (let i = 0; i < keep; i++) this[kBuffer][i] = all[end + i];
    this[kBuffered] = keep;
    this[kMissing] = need - keep;
  }
  if (end === 0) return '';
  return Buffer.prototype.toString.call(all, this.encoding, 0, end);
};

StringDecoder.prototype.end = function end(buf) {
  let result = '';
  if (buf !== undefined) result = this.write(buf);
  if (this[kBuffered] > 0) {
    const held = TypedArrayPrototypeSubarray(this[kBuffer], 0, this[kBuffered]);
    if (this.encoding === 'utf8') {
      result += '\ufffd';
    } else {
      result += Buffer.prototype.toString.call(held, this.encoding);
    }
    this[kBuffered] = 0;
    this[kMissing] = 0;
  }
  return result;
};

StringDecoder.prototype.text = function text(buf, offset) {
this[kBuffered] = 0;
this[kMissing] = 0;
return this.write(buf.slice(offset));
};

ObjectDefineProperties(StringDecoder.prototype, {
  lastChar: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    // Like node's, the whole four-byte holding area, whatever part of it is in use.
    get() { return TypedArrayPrototypeSubarray(this[kBuffer], 0, 4); },
  },
  lastNeed: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return this[kMissing]; },
  },
  lastTotal: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return this[kBuffered] + this[kMissing]; },
  },
});

module.exports = { StringDecoder };

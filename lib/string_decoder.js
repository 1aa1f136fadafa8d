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
const { normalizeEncodingStrict } = require('internal/buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNKNOWN_ENCODING },
} = require('internal/errors');

// The decoder's whole state lives in one 7-byte Buffer under this symbol, laid out as
// node's (util.inspect shows it, and methods called on foreign objects fail on it alike):
// bytes 0-3 hold an incomplete character, byte 4 counts the bytes still missing, byte 5
// the bytes held, byte 6 is node's number for the encoding.
const kNativeDecoder = Symbol('kNativeDecoder');
const kMissing = 4;
const kBuffered = 5;
const kEncodingField = 6;
const kStateSize = 7;
const encodingIds = {
  __proto__: null, ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, base64url: 7,
};
// Decoding follows the encoding recorded in the state, not the (writable) `encoding`
// property.
const encodingNames = ['ascii', 'utf8', 'base64', 'utf16le', 'latin1', 'hex', undefined,
  'base64url'];

// The number of bytes at the end of a UTF-8 chunk that start an unfinished character,
// and how many bytes that character needs in total.
function utf8Tail(buf) {
  const n = buf.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = buf[n - back];
    if ((b & 0xc0) === 0x80) continue;
    let need = 0;
    // Lead bytes are classified by their high bits only, as node does: C0/C1 and F5-F7
    // also wait for their continuation bytes before being decoded (as invalid).
    if (b >= 0xc0 && b <= 0xdf) need = 2;
    else if (b >= 0xe0 && b <= 0xef) need = 3;
    else if (b >= 0xf0 && b <= 0xf7) need = 4;
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
  // Node converts a value to a string only when its length is that of an encoding
  // name (so a String object works, while ['utf8'] or a number is unknown).
  const canonical = normalizeEncodingStrict(encoding);
  if (canonical === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  this.encoding = canonical;
  this[kNativeDecoder] = Buffer.alloc(kStateSize);
  this[kNativeDecoder][kEncodingField] = encodingIds[canonical];
}

StringDecoder.prototype.write = function write(buf) {
  buf = toBuffer(buf);
  if (typeof buf === 'string') return buf;
  const state = this[kNativeDecoder];
  if (!state) throw new ERR_INVALID_THIS('StringDecoder');
  const encoding = encodingNames[state[kEncodingField]];
  if (buf.length === 0 && state[kBuffered] === 0) return '';
  // A character held from earlier chunks is completed first and decoded on its own, as
  // node does: its bytes never merge with a new character that starts in this chunk.
  let prefix = '';
  if (state[kMissing] > 0) {
    let i = 0;
    const utf8 = encoding === 'utf8';
    while (i < buf.length && state[kMissing] > 0 && (!utf8 || (buf[i] & 0xc0) === 0x80)) {
      state[state[kBuffered]++] = buf[i++];
      state[kMissing]--;
    }
    // Out of input with the character still incomplete: keep waiting. (A UTF-8
    // character cut short by a byte that does not continue it is decoded as it is.)
    if (state[kMissing] > 0 && i === buf.length) return '';
    prefix = Buffer.prototype.toString.call(
      TypedArrayPrototypeSubarray(state, 0, state[kBuffered]), encoding);
    state[kBuffered] = 0;
    state[kMissing] = 0;
    buf = TypedArrayPrototypeSubarray(buf, i);
    if (buf.length === 0) return prefix;
  }
  const all = state[kBuffered] === 0 ? buf :
    Buffer.concat([TypedArrayPrototypeSubarray(state, 0, state[kBuffered]), buf]);
  state[kBuffered] = 0;
  state[kMissing] = 0;
  let keep = 0;
  let need = 0;
  switch (encoding) {
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
    for (let i = 0; i < keep; i++) state[i] = all[end + i];
    state[kBuffered] = keep;
    state[kMissing] = need - keep;
  }
  if (end === 0) return prefix;
  return prefix + Buffer.prototype.toString.call(all, encoding, 0, end);
};

StringDecoder.prototype.end = function end(buf) {
  let result = '';
  if (buf !== undefined) result = this.write(buf);
  const state = this[kNativeDecoder];
  // The first access to the state spells its index out so that, called on an object
  // without one, the engine's error names the same index as node's ('5').
  if (state[5] > 0) {
    const encoding = encodingNames[state[kEncodingField]];
    const held = TypedArrayPrototypeSubarray(state, 0, state[kBuffered]);
    result += Buffer.prototype.toString.call(held, encoding);
    state[kBuffered] = 0;
    state[kMissing] = 0;
  }
  return result;
};

StringDecoder.prototype.text = function text(buf, offset) {
  const state = this[kNativeDecoder];
  state[4] = 0;  // kMissing, spelled out for the engine's error as in end()
  state[kBuffered] = 0;
  return this.write(buf.slice(offset));
};

ObjectDefineProperties(StringDecoder.prototype, {
  lastChar: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    // Like node's, the whole four-byte holding area, whatever part of it is in use.
    get() { return TypedArrayPrototypeSubarray(this[kNativeDecoder], 0, 4); },
  },
  lastNeed: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder][4]; },  // kMissing, spelled out as in end()
  },
  lastTotal: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    // kBuffered and kMissing, spelled out as in end().
    get() { return this[kNativeDecoder][5] + this[kNativeDecoder][4]; },
  },
});

module.exports = { StringDecoder };

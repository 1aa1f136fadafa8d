'use strict';

// TextEncoder and TextDecoder (WHATWG Encoding). TextEncoder is UTF-8 only. TextDecoder
// supports UTF-8, UTF-16LE/BE and the single-byte labels node maps to windows-1252
// (decoded as Latin-1, as node does), with fatal, ignoreBOM and streaming.

const {
  ArrayBufferIsView,
  ObjectDefineProperties,
  StringPrototypeCharCodeAt,
  StringPrototypeToLowerCase,
  StringPrototypeTrim,
  Symbol,
  SymbolToStringTag,
  Uint32Array,
  Uint8Array,
} = primordials;

const {
  codedError,
  codes: {
    ERR_ENCODING_INVALID_ENCODED_DATA,
    ERR_ENCODING_NOT_SUPPORTED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { validateObject } = require('internal/validators');

const binding = internalBinding('buffer');
const kUtf8 = 0;
const kLatin1 = 2;

const kEncoding = Symbol('encoding');
const kFatal = Symbol('fatal');
const kIgnoreBOM = Symbol('ignoreBOM');
const kBOMSeen = Symbol('BOMSeen');
const kPending = Symbol('pending');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

// Label -> canonical name, for the encodings this decoder implements.
const labels = { __proto__: null };
function addLabels(name, list) {
  for (const label of list) labels[label] = name;
}
addLabels('utf-8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8',
  'x-unicode20utf8']);
addLabels('utf-16le', ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff',
  'utf-16', 'utf-16le']);
addLabels('utf-16be', ['unicodefffe', 'utf-16be']);
addLabels('windows-1252', ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1',
  'ibm819', 'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1',
  'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252']);

function getEncodingFromLabel(label) {
  return labels[StringPrototypeToLowerCase(StringPrototypeTrim(`${label}`))];
}

function toBytes(input) {
  if (input instanceof Uint8Array) return input;
  if (ArrayBufferIsView(input)) {
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  if (input instanceof ArrayBuffer ||
      (typeof SharedArrayBuffer === 'function' && input instanceof SharedArrayBuffer)) {
    return new Uint8Array(input);
  }
  // node's native decoder words this error its own way (no "Received ...").
  throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "list" argument must be an ' +
    'instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
}

// ---------------------------------------------------------------------------------------

const encodeIntoResults = new Uint32Array(2);

class TextEncoder {
  get encoding() {
    if (!(this instanceof TextEncoder)) throw new ERR_INVALID_THIS('TextEncoder');
    return 'utf-8';
  }

  encode(input = '') {
    if (!(this instanceof TextEncoder)) throw new ERR_INVALID_THIS('TextEncoder');
    const string = `${input}`;
    const n = string.length;
    let ascii = n < 64;
    for (let i = 0; ascii && i < n; i++) {
      if (StringPrototypeCharCodeAt(string, i) > 0x7f) ascii = false;
    }
    if (ascii) {
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i++) out[i] = StringPrototypeCharCodeAt(string, i);
      return out;
    }
    return new Uint8Array(binding.fromString(string, kUtf8));
  }

  encodeInto(src, dest) {
    if (!(this instanceof TextEncoder)) throw new ERR_INVALID_THIS('TextEncoder');
    if (!(dest instanceof Uint8Array)) {
      throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    }
    binding.encodeInto(`${src}`, dest, encodeIntoResults);
    return { read: encodeIntoResults[0], written: encodeIntoResults[1] };
  }

  [customInspect](depth, options, inspect) {
    if (!(this instanceof TextEncoder)) throw new ERR_INVALID_THIS('TextEncoder');
    const ctor = this.constructor?.name ?? 'TextEncoder';
    if (depth < 0) return `[${ctor}]`;
    return `${ctor} ${inspect({ encoding: 'utf-8' }, { ...options, depth })}`;
  }
}

ObjectDefineProperties(TextEncoder.prototype, {
  encode: { __proto__: null, enumerable: true },
  encodeInto: { __proto__: null, enumerable: true },
  encoding: { __proto__: null, enumerable: true },
  [SymbolToStringTag]: { __proto__: null, configurable: true, value: 'TextEncoder' },
});

// ---------------------------------------------------------------------------------------

// The bytes at the end of a UTF-8 chunk that begin a character the chunk does not finish.
function incompleteUtf8Tail(bytes) {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back];
    if ((b & 0xc0) === 0x80) continue;  // a continuation byte: keep looking
    let need = 0;
    if (b >= 0xc2 && b <= 0xdf) need = 2;
    else if (b >= 0xe0 && b <= 0xef) need = 3;
    else if (b >= 0xf0 && b <= 0xf4) need = 4;
    return need > back ? back : 0;
  }
  return 0;
}

function concatBytes(a, b) {
  if (a === null || a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function decodeUtf16(bytes, bigEndian, start, end) {
  let out = '';
  for (let i = start; i + 1 < end; i += 2) {
    out += String.fromCharCode(bigEndian ? (bytes[i] << 8) | bytes[i + 1] :
      bytes[i] | (bytes[i + 1] << 8));
  }
  return out;
}

function hasLoneSurrogate(string) {
  for (let i = 0; i < string.length; i++) {
    const c = StringPrototypeCharCodeAt(string, i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < string.length ? StringPrototypeCharCodeAt(string, i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
      return true;
    }
    if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

function replaceLoneSurrogates(string) {
  return typeof string.toWellFormed === 'function' ? string.toWellFormed() : string;
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    const canonical = getEncodingFromLabel(encoding);
    if (canonical === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    if (options !== null && options !== undefined) {
      validateObject(options, 'options', 7);
    }
    this[kEncoding] = canonical;
    this[kFatal] = Boolean(options?.fatal);
    this[kIgnoreBOM] = Boolean(options?.ignoreBOM);
    this[kBOMSeen] = false;
    this[kPending] = null;
  }

  get encoding() {
    checkDecoder(this);
    return this[kEncoding];
  }

  get fatal() {
    checkDecoder(this);
    return this[kFatal];
  }

  get ignoreBOM() {
    checkDecoder(this);
    return this[kIgnoreBOM];
  }

  decode(input = new Uint8Array(), options = {}) {
    checkDecoder(this);
    let bytes = toBytes(input);
    if (options !== null && options !== undefined) validateObject(options, 'options', 7);
    const stream = Boolean(options?.stream);
    const encoding = this[kEncoding];
    bytes = concatBytes(this[kPending], bytes);
    this[kPending] = null;

    let end = bytes.length;
    if (stream) {
      let keep = 0;
      if (encoding === 'utf-8') keep = incompleteUtf8Tail(bytes);
      else if (encoding !== 'windows-1252') keep = end % 2;
      if (keep > 0) {
        this[kPending] = bytes.slice(end - keep);
        end -= keep;
      }
    }

    let start = 0;
    if (!this[kBOMSeen] && !this[kIgnoreBOM] && end > 0) {
      if (encoding === 'utf-8' && end >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb &&
          bytes[2] === 0xbf) {
        start = 3;
      } else if (encoding === 'utf-16le' && end >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
        start = 2;
      } else if (encoding === 'utf-16be' && end >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
        start = 2;
      }
    }
    if (end > 0) this[kBOMSeen] = true;

    let result;
    if (encoding === 'utf-8') {
      if (this[kFatal] && !binding.isUtf8(bytes.subarray(start, end))) {
        this[kPending] = null;
        this[kBOMSeen] = false;
        throw new ERR_ENCODING_INVALID_ENCODED_DATA(encoding);
      }
      result = end - start === 0 ? '' : binding.decodeUtf8(bytes, start, end);
    } else if (encoding === 'windows-1252') {
      result = binding.toString(bytes, kLatin1, start, end);
    } else {
      const usable = start + ((end - start) & ~1);
      result = decodeUtf16(bytes, encoding === 'utf-16be', start, usable);
      if (usable < end) {
        if (this[kFatal]) throw new ERR_ENCODING_INVALID_ENCODED_DATA(encoding);
        result += '\ufffd';
      }
      if (hasLoneSurrogate(result)) {
        if (this[kFatal]) throw new ERR_ENCODING_INVALID_ENCODED_DATA(encoding);
        result = replaceLoneSurrogates(result);
      }
    }
    if (!stream) {
      this[kBOMSeen] = false;
      this[kPending] = null;
    }
    return result;
  }

  [customInspect](depth, options, inspect) {
    checkDecoder(this);
    const ctor = this.constructor?.name ?? 'TextDecoder';
    if (depth < 0) return `[${ctor}]`;
    const fields = { encoding: this[kEncoding], fatal: this[kFatal], ignoreBOM: this[kIgnoreBOM] };
    return `${ctor} ${inspect(fields, { ...options, depth })}`;
  }
}

function checkDecoder(value) {
  if (value === null || typeof value !== 'object' || !(kEncoding in value)) {
    throw new ERR_INVALID_THIS('TextDecoder');
  }
}

ObjectDefineProperties(TextDecoder.prototype, {
  decode: { __proto__: null, enumerable: true },
  encoding: { __proto__: null, enumerable: true },
  fatal: { __proto__: null, enumerable: true },
  ignoreBOM: { __proto__: null, enumerable: true },
  [SymbolToStringTag]: { __proto__: null, configurable: true, value: 'TextDecoder' },
});

module.exports = {
  TextDecoder,
  TextEncoder,
  getEncodingFromLabel,
};

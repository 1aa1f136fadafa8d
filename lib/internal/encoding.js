'use strict';

// TextEncoder and TextDecoder (WHATWG Encoding). TextEncoder is UTF-8 only. TextDecoder
// supports UTF-8, UTF-16LE/BE and the single-byte labels node maps to windows-1252
// (decoded as Latin-1, as node does) here, and the other legacy encodings through ICU,
// with fatal, ignoreBOM and streaming.

const {
  ArrayBufferIsView,
  ObjectDefineProperties,
  SafeSet,
  StringPrototypeCharCodeAt,
  StringPrototypeToLowerCase,
  RegExpPrototypeSymbolReplace,
  Symbol,
  SymbolToStringTag,
  TypedArrayPrototypeSlice,
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
const { validateObject, validateString } = require('internal/validators');

const binding = internalBinding('buffer');
const kUtf8 = 0;
const kLatin1 = 2;

const kEncoding = Symbol('encoding');
const kFatal = Symbol('fatal');
const kIgnoreBOM = Symbol('ignoreBOM');
const kBOMSeen = Symbol('BOMSeen');
const kPending = Symbol('pending');
const kConverter = Symbol('converter');
const kFastPath = Symbol('fastPath');

// Encodings decoded here rather than by an ICU converter.
const builtinDecoders = new SafeSet(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']);
let icu;
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
// The legacy encodings of the Encoding Standard that node (built with full ICU) accepts,
// decoded by ICU's converters (src/bindings/icu.c). Node rejects iso-8859-16,
// x-user-defined and the "replacement" labels, and so does nodus.
addLabels('big5', ['big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5']);
addLabels('euc-jp', ['cseucpkdfmtjapanese', 'euc-jp', 'x-euc-jp']);
addLabels('euc-kr', ['cseuckr', 'csksc56011987', 'euc-kr', 'iso-ir-149', 'korean',
  'ks_c_5601-1987', 'ks_c_5601-1989', 'ksc5601', 'ksc_5601', 'windows-949']);
addLabels('gb18030', ['gb18030']);
addLabels('gbk', ['chinese', 'csgb2312', 'csiso58gb231280', 'gb2312', 'gb_2312',
  'gb_2312-80', 'gbk', 'iso-ir-58', 'x-gbk']);
addLabels('ibm866', ['866', 'cp866', 'csibm866', 'ibm866']);
addLabels('iso-2022-jp', ['csiso2022jp', 'iso-2022-jp']);
addLabels('iso-8859-10', ['csisolatin6', 'iso-8859-10', 'iso-ir-157', 'iso8859-10',
  'iso885910', 'l6', 'latin6']);
addLabels('iso-8859-13', ['iso-8859-13', 'iso8859-13', 'iso885913']);
addLabels('iso-8859-14', ['iso-8859-14', 'iso8859-14', 'iso885914']);
addLabels('iso-8859-15', ['csisolatin9', 'iso-8859-15', 'iso8859-15', 'iso885915',
  'iso_8859-15', 'l9']);
addLabels('iso-8859-2', ['csisolatin2', 'iso-8859-2', 'iso-ir-101', 'iso8859-2', 'iso88592',
  'iso_8859-2', 'iso_8859-2:1987', 'l2', 'latin2']);
addLabels('iso-8859-3', ['csisolatin3', 'iso-8859-3', 'iso-ir-109', 'iso8859-3', 'iso88593',
  'iso_8859-3', 'iso_8859-3:1988', 'l3', 'latin3']);
addLabels('iso-8859-4', ['csisolatin4', 'iso-8859-4', 'iso-ir-110', 'iso8859-4', 'iso88594',
  'iso_8859-4', 'iso_8859-4:1988', 'l4', 'latin4']);
addLabels('iso-8859-5', ['csisolatincyrillic', 'cyrillic', 'iso-8859-5', 'iso-ir-144',
  'iso8859-5', 'iso88595', 'iso_8859-5', 'iso_8859-5:1988']);
addLabels('iso-8859-6', ['arabic', 'asmo-708', 'csiso88596e', 'csiso88596i',
  'csisolatinarabic', 'ecma-114', 'iso-8859-6', 'iso-8859-6-e', 'iso-8859-6-i',
  'iso-ir-127', 'iso8859-6', 'iso88596', 'iso_8859-6', 'iso_8859-6:1987']);
addLabels('iso-8859-7', ['csisolatingreek', 'ecma-118', 'elot_928', 'greek', 'greek8',
  'iso-8859-7', 'iso-ir-126', 'iso8859-7', 'iso88597', 'iso_8859-7', 'iso_8859-7:1987',
  'sun_eu_greek']);
addLabels('iso-8859-8', ['csiso88598e', 'csisolatinhebrew', 'hebrew', 'iso-8859-8',
  'iso-8859-8-e', 'iso-ir-138', 'iso8859-8', 'iso88598', 'iso_8859-8', 'iso_8859-8:1988',
  'visual']);
addLabels('iso-8859-8-i', ['csiso88598i', 'iso-8859-8-i', 'logical']);
addLabels('koi8-r', ['cskoi8r', 'koi', 'koi8', 'koi8-r', 'koi8_r']);
addLabels('koi8-u', ['koi8-ru', 'koi8-u']);
addLabels('macintosh', ['csmacintosh', 'mac', 'macintosh', 'x-mac-roman']);
addLabels('shift_jis', ['csshiftjis', 'ms932', 'ms_kanji', 'shift-jis', 'shift_jis', 'sjis',
  'windows-31j', 'x-sjis']);
addLabels('windows-1250', ['cp1250', 'windows-1250', 'x-cp1250']);
addLabels('windows-1251', ['cp1251', 'windows-1251', 'x-cp1251']);
addLabels('windows-1253', ['cp1253', 'windows-1253', 'x-cp1253']);
addLabels('windows-1254', ['cp1254', 'csisolatin5', 'iso-8859-9', 'iso-ir-148', 'iso8859-9',
  'iso88599', 'iso_8859-9', 'iso_8859-9:1989', 'l5', 'latin5', 'windows-1254', 'x-cp1254']);
addLabels('windows-1255', ['cp1255', 'windows-1255', 'x-cp1255']);
addLabels('windows-1256', ['cp1256', 'windows-1256', 'x-cp1256']);
addLabels('windows-1257', ['cp1257', 'windows-1257', 'x-cp1257']);
addLabels('windows-1258', ['cp1258', 'windows-1258', 'x-cp1258']);
addLabels('windows-874', ['dos-874', 'iso-8859-11', 'iso8859-11', 'iso885911', 'tis-620',
  'windows-874']);
addLabels('x-mac-cyrillic', ['x-mac-cyrillic', 'x-mac-ukrainian']);

// Labels node knows but cannot decode: its error then names the encoding, not the label.
addLabels('iso-8859-16', ['iso-8859-16']);
addLabels('replacement', ['csiso2022kr', 'hz-gb-2312', 'iso-2022-cn', 'iso-2022-cn-ext',
  'iso-2022-kr']);
addLabels('x-user-defined', ['x-user-defined']);
const undecodable = new SafeSet(['iso-8859-16', 'replacement', 'x-user-defined']);

// The Encoding Standard strips only ASCII whitespace (tab, LF, FF, CR, space) around a
// label; String.prototype.trim would also strip others, such as U+00A0 and U+2028.
const asciiWhitespaceEdges = /^[\t\n\f\r ]+|[\t\n\f\r ]+$/g;

function getEncodingFromLabel(label) {
  return labels[StringPrototypeToLowerCase(
    RegExpPrototypeSymbolReplace(asciiWhitespaceEdges, `${label}`, ''))];
}

function toBytes(input, encoding) {
  if (input instanceof Uint8Array) return input;
  if (ArrayBufferIsView(input)) {
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  if (input instanceof ArrayBuffer ||
      (typeof SharedArrayBuffer === 'function' && input instanceof SharedArrayBuffer)) {
    return new Uint8Array(input);
  }
  // node's decoders word this error each their own way (and with no "Received ...").
  let message;
  if (encoding === 'utf-8') {
    message = 'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer ' +
      'or ArrayBufferView.';
  } else if (encoding === 'windows-1252') {
    message = 'The "input" argument must be an instance of ArrayBuffer, SharedArrayBuffer, ' +
      'or ArrayBufferView.';
  } else {
    message = 'The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer ' +
      'or ArrayBufferView.';
  }
  throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', message);
}

// ---------------------------------------------------------------------------------------

const encodeIntoResults = new Uint32Array(2);
const kScratchMax = 16 * 1024;
let encodeScratch = new Uint8Array(0);

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
    if (n <= kScratchMax) {
      // Encoded into a reused scratch array with room for the longest result, then copied
      // out by the engine: one short crossing into C, and no external ArrayBuffer (whose
      // creation and finalisation cost more than the copy at these sizes).
      const max = n * 3;
      if (encodeScratch.length < max) encodeScratch = new Uint8Array(kScratchMax * 3);
      binding.encodeInto(string, encodeScratch, encodeIntoResults);
      return TypedArrayPrototypeSlice(encodeScratch, 0, encodeIntoResults[1]);
    }
    return binding.encodeUtf8(string);
  }

  encodeInto(src, dest) {
    if (!(this instanceof TextEncoder)) throw new ERR_INVALID_THIS('TextEncoder');
    validateString(src, 'src');
    if (!(dest instanceof Uint8Array)) {
      throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    }
    binding.encodeInto(src, dest, encodeIntoResults);
    return { read: encodeIntoResults[0], written: encodeIntoResults[1] };
  }

  // Node declares (depth, options); the inspect function util passes third is
  // read from arguments so that .length matches.
  [customInspect](depth, options) {
    if (!(this instanceof TextEncoder)) throw new ERR_INVALID_THIS('TextEncoder');
    const ctor = this.constructor?.name ?? 'TextEncoder';
    if (depth < 0) return `[${ctor}]`;
    // Node shows the fields alone, without the class name (unlike TextDecoder).
    return arguments[2]({ encoding: 'utf-8' }, { ...options, depth });
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
    // As in node: the label is converted to a string first, the options are
    // checked next, and only then is the label looked up.
    encoding = `${encoding}`;
    if (options !== null && options !== undefined) {
      validateObject(options, 'options', 7);
    }
    const canonical = getEncodingFromLabel(encoding);
    if (canonical === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    this[kEncoding] = canonical;
    this[kFatal] = Boolean(options?.fatal);
    this[kIgnoreBOM] = Boolean(options?.ignoreBOM);
    this[kBOMSeen] = false;
    this[kPending] = null;
    this[kConverter] = null;
    // Until it is first asked to stream, a UTF-8 or windows-1252 decoder takes
    // node's fast path, which never looks at the options argument of decode().
    this[kFastPath] = canonical === 'utf-8' || canonical === 'windows-1252';
    if (!builtinDecoders.has(canonical)) {
      icu ??= internalBinding('icu');
      const converter = undecodable.has(canonical) ? undefined :
        icu.getConverter(canonical, this[kFatal]);
      if (converter === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(canonical);
      this[kConverter] = converter;
    }
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

  decode(input = new Uint8Array(), options = undefined) {
    checkDecoder(this);
    if (this[kFastPath] && options?.stream) this[kFastPath] = false;
    if (!this[kFastPath] && options !== null && options !== undefined) {
      validateObject(options, 'options', 7);
    }
    // The fast paths and the general decoder word a bad input differently.
    let bytes = toBytes(input, this[kFastPath] ? this[kEncoding] : undefined);
    const stream = Boolean(options?.stream);
    const encoding = this[kEncoding];
    if (!stream && encoding === 'utf-8' && this[kPending] === null && !this[kFatal]) {
      // The common call, a whole non-fatal UTF-8 input, without the general bookkeeping
      // below (whose end state, after a call that does not stream, is this same one).
      const end = bytes.length;
      const start = !this[kBOMSeen] && !this[kIgnoreBOM] && end >= 3 && bytes[0] === 0xef &&
        bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
      this[kBOMSeen] = false;
      return end - start === 0 ? '' : binding.toString(bytes, kUtf8, start, end);
    }
    if (this[kConverter] !== null) {
      // The converter keeps an incomplete sequence (and any shift state) until the call
      // that does not stream.
      const text = icu.decode(this[kConverter], bytes, !stream);
      if (text === undefined) throw new ERR_ENCODING_INVALID_ENCODED_DATA(encoding);
      return text;
    }
    bytes = concatBytes(this[kPending], bytes);
    this[kPending] = null;

    let end = bytes.length;
    if (stream) {
      let keep = 0;
      if (encoding === 'utf-8') keep = incompleteUtf8Tail(bytes);
      else if (encoding !== 'windows-1252') {
        keep = end % 2;
        // A high surrogate at the end waits for the low one the next chunk brings.
        const unit = end - keep - 2;
        if (unit >= 0) {
          const code = encoding === 'utf-16be' ? (bytes[unit] << 8) | bytes[unit + 1] :
            bytes[unit] | (bytes[unit + 1] << 8);
          if (code >= 0xd800 && code <= 0xdbff) keep += 2;
        }
      }
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
      result = end - start === 0 ? '' : binding.toString(bytes, kUtf8, start, end);
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

  [customInspect](depth, options) {
    const inspect = arguments[2];
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

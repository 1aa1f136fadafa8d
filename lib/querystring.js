'use strict';

// node:querystring: parsing and building application/x-www-form-urlencoded-style strings
// with node's rules (custom separators, maxKeys, '+' as space, lenient percent-decoding
// that keeps malformed sequences, repeated keys as arrays, null-prototype results).

const {
  ArrayIsArray,
  NumberIsFinite,
  ObjectKeys,
  StringPrototypeCharCodeAt,
  StringPrototypeIndexOf,
  StringPrototypeReplaceAll,
  StringPrototypeSlice,
} = primordials;

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_URI },
} = require('internal/errors');

// Characters escape() leaves alone: A-Z a-z 0-9 - _ . ! ~ * ' ( )
const unreserved = new Int8Array(128);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*\'()') {
  unreserved[StringPrototypeCharCodeAt(ch, 0)] = 1;
}

const hexTable = [];
for (let i = 0; i < 256; i++) hexTable[i] = `%${(i < 16 ? '0' : '') + i.toString(16).toUpperCase()}`;

function hexValue(code) {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

// Percent-encodes a string as UTF-8, keeping the unreserved characters. A lone surrogate
// cannot be encoded (URIError, ERR_INVALID_URI), as in node.
function encodeStr(str, noEscapeTable) {
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    let c = StringPrototypeCharCodeAt(str, i);
    if (c < 0x80) {
      if (noEscapeTable[c] === 1) continue;
      if (last < i) out += StringPrototypeSlice(str, last, i);
      last = i + 1;
      out += hexTable[c];
      continue;
    }
    if (last < i) out += StringPrototypeSlice(str, last, i);
    if (c < 0x800) {
      last = i + 1;
      out += hexTable[0xc0 | (c >> 6)] + hexTable[0x80 | (c & 0x3f)];
      continue;
    }
    if (c < 0xd800 || c >= 0xe000) {
      last = i + 1;
      out += hexTable[0xe0 | (c >> 12)] + hexTable[0x80 | ((c >> 6) & 0x3f)] +
        hexTable[0x80 | (c & 0x3f)];
      continue;
    }
    // A surrogate: combined with the next unit as a pair. Like node, only a surrogate at
    // the very end is an error; the next unit is not checked.
    i++;
    if (i >= str.length) throw new ERR_INVALID_URI();
    const c2 = StringPrototypeCharCodeAt(str, i) & 0x3ff;
    last = i + 1;
    c = 0x10000 + (((c & 0x3ff) << 10) | c2);
    out += hexTable[0xf0 | (c >> 18)] + hexTable[0x80 | ((c >> 12) & 0x3f)] +
      hexTable[0x80 | ((c >> 6) & 0x3f)] + hexTable[0x80 | (c & 0x3f)];
  }
  if (last === 0) return str;
  if (last < str.length) return out + StringPrototypeSlice(str, last);
  return out;
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = `${str}`;
    else str += '';
  }
  return encodeStr(str, unreserved);
}

// Decodes %XX sequences into bytes (malformed ones stay as they are); '+' becomes a space
// when decodeSpaces is set.
function unescapeBuffer(s, decodeSpaces) {
  const out = Buffer.allocUnsafe(s.length);
  let index = 0;
  let outIndex = 0;
  while (index < s.length) {
    const c = StringPrototypeCharCodeAt(s, index);
    if (c === 43 /* + */ && decodeSpaces) {
      out[outIndex++] = 32;
      index++;
      continue;
    }
    if (c === 37 /* % */ && index + 2 < s.length) {
      const hi = hexValue(StringPrototypeCharCodeAt(s, index + 1));
      const lo = hexValue(StringPrototypeCharCodeAt(s, index + 2));
      if (hi >= 0 && lo >= 0) {
        out[outIndex++] = hi * 16 + lo;
        index += 3;
        continue;
      }
    }
    out[outIndex++] = c;
    index++;
  }
  return out.slice(0, outIndex);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return unescapeBuffer(s, decodeSpaces).toString();
  }
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && NumberIsFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  let encode = qsEscape;
  if (options && typeof options.encodeURIComponent === 'function') {
    encode = options.encodeURIComponent;
  }
  if (obj === null || typeof obj !== 'object') return '';
  const keys = ObjectKeys(obj);
  let fields = '';
  for (let i = 0; i < keys.length; ++i) {
    const k = keys[i];
    const v = obj[k];
    const ks = `${encode(stringifyPrimitive(k))}${eq}`;
    if (ArrayIsArray(v)) {
      for (let j = 0; j < v.length; ++j) {
        if (fields !== '') fields += sep;
        fields += ks + encode(stringifyPrimitive(v[j]));
      }
    } else {
      if (fields !== '') fields += sep;
      fields += ks + encode(stringifyPrimitive(v));
    }
  }
  return fields;
}

function decodeComponent(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return qsUnescape(s, true);
  }
}

function addKeyVal(obj, key, value, keyEncoded, valEncoded, decode) {
  if (key.length > 0 && keyEncoded) key = decodeComponent(key, decode);
  if (value.length > 0 && valEncoded) value = decodeComponent(value, decode);
  const current = obj[key];
  if (current === undefined) {
    obj[key] = value;
  } else if (typeof current === 'string') {
    obj[key] = [current, value];
  } else {
    current.push(value);
  }
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  const separator = sep ? `${sep}` : '&';
  const equals = eq ? `${eq}` : '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  let pairs = maxKeys > 0 ? maxKeys : Infinity;
  let decode = qsUnescape;
  if (options && typeof options.decodeURIComponent === 'function') {
    decode = options.decodeURIComponent;
  }
  const custom = decode !== qsUnescape;

  let start = 0;
  while (start <= qs.length && pairs > 0) {
    let end = StringPrototypeIndexOf(qs, separator, start);
    if (end === -1) end = qs.length;
    const part = StringPrototypeSlice(qs, start, end);
    start = end + separator.length;
    if (part.length === 0) {
      if (end === qs.length) break;
      continue;
    }
    const eqIndex = StringPrototypeIndexOf(part, equals);
    let key;
    let value;
    if (eqIndex === -1) {
      key = part;
      value = '';
    } else {
      key = StringPrototypeSlice(part, 0, eqIndex);
      value = StringPrototypeSlice(part, eqIndex + equals.length);
    }
    // '+' is a space; decoding is needed only for keys or values with '%' or '+'.
    const keyPlus = StringPrototypeIndexOf(key, '+') !== -1;
    const valuePlus = StringPrototypeIndexOf(value, '+') !== -1;
    if (keyPlus) key = StringPrototypeReplaceAll(key, '+', ' ');
    if (valuePlus) value = StringPrototypeReplaceAll(value, '+', ' ');
    const keyEncoded = custom || StringPrototypeIndexOf(key, '%') !== -1;
    const valueEncoded = custom || StringPrototypeIndexOf(value, '%') !== -1;
    addKeyVal(obj, key, value, keyEncoded, valueEncoded, decode);
    pairs--;
    if (end === qs.length) break;
  }
  return obj;
}

module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};

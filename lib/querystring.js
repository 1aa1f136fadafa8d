'use strict';

// node:querystring: parsing and building application/x-www-form-urlencoded-style strings
// with node's rules (custom separators, maxKeys, '+' as space, lenient percent-decoding
// that keeps malformed sequences, repeated keys as arrays, null-prototype results).

const {
  ArrayIsArray,
  MathAbs,
  NumberIsFinite,
  ObjectCreate,
  ObjectKeys,
  StringPrototypeCharCodeAt,
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
// str is a primitive string (qsEscape converts): its methods are called directly, as in
// parse below.
function encodeStr(str, noEscapeTable) {
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (noEscapeTable[c] === 1) continue;
      if (last < i) out += str.slice(last, i);
      last = i + 1;
      out += hexTable[c];
      continue;
    }
    if (last < i) out += str.slice(last, i);
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
    const c2 = str.charCodeAt(i) & 0x3ff;
    last = i + 1;
    c = 0x10000 + (((c & 0x3ff) << 10) | c2);
    out += hexTable[0xf0 | (c >> 18)] + hexTable[0x80 | ((c >> 12) & 0x3f)] +
      hexTable[0x80 | ((c >> 6) & 0x3f)] + hexTable[0x80 | (c & 0x3f)];
  }
  if (last === 0) return str;
  if (last < str.length) return out + str.slice(last);
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
    // Through the exported unescapeBuffer, which a program may have replaced.
    return module.exports.unescapeBuffer(s, decodeSpaces).toString();
  }
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && NumberIsFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

// With the built-in escape, strings that need no work skip the call: empty strings, and
// numbers below 1e21 (larger ones print with an exponent whose '+' must be escaped).
function encodeDefault(v, encode) {
  if (typeof v === 'string') return v.length > 0 ? encode(v) : '';
  if (typeof v === 'number' && NumberIsFinite(v)) {
    return MathAbs(v) < 1e21 ? `${v}` : encode(`${v}`);
  }
  return stringifyPrimitive(v);
}

// Any other encoder (an option, or a replaced querystring.escape) sees every value.
function encodeCustom(v, encode) {
  return encode(stringifyPrimitive(v));
}

function stringify(obj, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  let encode = module.exports.escape;
  if (options && typeof options.encodeURIComponent === 'function') {
    encode = options.encodeURIComponent;
  }
  const convert = encode === qsEscape ? encodeDefault : encodeCustom;
  if (obj === null || typeof obj !== 'object') return '';
  const keys = ObjectKeys(obj);
  let fields = '';
  for (let i = 0; i < keys.length; ++i) {
    const k = keys[i];
    const v = obj[k];
    const ks = convert(k, encode) + eq;
    if (ArrayIsArray(v)) {
      for (let j = 0; j < v.length; ++j) {
        if (fields !== '') fields += sep;
        fields += ks + convert(v[j], encode);
      }
    } else {
      if (fields !== '') fields += sep;
      fields += ks + convert(v, encode);
    }
  }
  return fields;
}

// A key or value that fails the decoder falls back to the exported unescape (which a
// program may have replaced) with '+' decoding on, as node does.
function decodeComponent(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return module.exports.unescape(s, true);
  }
}

function addKeyVal(obj, key, value, keyEncoded, valEncoded, decode) {
  if (key.length > 0 && keyEncoded) key = decodeComponent(key, decode);
  if (value.length > 0 && valEncoded) value = decodeComponent(value, decode);
  const current = obj[key];
  if (current === undefined) {
    obj[key] = value;
  } else if (current.pop) {
    // Node tells its own arrays from the first value by the presence of a `pop` property
    // (a custom decoder's results included, and null fails the same way).
    current[current.length] = value;
  } else {
    obj[key] = [current, value];
  }
}

// Recent plain keys (no escapes, at most 32 characters), by first character and length.
// A key found here is reused instead of sliced: the engine has already turned it into a
// property name, which a fresh slice would cost again on every parse. A key is stored only
// after it was used as a property, so the cache never holds a slice of a caller's string.
const keyCache = [];
for (let i = 0; i < 256; i++) keyCache[i] = '';

function sameChars(s, pos, c) {
  for (let j = 0; j < c.length; j++) {
    if (s.charCodeAt(pos + j) !== c.charCodeAt(j)) return false;
  }
  return true;
}

function isHexDigit(code) {
  return (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 102);
}

// One left-to-right pass with node's exact rules, which differ from splitting on the
// separators in ways programs can see:
// - a partial separator (or '=') match that fails does not re-examine the failing
//   character, so 'aab' holds no 'ab' separator;
// - maxKeys counts down once per separator, empty pairs included, and only an exact zero
//   stops (so a fractional maxKeys never stops and a negative or NaN one means no limit);
// - a key or value is decoded only when it holds a valid %XX sequence (or always with a
//   custom decoder), '+' becomes ' ' (or '%20' for a custom decoder to decode).
function parse(qs, sep, eq, options) {
  // ObjectCreate(null) rather than a literal with __proto__: null, whose prototype change
  // leaves the engine with an object that is slower to add properties to.
  const obj = ObjectCreate(null);
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  // qs, separator and equals are primitive strings: their methods are called directly
  // rather than through primordials, whose wrappers cost the engine several times more
  // per character in this loop.
  const separator = sep ? String(sep) : '&';
  const equals = eq ? String(eq) : '=';
  const sepLen = separator.length;
  const eqLen = equals.length;
  let remaining = 1000;
  if (options && typeof options.maxKeys === 'number') {
    remaining = options.maxKeys > 0 ? options.maxKeys : -1;
  }
  let decode = module.exports.unescape;
  if (options && typeof options.decodeURIComponent === 'function') {
    decode = options.decodeURIComponent;
  }
  const custom = decode !== qsUnescape;
  const plus = custom ? '%20' : ' ';

  let key = '';
  let value = '';
  let lastPos = 0;
  let sepIdx = 0;
  let eqIdx = 0;
  let keyEncoded = custom;
  let valEncoded = custom;
  // How much of a '%XX' has just been seen (0 when none): 1 after '%', then per hex digit.
  let pct = 0;
  // The keyCache slot the current key goes to once it has been used, or -1.
  let keySlot = -1;
  for (let i = 0; i < qs.length; i++) {
    const code = qs.charCodeAt(i);
    if (code === separator.charCodeAt(sepIdx)) {
      if (++sepIdx < sepLen) continue;
      const end = i - sepLen + 1;
      if (eqIdx < eqLen) {
        if (lastPos < end) {
          key += qs.slice(lastPos, end);
        } else if (key.length === 0) {
          if (--remaining === 0) return obj;
          lastPos = i + 1;
          sepIdx = eqIdx = 0;
          continue;
        }
      } else if (lastPos < end) {
        value += qs.slice(lastPos, end);
      }
      addKeyVal(obj, key, value, keyEncoded, valEncoded, decode);
      if (keySlot >= 0) {
        keyCache[keySlot] = key;
        keySlot = -1;
      }
      if (--remaining === 0) return obj;
      key = value = '';
      keyEncoded = valEncoded = custom;
      pct = 0;
      lastPos = i + 1;
      sepIdx = eqIdx = 0;
      continue;
    }
    sepIdx = 0;
    if (eqIdx < eqLen) {
      // Still in the key.
      if (code === equals.charCodeAt(eqIdx)) {
        if (++eqIdx === eqLen) {
          const end = i - eqLen + 1;
          if (lastPos < end) {
            const len = end - lastPos;
            if (key.length === 0 && !keyEncoded && len <= 32) {
              const slot = ((qs.charCodeAt(lastPos) << 3) ^ len) & 255;
              const cached = keyCache[slot];
              if (cached.length === len && sameChars(qs, lastPos, cached)) {
                key = cached;
              } else {
                key = qs.slice(lastPos, end);
                keySlot = slot;
              }
            } else {
              key += qs.slice(lastPos, end);
            }
          }
          pct = 0;
          lastPos = i + 1;
        }
        continue;
      }
      eqIdx = 0;
      const keyWasEncoded = keyEncoded;
      if (!keyEncoded) {
        if (code === 37 /* % */) {
          pct = 1;
          continue;
        }
        if (pct > 0 && isHexDigit(code)) keyEncoded = ++pct === 3;
        else pct = 0;
      }
      if (code === 43 /* + */) {
        if (lastPos < i) key += qs.slice(lastPos, i);
        key += plus;
        lastPos = i + 1;
        continue;
      }
      // Once the key is known to need decoding, node goes on looking for '%XX' on the
      // value's account: such a sequence later in the key marks the value as encoded too.
      if (keyWasEncoded && !valEncoded) {
        if (code === 37 /* % */) pct = 1;
        else if (pct > 0 && isHexDigit(code)) valEncoded = ++pct === 3;
        else pct = 0;
      }
      continue;
    }
    if (code === 43 /* + */) {
      if (lastPos < i) value += qs.slice(lastPos, i);
      value += plus;
      lastPos = i + 1;
    } else if (!valEncoded) {
      if (code === 37 /* % */) pct = 1;
      else if (pct > 0 && isHexDigit(code)) valEncoded = ++pct === 3;
      else pct = 0;
    }
  }
  if (lastPos < qs.length) {
    if (eqIdx < eqLen) key += qs.slice(lastPos);
    else value += qs.slice(lastPos);
  } else if (eqIdx === 0 && key.length === 0) {
    return obj;
  }
  addKeyVal(obj, key, value, keyEncoded, valEncoded, decode);
  if (keySlot >= 0) keyCache[keySlot] = key;
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

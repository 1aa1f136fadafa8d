'use strict';

// node:querystring: parsing and building application/x-www-form-urlencoded-style strings
// with node's rules (custom separators, maxKeys, '+' as space, lenient percent-decoding
// that keeps malformed sequences, repeated keys as arrays, null-prototype results).

const {
  ArrayIsArray,
  // The engine's own, as in node: a program that replaces the global does not change parse.
  decodeURIComponent,
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

const { percentEncode, joinEscaped, decodeValue } = internalBinding('querystring');

// Percent-encodes a string as UTF-8, keeping the unreserved characters. A lone surrogate
// cannot be encoded (URIError, ERR_INVALID_URI), as in node.
// str is a primitive string (qsEscape converts): its methods are called directly, as in
// parse below. Strings that need no escaping, most keys and many values, are only scanned
// here; from the first character that needs it, the binding writes the whole result as
// one flat string, which costs less than a slice and a concatenation per escape.
function encodeStr(str) {
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80 && unreserved[c] === 1) continue;
    const out = percentEncode(str, i);
    if (typeof out === 'string') return out;
    if (out === undefined) throw new ERR_INVALID_URI();
    // Too long for one engine string: concatenated, to fail as the engine does.
    return encodeStrByParts(str);
  }
  return str;
}

// encodeStr by concatenation.
function encodeStrByParts(str) {
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (unreserved[c] === 1) continue;
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
  return encodeStr(str);
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

function stringify(obj, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  let encode = module.exports.escape;
  if (options && typeof options.encodeURIComponent === 'function') {
    encode = options.encodeURIComponent;
  }
  if (obj === null || typeof obj !== 'object') return '';
  if (encode === qsEscape) return stringifyDefault(obj, sep, eq);
  // Any other encoder (an option, or a replaced querystring.escape) sees every key and value.
  const keys = ObjectKeys(obj);
  let fields = '';
  for (let i = 0; i < keys.length; ++i) {
    const k = keys[i];
    const v = obj[k];
    const ks = encode(k) + eq;
    if (ArrayIsArray(v)) {
      // The length is read once, as node does (a proxy sees one 'length' get).
      for (let j = 0, n = v.length; j < n; ++j) {
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

// A value with the built-in escape: strings that need no work skip the call (empty ones, and
// numbers below 1e21; larger ones print with an exponent whose '+' must be escaped).
function encodeValue(v) {
  if (typeof v === 'string') return v.length > 0 ? encodeStr(v) : '';
  if (typeof v === 'number' && NumberIsFinite(v)) {
    return MathAbs(v) < 1e21 ? `${v}` : encodeStr(`${v}`);
  }
  return stringifyPrimitive(v);
}

// Whether encodeStr throws on s, given that its last unit is a surrogate: encodeStr takes
// each surrogate with the unit after it, so the run of surrogates at the end leaves one
// alone when it is odd.
function endsInLoneSurrogate(s) {
  let i = s.length - 1;
  while (i >= 0) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) break;
    i--;
  }
  return ((s.length - 1 - i) & 1) === 1;
}

// Parts of a stringify() in progress, kept between calls; a stringify() run by a getter
// during another finds none and makes its own.
let spareParts = [];

// stringify() with the built-in escape and string separators: the keys and values are read
// and turned into strings here, in node's order, with a URIError at the point where node's
// escape would throw (a lone surrogate at a string's end); the binding then escapes and
// joins them all into one flat string.
function stringifyDefault(obj, sep, eq) {
  if (typeof sep !== 'string' || typeof eq !== 'string') return stringifyConcat(obj, sep, eq);
  const keys = ObjectKeys(obj);
  let parts = spareParts;
  spareParts = null;
  if (parts === null) parts = [];
  let count = 0;
  for (let i = 0; i < keys.length; ++i) {
    const k = keys[i];
    const v = obj[k];
    let c = k.charCodeAt(k.length - 1);
    if (c >= 0xd800 && c <= 0xdfff && endsInLoneSurrogate(k)) throw new ERR_INVALID_URI();
    if (typeof v === 'string') {
      c = v.charCodeAt(v.length - 1);
      if (c >= 0xd800 && c <= 0xdfff && endsInLoneSurrogate(v)) throw new ERR_INVALID_URI();
      parts[count++] = k;
      parts[count++] = v;
    } else if (ArrayIsArray(v)) {
      // The length is read once, as node does (a proxy sees one 'length' get).
      for (let j = 0, n = v.length; j < n; ++j) {
        const s = stringifyPrimitive(v[j]);
        c = s.charCodeAt(s.length - 1);
        if (c >= 0xd800 && c <= 0xdfff && endsInLoneSurrogate(s)) throw new ERR_INVALID_URI();
        parts[count++] = k;
        parts[count++] = s;
      }
    } else {
      // Strings made from numbers, bigints and booleans never end in a surrogate.
      parts[count++] = k;
      parts[count++] = stringifyPrimitive(v);
    }
  }
  let out = '';
  if (count > 0) {
    out = joinEscaped(parts, count, sep, eq);
    if (typeof out !== 'string') {
      if (out === undefined) throw new ERR_INVALID_URI();
      out = joinConcat(parts, count, sep, eq);
    }
  }
  // The strings are let go, so that the array does not keep them alive until the next
  // call (setting its length to 0 would also give up its storage, which the next call
  // would grow again at a cost several times this loop's).
  for (let i = 0; i < count; i++) parts[i] = '';
  spareParts = parts;
  return out;
}

// joinEscaped by concatenation, for separators that are not Latin-1 or a result longer
// than one engine string can be (which then fails as the engine does).
function joinConcat(parts, count, sep, eq) {
  let fields = '';
  for (let i = 0; i < count; i += 2) {
    if (i > 0) fields += sep;
    fields += encodeStr(parts[i]) + eq + encodeStr(parts[i + 1]);
  }
  return fields;
}

// stringify() with the built-in escape and separators that are not strings (each
// concatenation converts them anew, as node's does): string values, the common case, are
// told apart first.
function stringifyConcat(obj, sep, eq) {
  const keys = ObjectKeys(obj);
  let fields = '';
  for (let i = 0; i < keys.length; ++i) {
    const k = keys[i];
    const v = obj[k];
    const ks = (k.length > 0 ? encodeStr(k) : '') + eq;
    if (typeof v === 'string') {
      if (fields !== '') fields += sep;
      fields += ks + (v.length > 0 ? encodeStr(v) : '');
    } else if (ArrayIsArray(v)) {
      // The length is read once, as node does (a proxy sees one 'length' get).
      for (let j = 0, n = v.length; j < n; ++j) {
        if (fields !== '') fields += sep;
        fields += ks + encodeValue(v[j]);
      }
    } else {
      if (fields !== '') fields += sep;
      fields += ks + encodeValue(v);
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

// Recent plain keys (no escapes, at most 32 characters), by first and last character and
// length (cacheSlot), in 1024 slots so that the few dozen keys of a program's query strings
// rarely push each other out. A key found here is reused instead of sliced: the engine has
// already turned it into a property name, which a fresh slice would cost again on every
// parse. A key is stored only
// after it was used as a property, so the cache never holds a slice of a caller's string.
const keyCache = [];
for (let i = 0; i < 1024; i++) keyCache[i] = '';

function cacheSlot(s, start, end) {
  return ((s.charCodeAt(start) << 5) ^ (s.charCodeAt(end - 1) << 2) ^ (end - start)) & 1023;
}

function sameChars(s, pos, c) {
  for (let j = 0; j < c.length; j++) {
    if (s.charCodeAt(pos + j) !== c.charCodeAt(j)) return false;
  }
  return true;
}

function isHexDigit(code) {
  return (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 102);
}

function parse(qs, sep, eq, options) {
  // ObjectCreate(null) rather than a literal with __proto__: null, whose prototype change
  // leaves the engine with an object that is slower to add properties to.
  const obj = ObjectCreate(null);
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  // qs, separator and equals are primitive strings: their methods are called directly
  // rather than through primordials, whose wrappers cost the engine several times more
  // per character in these loops.
  const separator = sep ? String(sep) : '&';
  const equals = eq ? String(eq) : '=';
  let remaining = 1000;
  if (options && typeof options.maxKeys === 'number') {
    remaining = options.maxKeys > 0 ? options.maxKeys : -1;
  }
  let decode = module.exports.unescape;
  if (options && typeof options.decodeURIComponent === 'function') {
    decode = options.decodeURIComponent;
  }
  const custom = decode !== qsUnescape;
  // One-character separators that are neither '+' nor '%' nor each other cut the string
  // exactly where a search for them does, so each piece can be handled whole. Longer
  // separators need the character-by-character scan and its partial-match rules.
  if (separator.length === 1 && equals.length === 1 && separator !== equals &&
      separator !== '+' && separator !== '%' && equals !== '+' && equals !== '%') {
    return parseSimple(obj, qs, separator, equals, remaining, decode, custom);
  }
  return parseScan(obj, qs, separator, equals, remaining, decode, custom);
}

// Whether the '%' at index i starts a valid escape: two hex digits follow before end. With
// skipPlus, '+' characters between them are passed over, as node's scan does in values.
function escapeAt(qs, i, end, skipPlus) {
  let digits = 0;
  for (let j = i + 1; j < end; j++) {
    const code = qs.charCodeAt(j);
    if (code === 43 /* + */ && skipPlus) continue;
    if (!isHexDigit(code)) return false;
    if (++digits === 2) return true;
  }
  return false;
}

// From the '%' at index i, the index just after the first valid escape before end, or -1.
function escapeEnd(qs, i, end, skipPlus) {
  while (i !== -1 && i < end) {
    if (escapeAt(qs, i, end, skipPlus)) return i + 3;
    i = qs.indexOf('%', i + 1);
  }
  return -1;
}

// Whether a piece whose first '%' is at pct needs its key (bit 1) or value (bit 2) decoded.
// Node's scan flags a key that holds a valid '%XX' and a value that holds one; once the key
// is flagged, a later '%XX' in the rest of the key flags the value too. In the value and in
// that rest of the key a '+' does not interrupt a sequence ('%4+1' counts).
function escapeFlags(qs, pct, keyEnd, valStart, end) {
  let flags = 0;
  let from = valStart;
  if (pct < keyEnd) {
    const e = escapeEnd(qs, pct, keyEnd, false);
    if (e !== -1) {
      flags = 1;
      from = e;
    }
  }
  if (valStart === end) return flags;
  if (flags === 1 && from < keyEnd) {
    const p = qs.indexOf('%', from);
    if (p !== -1 && p < keyEnd && escapeEnd(qs, p, keyEnd, true) !== -1) return 3;
  }
  const p = pct >= valStart ? pct : qs.indexOf('%', valStart);
  if (p !== -1 && p < end && escapeEnd(qs, p, end, true) !== -1) flags |= 2;
  return flags;
}

// qs[from, end) with each '+' replaced by plus (' ', or '%20' for a custom decoder to
// decode); the first '+' is at plusAt.
function replacePlus(qs, from, end, plusAt, plus) {
  let out = '';
  do {
    if (from < plusAt) out += qs.slice(from, plusAt);
    out += plus;
    from = plusAt + 1;
    plusAt = qs.indexOf('+', from);
  } while (plusAt !== -1 && plusAt < end);
  if (from < end) out += qs.slice(from, end);
  return out;
}

// parse() with one-character separators: one tight loop finds where each piece ends, its
// first '=' and whether it holds a '+' or '%' at all; the piece is then handled whole, the
// rarer '+' and '%' work in helpers. (A search with indexOf per separator costs the engine
// more than this loop on pieces of a few dozen characters.)
// node's rules kept here, which programs can see:
// - maxKeys counts down once per separator, empty pieces included, and only an exact zero
//   stops (so a fractional maxKeys never stops and a negative or NaN one means no limit);
// - a key or value is decoded only when it holds a valid %XX sequence (escapeFlags), or
//   always with a custom decoder; '+' becomes ' ' (or '%20' for a custom decoder).
function parseSimple(obj, qs, sep, eq, remaining, decode, custom) {
  const len = qs.length;
  const sepCode = sep.charCodeAt(0);
  const eqCode = eq.charCodeAt(0);
  const plus = custom ? '%20' : ' ';
  let start = 0;
  for (;;) {
    let eqPos = -1;
    // Bit 1: the piece holds a '+'; bit 2: a '%'.
    let seen = 0;
    let end = start;
    for (; end < len; end++) {
      const code = qs.charCodeAt(end);
      if (code === sepCode) break;
      if (code === eqCode) {
        if (eqPos === -1) eqPos = end;
      } else if (code === 43 /* + */) {
        seen |= 1;
      } else if (code === 37 /* % */) {
        seen |= 2;
      }
    }
    if (start < end) {
      const keyEnd = eqPos === -1 ? end : eqPos;
      const valStart = eqPos === -1 ? end : eqPos + 1;
      let flags = 3;
      if (!custom) {
        flags = seen >= 2 ? escapeFlags(qs, qs.indexOf('%', start), keyEnd, valStart, end) : 0;
      }
      let key;
      let value;
      let keySlot = -1;
      let plusAt = (seen & 1) === 0 ? end : qs.indexOf('+', start);
      if (plusAt < keyEnd) {
        key = replacePlus(qs, start, keyEnd, plusAt, plus);
        plusAt = qs.indexOf('+', valStart);
        if (plusAt === -1) plusAt = end;
      } else if ((flags & 1) === 0 && start < keyEnd && keyEnd - start <= 32) {
        const keyLen = keyEnd - start;
        const slot = cacheSlot(qs, start, keyEnd);
        const cached = keyCache[slot];
        if (cached.length === keyLen && sameChars(qs, start, cached)) {
          key = cached;
        } else {
          key = qs.slice(start, keyEnd);
          keySlot = slot;
        }
      } else {
        key = qs.slice(start, keyEnd);
      }
      let valEncoded = (flags & 2) !== 0;
      value = undefined;
      if (valEncoded && !custom) {
        // With the built-in decoder, the binding reads '+' and decodes in one step; where
        // decodeURIComponent would throw, it gives undefined and node's lenient path runs.
        // (The key, should it need decoding, is still decoded first, in addKeyVal; the
        // built-in decoder has no side effects that could tell the order.)
        value = decodeValue(qs, valStart, end);
        if (value !== undefined) valEncoded = false;
      }
      if (value === undefined) {
        if (plusAt < end) value = replacePlus(qs, valStart, end, plusAt, plus);
        else value = qs.slice(valStart, end);
      }
      addKeyVal(obj, key, value, (flags & 1) !== 0, valEncoded, decode);
      if (keySlot >= 0) keyCache[keySlot] = key;
    }
    if (end === len || --remaining === 0) return obj;
    start = end + 1;
  }
}

// parse() with a separator or '=' of several characters (or one of '+' and '%'): one
// left-to-right pass with node's exact rules, which differ from splitting on the
// separators in ways programs can see:
// - a partial separator (or '=') match that fails does not re-examine the failing
//   character, so 'aab' holds no 'ab' separator;
// - maxKeys counts down as in parseSimple;
// - a key or value is decoded only when it holds a valid %XX sequence (or always with a
//   custom decoder), '+' becomes ' ' (or '%20' for a custom decoder to decode).
function parseScan(obj, qs, separator, equals, remaining, decode, custom) {
  const sepLen = separator.length;
  const eqLen = equals.length;
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
              const slot = cacheSlot(qs, lastPos, end);
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
    // An empty separator (such as [] or an object whose string is '') never
    // matches, and node then drops the unread rest of the value.
    else if (sepIdx < sepLen) value += qs.slice(lastPos);
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

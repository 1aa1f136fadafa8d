'use strict';

// The WHATWG URL API (URL, URLSearchParams) and node's URL helpers (fileURLToPath,
// pathToFileURL, urlToHttpOptions, isURL, domainToASCII/domainToUnicode).
//
// Parsing is done in C (src/bindings/url.c) in one call: binding.parse(input, base)
// returns the serialized href, or undefined for failure, and leaves the component offsets
// in the shared Int32Array binding.components. A URL keeps the href and those offsets in
// private fields and slices the href in its getters. Setters go through
// binding.update(href, action, value), which re-parses the href, applies the setter with
// the Standard's state override and returns the new href (offsets updated the same way).
// The query that URLSearchParams writes back is already encoded, so that update happens
// here without crossing into C.

const {
  Array,
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  Boolean,
  decodeURIComponent,
  FunctionPrototypeCall,
  Number,
  ObjectDefineProperties,
  ObjectGetPrototypeOf,
  ObjectSetPrototypeOf,
  ReflectGetOwnPropertyDescriptor,
  ReflectOwnKeys,
  SafeMap,
  StringFromCharCode,
  StringPrototypeCharCodeAt,
  StringPrototypeCodePointAt,
  StringPrototypeIncludes,
  StringPrototypeIndexOf,
  StringPrototypeReplaceAll,
  StringPrototypeSlice,
  StringPrototypeSliceOriginal,
  StringPrototypeStartsWith,
  StringPrototypeToWellFormed,
  SymbolFor,
  SymbolIterator,
  SymbolToStringTag,
  TypeError,
} = primordials;

const {
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_THIS,
    ERR_INVALID_TUPLE,
    ERR_INVALID_URL,
    ERR_INVALID_URL_SCHEME,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');

const { validateString } = require('internal/validators');

const binding = internalBinding('url');
const components = binding.components;
const bindingParse = binding.parse;
const bindingUpdate = binding.update;

const kInspect = SymbolFor('nodejs.util.inspect.custom');
const isWindows = process.platform === 'win32';

let inspectModule;
function lazyInspect() {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule;
}

// Setter actions understood by binding.update (src/bindings/url.c).
const kProtocol = 1;
const kUsername = 2;
const kPassword = 3;
const kHost = 4;
const kHostname = 5;
const kPort = 6;
const kPathname = 7;
const kSearch = 8;
const kHash = 9;

// Scheme types in the flags word (components[8] >> 2).
const kSchemeOther = 0;
const kSchemeFile = 6;

// ERR_INVALID_URL with node's property order (code, then input and base).
function invalidURL(input, base = undefined) {
  const err = new ERR_INVALID_URL(input, base);
  delete err.input;
  err.input = input;
  if (base != null) {
    delete err.base;
    err.base = base;
  }
  return err;
}

// decodeURIComponent with V8's message for malformed input ("URI malformed").
function decodeURIComponentStrict(text) {
  try {
    return decodeURIComponent(text);
  } catch (err) {
    if (err instanceof URIError) throw new URIError('URI malformed');
    throw err;
  }
}

function toUSVString(value) {
  return StringPrototypeToWellFormed(`${value}`);
}

// ---------------------------------------------------------------------------------------
// application/x-www-form-urlencoded

// For each ASCII code unit, its serialization by the urlencoded serializer.
const formEncodeTable = new Array(128);
for (let i = 0; i < 128; i++) {
  const ch = StringFromCharCode(i);
  if ((i >= 0x30 && i <= 0x39) || (i >= 0x41 && i <= 0x5A) || (i >= 0x61 && i <= 0x7A) ||
      i === 0x2A || i === 0x2D || i === 0x2E || i === 0x5F) {
    formEncodeTable[i] = ch;
  } else if (i === 0x20) {
    formEncodeTable[i] = '+';
  } else {
    formEncodeTable[i] = `%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`;
  }
}
const hexTable = new Array(256);
for (let i = 0; i < 256; i++) {
  hexTable[i] = `%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`;
}

// Encodes one name or value (a USV string) with the urlencoded byte serializer.
function formEncode(str) {
  let out = '';
  let last = 0;
  const len = str.length;
  for (let i = 0; i < len; i++) {
    let c = StringPrototypeCharCodeAt(str, i);
    if (c < 0x80) {
      const enc = formEncodeTable[c];
      if (enc.length === 1 && enc !== '+') continue;
      if (last < i) out += StringPrototypeSlice(str, last, i);
      out += enc;
      last = i + 1;
      continue;
    }
    if (last < i) out += StringPrototypeSlice(str, last, i);
    if (c < 0x800) {
      out += hexTable[0xC0 | (c >> 6)] + hexTable[0x80 | (c & 0x3F)];
    } else if (c < 0xD800 || c >= 0xE000) {
      out += hexTable[0xE0 | (c >> 12)] + hexTable[0x80 | ((c >> 6) & 0x3F)] +
        hexTable[0x80 | (c & 0x3F)];
    } else {
      // A surrogate pair (the input is well formed).
      const c2 = StringPrototypeCharCodeAt(str, ++i);
      c = 0x10000 + (((c & 0x3FF) << 10) | (c2 & 0x3FF));
      out += hexTable[0xF0 | (c >> 18)] + hexTable[0x80 | ((c >> 12) & 0x3F)] +
        hexTable[0x80 | ((c >> 6) & 0x3F)] + hexTable[0x80 | (c & 0x3F)];
    }
    last = i + 1;
  }
  if (last === 0) return str;
  if (last < len) out += StringPrototypeSlice(str, last);
  return out;
}

// Serializes a flat [name, value, name, value, ...] list.
function serializeParams(list) {
  const len = list.length;
  if (len === 0) return '';
  let out = `${formEncode(list[0])}=${formEncode(list[1])}`;
  for (let i = 2; i < len; i += 2) {
    out += `&${formEncode(list[i])}=${formEncode(list[i + 1])}`;
  }
  return out;
}

function hexValue(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

// Decodes UTF-8 bytes with the WHATWG decoder's replacement rules (each maximal invalid
// subsequence becomes one U+FFFD).
function utf8Decode(bytes) {
  let out = '';
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      out += StringFromCharCode(b);
      i++;
      continue;
    }
    let need = 0;
    let cp = 0;
    let lower = 0x80;
    let upper = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      need = 1; cp = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
      need = 2; cp = b & 0xF;
      if (b === 0xE0) lower = 0xA0;
      if (b === 0xED) upper = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3; cp = b & 0x7;
      if (b === 0xF0) lower = 0x90;
      if (b === 0xF4) upper = 0x8F;
    } else {
      out += '\ufffd';
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const c = j < n ? bytes[j] : -1;
      if (c < lower || c > upper) {
        ok = false;
        break;
      }
      lower = 0x80;
      upper = 0xBF;
      cp = (cp << 6) | (c & 0x3F);
    }
    if (!ok) {
      out += '\ufffd';
      i = j;
      continue;
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out += StringFromCharCode(0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF));
    } else {
      out += StringFromCharCode(cp);
    }
    i = j;
  }
  return out;
}

// Replaces '+' by a space and percent-decodes one name or value. Like node, a string with
// a valid %XX escape goes through decodeURIComponent; when that rejects it (a stray '%'
// or bytes that are not UTF-8), the string is decoded byte by byte: escapes become their
// byte, every other code unit its low eight bits, and the bytes are read as UTF-8.
function formDecode(s, hasPlus, hasEscape) {
  if (hasPlus) s = StringPrototypeReplaceAll(s, '+', ' ');
  if (!hasEscape) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return decodeBytewise(s);
  }
}

function decodeBytewise(s) {
  const bytes = [];
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = StringPrototypeCharCodeAt(s, i);
    if (c === 0x25 && i + 2 < n) {
      const h = hexValue(StringPrototypeCharCodeAt(s, i + 1));
      const l = h < 0 ? -1 : hexValue(StringPrototypeCharCodeAt(s, i + 2));
      if (l >= 0) {
        ArrayPrototypePush(bytes, h * 16 + l);
        i += 2;
        continue;
      }
    }
    ArrayPrototypePush(bytes, c & 0xFF);
  }
  return utf8Decode(bytes);
}

// Whether s holds a '%' followed by two hex digits.
function hasValidEscape(s) {
  let i = StringPrototypeIndexOf(s, '%');
  while (i !== -1 && i + 2 < s.length) {
    if (hexValue(StringPrototypeCharCodeAt(s, i + 1)) >= 0 &&
        hexValue(StringPrototypeCharCodeAt(s, i + 2)) >= 0) {
      return true;
    }
    i = StringPrototypeIndexOf(s, '%', i + 1);
  }
  return false;
}

// The urlencoded parser: a string (without the leading '?') -> a flat list.
function parseParams(qs) {
  const list = [];
  const n = qs.length;
  let start = 0;
  while (start <= n) {
    let end = StringPrototypeIndexOf(qs, '&', start);
    if (end === -1) end = n;
    if (end > start) {
      let eq = -1;
      let hasPlus = false;
      let hasPercent = false;
      for (let i = start; i < end; i++) {
        const c = StringPrototypeCharCodeAt(qs, i);
        if (c === 0x3D && eq === -1) eq = i;
        else if (c === 0x2B) hasPlus = true;
        else if (c === 0x25) hasPercent = true;
      }
      let name;
      let value;
      if (eq === -1) {
        name = StringPrototypeSlice(qs, start, end);
        value = '';
      } else {
        name = StringPrototypeSlice(qs, start, eq);
        value = StringPrototypeSlice(qs, eq + 1, end);
      }
      ArrayPrototypePush(list, formDecode(name, hasPlus, hasPercent && hasValidEscape(name)),
                         formDecode(value, hasPlus, hasPercent && hasValidEscape(value)));
    }
    start = end + 1;
  }
  return list;
}

// ---------------------------------------------------------------------------------------
// URLSearchParams

// Accessors across the two classes' private state, set up in their static blocks.
let getParamsList;
let setParamsList;
let setParamsContext;
let setURLQuery;
let isURLSearchParams;

function stylizeSpecial(ctx, text) {
  return ctx && typeof ctx.stylize === 'function' ? ctx.stylize(text, 'special') : text;
}

function innerInspectOptions(recurseTimes, ctx) {
  const opts = { __proto__: null, ...ctx };
  if (recurseTimes !== null && recurseTimes !== undefined) opts.depth = recurseTimes - 1;
  return opts;
}

function visibleLength(text) {
  return lazyInspect().stripVTControlCharacters(text).length;
}

class URLSearchParams {
  #list = [];
  #context = null;

  // https://url.spec.whatwg.org/#dom-urlsearchparams-urlsearchparams
  constructor(init = undefined) {
    if (init === undefined || init === null) {
      // Nothing to add.
    } else if (typeof init === 'object' || typeof init === 'function') {
      const method = init[SymbolIterator];
      if (method === this[SymbolIterator] && #list in init) {
        this.#list = ArrayPrototypeSlice(init.#list);
      } else if (method !== undefined && method !== null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        const list = this.#list;
        for (const pair of init) {
          if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function') ||
              typeof pair[SymbolIterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const converted = [];
          for (const element of pair) ArrayPrototypePush(converted, toUSVString(element));
          if (converted.length !== 2) {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          ArrayPrototypePush(list, converted[0], converted[1]);
        }
      } else {
        // A record<USVString, USVString>: own enumerable keys in order; a later key that
        // converts to the same string overwrites the earlier value.
        const list = this.#list;
        const seen = new SafeMap();
        const keys = ReflectOwnKeys(init);
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i];
          const desc = ReflectGetOwnPropertyDescriptor(init, key);
          if (desc !== undefined && desc.enumerable) {
            const name = toUSVString(key);
            const value = toUSVString(init[key]);
            const at = seen.get(name);
            if (at !== undefined) {
              list[at + 1] = value;
            } else {
              seen.set(name, list.length);
              ArrayPrototypePush(list, name, value);
            }
          }
        }
      }
    } else {
      let str = toUSVString(init);
      if (str.length > 0 && StringPrototypeCharCodeAt(str, 0) === 0x3F) {
        str = StringPrototypeSlice(str, 1);
      }
      this.#list = parseParams(str);
    }
  }

  static {
    getParamsList = (params) => params.#list;
    setParamsList = (params, list) => { params.#list = list; };
    setParamsContext = (params, url) => { params.#context = url; };
    isURLSearchParams = (value) =>
      value !== null && typeof value === 'object' && #list in value;
  }

  // Writes the list back into the associated URL's query.
  #update() {
    if (this.#context === null) return;
    const serialized = serializeParams(this.#list);
    setURLQuery(this.#context, serialized === '' ? null : serialized);
  }

  [kInspect](recurseTimes, ctx) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (typeof recurseTimes === 'number' && recurseTimes < 0) {
      return stylizeSpecial(ctx, '[Object]');
    }
    const { inspect } = lazyInspect();
    const opts = innerInspectOptions(recurseTimes, ctx);
    const list = this.#list;
    const items = [];
    let width = -2;
    for (let i = 0; i < list.length; i += 2) {
      const item = `${inspect(list[i], opts)} => ${inspect(list[i + 1], opts)}`;
      width += visibleLength(item) + 2;
      ArrayPrototypePush(items, item);
    }
    const name = this.constructor.name;
    const breakLength = ctx && typeof ctx.breakLength === 'number' ? ctx.breakLength : 80;
    if (width > breakLength) return `${name} {\n  ${ArrayPrototypeJoin(items, ',\n  ')} }`;
    if (items.length > 0) return `${name} { ${ArrayPrototypeJoin(items, ', ')} }`;
    return `${name} {}`;
  }

  get size() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return this.#list.length / 2;
  }

  append(name, value) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    ArrayPrototypePush(this.#list, toUSVString(name), toUSVString(value));
    this.#update();
  }

  delete(name, value = undefined) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const list = this.#list;
    const kept = [];
    if (value !== undefined) {
      value = toUSVString(value);
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] !== name || list[i + 1] !== value) {
          ArrayPrototypePush(kept, list[i], list[i + 1]);
        }
      }
    } else {
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] !== name) ArrayPrototypePush(kept, list[i], list[i + 1]);
      }
    }
    this.#list = kept;
    this.#update();
  }

  get(name) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) return list[i + 1];
    }
    return null;
  }

  getAll(name) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const list = this.#list;
    const values = [];
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) ArrayPrototypePush(values, list[i + 1]);
    }
    return values;
  }

  has(name, value = undefined) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    name = toUSVString(name);
    value = toUSVString(value);
    const list = this.#list;
    let found = false;
    const kept = [];
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] !== name) {
        ArrayPrototypePush(kept, list[i], list[i + 1]);
      } else if (!found) {
        found = true;
        ArrayPrototypePush(kept, name, value);
      }
    }
    if (!found) ArrayPrototypePush(kept, name, value);
    this.#list = kept;
    this.#update();
  }

  // A stable sort by name, comparing UTF-16 code units.
  sort() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    const list = this.#list;
    const n = list.length / 2;
    if (n > 1) {
      // Merge sort over pair indices (stable, independent of Array.prototype.sort).
      let src = new Array(n);
      for (let i = 0; i < n; i++) src[i] = i;
      let dst = new Array(n);
      for (let width = 1; width < n; width *= 2) {
        for (let lo = 0; lo < n; lo += 2 * width) {
          const mid = lo + width < n ? lo + width : n;
          const hi = lo + 2 * width < n ? lo + 2 * width : n;
          let a = lo;
          let b = mid;
          let k = lo;
          while (a < mid && b < hi) {
            if (list[2 * src[b]] < list[2 * src[a]]) dst[k++] = src[b++];
            else dst[k++] = src[a++];
          }
          while (a < mid) dst[k++] = src[a++];
          while (b < hi) dst[k++] = src[b++];
        }
        const t = src;
        src = dst;
        dst = t;
      }
      const sorted = new Array(list.length);
      for (let i = 0; i < n; i++) {
        sorted[2 * i] = list[2 * src[i]];
        sorted[2 * i + 1] = list[2 * src[i] + 1];
      }
      this.#list = sorted;
    }
    this.#update();
  }

  entries() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return createIterator(this, kKeyValue);
  }

  forEach(callback, thisArg = undefined) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (typeof callback !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    }
    // The list is read live: callbacks may modify it.
    for (let i = 0; i < this.#list.length; i += 2) {
      const list = this.#list;
      FunctionPrototypeCall(callback, thisArg, list[i + 1], list[i], this);
    }
  }

  keys() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return createIterator(this, kKey);
  }

  values() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return createIterator(this, kValue);
  }

  toString() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return serializeParams(this.#list);
  }
}

ObjectDefineProperties(URLSearchParams.prototype, {
  __proto__: null,
  size: { __proto__: null, enumerable: true },
  append: { __proto__: null, enumerable: true },
  delete: { __proto__: null, enumerable: true },
  get: { __proto__: null, enumerable: true },
  getAll: { __proto__: null, enumerable: true },
  has: { __proto__: null, enumerable: true },
  set: { __proto__: null, enumerable: true },
  sort: { __proto__: null, enumerable: true },
  entries: { __proto__: null, enumerable: true },
  forEach: { __proto__: null, enumerable: true },
  keys: { __proto__: null, enumerable: true },
  values: { __proto__: null, enumerable: true },
  toString: { __proto__: null, enumerable: true },
  [SymbolToStringTag]: {
    __proto__: null, value: 'URLSearchParams', writable: false, enumerable: false,
    configurable: true,
  },
  [SymbolIterator]: {
    __proto__: null, value: URLSearchParams.prototype.entries, writable: true,
    enumerable: false, configurable: true,
  },
});

// The iterators: a prototype with `next` that inherits %IteratorPrototype%.
const kKey = 0;
const kValue = 1;
const kKeyValue = 2;
const IteratorPrototype =
  ObjectGetPrototypeOf(ObjectGetPrototypeOf([][SymbolIterator]()));

let isParamsIterator;

class URLSearchParamsIterator {
  #target;
  #kind;
  #index = 0;

  constructor(target, kind) {
    this.#target = target;
    this.#kind = kind;
  }

  static {
    isParamsIterator = (value) =>
      value !== null && typeof value === 'object' && #target in value;
  }

  next() {
    if (!isParamsIterator(this)) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    const list = getParamsList(this.#target);
    const index = this.#index;
    if (index >= list.length) return { value: undefined, done: true };
    this.#index = index + 2;
    const kind = this.#kind;
    const value = kind === kKey ? list[index] :
      kind === kValue ? list[index + 1] : [list[index], list[index + 1]];
    return { value, done: false };
  }

  [kInspect](recurseTimes, ctx) {
    if (!isParamsIterator(this)) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    if (typeof recurseTimes === 'number' && recurseTimes < 0) {
      return stylizeSpecial(ctx, '[Object]');
    }
    const { inspect } = lazyInspect();
    const opts = innerInspectOptions(recurseTimes, ctx);
    const list = getParamsList(this.#target);
    const kind = this.#kind;
    // Items go on separate lines when inspect would break the same values as an array.
    const values = [];
    for (let i = this.#index; i < list.length; i += 2) {
      ArrayPrototypePush(values, kind === kKey ? list[i] :
        kind === kValue ? list[i + 1] : [list[i], list[i + 1]]);
    }
    let body;
    const items = [];
    for (let i = 0; i < values.length; i++) ArrayPrototypePush(items, inspect(values[i], opts));
    if (StringPrototypeIncludes(inspect(values, opts), '\n')) {
      body = `\n  ${ArrayPrototypeJoin(items, ',\n  ')}`;
    } else {
      body = ` ${ArrayPrototypeJoin(items, ', ')}`;
    }
    return `${this[SymbolToStringTag]} {${body} }`;
  }
}

const ParamsIteratorPrototype = URLSearchParamsIterator.prototype;
ObjectSetPrototypeOf(ParamsIteratorPrototype, IteratorPrototype);
ObjectDefineProperties(ParamsIteratorPrototype, {
  __proto__: null,
  next: { __proto__: null, enumerable: true },
  [SymbolToStringTag]: {
    __proto__: null, value: 'URLSearchParams Iterator', writable: false, enumerable: false,
    configurable: true,
  },
});
// node's iterator prototype has no own `constructor`.
delete ParamsIteratorPrototype.constructor;

function createIterator(target, kind) {
  return new URLSearchParamsIterator(target, kind);
}

// ---------------------------------------------------------------------------------------
// URL

let isURLObject;
let urlHasHost;

// node's messages for URL accessors called on other objects: a few report the class,
// the others the private member they read.
function throwNotURL() {
  throw new TypeError('Receiver must be an instance of class URL');
}

function throwNoContext() {
  throw new TypeError(
    'Cannot read private member #context from an object whose class did not declare it');
}

// Blob URLs: createObjectURL loads the Blob implementation (internal/blob) for its
// isBlob() the first time it runs, unless setBlobHooks provided one.
let blobIsBlob = null;
const blobRegistry = new SafeMap();

// The accessors slice the href with String.prototype.slice called as a method (hrefSlice):
// the href is always a primitive string, and the receiver-first primordial wrapper (rest
// parameter + Reflect.apply) cost about a tenth of the whole `new URL(); url.href;
// url.pathname` benchmark in the engine's lower tiers and compile work (callgrind: 31M of
// ~280M instructions for 50k URLs). The method is used only while it is still the
// original one, so that a program replacing String.prototype.slice does not change what
// the accessors return (node's do not depend on it either).
function hrefSlice(href, start, end) {
  return href.slice === StringPrototypeSliceOriginal ? href.slice(start, end) :
    StringPrototypeSlice(href, start, end);
}

class URL {
  #href = '';
  #protocolEnd = 0;
  #usernameEnd = 0;
  #hostStart = 0;
  #hostEnd = 0;
  #port = -1;
  #pathnameStart = 0;
  #searchStart = -1;
  #hashStart = -1;
  #flags = 0;
  #searchParams = undefined;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    const href = bindingParse(input, base);
    if (href === undefined) throw invalidURL(input, base);
    this.#href = href;
    const c = components;
    this.#protocolEnd = c[0];
    this.#usernameEnd = c[1];
    this.#hostStart = c[2];
    this.#hostEnd = c[3];
    this.#port = c[4];
    this.#pathnameStart = c[5];
    this.#searchStart = c[6];
    this.#hashStart = c[7];
    this.#flags = c[8];
  }

  static {
    isURLObject = (value) => value !== null && typeof value === 'object' && #href in value;
    urlHasHost = (url) => (url.#flags & 1) !== 0;
    setURLQuery = (url, query) => url.#setQuery(query);
  }

  // Takes a new href and the offsets binding.parse/update just wrote.
  #setHref(href) {
    const oldSearch = this.#searchParams !== undefined ? this.#searchText() : null;
    this.#href = href;
    const c = components;
    this.#protocolEnd = c[0];
    this.#usernameEnd = c[1];
    this.#hostStart = c[2];
    this.#hostEnd = c[3];
    this.#port = c[4];
    this.#pathnameStart = c[5];
    this.#searchStart = c[6];
    this.#hashStart = c[7];
    this.#flags = c[8];
    if (oldSearch !== null) {
      const search = this.#searchText();
      if (search !== oldSearch) {
        setParamsList(this.#searchParams,
                      search === '' ? [] : parseParams(StringPrototypeSlice(search, 1)));
      }
    }
  }

  #update(action, value) {
    const href = bindingUpdate(this.#href, action, `${value}`);
    if (href) this.#setHref(href);
  }

  // Sets the query (already encoded) or removes it (null), for URLSearchParams.
  #setQuery(query) {
    const href = this.#href;
    const hashStart = this.#hashStart;
    const end = this.#searchStart !== -1 ? this.#searchStart :
      hashStart !== -1 ? hashStart : href.length;
    const before = hrefSlice(href, 0, end);
    const hash = hashStart !== -1 ? hrefSlice(href, hashStart) : '';
    let next;
    if (query === null) {
      this.#searchStart = -1;
      next = before + hash;
    } else {
      this.#searchStart = before.length;
      next = `${before}?${query}${hash}`;
    }
    if (hashStart !== -1) this.#hashStart = next.length - hash.length;
    this.#href = next;
  }

  // The query with its '?' ("" when null), as it appears in the href.
  #searchText() {
    const start = this.#searchStart;
    if (start === -1) return '';
    const end = this.#hashStart !== -1 ? this.#hashStart : this.#href.length;
    return hrefSlice(this.#href, start, end);
  }

  [kInspect](depth, opts) {
    if (!isURLObject(this)) throwNotURL();
    if (typeof depth === 'number' && depth < 0) return this;
    const { inspect } = lazyInspect();
    const obj = {
      href: this.href,
      origin: this.origin,
      protocol: this.protocol,
      username: this.username,
      password: this.password,
      host: this.host,
      hostname: this.hostname,
      port: this.port,
      pathname: this.pathname,
      search: this.search,
      searchParams: this.searchParams,
      hash: this.hash,
    };
    let name = 'URL';
    const ctor = this.constructor;
    if (typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name !== '') {
      name = ctor.name;
    }
    return `${name} ${inspect(obj, opts)}`;
  }

  toString() {
    if (!isURLObject(this)) throwNotURL();
    return this.#href;
  }

  get href() {
    if (!isURLObject(this)) throwNotURL();
    return this.#href;
  }

  set href(value) {
    if (!isURLObject(this)) throwNoContext();
    value = `${value}`;
    const href = bindingParse(value, undefined);
    if (href === undefined) throw invalidURL(value);
    this.#setHref(href);
  }

  // https://url.spec.whatwg.org/#dom-url-origin
  get origin() {
    if (!isURLObject(this)) throwNoContext();
    const type = this.#flags >> 2;
    const href = this.#href;
    if (type === kSchemeFile) return 'null';
    if (type !== kSchemeOther) {
      return hrefSlice(href, 0, this.#protocolEnd) + '//' +
        hrefSlice(href, this.#hostStart, this.#pathnameStart);
    }
    if (this.#protocolEnd === 5 && StringPrototypeStartsWith(href, 'blob:')) {
      // A blob URL's origin is the origin of the URL in its path, for http(s).
      const path = this.pathname;
      const inner = bindingParse(path, undefined);
      if (inner !== undefined) {
        const innerType = components[8] >> 2;
        if (innerType === 1 || innerType === 2) {
          return StringPrototypeSlice(inner, 0, components[0]) + '//' +
            StringPrototypeSlice(inner, components[2], components[5]);
        }
      }
    }
    return 'null';
  }

  get protocol() {
    if (!isURLObject(this)) throwNoContext();
    return hrefSlice(this.#href, 0, this.#protocolEnd);
  }

  set protocol(value) {
    if (!isURLObject(this)) throwNoContext();
    this.#update(kProtocol, value);
  }

  get username() {
    if (!isURLObject(this)) throwNoContext();
    if ((this.#flags & 1) === 0) return '';
    const start = this.#protocolEnd + 2;
    return this.#usernameEnd > start ?
      hrefSlice(this.#href, start, this.#usernameEnd) : '';
  }

  set username(value) {
    if (!isURLObject(this)) throwNoContext();
    this.#update(kUsername, value);
  }

  get password() {
    if (!isURLObject(this)) throwNoContext();
    if (this.#usernameEnd < this.#hostStart - 1) {
      return hrefSlice(this.#href, this.#usernameEnd + 1, this.#hostStart - 1);
    }
    return '';
  }

  set password(value) {
    if (!isURLObject(this)) throwNoContext();
    this.#update(kPassword, value);
  }

  get host() {
    if (!isURLObject(this)) throwNoContext();
    if ((this.#flags & 1) === 0) return '';
    return hrefSlice(this.#href, this.#hostStart, this.#pathnameStart);
  }

  set host(value) {
    if (!isURLObject(this)) throwNoContext();
    this.#update(kHost, value);
  }

  get hostname() {
    if (!isURLObject(this)) throwNoContext();
    return hrefSlice(this.#href, this.#hostStart, this.#hostEnd);
  }

  set hostname(value) {
    if (!isURLObject(this)) throwNoContext();
    this.#update(kHostname, value);
  }

  get port() {
    if (!isURLObject(this)) throwNoContext();
    return this.#port === -1 ? '' : `${this.#port}`;
  }

  set port(value) {
    if (!isURLObject(this)) throwNoContext();
    this.#update(kPort, value);
  }

  get pathname() {
    if (!isURLObject(this)) throwNoContext();
    const end = this.#searchStart !== -1 ? this.#searchStart :
      this.#hashStart !== -1 ? this.#hashStart : this.#href.length;
    return hrefSlice(this.#href, this.#pathnameStart, end);
  }

  set pathname(value) {
    if (!isURLObject(this)) throwNoContext();
    this.#update(kPathname, value);
  }

  get search() {
    if (!isURLObject(this)) throwNotURL();
    const search = this.#searchText();
    return search.length <= 1 ? '' : search;
  }

  set search(value) {
    if (!isURLObject(this)) throwNoContext();
    this.#update(kSearch, toUSVString(value));
  }

  get searchParams() {
    if (!isURLObject(this)) {
      throw new TypeError(
        'Cannot read private member #searchParams from an object whose class did not declare it');
    }
    if (this.#searchParams === undefined) {
      const params = new URLSearchParams(this.search);
      setParamsContext(params, this);
      this.#searchParams = params;
    }
    return this.#searchParams;
  }

  get hash() {
    if (!isURLObject(this)) throwNoContext();
    const start = this.#hashStart;
    if (start === -1 || this.#href.length - start <= 1) return '';
    return hrefSlice(this.#href, start);
  }

  set hash(value) {
    if (!isURLObject(this)) throwNoContext();
    this.#update(kHash, value);
  }

  toJSON() {
    if (!isURLObject(this)) throwNotURL();
    return this.#href;
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    const parsed = bindingParse(`${input}`, base === undefined ? undefined : `${base}`);
    if (parsed === undefined) return null;
    // The offsets are still in `components`: build the object from them.
    return new URL(parsed);
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    url = `${url}`;
    if (base !== undefined) return binding.canParse(url, `${base}`);
    return binding.canParse(url);
  }

  static createObjectURL(obj) {
    if (!(blobIsBlob ??= require('internal/blob').isBlob)(obj)) {
      throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
    }
    // A random UUID, as in node: blob:nodedata:xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx.
    const id = require('internal/crypto/random').randomUUID();
    blobRegistry.set(id, obj);
    return `blob:nodedata:${id}`;
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    const parsed = URL.parse(`${url}`);
    if (parsed === null || parsed.protocol !== 'blob:') return;
    const path = parsed.pathname;
    if (!StringPrototypeStartsWith(path, 'nodedata:')) return;
    blobRegistry.delete(StringPrototypeSlice(path, 9));
  }
}

ObjectDefineProperties(URL.prototype, {
  __proto__: null,
  [SymbolToStringTag]: {
    __proto__: null, value: 'URL', writable: false, enumerable: false, configurable: true,
  },
  toString: { __proto__: null, enumerable: true },
  href: { __proto__: null, enumerable: true },
  origin: { __proto__: null, enumerable: true },
  protocol: { __proto__: null, enumerable: true },
  username: { __proto__: null, enumerable: true },
  password: { __proto__: null, enumerable: true },
  host: { __proto__: null, enumerable: true },
  hostname: { __proto__: null, enumerable: true },
  port: { __proto__: null, enumerable: true },
  pathname: { __proto__: null, enumerable: true },
  search: { __proto__: null, enumerable: true },
  searchParams: { __proto__: null, enumerable: true },
  hash: { __proto__: null, enumerable: true },
  toJSON: { __proto__: null, enumerable: true },
});

ObjectDefineProperties(URL, {
  __proto__: null,
  parse: { __proto__: null, enumerable: true },
  canParse: { __proto__: null, enumerable: true },
  createObjectURL: { __proto__: null, enumerable: true },
  revokeObjectURL: { __proto__: null, enumerable: true },
});

// Called by the Blob implementation: isBlob(value) -> boolean.
function setBlobHooks(isBlob) {
  blobIsBlob = isBlob;
}

// The Blob registered for a blob:nodedata: URL, or undefined.
function resolveObjectURL(url) {
  url = `${url}`;
  const parsed = URL.parse(url);
  if (parsed === null || parsed.protocol !== 'blob:') return undefined;
  const path = parsed.pathname;
  if (!StringPrototypeStartsWith(path, 'nodedata:')) return undefined;
  return blobRegistry.get(StringPrototypeSlice(path, 9));
}

// ---------------------------------------------------------------------------------------
// node's helpers

// A URL-like object (node's duck typing for WHATWG URL instances, which legacy url
// objects fail because they have `auth` and `path`).
function isURL(self) {
  return Boolean(self?.href && self.protocol && self.auth === undefined &&
                 self.path === undefined);
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToASCII(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToUnicode(`${domain}`);
}

function hasEncodedSeparator(pathname, windows) {
  for (let n = 0; n + 2 < pathname.length; n++) {
    if (StringPrototypeCharCodeAt(pathname, n) !== 0x25) continue;
    const a = StringPrototypeCharCodeAt(pathname, n + 1);
    const b = StringPrototypeCharCodeAt(pathname, n + 2) | 0x20;
    if ((a === 0x32 && b === 0x66) || (windows && a === 0x35 && b === 0x63)) return true;
  }
  return false;
}

function pathFromURLPosix(url) {
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = url.pathname;
  if (hasEncodedSeparator(pathname, false)) {
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
  }
  return decodeURIComponentStrict(pathname);
}

function pathFromURLWin32(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  if (hasEncodedSeparator(pathname, true)) {
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters');
  }
  pathname = decodeURIComponentStrict(StringPrototypeReplaceAll(pathname, '/', '\\'));
  if (hostname !== '') return `\\\\${domainToUnicode(hostname)}${pathname}`;
  const letter = StringPrototypeCodePointAt(pathname, 1) | 0x20;
  const sep = pathname[2];
  if (letter < 0x61 || letter > 0x7A || sep !== ':') {
    throw new ERR_INVALID_FILE_URL_PATH('must be absolute');
  }
  return StringPrototypeSlice(pathname, 1);
}

function fileURLToPath(path, options = undefined) {
  const windows = options?.windows ?? isWindows;
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return windows ? pathFromURLWin32(path) : pathFromURLPosix(path);
}

// The characters pathToFileURL escapes before the path goes through the URL parser:
// those the parser would drop or read as delimiters ('%' first of all, so that nothing is
// decoded later, then tab, newline, CR, '?' and '#'), the backslash (a separator in
// URLs, a plain character in POSIX paths), and RFC 1738's other unsafe characters.
const pathEscapes = {
  __proto__: null,
  '\0': '%00', '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', '#': '%23', '%': '%25',
  '?': '%3F', '[': '%5B', '\\': '%5C', ']': '%5D', '^': '%5E', '|': '%7C', '~': '%7E',
};

function encodePathChars(filepath, windows) {
  let out = '';
  let last = 0;
  for (let i = 0; i < filepath.length; i++) {
    const ch = filepath[i];
    const escaped = pathEscapes[ch];
    if (escaped === undefined || (windows && ch === '\\')) continue;
    out += StringPrototypeSlice(filepath, last, i) + escaped;
    last = i + 1;
  }
  if (last === 0) return filepath;
  return out + StringPrototypeSlice(filepath, last);
}

function pathToFileURL(filepath, options) {
  validateString(filepath, 'path');
  const windows = options?.windows ?? isWindows;
  const path = require('path');
  if (windows && StringPrototypeStartsWith(filepath, '\\\\')) {
    // A UNC path: \\server\share\resource (or \\?\UNC\server\share\resource).
    const extended = StringPrototypeStartsWith(filepath, '\\\\?\\UNC\\');
    const prefix = extended ? 8 : 2;
    const hostEnd = StringPrototypeIndexOf(filepath, '\\', prefix);
    if (hostEnd === -1) {
      throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
    }
    if (hostEnd === 2) {
      throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
    }
    const url = new URL('file://');
    url.hostname = domainToASCII(StringPrototypeSlice(filepath, prefix, hostEnd));
    url.pathname = encodePathChars(
      StringPrototypeReplaceAll(StringPrototypeSlice(filepath, hostEnd), '\\', '/'), true);
    return url;
  }
  let resolved = windows ? path.win32.resolve(filepath) : path.posix.resolve(filepath);
  // resolve() drops a trailing separator; keep it.
  const last = StringPrototypeCharCodeAt(filepath, filepath.length - 1);
  if ((last === 0x2F || (windows && last === 0x5C)) &&
      resolved[resolved.length - 1] !== path.sep) {
    resolved += '/';
  }
  return new URL(`file://${encodePathChars(resolved, windows)}`);
}

// The options object http.request() takes, from a URL.
function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url, // properties a caller added to the URL object
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? StringPrototypeSlice(hostname, 1, -1) :
      hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponentStrict(username)}:${decodeURIComponentStrict(password)}`;
  }
  return options;
}

// url.format(URL, options): the href of `href` re-serialized without the parts the
// options leave out, and with a Unicode hostname when asked. undefined when href is not
// a valid URL.
function formatURL(href, fragment, unicode, search, auth) {
  const url = URL.parse(href);
  if (url === null) return undefined;
  let out = url.protocol;
  if (urlHasHost(url)) {
    out += '//';
    const username = url.username;
    const password = url.password;
    if (auth && (username !== '' || password !== '')) {
      out += username;
      if (password !== '') out += `:${password}`;
      out += '@';
    }
    out += unicode ? binding.hostnameToUnicode(url.hostname) : url.hostname;
    if (url.port !== '') out += `:${url.port}`;
  }
  const pathname = url.pathname;
  if (!urlHasHost(url) && StringPrototypeStartsWith(pathname, '//')) out += '/.';
  out += pathname;
  if (search) out += url.search;
  if (fragment) out += url.hash;
  return out;
}

module.exports = {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  urlToHttpOptions,
  isURL,
  invalidURL,
  decodeURIComponentStrict,
  isURLObject: (value) => isURLObject(value),
  isURLSearchParams: (value) => isURLSearchParams(value),
  formatURL,
  encodePathChars,
  serializeParams,
  parseParams,
  toUSVString,
  setBlobHooks,
  resolveObjectURL,
};

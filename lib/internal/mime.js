'use strict';

// util.MIMEType and util.MIMEParams: MIME type strings parsed and serialized as the
// WHATWG MIME Sniffing standard describes, with node's errors (ERR_INVALID_MIME_SYNTAX,
// naming the part that failed and the offset of the first bad character in it).

const {
  FunctionPrototypeCall,
  ObjectDefineProperty,
  RegExpPrototypeExec,
  SafeMap,
  StringPrototypeCharCodeAt,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeToLowerCase,
  SymbolIterator,
} = primordials;

const {
  codes: { ERR_INVALID_MIME_SYNTAX },
} = require('internal/errors');

// HTTP token code points: ! # $ % & ' * + - . ^ _ ` | ~ and ASCII alphanumerics.
const notTokenPattern = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/;
// Code points allowed in a quoted-string: tab, printable ASCII and U+0080..U+00FF.
const notQuotedStringPattern = /[^\t\u0020-\u007e\u0080-\u00ff]/;

// Index of the first character of str outside the pattern's allowed set, or -1.
function firstInvalid(pattern, str) {
  const match = RegExpPrototypeExec(pattern, str);
  return match === null ? -1 : match.index;
}

// HTTP whitespace: tab, line feed, carriage return, space (not the wider set trim()
// removes).
function isHTTPWhitespace(code) {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function trimLeadingHTTPWhitespace(str) {
  let start = 0;
  while (start < str.length && isHTTPWhitespace(StringPrototypeCharCodeAt(str, start))) start++;
  return StringPrototypeSlice(str, start);
}

function trimTrailingHTTPWhitespace(str) {
  let end = str.length;
  while (end > 0 && isHTTPWhitespace(StringPrototypeCharCodeAt(str, end - 1))) end--;
  return StringPrototypeSlice(str, 0, end);
}

// Lower-cases ASCII letters only.
function asciiLowerCase(str) {
  let out = '';
  for (let i = 0; i < str.length; i++) {
    const code = StringPrototypeCharCodeAt(str, i);
    out += code >= 0x41 && code <= 0x5a ? StringPrototypeToLowerCase(str[i]) : str[i];
  }
  return out;
}

// A parameter value as it appears when serialized: bare when it is a non-empty token,
// otherwise quoted with `"` and `\` escaped.
function serializeValue(value) {
  if (value.length !== 0 && firstInvalid(notTokenPattern, value) === -1) return value;
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    out += ch === '"' || ch === '\\' ? `\\${ch}` : ch;
  }
  return `${out}"`;
}

// Reads a quoted string starting at str[start] (the opening quote). Returns the
// unescaped value and the position just after what was consumed.
function readQuotedString(str, start) {
  let position = start + 1;
  let value = '';
  while (position < str.length) {
    const ch = str[position];
    if (ch === '"') {
      position++;
      break;
    }
    if (ch === '\\') {
      position++;
      if (position >= str.length) {
        value += '\\';
        break;
      }
      value += str[position];
      position++;
      continue;
    }
    value += ch;
    position++;
  }
  return { value, position };
}

class MIMEParams {
  #data = new SafeMap();

  // Removes the parameter name (compared as given: no case folding).
  delete(name) {
    this.#data.delete(name);
  }

  // The value of parameter name, or null.
  get(name) {
    const value = this.#data.get(name);
    return value === undefined ? null : value;
  }

  has(name) {
    return this.#data.has(name);
  }

  // Sets a parameter; name must be a non-empty HTTP token and value quoted-string
  // characters only.
  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    const badName = firstInvalid(notTokenPattern, name);
    if (name.length === 0 || badName !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('parameter name', name, badName);
    }
    const badValue = firstInvalid(notQuotedStringPattern, value);
    if (badValue !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('parameter value', value, badValue);
    }
    this.#data.set(name, value);
  }

  * entries() {
    yield* this.#data.entries();
  }

  * keys() {
    yield* this.#data.keys();
  }

  * values() {
    yield* this.#data.values();
  }

  // "name=value;name=value", values quoted where needed.
  toString() {
    let out = '';
    for (const { 0: name, 1: value } of this.#data) {
      if (out.length !== 0) out += ';';
      out += `${name}=${serializeValue(value)}`;
    }
    return out;
  }

  // Parses the parameters of a MIME type string from `position` into params, following
  // the standard's algorithm: malformed or duplicate parameters are skipped silently.
  static parseInto(params, str, position) {
    const data = params.#data;
    const length = str.length;
    while (position < length) {
      // Skip the ';' that ended the previous part, then leading whitespace.
      position++;
      while (position < length && isHTTPWhitespace(StringPrototypeCharCodeAt(str, position))) {
        position++;
      }
      let nameEnd = position;
      while (nameEnd < length && str[nameEnd] !== ';' && str[nameEnd] !== '=') nameEnd++;
      const name = asciiLowerCase(StringPrototypeSlice(str, position, nameEnd));
      position = nameEnd;
      if (position >= length) break;
      if (str[position] === ';') continue;
      // Skip '='.
      position++;
      if (position >= length) break;

      let value;
      if (str[position] === '"') {
        const quoted = readQuotedString(str, position);
        value = quoted.value;
        position = quoted.position;
        // Anything after the closing quote up to the next ';' is ignored.
        const next = StringPrototypeIndexOf(str, ';', position);
        position = next === -1 ? length : next;
      } else {
        const next = StringPrototypeIndexOf(str, ';', position);
        const end = next === -1 ? length : next;
        value = trimTrailingHTTPWhitespace(StringPrototypeSlice(str, position, end));
        position = end;
        if (value === '') continue;
      }

      if (name !== '' && firstInvalid(notTokenPattern, name) === -1 &&
          firstInvalid(notQuotedStringPattern, value) === -1 && !data.has(name)) {
        data.set(name, value);
      }
    }
  }
}

ObjectDefineProperty(MIMEParams.prototype, SymbolIterator, {
  __proto__: null,
  value: MIMEParams.prototype.entries,
  writable: true,
  enumerable: false,
  configurable: true,
});
ObjectDefineProperty(MIMEParams.prototype, 'toJSON', {
  __proto__: null,
  value: MIMEParams.prototype.toString,
  writable: true,
  enumerable: false,
  configurable: true,
});

const parseParamsInto = MIMEParams.parseInto;
delete MIMEParams.parseInto;
const serializeParams = MIMEParams.prototype.toString;

class MIMEType {
  #type;
  #subtype;
  #params;

  // new MIMEType(input): parses `${input}`; throws ERR_INVALID_MIME_SYNTAX for an
  // invalid type or subtype (the message shows the input as given).
  constructor(input) {
    input = `${input}`;
    // Only leading whitespace is skipped: node keeps trailing whitespace, so "text  "
    // is an invalid type and an unterminated quoted value keeps its trailing spaces.
    const str = trimLeadingHTTPWhitespace(input);

    const slash = StringPrototypeIndexOf(str, '/');
    const type = slash === -1 ? str : StringPrototypeSlice(str, 0, slash);
    const badType = firstInvalid(notTokenPattern, type);
    if (slash === -1 || type === '' || badType !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('type', input, badType);
    }

    const semicolon = StringPrototypeIndexOf(str, ';', slash + 1);
    const subtypeEnd = semicolon === -1 ? str.length : semicolon;
    const subtype = trimTrailingHTTPWhitespace(StringPrototypeSlice(str, slash + 1, subtypeEnd));
    const badSubtype = firstInvalid(notTokenPattern, subtype);
    if (subtype === '' || badSubtype !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('subtype', input, badSubtype);
    }

    this.#type = asciiLowerCase(type);
    this.#subtype = asciiLowerCase(subtype);
    this.#params = new MIMEParams();
    parseParamsInto(this.#params, str, subtypeEnd);
  }

  get type() {
    return this.#type;
  }

  set type(value) {
    value = `${value}`;
    const bad = firstInvalid(notTokenPattern, value);
    if (value.length === 0 || bad !== -1) throw new ERR_INVALID_MIME_SYNTAX('type', value, bad);
    this.#type = asciiLowerCase(value);
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(value) {
    value = `${value}`;
    const bad = firstInvalid(notTokenPattern, value);
    if (value.length === 0 || bad !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('subtype', value, bad);
    }
    this.#subtype = asciiLowerCase(value);
  }

  // "type/subtype" without parameters.
  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#params;
  }

  toString() {
    const params = FunctionPrototypeCall(serializeParams, this.#params);
    return `${this.#type}/${this.#subtype}${params.length !== 0 ? `;${params}` : ''}`;
  }
}

ObjectDefineProperty(MIMEType.prototype, 'toJSON', {
  __proto__: null,
  value: MIMEType.prototype.toString,
  writable: true,
  enumerable: false,
  configurable: true,
});

module.exports = {
  MIMEParams,
  MIMEType,
};

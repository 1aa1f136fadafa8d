'use strict';

// V8's wording for errors the engine raises itself.
//
// JavaScriptCore words its errors differently ("undefined is not an object (evaluating
// 'a.b')" where V8 says "Cannot read properties of undefined (reading 'b')"). The engine
// offers no hook at creation, so:
//  - JSON.parse is wrapped: on failure its SyntaxError is rebuilt with V8's message,
//    found by locating the error in the text the way V8's parser does;
//  - other engine errors are rewritten when nodus observes them (printing an uncaught
//    error, util.inspect, console.log, uncaughtException listeners, String(err)) by
//    rewriteEngineMessage(), which also records where V8 reports the error.
// docs/engine-errors.md lists what is covered and measured.

const {
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  RegExpPrototypeExec,
  ArrayPrototypePush,
  SafeMap,
  SafeSet,
  SafeWeakMap,
  SafeWeakSet,
  StringPrototypeEndsWith,
  StringPrototypeIndexOf,
  StringPrototypeReplace,
  StringPrototypeStartsWith,
  StringPrototypeToLowerCase,
  StringPrototypeCharCodeAt,
  StringPrototypeSlice,
} = primordials;

const rewritten = new SafeWeakSet();

// ---------------------------------------------------------------------------------------
// JSON.parse.

function isJsonSpace(c) {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function isDigit(c) {
  return c >= 0x30 && c <= 0x39;
}

// V8 quotes the text around an unexpected token: all of it when it is short, otherwise
// ten characters either side, with "..." where the text was cut.
function jsonContext(text, pos) {
  const n = text.length;
  if (n <= 20) return `"${text}"`;
  const start = pos - 10 > 0 ? pos - 10 : 0;
  const end = pos + 10 < n ? pos + 10 : n;
  return `${start > 0 ? '...' : ''}"${StringPrototypeSlice(text, start, end)}"` +
    `${end < n ? '...' : ''}`;
}

// Texts that String() produces from common non-JSON values; V8 names them whole.
const kJsonSpecialTexts = ['undefined', 'NaN', 'Infinity', '[object Object]'];

function isHexDigit(c) {
  return isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

// Returns V8's message for the first error in `text` (a string that JSON.parse
// rejected), or undefined when the text is valid JSON. The grammar walk follows the
// order in which V8's parser checks things, which decides what it reports: a missing
// value is "Unexpected end of JSON input", a missing punctuator after an object's first
// key is "Expected ':' ...", after a later key it is reported as an unexpected token, and
// so on (established by experiment against node 20).
// The offset the last located error is at (V8 shows the JSON text above an uncaught
// JSON.parse error as if it were a script, with a caret there).
let jsonErrorPosition = 0;

function locateJsonError(text) {
  const n = text.length;
  let i = 0;
  jsonErrorPosition = n;
  const at = (p) => {
    jsonErrorPosition = p;
    return `in JSON at position ${p}`;
  };

  function skip() {
    while (i < n && isJsonSpace(StringPrototypeCharCodeAt(text, i))) i++;
  }

  // The character at `p` is not what the grammar allows here.
  function unexpected(p) {
    jsonErrorPosition = p < n ? p : n;
    if (p >= n) return 'Unexpected end of JSON input';
    const c = StringPrototypeCharCodeAt(text, p);
    if (c === 0x22) return `Unexpected string ${at(p)}`;
    if (isDigit(c) || c === 0x2d) return `Unexpected number ${at(p)}`;
    for (let k = 0; k < kJsonSpecialTexts.length; k++) {
      if (text === kJsonSpecialTexts[k]) return `"${text}" is not valid JSON`;
    }
    return `Unexpected token '${text[p]}', ${jsonContext(text, p)} is not valid JSON`;
  }

  // Each parse function returns an error message, or undefined after consuming its part.
  function parseString() {
    i++;  // the opening quote
    for (;;) {
      if (i >= n) return `Unterminated string ${at(n)}`;
      const c = StringPrototypeCharCodeAt(text, i);
      if (c === 0x22) {
        i++;
        return undefined;
      }
      if (c < 0x20) return `Bad control character in string literal ${at(i)}`;
      if (c === 0x5c) {
        i++;
        if (i >= n) return unexpected(n);
        const e = StringPrototypeCharCodeAt(text, i);
        if (e === 0x75 /* u */) {
          for (let k = 1; k <= 4; k++) {
            if (i + k >= n || !isHexDigit(StringPrototypeCharCodeAt(text, i + k))) {
              return `Bad Unicode escape ${at(i + k)}`;
            }
          }
          i += 5;
          continue;
        }
        // " \ / b f n r t
        if (e !== 0x22 && e !== 0x5c && e !== 0x2f && e !== 0x62 && e !== 0x66 &&
            e !== 0x6e && e !== 0x72 && e !== 0x74) {
          return `Bad escaped character ${at(i)}`;
        }
      }
      i++;
    }
  }

  function digitAt(p) {
    return p < n && isDigit(StringPrototypeCharCodeAt(text, p));
  }

  function parseNumber() {
    if (text[i] === '-') {
      i++;
      if (!digitAt(i)) return `No number after minus sign ${at(i)}`;
    }
    if (text[i] === '0') {
      i++;
      if (digitAt(i)) return `Unexpected number ${at(i)}`;
    } else {
      while (digitAt(i)) i++;
    }
    if (text[i] === '.') {
      i++;
      if (!digitAt(i)) return `Unterminated fractional number ${at(i)}`;
      while (digitAt(i)) i++;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!digitAt(i)) return `Exponent part is missing a number ${at(i)}`;
      while (digitAt(i)) i++;
    }
    return undefined;
  }

  function parseLiteral(word) {
    for (let k = 0; k < word.length; k++, i++) {
      if (i >= n || text[i] !== word[k]) return unexpected(i);
    }
    return undefined;
  }

  function parseObject() {
    i++;  // {
    skip();
    if (text[i] === '}') {
      i++;
      return undefined;
    }
    let first = true;
    for (;;) {
      if (text[i] !== '"') {
        return first ? `Expected property name or '}' ${at(i)}` :
          `Expected double-quoted property name ${at(i)}`;
      }
      let error = parseString();
      if (error !== undefined) return error;
      skip();
      if (text[i] !== ':') return first ? `Expected ':' after property name ${at(i)}` : unexpected(i);
      i++;
      error = parseValue();
      if (error !== undefined) return error;
      skip();
      if (text[i] === '}') {
        i++;
        return undefined;
      }
      if (text[i] !== ',') return `Expected ',' or '}' after property value ${at(i)}`;
      i++;
      skip();
      first = false;
    }
  }

  function parseArray() {
    i++;  // [
    skip();
    if (text[i] === ']') {
      i++;
      return undefined;
    }
    for (;;) {
      const error = parseValue();
      if (error !== undefined) return error;
      skip();
      if (text[i] === ']') {
        i++;
        return undefined;
      }
      if (text[i] !== ',') return `Expected ',' or ']' after array element ${at(i)}`;
      i++;
    }
  }

  function parseValue() {
    skip();
    if (i >= n) return unexpected(n);
    const c = text[i];
    if (c === '"') return parseString();
    if (c === '{') return parseObject();
    if (c === '[') return parseArray();
    if (c === 't') return parseLiteral('true');
    if (c === 'f') return parseLiteral('false');
    if (c === 'n') return parseLiteral('null');
    if (c === '-' || isDigit(StringPrototypeCharCodeAt(text, i))) return parseNumber();
    return unexpected(i);
  }

  const error = parseValue();
  if (error !== undefined) return error;
  skip();
  if (i < n) {
    jsonErrorPosition = i;
    return `Unexpected non-whitespace character after JSON at position ${i}`;
  }
  return undefined;
}

// error -> { text, position } for JSON.parse errors, for the uncaught-error arrow.
const jsonSources = new SafeWeakMap();

function getJsonErrorSource(err) {
  return jsonSources.get(err);
}

// The SyntaxError V8's JSON.parse throws for `text`, or undefined when the text is valid
// (the engine failed for another reason). Called from the JSON.parse wrapper (installed
// by the bootstrap), whose frame is replaced by the native "JSON.parse" frame V8 shows.
function jsonParseError(text) {
  const message = locateJsonError(`${text}`);
  if (message === undefined) return undefined;
  lazyModules();
  const error = new stackSupport.wrappers.SyntaxError(message);
  // The wrapper's own frame (the first after the constructor) becomes the native one.
  stackSupport.setNativeTopFrame(error, 'parse', 1);
  jsonSources.set(error, { text: `${text}`, position: jsonErrorPosition });
  return error;
}

// ---------------------------------------------------------------------------------------
// Other engine errors.
//
// A fresh engine error carries JavaScriptCore's position of the failing operation as own
// `line`, `column` and `sourceURL` properties (the stack module removes them when it
// adopts the error). That position is often not where V8 reports the error (the `.` of
// `a.b` where V8 names `b`, the start of the enclosing function for some checks), and the
// message often lacks what V8 names. Both are recovered from the source text around the
// position with internal/errors/source_scan. translateAt() returns the V8 message and,
// when it knows better than the generic stack conversion, the V8 position of the error.

let scan;  // internal/errors/source_scan, loaded on first use
let stackSupport;  // internal/errors/stack

function lazyModules() {
  if (scan === undefined) {
    scan = require('internal/errors/source_scan');
    stackSupport = require('internal/errors/stack');
  }
}

// err -> { url, line, column, drop, owner, nativeTop, nativeTopOwner, evalColumnDelta,
// syntax } for errors whose V8 position or frames differ from the generic conversion;
// read by the stack module when it adopts the error and by the uncaught-error printer.
const errorSites = new SafeWeakMap();

function getEngineErrorSite(err) {
  return errorSites.get(err);
}

// How many lines around the position are tokenized for local questions.
const kWindowLines = 12;
// The most text tokenized on either side of the position.
const kMaxWindow = 4000;
// The most text scanned forward for a function body.
const kMaxBodyScan = 200000;

// The source around an engine error's position. JavaScriptCore's `column` on line 1 of a
// CommonJS module counts the loader's wrapper; `offset` is the position in the file text
// (-1 when the position is the module wrapper itself: checks that run at function entry
// report the function's start, which for module code is the wrapper).
class Site {
  constructor(url, line, column, frame) {
    this.url = url;
    this.line = line;
    this.column = column;
    this.frame = frame;  // the first raw frame: { name, native }
    this.source = url === '' ? null : stackSupport.getSource(url);
    this.offset = undefined;
    this.tokensCache = undefined;
    this.indexCache = -1;
    const source = this.source;
    if (source === null || line < 1 || line > source.lines.length) return;
    let col = column;
    if (line === 1) col -= stackSupport.getWrapperOffset(url);
    if (col < 1) {
      this.offset = -1;
      return;
    }
    this.offset = source.starts[line - 1] + col - 1;
  }

  get text() {
    return this.source.text;
  }

  // Tokens of the lines around the position; `index` is the token at the position.
  get tokens() {
    if (this.tokensCache === undefined) {
      const { lines, starts, text } = this.source;
      const first = this.line - kWindowLines > 1 ? this.line - kWindowLines : 1;
      const last = this.line + kWindowLines < lines.length ? this.line + kWindowLines :
        lines.length;
      let start = starts[first - 1];
      let end = last < lines.length ? starts[last] : text.length;
      // Minified code has long lines: a bounded window around the position.
      if (this.offset - start > kMaxWindow) start = this.offset - kMaxWindow;
      if (end - this.offset > kMaxWindow) end = this.offset + kMaxWindow;
      this.tokensCache = scan.tokenize(text, start, end);
      this.indexCache = scan.tokenAt(this.tokensCache, this.offset);
    }
    return this.tokensCache;
  }

  get index() {
    // Reading `tokens` computes the index.
    return this.tokens === undefined ? -1 : this.indexCache;
  }

  // The token that starts exactly at the position, or undefined.
  get token() {
    const t = this.tokens[this.index];
    return t !== undefined && t.s === this.offset ? t : undefined;
  }

  // The token that ends at the position (white space allowed in between), or undefined.
  get tokenBefore() {
    const t = this.tokens[this.index - 1];
    if (t === undefined) return undefined;
    for (let k = t.e; k < this.offset; k++) {
      const c = StringPrototypeCharCodeAt(this.text, k);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return undefined;
    }
    return t;
  }

  // { line, column } (1-based, file coordinates) of a text offset.
  position(offset) {
    const { starts } = this.source;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }
}

// A translation: the V8 message, and optionally where V8 reports the error (a text
// offset) and how many leading raw frames V8 does not show.
// `extra` may name the owner V8 shows for the top native frame ('' for none), or a native
// frame V8 shows on top that JavaScriptCore does not have (nativeTop, nativeTopOwner).
function result(message, at, drop, extra) {
  return { message, at, drop, extra };
}

// ---------------------------------------------------------------------------------------
// Function bodies, for checks JavaScriptCore reports at the function's start.

// When the position is the start of a function (its parameter list, or the module
// wrapper), returns { tokens, params: [open, close] | undefined, body: [open, close] }
// with indexes into `tokens`; otherwise undefined.
function functionAtSite(site) {
  if (site.offset === -1) {
    const tokens = scan.tokenize(site.text, 0, site.text.length < kMaxBodyScan * 10 ?
      site.text.length : kMaxBodyScan * 10);
    return { tokens, params: undefined, body: [-1, tokens.length] };
  }
  const text = site.text;
  const end = site.offset + kMaxBodyScan < text.length ? site.offset + kMaxBodyScan :
    text.length;
  const tokens = scan.tokenize(text, site.offset, end);
  const first = tokens[0];
  if (first === undefined) return undefined;
  let k = 0;
  let params;
  if (scan.isPunct(first, '(')) {
    const close = scan.matchBracket(tokens, 0);
    if (close < 0) return undefined;
    params = [0, close];
    k = close + 1;
  } else if (scan.isIdentifier(first) && scan.isPunct(tokens[1], '=>')) {
    k = 1;
  } else {
    return undefined;
  }
  if (scan.isPunct(tokens[k], '=>')) k++;
  if (!scan.isPunct(tokens[k], '{')) {
    // An arrow function with an expression body: up to the end of the expression.
    const start = k;
    let level = 0;
    for (; k < tokens.length; k++) {
      const t = tokens[k];
      if (t.k === scan.kPunct && (t.v === '(' || t.v === '[' || t.v === '{')) level++;
      else if (t.k === scan.kPunct && (t.v === ')' || t.v === ']' || t.v === '}')) {
        if (--level < 0) break;
      } else if (level === 0 && (scan.isPunct(t, ',') || scan.isPunct(t, ';'))) break;
    }
    return { tokens, params, body: [start - 1, k] };
  }
  const close = scan.matchBracket(tokens, k);
  if (close < 0) return undefined;
  return { tokens, params, body: [k, close] };
}

// Indexes of the tokens in (from, to) that belong to the function itself, not to nested
// functions or classes (their checks report their own positions).
function ownTokenIndexes(tokens, from, to) {
  const own = [];
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k];
    if (scan.isName(t, 'function') || scan.isName(t, 'class')) {
      // Skip to the end of its body; a class's name and heritage stay visible.
      if (t.v === 'class') {
        ArrayPrototypePush(own, k);
        if (scan.isIdentifier(tokens[k + 1])) ArrayPrototypePush(own, k + 1);
      }
      let j = k + 1;
      while (j < to && !scan.isPunct(tokens[j], '{')) {
        if (scan.isPunct(tokens[j], '(')) j = scan.matchBracket(tokens, j);
        if (j < 0) return own;
        j++;
      }
      const close = scan.matchBracket(tokens, j);
      if (close < 0) return own;
      k = close;
      continue;
    }
    if (scan.isPunct(t, '=>')) {
      if (scan.isPunct(tokens[k + 1], '{')) {
        const close = scan.matchBracket(tokens, k + 1);
        if (close < 0) return own;
        k = close;
      } else {
        let level = 0;
        let j = k + 1;
        for (; j < to; j++) {
          const u = tokens[j];
          if (u.k === scan.kPunct && (u.v === '(' || u.v === '[' || u.v === '{')) level++;
          else if (u.k === scan.kPunct && (u.v === ')' || u.v === ']' || u.v === '}')) {
            if (--level < 0) break;
          } else if (level === 0 && (scan.isPunct(u, ',') || scan.isPunct(u, ';'))) break;
        }
        k = j - 1;
      }
      continue;
    }
    // A method: name(...) { ... } inside an object literal or class body.
    if (scan.isPunct(t, '(') && scan.isName(tokens[k - 1]) &&
        scan.isPunct(tokens[scan.matchBracket(tokens, k) + 1], '{') &&
        !scan.isName(tokens[k - 1], 'if') && !scan.isName(tokens[k - 1], 'while') &&
        !scan.isName(tokens[k - 1], 'for') && !scan.isName(tokens[k - 1], 'switch') &&
        !scan.isName(tokens[k - 1], 'catch') && !scan.isName(tokens[k - 1], 'with')) {
      const close = scan.matchBracket(tokens, scan.matchBracket(tokens, k) + 1);
      if (close < 0) return own;
      k = close;
      continue;
    }
    ArrayPrototypePush(own, k);
  }
  return own;
}

// The innermost `{` (index) that encloses tokens[k] within (from, k), or `from`.
function enclosingBlock(tokens, from, k) {
  let level = 0;
  for (let j = k - 1; j > from; j--) {
    const t = tokens[j];
    if (t.k !== scan.kPunct) continue;
    if (t.v === '}' || t.v === ')' || t.v === ']') level++;
    else if (t.v === '{' || t.v === '(' || t.v === '[') {
      if (level === 0 && t.v === '{') return j;
      if (level > 0) level--;
    }
  }
  return from;
}

// Names bound by a binding pattern or identifier starting at tokens[k]; pushes
// [name, index] pairs.
function collectBindingNames(tokens, k, out) {
  const t = tokens[k];
  if (scan.isIdentifier(t)) {
    ArrayPrototypePush(out, [t.v, k]);
    return;
  }
  if (!scan.isPunct(t, '{') && !scan.isPunct(t, '[')) return;
  const close = scan.matchBracket(tokens, k);
  for (let j = k + 1; j < close; j++) {
    const u = tokens[j];
    if (!scan.isIdentifier(u)) continue;
    const next = tokens[j + 1];
    const prev = tokens[j - 1];
    if (scan.isPunct(next, ':') || scan.isPunct(prev, '.')) continue;
    if (scan.isPunct(next, ',') || scan.isPunct(next, '}') || scan.isPunct(next, ']') ||
        scan.isPunct(next, '=')) {
      ArrayPrototypePush(out, [u.v, j]);
    }
  }
}

// Lexical declarations (let, const, class) among the own tokens:
// [{ name, index, kind, block }].
function lexicalDeclarations(tokens, own, from) {
  const decls = [];
  for (let n = 0; n < own.length; n++) {
    const k = own[n];
    const t = tokens[k];
    if (t.k !== scan.kName) continue;
    if (t.v === 'class' && scan.isIdentifier(tokens[k + 1]) &&
        !scan.isPunct(tokens[k - 1], '=') && !scan.isPunct(tokens[k - 1], '(') &&
        !scan.isPunct(tokens[k - 1], ',')) {
      ArrayPrototypePush(decls, {
        name: tokens[k + 1].v, index: k + 1, kind: 'class', block: enclosingBlock(tokens, from, k),
      });
      continue;
    }
    if ((t.v === 'let' || t.v === 'const') && !scan.isPunct(tokens[k - 1], '.')) {
      const pairs = [];
      // Declarators: NAME [= init] (, NAME [= init])*
      let j = k + 1;
      for (;;) {
        collectBindingNames(tokens, j, pairs);
        const first = tokens[j];
        if (scan.isPunct(first, '{') || scan.isPunct(first, '[')) j = scan.matchBracket(tokens, j);
        if (j < 0) break;
        j++;
        // Skip the initializer to the next top-level comma or the end of the statement.
        let level = 0;
        for (; j < tokens.length; j++) {
          const u = tokens[j];
          if (u.k === scan.kPunct && (u.v === '(' || u.v === '[' || u.v === '{')) level++;
          else if (u.k === scan.kPunct && (u.v === ')' || u.v === ']' || u.v === '}')) {
            if (--level < 0) break;
          } else if (level === 0 && (scan.isPunct(u, ',') || scan.isPunct(u, ';') ||
                     scan.isName(u, 'of') || scan.isName(u, 'in'))) break;
        }
        if (!scan.isPunct(tokens[j], ',')) break;
        j++;
      }
      const block = enclosingBlock(tokens, from, k);
      for (let p = 0; p < pairs.length; p++) {
        ArrayPrototypePush(decls, { name: pairs[p][0], index: pairs[p][1], kind: t.v, block });
      }
    }
  }
  return decls;
}

// True when tokens[k] (an identifier) is a reference to a binding: not a property name,
// an object literal key or a declaration.
function isReference(tokens, k) {
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (scan.isPunct(prev, '.') || scan.isPunct(prev, '?.')) return false;
  if (scan.isName(prev, 'let') || scan.isName(prev, 'const') || scan.isName(prev, 'var') ||
      scan.isName(prev, 'class') || scan.isName(prev, 'function')) return false;
  if (scan.isPunct(next, ':') && (scan.isPunct(prev, '{') || scan.isPunct(prev, ','))) {
    return false;
  }
  return true;
}

// Where V8 reports an error about the variable referenced at tokens[k]: the `=` of an
// assignment to it, the `typeof` or `new` applied to it, or the name itself.
function referencePosition(tokens, k) {
  const next = tokens[k + 1];
  if (scan.isPunct(next, '=')) return next.s;
  return readPosition(tokens, k);
}

// Tokens that evaluate nothing before the operand that follows them.
const kPrefixWords = new SafeSet(['return', 'throw', 'if', 'while', 'switch', 'typeof', 'void',
  'await', 'new', 'delete', 'yield']);
const kPrefixPuncts = new SafeSet(['(', '!', '-', '+', '~', '...']);
const kBoundaryWords = new SafeSet(['else', 'do']);

function tokenIndexAt(tokens, offset) {
  return scan.tokenAt(tokens, offset);
}

// True when the `{` at tokens[j] opens a block (not an object literal).
function isBlockBrace(tokens, j) {
  const prev = tokens[j - 1];
  if (prev === undefined) return true;
  if (prev.k === scan.kPunct) {
    return prev.v === ';' || prev.v === '{' || prev.v === '}' || prev.v === ')' ||
      prev.v === '=>';
  }
  if (prev.k === scan.kName) {
    return prev.v === 'else' || prev.v === 'do' || prev.v === 'try' || prev.v === 'finally' ||
      prev.nl === true || j === 0;
  }
  return prev.nl === true;
}

// Where V8 reports reading the variable at tokens[k] (not defined, or in its TDZ): when
// the read is the first thing its statement evaluates, at the statement's start (the
// `return`, the `if`, the expression statement's first token); otherwise at the name.
function readPosition(tokens, k) {
  let j = k - 1;
  for (; j >= 0; j--) {
    const t = tokens[j];
    if (t.k === scan.kName && kPrefixWords.has(t.v)) {
      if (t.v === 'if' || t.v === 'while' || t.v === 'switch') {
        if (!scan.isPunct(tokens[j + 1], '(')) break;
      }
      continue;
    }
    if (t.k === scan.kPunct && kPrefixPuncts.has(t.v)) {
      // `f(x)`: the callee is evaluated first.
      if (t.v === '(' && scan.endsExpression(tokens[j - 1]) &&
          !scan.isName(tokens[j - 1], 'if') && !scan.isName(tokens[j - 1], 'while') &&
          !scan.isName(tokens[j - 1], 'switch') && !scan.isName(tokens[j - 1], 'return') &&
          !scan.isName(tokens[j - 1], 'throw') && !scan.isName(tokens[j - 1], 'typeof') &&
          !scan.isName(tokens[j - 1], 'void') && !scan.isName(tokens[j - 1], 'await')) {
        return tokens[k].s;
      }
      continue;
    }
    if (t.k === scan.kTemplateHead && t.v === '') continue;
    // `a = x`: storing to a plain name evaluates nothing first.
    if (scan.isPunct(t, '=') && scan.isIdentifier(tokens[j - 1]) &&
        !scan.isPunct(tokens[j - 2], '.') && !scan.isName(tokens[j - 2], 'const') &&
        !scan.isName(tokens[j - 2], 'let') && !scan.isName(tokens[j - 2], 'var')) {
      j--;
      continue;
    }
    break;
  }
  const stop = tokens[j];
  const first = tokens[j + 1];
  if (scan.isPunct(stop, '{') && !isBlockBrace(tokens, j)) return tokens[k].s;
  if (scan.isPunct(stop, '=>') && first === tokens[k]) {
    // An arrow function's expression body is its return statement, reported where the
    // expression is: a binary expression at its operator.
    const op = operatorAfterOperand(tokens, k);
    if (op !== undefined) {
      const t = tokens[tokenIndexAt(tokens, op)];
      if (t !== undefined && scan.kBinaryOperators.has(t.v)) return op;
    }
  }
  if (stop === undefined || scan.isPunct(stop, ';') || scan.isPunct(stop, '{') ||
      scan.isPunct(stop, '}') || scan.isPunct(stop, ')') || scan.isPunct(stop, '=>') ||
      (stop.k === scan.kName && kBoundaryWords.has(stop.v)) ||
      (first.nl && scan.endsExpression(stop))) {
    return first.s;
  }
  return tokens[k].s;
}

function isAssignmentOperator(t) {
  if (t === undefined || t.k !== scan.kPunct) return false;
  switch (t.v) {
    case '=': case '+=': case '-=': case '*=': case '/=': case '%=': case '**=':
    case '<<=': case '>>=': case '>>>=': case '&=': case '|=': case '^=':
    case '&&=': case '||=': case '??=':
      return true;
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------------------
// The rules.

// True when the position is the start of a function: the `(` of its parameters (checks
// that run on entry report it), or the module wrapper.
function atFunctionStart(site) {
  if (site.offset === -1) return true;
  const tokens = site.tokens;
  const at = site.token;
  if (at === undefined) return false;
  if (scan.isIdentifier(at) && scan.isPunct(tokens[site.index + 1], '=>')) return true;
  if (!scan.isPunct(at, '(')) return false;
  const close = scan.matchBracket(tokens, site.index);
  const after = tokens[close + 1];
  if (close < 0 || !(scan.isPunct(after, '{') || scan.isPunct(after, '=>'))) return false;
  const before = tokens[site.index - 1];
  return !(scan.isName(before, 'if') || scan.isName(before, 'while') ||
    scan.isName(before, 'for') || scan.isName(before, 'switch') ||
    scan.isName(before, 'catch') || scan.isName(before, 'with'));
}

function tdzError(site) {
  const tokens = site.tokens;
  // The position is next to the name in most cases: right after it (`q;`, `C(`), at it
  // (`w + 1`), or at a `.` after it.
  let k = -1;
  if (!atFunctionStart(site)) {
    // Names declared by let, const or class in the lines around: where each is declared.
    const declared = new SafeMap();
    for (let j = 0; j < tokens.length; j++) {
      const t = tokens[j];
      if (!scan.isName(t, 'let') && !scan.isName(t, 'const') && !scan.isName(t, 'class')) {
        continue;
      }
      const pairs = [];
      collectBindingNames(tokens, j + 1, pairs);
      for (let p = 0; p < pairs.length; p++) {
        // The last declaration of the name seen so far is kept: it is the one after a
        // reference when the scan reaches it (references come before their declaration).
        const list = declared.get(pairs[p][0]);
        if (list === undefined) declared.set(pairs[p][0], [pairs[p][1]]);
        else ArrayPrototypePush(list, pairs[p][1]);
      }
    }
    // A reference to one of them before its declaration, nearest to the position (right
    // before it, at it, then after it).
    // `strict`: declared after the reference, or in the statement that declares it.
    const candidate = (j, strict) => {
      const t = tokens[j];
      if (!scan.isIdentifier(t) || !isReference(tokens, j)) return false;
      const list = declared.get(t.v);
      if (list === undefined) return false;
      if (!strict) return true;
      for (let n = 0; n < list.length; n++) {
        if (list[n] > j) return true;
        let same = true;
        for (let q = list[n]; q < j && same; q++) {
          if (scan.isPunct(tokens[q], ';')) same = false;
        }
        if (same) return true;
      }
      return false;
    };
    const before = site.tokenBefore;
    if (before !== undefined && candidate(site.index - 1, false)) {
      k = site.index - 1;
    } else if (site.token !== undefined && candidate(site.index, false)) {
      k = site.index;
    } else {
      for (let d = 0; d < 48 && k < 0; d++) {
        if (candidate(site.index + d, true)) k = site.index + d;
        else if (d > 0 && d < 8 && candidate(site.index - d, true)) k = site.index - d;
      }
    }
  }
  if (k >= 0) {
    return result(`Cannot access '${tokens[k].v}' before initialization`,
                  referencePosition(tokens, k));
  }
  // Otherwise the check ran at the function's start: find the first reference, in the
  // function's own code, to a lexical binding before its declaration.
  const fn = functionAtSite(site);
  if (fn === undefined) return undefined;
  const ft = fn.tokens;
  const own = ownTokenIndexes(ft, fn.body[0], fn.body[1]);
  const decls = lexicalDeclarations(ft, own, fn.body[0]);
  if (decls.length === 0) {
    // A closure reading a binding of an enclosing scope before its declaration ran: the
    // first name the function uses that the lines around declare with let, const or class.
    const outer = new SafeSet();
    const window = site.tokens;
    for (let j = 0; j < window.length; j++) {
      const t = window[j];
      if (scan.isName(t, 'let') || scan.isName(t, 'const') || scan.isName(t, 'class')) {
        const pairs = [];
        collectBindingNames(window, j + 1, pairs);
        for (let p = 0; p < pairs.length; p++) outer.add(pairs[p][0]);
      }
    }
    for (let n = 0; n < own.length; n++) {
      const r = own[n];
      const t = ft[r];
      if (scan.isIdentifier(t) && isReference(ft, r) && outer.has(t.v)) {
        return result(`Cannot access '${t.v}' before initialization`, referencePosition(ft, r));
      }
    }
    return undefined;
  }
  for (let n = 0; n < own.length; n++) {
    const r = own[n];
    const t = ft[r];
    if (!scan.isIdentifier(t) || !isReference(ft, r)) continue;
    for (let d = 0; d < decls.length; d++) {
      const decl = decls[d];
      if (decl.name !== t.v || r >= decl.index || r <= decl.block) continue;
      const blockEnd = decl.block < 0 ? ft.length : scan.matchBracket(ft, decl.block);
      if (blockEnd >= 0 && r > blockEnd) continue;
      return result(`Cannot access '${t.v}' before initialization`,
                    referencePosition(ft, r));
    }
  }
  return undefined;
}

// An assignment to a const binding (JavaScriptCore: "Attempted to assign to readonly
// property." at the function's start, or near the name).
function constAssignmentPosition(site) {
  if (atFunctionStart(site)) return constAssignmentInFunction(site);
  const tokens = site.tokens;
  const containing = tokens[site.index];
  if (isAssignmentOperator(containing) && containing.s <= site.offset) return containing.s;
  const before = site.tokenBefore;
  // Near the assignment (a loop's head for an assignment in its body, or the last
  // position the engine recorded before it): the first assignment to a const declared
  // before the position.
  const consts = new SafeSet();
  for (let j = 0; j < site.index; j++) {
    if (scan.isName(tokens[j], 'const') && scan.isIdentifier(tokens[j + 1])) {
      consts.add(tokens[j + 1].v);
    }
  }
  const from = before !== undefined && scan.isIdentifier(before) ? site.index - 1 : site.index;
  for (let j = from; j < tokens.length && j < from + 256; j++) {
    const t = tokens[j];
    if (t.k !== scan.kName || !consts.has(t.v)) continue;
    const p = assignmentAt(tokens, j, t.v);
    if (p !== undefined) return p;
  }
  return undefined;
}

function constAssignmentInFunction(site) {
  const fn = functionAtSite(site);
  if (fn === undefined) return undefined;
  const ft = fn.tokens;
  const own = ownTokenIndexes(ft, fn.body[0], fn.body[1]);
  const consts = new SafeSet();
  const decls = lexicalDeclarations(ft, own, fn.body[0]);
  for (let d = 0; d < decls.length; d++) {
    if (decls[d].kind === 'const' || decls[d].kind === 'class') consts.add(decls[d].name);
  }
  for (let n = 0; n < own.length; n++) {
    const r = own[n];
    const t = ft[r];
    if (!scan.isIdentifier(t) || !consts.has(t.v) || !isReference(ft, r)) continue;
    const p = assignmentAt(ft, r, t.v);
    if (p !== undefined) return p;
  }
  return undefined;
}

// If tokens[k] is `name` being assigned or updated, V8's position for the error.
function assignmentAt(tokens, k, name) {
  const t = tokens[k];
  if (!scan.isName(t, name) || !isReference(tokens, k)) return undefined;
  const next = tokens[k + 1];
  if (isAssignmentOperator(next)) return next.s;
  if ((scan.isPunct(next, '++') || scan.isPunct(next, '--')) && !next.nl) return next.s;
  const prev = tokens[k - 1];
  if (scan.isPunct(prev, '++') || scan.isPunct(prev, '--')) return t.s;
  return undefined;
}

// The end (exclusive index) of the expression starting at tokens[from]: up to a comma,
// semicolon or closing bracket at its own level, or a line break that ends a statement.
function expressionEnd(tokens, from) {
  let level = 0;
  let k = from;
  for (; k < tokens.length; k++) {
    const t = tokens[k];
    if (k > from && level === 0 && t.nl && scan.endsExpression(tokens[k - 1]) &&
        (t.k === scan.kName || t.k === scan.kNumber || t.k === scan.kString) &&
        !scan.isName(t, 'instanceof') && !scan.isName(t, 'in')) break;
    if (t.k === scan.kTemplateHead) level++;
    else if (t.k === scan.kTemplateTail) level--;
    if (t.k !== scan.kPunct) continue;
    if (t.v === '(' || t.v === '[' || t.v === '{') level++;
    else if (t.v === ')' || t.v === ']' || t.v === '}') {
      if (--level < 0) break;
    } else if (level === 0 && (t.v === ',' || t.v === ';')) break;
  }
  return k;
}

function printRange(tokens, from, to) {
  return from < to ? scan.printExpression(tokens, from, to) : undefined;
}

// The value an expression's source text shows, for "as it is ..." and value-based
// messages: 'null', 'undefined', or undefined when only the running program knows.
function literalNullish(tokens, from, to) {
  if (to - from === 1) {
    const t = tokens[from];
    if (scan.isName(t, 'null')) return 'null';
    if (scan.isName(t, 'undefined')) return 'undefined';
  }
  if (to - from === 2 && scan.isName(tokens[from], 'void')) return 'undefined';
  return undefined;
}

// V8's wording for a failed object destructuring of `rhsText` (the source text of the
// value, as V8 prints it) with the pattern at tokens[open..close].
function destructureMessage(tokens, open, rhsText, value, rhsIsObject, valueKnown = true) {
  if (rhsIsObject) {
    // The value is an object: a nested pattern failed on one of its properties.
    const close = scan.matchBracket(tokens, open);
    for (let k = open + 1; k < close; k++) {
      if (scan.isPunct(tokens[k], ':') && scan.isPunct(tokens[k + 1], '{')) {
        const inner = tokens[k + 2];
        if (inner === undefined || (inner.k !== scan.kName && inner.k !== scan.kString)) {
          return undefined;
        }
        return result(`Cannot read properties of undefined (reading '${inner.v}')`, inner.s);
      }
    }
    return undefined;
  }
  if (!valueKnown) {
    // A nested pattern (`{ a: { b } }`) fails the same way when the value itself or one
    // of its properties is undefined: only the engine's wording is sure.
    const close = scan.matchBracket(tokens, open);
    for (let k = open + 1; k < close; k++) {
      if (scan.isPunct(tokens[k], ':') &&
          (scan.isPunct(tokens[k + 1], '{') || scan.isPunct(tokens[k + 1], '['))) {
        return undefined;
      }
    }
  }
  const first = tokens[open + 1];
  let key;
  let keyIndex = open + 1;
  if (first.k === scan.kName || first.k === scan.kString) key = first.v;
  else if (first.k === scan.kNumber) key = scan.numberText(first.v);
  if (key === undefined || scan.isPunct(first, '...')) {
    return result(`Cannot destructure '${rhsText}' as it is ${value}.`, tokens[open].s);
  }
  let target = keyIndex;
  if (scan.isPunct(tokens[keyIndex + 1], ':')) target = keyIndex + 2;
  const afterTarget = scan.isPunct(tokens[target], '{') || scan.isPunct(tokens[target], '[') ?
    tokens[scan.matchBracket(tokens, target) + 1] : tokens[target + 1];
  if (scan.isPunct(afterTarget, '=')) {
    // With a default value V8 reads the property first.
    return result(`Cannot read properties of ${value} (reading '${key}')`, tokens[keyIndex].s);
  }
  return result(`Cannot destructure property '${key}' of '${rhsText}' as it is ${value}.`,
                tokens[target].s);
}

function destructureError(site) {
  // The position is usually the end of the value being destructured: walk back to the
  // `=` that follows the pattern.
  const tokens = site.tokens;
  const last = site.tokenBefore;
  if (last !== undefined) {
    const end = site.index;  // exclusive
    let k = end - 1;
    let level = 0;
    for (; k >= 0 && k > end - 200; k--) {
      const t = tokens[k];
      if (t.k !== scan.kPunct) continue;
      if (t.v === ')' || t.v === ']' || t.v === '}') level++;
      else if (t.v === '(' || t.v === '[' || t.v === '{') {
        if (--level < 0) break;
      } else if (level === 0 && (t.v === ';' || t.v === ',')) break;
      else if (level === 0 && t.v === '=') break;
    }
    if (scan.isPunct(tokens[k], '=') && scan.isPunct(tokens[k - 1], '}')) {
      const open = scan.matchBracket(tokens, k - 1);
      const rhsEnd = expressionEnd(tokens, k + 1);
      const rhs = printRange(tokens, k + 1, rhsEnd);
      if (open >= 0 && rhs !== undefined) {
        const nullish = literalNullish(tokens, k + 1, rhsEnd);
        return destructureMessage(tokens, open, forOfName(tokens, open) ?? rhs,
                                  nullish ?? 'undefined',
                                  scan.isPunct(tokens[k + 1], '{') &&
                                  scan.matchBracket(tokens, k + 1) === rhsEnd - 1,
                                  nullish !== undefined);
      }
    }
  }
  // A parameter pattern: JavaScriptCore may report the first use of a parameter.
  if (site.offset >= 0) {
    const params = enclosingParams(tokens, site.index);
    if (params !== undefined) {
      const patterns = objectParamPatterns(tokens, params);
      if (patterns.length === 1) {
        return destructureMessage(tokens, patterns[0], 'undefined', 'undefined', false, false);
      }
    }
  }
  // Otherwise the position is the function's start: use the function's only object
  // pattern (a parameter, a declaration or an assignment).
  const fn = functionAtSite(site);
  if (fn === undefined) return undefined;
  const ft = fn.tokens;
  const candidates = [];
  if (fn.params !== undefined) {
    const patterns = objectParamPatterns(ft, fn.params);
    for (let n = 0; n < patterns.length; n++) {
      ArrayPrototypePush(candidates, {
        open: patterns[n], rhs: 'undefined', value: 'undefined', known: false,
      });
    }
  }
  const own = ownTokenIndexes(ft, fn.body[0], fn.body[1]);
  for (let n = 0; n < own.length; n++) {
    const k = own[n];
    const t = ft[k];
    if (!scan.isPunct(t, '{')) continue;
    const prev = ft[k - 1];
    const declared = scan.isName(prev, 'const') || scan.isName(prev, 'let') ||
      scan.isName(prev, 'var');
    const parenthesized = scan.isPunct(prev, '(');
    if (!declared && !parenthesized) continue;
    const close = scan.matchBracket(ft, k);
    if (close < 0 || !scan.isPunct(ft[close + 1], '=')) continue;
    const end = expressionEnd(ft, close + 2);
    const rhs = printRange(ft, close + 2, end);
    if (rhs === undefined) continue;
    ArrayPrototypePush(candidates, {
      open: k, rhs, value: literalNullish(ft, close + 2, end) ?? 'undefined',
      known: literalNullish(ft, close + 2, end) !== undefined,
      rhsIsObject: scan.isPunct(ft[close + 2], '{') &&
        scan.matchBracket(ft, close + 2) === end - 1,
    });
  }
  if (candidates.length !== 1) return undefined;
  const { open, rhs, value, rhsIsObject, known } = candidates[0];
  return destructureMessage(ft, open, rhs, value, rhsIsObject, known);
}

// Object patterns among the parameters tokens[params[0]..params[1]] that can fail (no
// default value): indexes of their `{`.
function objectParamPatterns(tokens, params) {
  const patterns = [];
  for (let k = params[0] + 1; k < params[1]; k++) {
    const t = tokens[k];
    if (scan.isPunct(t, '{') || scan.isPunct(t, '[') || scan.isPunct(t, '(')) {
      const close = scan.matchBracket(tokens, k);
      if (close < 0) return patterns;
      if (scan.isPunct(t, '{') && (scan.isPunct(tokens[k - 1], '(') ||
          scan.isPunct(tokens[k - 1], ',')) && !scan.isPunct(tokens[close + 1], '=')) {
        ArrayPrototypePush(patterns, k);
      }
      k = close;
    }
  }
  return patterns;
}

// The parameter list [open, close] of the function whose body encloses tokens[k], or
// undefined.
function enclosingParams(tokens, k) {
  let level = 0;
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j];
    if (t.k !== scan.kPunct) continue;
    if (t.v === '}' || t.v === ')' || t.v === ']') {
      level++;
    } else if (t.v === '{' || t.v === '(' || t.v === '[') {
      if (level > 0) {
        level--;
        continue;
      }
      if (t.v !== '{') continue;
      let p = j - 1;
      if (scan.isPunct(tokens[p], '=>')) p--;
      if (!scan.isPunct(tokens[p], ')')) continue;
      const open = scan.matchBracket(tokens, p);
      if (open < 0) return undefined;
      const before = tokens[open - 1];
      if (scan.isName(before, 'if') || scan.isName(before, 'for') ||
          scan.isName(before, 'while') || scan.isName(before, 'switch') ||
          scan.isName(before, 'catch') || scan.isName(before, 'with')) continue;
      return [open, p];
    }
  }
  return undefined;
}

// V8 names the value of a `for (const PATTERN of ...)` loop '.for'.
function forOfName(tokens, open) {
  const close = scan.matchBracket(tokens, open);
  return close >= 0 && scan.isName(tokens[close + 1], 'of') ? '.for' : undefined;
}

// Where V8 reports an expression: a property access at its name (at the `.` after a call
// or in an optional chain), a computed access at its `[`, a call where calls are
// reported, anything else at its start.
function expressionPosition(tokens, from, to) {
  const last = tokens[to - 1];
  if (last === undefined) return undefined;
  if (last.k === scan.kName && (scan.isPunct(tokens[to - 2], '.') ||
      scan.isPunct(tokens[to - 2], '?.')) && to - 2 > from) {
    const chain = scan.chainStart(tokens, to - 1);
    if (chain !== undefined && (chain.call || chain.optional)) return tokens[to - 2].s;
    return last.s;
  }
  if (scan.isPunct(last, ']') && to - 1 > from) {
    const open = scan.matchBracket(tokens, to - 1);
    if (open > from) return tokens[open].s;
  }
  if (scan.isPunct(last, ')') && to - 1 > from) {
    const open = scan.matchBracket(tokens, to - 1);
    if (open > from) return callPosition(tokens, open);
  }
  return tokens[from].s;
}

// The literal a `const NAME = literal` declaration before tokens[k] gives NAME, as a
// one-token range in `tokens`, or undefined.
function constLiteral(tokens, k, name) {
  for (let j = k - 1; j >= 2; j--) {
    const t = tokens[j];
    if (t.k !== scan.kName || t.v !== name || !scan.isPunct(tokens[j + 1], '=')) continue;
    if (!scan.isName(tokens[j - 1], 'const')) return undefined;
    const from = j + 2;
    const v = tokens[from];
    // A symbol: const s = Symbol('k')
    if (scan.isName(v, 'Symbol') && scan.isPunct(tokens[from + 1], '(') &&
        (tokens[from + 2]?.k === scan.kString || scan.isPunct(tokens[from + 2], ')'))) {
      const close = scan.matchBracket(tokens, from + 1);
      if (close === from + 2 || close === from + 3) return [from, close + 1];
    }
    let to = from + 1;
    if (scan.isPunct(tokens[from], '-') && tokens[from + 1]?.k === scan.kNumber) to++;
    const end = tokens[to];
    if (end !== undefined && !scan.isPunct(end, ';') && !scan.isPunct(end, ',') && !end.nl) {
      return undefined;
    }
    if (v.k === scan.kNumber || v.k === scan.kString || scan.isName(v, 'true') ||
        scan.isName(v, 'false') || scan.isName(v, 'null') || scan.isPunct(v, '-')) {
      return [from, to];
    }
    return undefined;
  }
  return undefined;
}

// An argument range resolved through `const NAME = literal` when it is a bare name.
function resolveRange(tokens, range) {
  if (range === undefined || range[1] - range[0] !== 1) return range;
  const t = tokens[range[0]];
  if (!scan.isIdentifier(t)) return range;
  return constLiteral(tokens, range[0], t.v) ?? range;
}

// `x is not iterable` for the value at tokens[from, to), as V8 names it.
function notIterable(tokens, from, to, fallbackValue) {
  const printed = printRange(tokens, from, to);
  if (printed !== undefined) {
    const at = expressionPosition(tokens, from, to);
    // A call's result: V8 cannot tell which of the two went wrong.
    if (StringPrototypeEndsWith(printed, '(...)') && scan.isPunct(tokens[to - 1], ')')) {
      return result(`${StringPrototypeSlice(printed, 0, printed.length - 5)} is not a ` +
                    'function or its return value is not iterable', at);
    }
    return result(`${printed} is not iterable`, at);
  }
  if (fallbackValue !== undefined) {
    return result(`${fallbackValue} is not iterable (cannot read property Symbol(Symbol.iterator))`);
  }
  return undefined;
}

// V8's value-based wording ("number 1", "object null") for a literal operand.
function describeLiteral(tokens, from, to) {
  if (to - from === 1) {
    const t = tokens[from];
    if (t.k === scan.kNumber) return `number ${scan.numberText(t.v)}`;
    if (scan.isName(t, 'true') || scan.isName(t, 'false')) return `boolean ${t.v}`;
    if (scan.isName(t, 'null')) return 'object null';
    if (scan.isName(t, 'undefined')) return 'undefined';
  }
  if (scan.isPunct(tokens[from], '{') && scan.matchBracket(tokens, from) === to - 1) {
    return 'object';
  }
  return undefined;
}

// An array pattern at tokens[open] whose value is not iterable.
function arrayPatternError(tokens, open, value) {
  const close = scan.matchBracket(tokens, open);
  if (close < 0) return undefined;
  if (scan.isPunct(tokens[close + 1], '=') && scan.isPunct(tokens[close + 2], '[') &&
      value !== undefined) {
    // The value is an array: the failure is a target in the pattern (`[a.b] = [1]`).
    for (let k = open + 1; k < close; k++) {
      if (scan.isPunct(tokens[k], '.') && tokens[k + 1] !== undefined &&
          tokens[k + 1].k === scan.kName) {
        const chain = scan.chainStart(tokens, k + 1);
        return result(`Cannot set properties of ${value} (setting '${tokens[k + 1].v}')`,
                      chain === undefined ? undefined : tokens[chain.start].s);
      }
    }
    return undefined;
  }
  if (scan.isPunct(tokens[close + 1], '=')) {
    const end = expressionEnd(tokens, close + 2);
    return notIterable(tokens, close + 2, end, undefined);
  }
  if (scan.isName(tokens[close + 1], 'of')) {
    // The loop variable's value: V8 names it after its internal '.for'.
    return result('.for is not iterable', tokens[close].s);
  }
  // A parameter: V8 has no source text for the value.
  if (value !== undefined && (scan.isPunct(tokens[open - 1], '(') ||
      scan.isPunct(tokens[open - 1], ','))) {
    let p = open - 1;
    while (p > 0 && !scan.isPunct(tokens[p], '(')) p--;
    const shown = value === 'null' ? 'object null' : value;
    return result(`${shown} is not iterable (cannot read property Symbol(Symbol.iterator))`,
                  tokens[p].s);
  }
  return undefined;
}

// `for (x of EXPR)`: tokens[k] is the `of`.
function forOfError(tokens, k) {
  if (!scan.isName(tokens[k], 'of')) return undefined;
  let end = k + 1;
  let level = 0;
  for (; end < tokens.length; end++) {
    const t = tokens[end];
    if (t.k !== scan.kPunct) continue;
    if (t.v === '(' || t.v === '[' || t.v === '{') level++;
    else if (t.v === ')' || t.v === ']' || t.v === '}') {
      if (--level < 0) break;
    }
  }
  return notIterable(tokens, k + 1, end, undefined);
}

function spreadError(site) {
  // At the end of the array literal: its only spread element.
  if (site.offset >= 0 && scan.isPunct(site.token, ']')) {
    const tokens = site.tokens;
    const open = scan.matchBracket(tokens, site.index);
    let found = -1;
    for (let k = open + 1; open >= 0 && k < site.index; k++) {
      const t = tokens[k];
      if (scan.isPunct(t, '...')) {
        if (found >= 0) return undefined;
        found = k;
      } else if (t.k === scan.kPunct && (t.v === '(' || t.v === '[' || t.v === '{')) {
        k = scan.matchBracket(tokens, k);
        if (k < 0) return undefined;
      }
    }
    if (found >= 0) return notIterable(tokens, found + 1, expressionEnd(tokens, found + 1));
  }
  const fn = functionAtSite(site);
  if (fn === undefined) return undefined;
  const ft = fn.tokens;
  const own = ownTokenIndexes(ft, fn.body[0], fn.body[1]);
  const candidates = [];
  for (let n = 0; n < own.length; n++) {
    const k = own[n];
    if (!scan.isPunct(ft[k], '...')) continue;
    const prev = ft[k - 1];
    if (!scan.isPunct(prev, '[') && !scan.isPunct(prev, ',')) continue;
    // Only array literals: the innermost open bracket must be `[`.
    let level = 0;
    let j = k - 1;
    for (; j >= 0; j--) {
      const t = ft[j];
      if (t.k !== scan.kPunct) continue;
      if (t.v === ')' || t.v === ']' || t.v === '}') level++;
      else if (t.v === '(' || t.v === '[' || t.v === '{') {
        if (level === 0) break;
        level--;
      }
    }
    if (j < 0 || !scan.isPunct(ft[j], '[')) continue;
    // Not a pattern (`[...rest] = x`).
    const close = scan.matchBracket(ft, j);
    if (close >= 0 && scan.isPunct(ft[close + 1], '=')) continue;
    ArrayPrototypePush(candidates, k);
  }
  if (candidates.length !== 1) return undefined;
  const k = candidates[0];
  return notIterable(ft, k + 1, expressionEnd(ft, k + 1), undefined);
}

// The binary operator after the operand that starts at tokens[k] (V8 reports operator
// errors there), or undefined.
function operatorAfterOperand(tokens, k) {
  let j = k;
  const t = tokens[j];
  if (t === undefined) return undefined;
  if (scan.isPunct(t, '(') || scan.isPunct(t, '[') || scan.isPunct(t, '{')) {
    j = scan.matchBracket(tokens, j);
    if (j < 0) return undefined;
  }
  j++;
  for (;;) {
    const u = tokens[j];
    if (u === undefined) return undefined;
    if ((scan.isPunct(u, '.') || scan.isPunct(u, '?.')) && tokens[j + 1] !== undefined &&
        tokens[j + 1].k === scan.kName) {
      j += 2;
      continue;
    }
    if (scan.isPunct(u, '(') || scan.isPunct(u, '[')) {
      j = scan.matchBracket(tokens, j);
      if (j < 0) return undefined;
      j++;
      continue;
    }
    break;
  }
  const op = tokens[j];
  if (op !== undefined && op.k === scan.kPunct && op.v !== ')' && op.v !== ']' &&
      op.v !== '}' && op.v !== ',' && op.v !== ';' && op.v !== '.' && op.v !== '?.') {
    return op.s;
  }
  return undefined;
}

// Where V8 reports an operator error when JavaScriptCore points at an operand: the
// operator; or, when it points at the `(` of a call, the callee.
function operatorPosition(site) {
  const tokens = site.tokens;
  const at = site.token;
  if (at === undefined) return undefined;
  if (scan.isPunct(at, '(')) return callPosition(tokens, site.index);
  if (at.k === scan.kPunct && at.v !== '[' && at.v !== '{') return at.s;
  return operatorAfterOperand(tokens, site.index);
}

// V8's position for a call whose `(` is tokens[k]: the callee's name, `new` for a
// constructor call, or the `(` itself when the callee is not a name.
function callPosition(tokens, k) {
  const prev = tokens[k - 1];
  if (prev === undefined) return tokens[k].s;
  if (prev.k === scan.kName && !scan.isName(prev, 'this') && !scan.isName(prev, 'super')) {
    const chain = scan.chainStart(tokens, k - 1);
    if (chain !== undefined && chain.isNew && !chain.call) return tokens[chain.start].s;
    return prev.s;
  }
  if (scan.isPunct(prev, ')') || scan.isPunct(prev, ']')) {
    const chain = scan.chainStart(tokens, k - 1);
    if (chain !== undefined && chain.isNew && !chain.call) return tokens[chain.start].s;
  }
  return tokens[k].s;
}

// Arguments of the call whose `(` is tokens[k]: [[from, to], ...].
function callArguments(tokens, k) {
  if (!scan.isPunct(tokens[k], '(')) return undefined;
  const close = scan.matchBracket(tokens, k);
  if (close < 0) return undefined;
  const args = [];
  let from = k + 1;
  let level = 0;
  for (let j = k + 1; j <= close; j++) {
    const t = tokens[j];
    if (j === close || (level === 0 && scan.isPunct(t, ','))) {
      if (j > from) ArrayPrototypePush(args, [from, j]);
      from = j + 1;
      continue;
    }
    if (t.k === scan.kTemplateHead) level++;
    else if (t.k === scan.kTemplateTail) level--;
    else if (t.k === scan.kPunct) {
      if (t.v === '(' || t.v === '[' || t.v === '{') level++;
      else if (t.v === ')' || t.v === ']' || t.v === '}') level--;
    }
  }
  return args;
}

// The value of a literal argument as String() would render it (numbers, booleans, null,
// undefined, NaN, Infinity, strings when `strings` is set), or undefined.
function argumentText(tokens, range, strings) {
  if (range === undefined) return 'undefined';
  const [from, to] = range;
  const t = tokens[from];
  if (to - from === 1) {
    if (t.k === scan.kNumber) return scan.numberText(t.v);
    if (t.k === scan.kName && (t.v === 'true' || t.v === 'false' || t.v === 'null' ||
        t.v === 'undefined' || t.v === 'NaN' || t.v === 'Infinity')) return t.v;
    if (strings && (t.k === scan.kString || t.k === scan.kTemplate)) return t.v;
    return undefined;
  }
  if (to - from === 2 && scan.isPunct(t, '-')) {
    const u = tokens[from + 1];
    if (u.k === scan.kNumber) {
      const text = scan.numberText(u.v);
      return text === '0' ? '0' : `-${text}`;
    }
    if (scan.isName(u, 'Infinity')) return '-Infinity';
  }
  return undefined;
}

// The call site of a native function that threw: the arguments' token ranges.
function nativeCallArguments(site) {
  if (site.source === null || site.offset === undefined || site.offset < 0) return undefined;
  const t = site.token;
  if (!scan.isPunct(t, '(')) return undefined;
  return callArguments(site.tokens, site.index);
}

// The callee of the call whose `(` is at the site: [from, to) token indexes.
function siteCallee(site) {
  if (site.source === null || site.offset === undefined || site.offset < 0) return undefined;
  if (!scan.isPunct(site.token, '(')) return undefined;
  const tokens = site.tokens;
  const chain = scan.chainStart(tokens, site.index - 1);
  if (chain === undefined) return undefined;
  const from = chain.isNew ? chain.start + 1 : chain.start;
  return from < site.index ? [from, site.index] : undefined;
}

function calleeText(site) {
  const callee = siteCallee(site);
  if (callee === undefined) return undefined;
  const tokens = site.tokens;
  let text = '';
  for (let k = callee[0]; k < callee[1]; k++) {
    const t = tokens[k];
    text += t.k === scan.kString ? `'${t.v}'` : t.v;
  }
  return text;
}

// The class V8 names a literal after ("Number" for 1, "Object" for {}), '' for null and
// undefined (no owner), or undefined when the source does not show.
function literalTypeName(tokens, from, to) {
  const t = tokens[from];
  if (t === undefined) return undefined;
  if (scan.isPunct(t, '(') && scan.matchBracket(tokens, from) === to - 1) {
    return literalTypeName(tokens, from + 1, to - 1);
  }
  if (to - from === 1) {
    if (t.k === scan.kNumber) return t.v[t.v.length - 1] === 'n' ? 'BigInt' : 'Number';
    if (t.k === scan.kString || t.k === scan.kTemplate) return 'String';
    if (t.k === scan.kRegExp) return 'RegExp';
    if (scan.isName(t, 'true') || scan.isName(t, 'false')) return 'Boolean';
    if (scan.isName(t, 'null') || scan.isName(t, 'undefined')) return '';
    return undefined;
  }
  if (to - from === 2 && scan.isPunct(t, '-') && tokens[from + 1].k === scan.kNumber) {
    return 'Number';
  }
  if (scan.isPunct(t, '{') && scan.matchBracket(tokens, from) === to - 1) return 'Object';
  if (scan.isPunct(t, '[') && scan.matchBracket(tokens, from) === to - 1) return 'Array';
  return undefined;
}

// The receiver of the native call at the site, as a token range: `R` of `R.m(...)`, or
// the first argument of `f.call(R, ...)`.
function siteReceiver(site) {
  const callee = siteCallee(site);
  if (callee === undefined) return undefined;
  const tokens = site.tokens;
  const [from, to] = callee;
  if (to - from < 3 || !scan.isPunct(tokens[to - 2], '.') || tokens[to - 1].k !== scan.kName) {
    return undefined;
  }
  const method = tokens[to - 1].v;
  if (method === 'call' || method === 'apply') {
    const args = callArguments(tokens, site.index);
    return args !== undefined && args.length > 0 ? args[0] : undefined;
  }
  return [from, to - 2];
}

// The owner V8 shows for the native frame on top: the receiver's class when the source
// shows it.
function receiverOwner(site) {
  const receiver = siteReceiver(site);
  if (receiver === undefined) return undefined;
  return literalTypeName(site.tokens, receiver[0], receiver[1]);
}

// V8's rendering of a literal receiver in "incompatible receiver X" messages.
function receiverText(site) {
  const receiver = siteReceiver(site);
  if (receiver === undefined) return undefined;
  const tokens = site.tokens;
  const type = literalTypeName(tokens, receiver[0], receiver[1]);
  if (type === 'Object') return '#<Object>';
  if (type === 'Array') return undefined;
  return argumentText(tokens, receiver, true);
}

// The value of the property `key` in an object literal argument (`{ get: 1 }`), as
// argumentText renders it.
function objectLiteralProperty(tokens, range, key) {
  if (range === undefined) return undefined;
  const [from, to] = range;
  if (!scan.isPunct(tokens[from], '{') || scan.matchBracket(tokens, from) !== to - 1) {
    return undefined;
  }
  for (let k = from + 1; k < to - 1; k++) {
    const t = tokens[k];
    if ((t.k === scan.kName || t.k === scan.kString) && t.v === key &&
        scan.isPunct(tokens[k + 1], ':') &&
        (scan.isPunct(tokens[k - 1], '{') || scan.isPunct(tokens[k - 1], ','))) {
      const end = expressionEnd(tokens, k + 2);
      return argumentText(tokens, [k + 2, end], false);
    }
  }
  return undefined;
}

// JavaScriptCore's syntax error wording -> V8's (eval, new Function, module loading).
const kSyntaxMessages = [
  [/^Unexpected end of script$/, 'Unexpected end of input'],
  [/^Unexpected EOF$/, 'Invalid or unexpected token'],
  [/^Unexpected token '([^']*)'\. Expected [\s\S]*$/, "Unexpected token '$1'"],
  [/^Unexpected token '([^']*)'\. [\s\S]*must have an initializer\.$/,
   'Missing initializer in const declaration'],
  [/^Unexpected identifier '([^']*)'(?:\.[\s\S]*)?$/, "Unexpected identifier '$1'"],
  [/^Unexpected keyword 'let'\. Cannot use 'let' as an identifier name[\s\S]*$/,
   'let is disallowed as a lexically bound name'],
  [/^Unexpected keyword '([^']*)'(?:\.[\s\S]*)?$/, "Unexpected token '$1'"],
  [/^Cannot declare a (?:let|const|class) variable twice: '([^']*)'\.$/,
   "Identifier '$1' has already been declared"],
  [/^Cannot declare a var variable that shadows a let\/const\/class variable: '([^']*)'\.$/,
   "Identifier '$1' has already been declared"],
  [/^Return statements are only valid inside functions\.$/, 'Illegal return statement'],
  [/^Left side of assignment is not a reference\.$/, 'Invalid left-hand side in assignment'],
  [/^Unexpected number '[^']*'(?:\.[\s\S]*)?$/, 'Unexpected number'],
  [/^Unexpected string literal [\s\S]*$/, 'Unexpected string'],
  [/^Invalid character: [\s\S]*$/, 'Invalid or unexpected token'],
  [/^Unterminated regular expression literal [\s\S]*$/, 'Invalid regular expression: missing /'],
  [/^No identifiers allowed directly after numeric literal$/, 'Invalid or unexpected token'],
  [/^Function statements must have a name\.$/, 'Function statements require a function name'],
  [/^Cannot declare multiple constructors in a single class\.$/,
   'A class may only have one constructor'],
  [/^'with' statements are not valid in strict mode\.$/,
   'Strict mode code may not include a with statement'],
  [/^Cannot delete unqualified property '[^']*' in strict mode\.$/,
   'Delete of an unqualified identifier in strict mode.'],
  [/^'break' is only valid inside a switch or loop statement\.$/, 'Illegal break statement'],
  [/^'continue' is only valid inside a loop statement\.$/,
   'Illegal continue statement: no surrounding iteration statement'],
  [/^Unexpected token '([^']*)'$/, "Unexpected token '$1'"],
];

// Where a syntax error is: JavaScriptCore gives the line; the token comes from the message.
function syntaxSite(site, message) {
  if (site.source === null || site.line < 1 || site.line > site.source.lines.length) {
    return undefined;
  }
  const text = site.source.lines[site.line - 1];
  const offset = site.source.starts[site.line - 1];
  const m = RegExpPrototypeExec(/variable '([^']+)' must have an initializer/, message) ??
    RegExpPrototypeExec(
      /^Unexpected (?:token|identifier|keyword|number) '([^']+)'|^Invalid character: '(.)'/,
      message);
  const wanted = m === null ? undefined : m[1] ?? m[2];
  const tokens = wanted === undefined ? [] : scan.tokenize(text);
  let found;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (StringPrototypeSlice(text, t.s, t.e) !== wanted) continue;
    found = t;
    // `let let`: the first word of a line is rarely the one that does not parse.
    if (k > 0 || t.k !== scan.kName) break;
  }
  if (found === undefined) {
    // The token is not named: the line, from its first character.
    let first = 0;
    while (first < text.length && (text[first] === ' ' || text[first] === '\t')) first++;
    return { syntax: { url: site.url, line: site.line, column: first + 1, length: 1 }, offset };
  }
  return {
    syntax: { url: site.url, line: site.line, column: found.s + 1, length: found.e - found.s },
    offset,
  };
}

function syntaxErrorMessage(message) {
  for (let k = 0; k < kSyntaxMessages.length; k++) {
    const [pattern, replacement] = kSyntaxMessages[k];
    const m = RegExpPrototypeExec(pattern, message);
    if (m !== null) {
      return replacement.length > 0 && m[1] !== undefined ?
        StringPrototypeReplace(replacement, '$1', m[1]) : replacement;
    }
  }
  return undefined;
}

// Fixed wordings: JavaScriptCore's message -> V8's.
const kFixedMessages = {
  __proto__: null,
  'Maximum call stack size exceeded.': 'Maximum call stack size exceeded',
  'Array length must be a positive integer of safe magnitude.': 'Invalid array length',
  'Invalid array length': 'Invalid array length',
  'reduce of empty array with no initial value': 'Reduce of empty array with no initial value',
  'reduceRight of empty array with no initial value':
    'Reduce of empty array with no initial value',
  'toFixed() argument must be between 0 and 100':
    'toFixed() digits argument must be between 0 and 100',
  'toPrecision() argument must be between 1 and 100':
    'toPrecision() argument must be between 1 and 100',
  'toExponential() argument must be between 0 and 100':
    'toExponential() argument must be between 0 and 100',
  'Cannot convert a symbol to a string': 'Cannot convert a Symbol value to a string',
  'Cannot convert a symbol to a number': 'Cannot convert a Symbol value to a number',
  // An object whose valueOf and toString both fail to give a primitive.
  'No default value': 'Cannot convert object to primitive value',
  'Right hand side of instanceof is not an object':
    "Right-hand side of 'instanceof' is not an object",
  'Conversion from \'BigInt\' to \'number\' is not allowed.':
    'Cannot convert a BigInt value to a number',
  'BigInt does not support >>> operator':
    'BigInts have no unsigned right shift, use >> instead',
  '0 is an invalid divisor value.': 'Division by zero',
  'Negative exponent is not allowed': 'undefined must be positive',
  'JSON.stringify cannot serialize BigInt.': 'Do not know how to serialize a BigInt',
  'Properties can only be defined on Objects.': undefined,  // depends on the function
  'Property description must be an object.': undefined,
  'Getter must be a function.': undefined,
  'Setter must be a function.': undefined,
  'Object prototype may only be an Object or null.': undefined,
  'Attempting to change value of a readonly property.': undefined,
  'cyclic __proto__ value': 'Cyclic __proto__ value',
  'Generator is executing': 'Generator is already running',
  'Invalid Date': 'Invalid time value',
  'Out of memory': 'Invalid string length',
  'Function.prototype.bind called on incompatible ': undefined,
  '|this| is not a function inside Function.prototype.bind': 'Bind must be called on a function',
  'number of bits cannot be negative': 'Invalid value: not (convertible to) a safe integer',
  'Cannot set prototype of undefined or null': 'Object.setPrototypeOf called on null or undefined',
  'instanceof called on an object with an invalid prototype property.': undefined,
  'Promise constructor takes a function argument': undefined,
  '|this| is not an object': undefined,
  'Cannot call a constructor without |new|': undefined,
  'The superclass is not a constructor.': undefined,
  'Cannot return a non-object type in the constructor of a derived class.':
    'Derived constructors may only return object or undefined',
  '\'super()\' must be called in derived constructor before accessing |this| or returning non-object.':
    'Must call super constructor in derived class before accessing \'this\' or returning from derived constructor',
  '\'arguments\', \'callee\', and \'caller\' cannot be accessed in this context.':
    '\'caller\', \'callee\', and \'arguments\' properties may not be accessed on strict mode functions or the arguments objects for calls to them',
  'Unable to delete property.': undefined,
  'URI error': 'URI malformed',
  'String contained an illegal UTF-16 sequence.': 'URI malformed',
  'argument does not match any normalization form':
    'The normalization form should be one of NFC, NFD, NFKC, NFKD.',
  'String.prototype.matchAll argument must not be a non-global regular expression':
    'String.prototype.matchAll called with a non-global RegExp argument',
  'String.prototype.replaceAll argument must not be a non-global regular expression':
    'String.prototype.replaceAll called with a non-global RegExp argument',
  'WeakMap keys must be objects or non-registered symbols': 'Invalid value used as weak map key',
  'WeakSet values must be objects or non-registered symbols': 'Invalid value used in weak set',
  'First argument to WeakRef should be an object or a non-registered symbol':
    'WeakRef: invalid target',
  'A Proxy\'s \'target\' should be an Object':
    'Cannot create proxy with a non-object as target or handler',
  'A Proxy\'s \'handler\' should be an Object':
    'Cannot create proxy with a non-object as target or handler',
  'Reflect.ownKeys requires the first argument be an object': 'Reflect.ownKeys called on non-object',
  'Object.entries requires that input parameter not be null or undefined':
    'Cannot convert undefined or null to object',
  'Object.values requires that input parameter not be null or undefined':
    'Cannot convert undefined or null to object',
  'Object.assign requires that input parameter not be null or undefined':
    'Cannot convert undefined or null to object',
  'Offset is outside the bounds of the DataView': 'Offset is outside the bounds of the DataView',
  'Out of bounds access': 'Offset is outside the bounds of the DataView',
  'Range consisting of offset and length are out of bounds': 'offset is out of bounds',
  'length cannot be negative': undefined,
  'Array.from requires that the property of the first argument, items[Symbol.iterator], when exists, be a function':
    '%Array%.from requires that the property of the first argument, items[Symbol.iterator], when exists, be a function',
  'calling Map constructor without new is invalid': 'Constructor Map requires \'new\'',
  'calling Set constructor without new is invalid': 'Constructor Set requires \'new\'',
  'calling WeakMap constructor without new is invalid': 'Constructor WeakMap requires \'new\'',
  'calling WeakSet constructor without new is invalid': 'Constructor WeakSet requires \'new\'',
  'Symbol.keyFor requires that the first argument be a symbol': undefined,
  'Arguments contain a value that is out of range of code points': undefined,
  'thisNumberValue called on incompatible string': undefined,
  'ArrayBuffer length minus the byteOffset is not a multiple of the element size': undefined,
  'Length out of range of buffer': undefined,
};

// Regular expression syntax errors: JavaScriptCore's description -> V8's.
const kRegExpMessages = {
  __proto__: null,
  'missing terminating ] for character class': 'Unterminated character class',
  'missing )': 'Unterminated group',
  'nothing to repeat': 'Nothing to repeat',
  'unmatched parentheses': 'Unmatched \')\'',
  'unmatched ]': 'Lone quantifier brackets',
  '\\ at end of pattern': '\\ at end of pattern',
  'numbers out of order in {} quantifier': 'numbers out of order in {} quantifier',
  'duplicate group specifier name': 'Duplicate capture group name',
  'range out of order in character class': 'Range out of order in character class',
  'invalid group specifier name': 'Invalid capture group name',
  'invalid escaped character for unicode pattern': 'Invalid escape',
  'invalid Unicode {} escape': 'Invalid Unicode escape',
  'invalid Unicode \\u escape': 'Invalid Unicode escape',
  'invalid Unicode code point \\u{} escape': 'Invalid Unicode escape',
  'invalid backreference for unicode pattern': 'Invalid escape',
  'invalid \\k<> named backreference': 'Invalid named reference',
  'invalid property expression': 'Invalid property name',
  'incomplete quantifier': 'Incomplete quantifier',
  'regular expression too large': 'Regular expression too large',
  'invalid class set operation': 'Invalid set operation in character class',
  'invalid class set character': 'Invalid character in character class',
  'negated class set may contain strings': 'Negated character class may contain strings',
};

function regExpError(site, description) {
  const v8 = kRegExpMessages[description];
  if (v8 === undefined) return undefined;
  const args = nativeCallArguments(site);
  if (args !== undefined && args.length >= 1) {
    const tokens = site.tokens;
    const pattern = args[0];
    const t = tokens[pattern[0]];
    if (pattern[1] - pattern[0] === 1 && (t.k === scan.kString || t.k === scan.kTemplate)) {
      let flags = '';
      if (args.length >= 2) {
        flags = argumentText(tokens, args[1], true);
        if (flags === undefined) return undefined;
      }
      const source = t.v === '' ? '(?:)' : t.v;
      return result(`Invalid regular expression: /${source}/${flags}: ${v8}`);
    }
  }
  return undefined;
}

// Errors thrown by native functions whose V8 wording names an argument.
function nativeArgumentError(site, name, message) {
  const frame = site.frame;
  const fname = frame !== undefined && frame.native ? frame.name : '';
  const args = nativeCallArguments(site);
  const tokens = args === undefined ? undefined : site.tokens;
  const arg = (n, strings) => (args === undefined ? undefined :
    argumentText(tokens, resolveRange(tokens, args[n]), strings));
  switch (message) {
    case 'Not an integer': {
      const value = arg(0, false);
      return value === undefined ? undefined : result(
        `The number ${value} cannot be converted to a BigInt because it is not an integer`);
    }
    case 'Failed to parse String to BigInt': {
      const value = arg(0, true);
      return value === undefined ? undefined : result(`Cannot convert ${value} to a BigInt`);
    }
    case 'Invalid argument type in ToBigInt operation': {
      if (args !== undefined && args.length >= 1) {
        const [from, to] = args[0];
        if (scan.isName(tokens[from], 'Symbol') && scan.isPunct(tokens[from + 1], '(')) {
          const inner = tokens[from + 2];
          if (to - from === 3) return result('Cannot convert Symbol() to a BigInt');
          if (to - from === 4 && inner.k === scan.kString) {
            return result(`Cannot convert Symbol(${inner.v}) to a BigInt`);
          }
        }
      }
      const value = arg(0, false);
      return value === undefined ? undefined : result(`Cannot convert ${value} to a BigInt`);
    }
    case 'String.prototype.repeat argument must be greater than or equal to 0 and not be Infinity': {
      const value = arg(0, false);
      return value === undefined ? undefined : result(`Invalid count value: ${value}`);
    }
    case 'Arguments contain a value that is out of range of code points': {
      if (args === undefined) return undefined;
      for (let n = 0; n < args.length; n++) {
        const value = arg(n, false);
        if (value === undefined) return undefined;
        const number = +value;
        if (!(number >= 0 && number <= 0x10ffff && number === (number | 0))) {
          return result(`Invalid code point ${value}`);
        }
      }
      return undefined;
    }
    case 'Symbol.keyFor requires that the first argument be a symbol': {
      const value = arg(0, true);
      return value === undefined ? undefined : result(`${value} is not a symbol`);
    }
    case 'Property description must be an object.': {
      const n = fname === 'defineProperty' ? 2 : 1;
      const value = arg(n, false);
      return value === undefined ? undefined :
        result(`Property description must be an object: ${value}`);
    }
    case 'Getter must be a function.':
    case 'Setter must be a function.': {
      const key = message[0] === 'G' ? 'get' : 'set';
      const value = args === undefined ? undefined :
        objectLiteralProperty(tokens, args[fname === 'defineProperty' ? 2 : 1], key);
      return value === undefined ? undefined :
        result(`${message[0] === 'G' ? 'Getter' : 'Setter'} must be a function: ${value}`);
    }
    case 'Object prototype may only be an Object or null.': {
      const value = arg(0, false);
      return value === undefined ? undefined :
        result(`Object prototype may only be an Object or null: ${value}`);
    }
    case 'Prototype value can only be an object or null': {
      const value = arg(1, false);
      return value === undefined ? undefined :
        result(`Object prototype may only be an Object or null: ${value}`);
    }
    case 'Properties can only be defined on Objects.':
      if (fname === 'defineProperty' || fname === 'defineProperties') {
        return result(`Object.${fname} called on non-object`);
      }
      return undefined;
    case 'length cannot be negative': {
      if (fname === 'ArrayBuffer' || fname === 'SharedArrayBuffer') {
        return result('Invalid array buffer length');
      }
      const value = arg(0, false);
      return value === undefined ? undefined : result(`Invalid typed array length: ${value}`);
    }
    case 'Length out of range of buffer': {
      const value = arg(2, false);
      return value === undefined ? undefined : result(`Invalid typed array length: ${value}`);
    }
    case 'ArrayBuffer length minus the byteOffset is not a multiple of the element size': {
      const size = kTypedArraySizes[fname];
      if (size === undefined) return undefined;
      if (args !== undefined && args.length >= 2) {
        const offset = arg(1, false);
        if (offset !== undefined && +offset % size !== 0) {
          return result(`start offset of ${fname} should be a multiple of ${size}`);
        }
      }
      return result(`byte length of ${fname} should be a multiple of ${size}`);
    }
    case 'Promise constructor takes a function argument': {
      const value = arg(0, false);
      return value === undefined ? undefined : result(`Promise resolver ${value} is not a function`);
    }
    case 'Invalid flags supplied to RegExp constructor.': {
      const value = arg(1, true);
      return value === undefined ? undefined :
        result(`Invalid flags supplied to RegExp constructor '${value}'`);
    }
    case 'thisNumberValue called on incompatible string':
      return result('Number.prototype.toString requires that \'this\' be a Number');
    case 'Cannot call a constructor without |new|':
      if (fname === 'Promise') return result('Promise constructor cannot be invoked without \'new\'');
      return undefined;
    default:
      break;
  }
  // "Array.prototype.map callback must be a function": V8 names the value.
  const m = RegExpPrototypeExec(/^Array\.prototype\.(\w+) callback must be a function$/, message);
  if (m !== null) {
    const value = arg(0, true);
    if (value === undefined) return undefined;
    const shown = args !== undefined && args.length > 0 &&
      tokens[args[0][0]].k === scan.kString ? `"${value}"` : value;
    return result(`${shown} is not a function`);
  }
  return undefined;
}

const kTypedArraySizes = {
  __proto__: null,
  Int16Array: 2, Uint16Array: 2, Float16Array: 2, Int32Array: 4, Uint32Array: 4,
  Float32Array: 4, Float64Array: 8, BigInt64Array: 8, BigUint64Array: 8,
};

// "undefined is not an object (evaluating 'EXPR')" and its relatives.
function nullishError(site, value, expression) {
  const tokens = site.tokens;
  const k = site.index;
  const at = site.token;
  const exprTokens = scan.tokenize(expression);
  const firstWord = exprTokens[0];
  if (scan.isName(firstWord, 'delete')) {
    let p = k;
    while (p > 0 && !scan.isName(tokens[p], 'delete')) p--;
    return result('Cannot convert undefined or null to object',
                  scan.isName(tokens[p], 'delete') ? tokens[p].s : undefined);
  }
  // A native function that requires an object (Object.keys(null)).
  if (site.frame !== undefined && site.frame.native) {
    if (RegExpPrototypeExec(/\)\s*$/, expression) !== null) {
      return result('Cannot convert undefined or null to object');
    }
    return undefined;
  }
  if (at !== undefined && (scan.isPunct(at, '.') || scan.isPunct(at, '?.'))) {
    const name = tokens[k + 1];
    if (name === undefined || (name.k !== scan.kName && name.k !== scan.kPrivate)) {
      return undefined;
    }
    // `[x] = o.p`: either `o` or the value `o.p` (not iterable) was undefined, and the
    // engine's message reads the same; it is kept.
    const chain = scan.chainStart(tokens, k + 1);
    if (chain !== undefined && scan.isPunct(tokens[chain.start - 1], '=') &&
        scan.isPunct(tokens[chain.start - 2], ']') &&
        expressionEnd(tokens, chain.start) === k + 2) {
      return undefined;
    }
    return propertyAccessError(tokens, k + 1, k + 1, name.v, value);
  }
  if (at !== undefined && scan.isPunct(at, '[')) {
    const close = scan.matchBracket(tokens, k);
    if (close < 0) return undefined;
    const prev = tokens[k - 1];
    // An array pattern being destructured: `const [y] = null`.
    if (!scan.endsExpression(prev) && !scan.isPunct(prev, '?.')) {
      return arrayPatternError(tokens, k, value);
    }
    let key = scan.literalKey(tokens, k + 1, close);
    if (key === undefined && close === k + 2 && scan.isIdentifier(tokens[k + 1])) {
      const literal = constLiteral(tokens, k + 1, tokens[k + 1].v);
      if (literal !== undefined && scan.isName(tokens[literal[0]], 'Symbol')) {
        const description = tokens[literal[0] + 2];
        key = `Symbol(${description.k === scan.kString ? description.v : ''})`;
      } else if (literal !== undefined) {
        key = scan.literalKey(tokens, literal[0], literal[1]);
      }
    }
    if (key === 'Symbol(Symbol.iterator)') {
      return result(`${value === 'null' ? 'object null' : value} is not iterable ` +
                    '(cannot read property Symbol(Symbol.iterator))', at.s);
    }
    return propertyAccessError(tokens, close, k, key, value,
                               StringPrototypeSlice(site.text, tokens[k + 1].s,
                                                    tokens[close - 1].e));
  }
  // `for (x of u)`: the position is the `of`.
  if (at !== undefined && scan.isName(at, 'of')) return forOfError(tokens, k);
  // `const [y] = undefined`: the position is the end of the value.
  const before = site.tokenBefore;
  if (before !== undefined && exprTokens.length > 0) {
    const from = k - exprTokens.length;
    if (from > 0 && scan.isPunct(tokens[from - 1], '=') &&
        scan.isPunct(tokens[from - 2], ']')) {
      return notIterable(tokens, from, k, undefined);
    }
  }
  return undefined;
}

// A property read or write on undefined/null. `last` is the index of the access's last
// token (the name, or the `]`), `site` the index V8 reports for a plain read (the name,
// or the `[`); `key` the property key, or undefined when only the program knows it.
function propertyAccessError(tokens, last, siteIndex, key, value, keySource) {
  const next = tokens[last + 1];
  const chain = scan.chainStart(tokens, last);
  const start = chain === undefined ? undefined : tokens[chain.start];
  let verb = 'read';
  let at = tokens[siteIndex].s;
  if (scan.isPunct(tokens[siteIndex], '.') === false && tokens[siteIndex].k !== scan.kPunct &&
      chain !== undefined && (chain.call || chain.optional)) {
    // After a call or in an optional chain V8 reports the `.` of the access.
    at = tokens[siteIndex - 1].s;
  }
  if (scan.isPunct(next, '=')) {
    verb = 'set';
    at = next.s;
  } else if (isAssignmentOperator(next) || ((scan.isPunct(next, '++') ||
             scan.isPunct(next, '--')) && !next.nl)) {
    if (start !== undefined) at = start.s;
  } else if (start !== undefined && chain !== undefined) {
    const before = tokens[chain.start - 1];
    if (scan.isPunct(before, '++') || scan.isPunct(before, '--')) at = before.s;
  }
  // Inside an array pattern being assigned to (`[a.b] = [1]`), the access is a write.
  if (verb === 'read' && (scan.isPunct(next, ']') || scan.isPunct(next, ','))) {
    let level = 0;
    for (let j = last + 1; j < tokens.length; j++) {
      const t = tokens[j];
      if (t.k !== scan.kPunct) continue;
      if (t.v === '(' || t.v === '[' || t.v === '{') level++;
      else if (t.v === ')' || t.v === '}') break;
      else if (t.v === ']') {
        if (level === 0) {
          if (scan.isPunct(tokens[j + 1], '=') && !scan.endsExpression(
            tokens[scan.matchBracket(tokens, j) - 1])) {
            verb = 'set';
            at = start !== undefined ? tokens[siteIndex].s : at;
          }
          break;
        }
        level--;
      } else if (level === 0 && t.v === ';') break;
    }
  }
  if (key === undefined) {
    // A computed key only the running program knows: keep V8's opening words and say
    // what was evaluated.
    const text = keySource === undefined ? '' : ` (evaluating '[${keySource}]')`;
    return result(`Cannot ${verb === 'set' ? 'set' : 'read'} properties of ${value}${text}`,
                  at);
  }
  if (verb === 'set') return result(`Cannot set properties of ${value} (setting '${key}')`, at);
  return result(`Cannot read properties of ${value} (reading '${key}')`, at);
}

// A property read or write on undefined/null in code whose source is unknown (eval): the
// key and the kind of access come from JavaScriptCore's quote of the expression.
function sourcelessNullish(value, expression) {
  const tokens = scan.tokenize(expression);
  let end = tokens.length;
  let verb = 'read';
  let level = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.k === scan.kPunct && (t.v === '(' || t.v === '[' || t.v === '{')) level++;
    else if (t.k === scan.kPunct && (t.v === ')' || t.v === ']' || t.v === '}')) level--;
    else if (level === 0 && scan.isPunct(t, '=')) {
      end = k;
      verb = 'set';
      break;
    }
  }
  const key = scan.memberKey(tokens, end - 1);
  if (key === undefined) return undefined;
  const dotted = tokens[end - 1].k === scan.kName;
  const extra = { evalColumnDelta: dotted && verb === 'read' ? 1 : 0 };
  return verb === 'set' ?
    result(`Cannot set properties of ${value} (setting '${key}')`, undefined, undefined, extra) :
    result(`Cannot read properties of ${value} (reading '${key}')`, undefined, undefined, extra);
}

// "X is not a function. (In 'CALL', 'X' is VALUE)"
function notAFunction(site, callee) {
  const calleeTokens = scan.tokenize(callee);
  const printed = scan.printExpression(calleeTokens);
  const message = `${printed ?? callee} is not a function`;
  if (site.source === null || site.offset === undefined || site.offset < 0) {
    // Eval code: the position is the `(`; V8 names the callee's last name.
    const last = calleeTokens[calleeTokens.length - 1];
    return result(message, undefined, undefined, last !== undefined && last.k === scan.kName ?
      { evalColumnDelta: -(callee.length - last.s) } : undefined);
  }
  const at = site.token;
  if (at !== undefined && scan.isName(at, 'of')) {
    // `for (x of f())`: JavaScriptCore names the loop head.
    return forOfError(site.tokens, site.index) ?? result(message);
  }
  if (at !== undefined && scan.isPunct(at, '(')) {
    return result(message, callPosition(site.tokens, site.index));
  }
  return result(message);
}

// "X is not a constructor (evaluating 'new C(...)')"
function notAConstructor(site, expression) {
  const tokens = scan.tokenize(expression);
  if (!scan.isName(tokens[0], 'new')) return undefined;
  // The callee: `new` MemberExpression, without the arguments.
  let end = 1;
  for (; end < tokens.length; end++) {
    const t = tokens[end];
    if (scan.isPunct(t, '(') && end > 1) break;
    if (scan.isPunct(t, '(') || scan.isPunct(t, '[')) {
      end = scan.matchBracket(tokens, end);
      if (end < 0) return undefined;
    }
  }
  const printed = scan.printExpression(tokens, 1, end) ?? StringPrototypeSlice(
    expression, tokens[1].s, tokens[end - 1].e);
  let at;
  if (site.source !== null && site.offset !== undefined && site.offset >= 0) {
    const t = site.token;
    if (scan.isName(t, 'new')) at = t.s;
    else if (scan.isPunct(t, '(')) at = callPosition(site.tokens, site.index);
  }
  return result(`${printed} is not a constructor`, at);
}

// "X is not a function (near '...TEXT...')": for-of, array destructuring, tagged
// templates and yield* on values that are not iterable or callable.
function nearError(site, value, near) {
  const nearTokens = scan.tokenize(near);
  const tokens = site.tokens;
  const at = site.token;
  if (at !== undefined && scan.isName(at, 'of')) return forOfError(tokens, site.index);
  if (scan.isPunct(nearTokens[0], '[') && at !== undefined && scan.isPunct(at, '[')) {
    return arrayPatternError(tokens, site.index, undefined);
  }
  const lastNear = nearTokens[nearTokens.length - 1];
  if (lastNear !== undefined && (lastNear.k === scan.kTemplate ||
      lastNear.k === scan.kTemplateTail)) {
    const head = lastNear.k === scan.kTemplate ? nearTokens.length - 1 :
      scan.matchTemplateStart(nearTokens, nearTokens.length - 1);
    const printed = head > 0 ? scan.printExpression(nearTokens, 0, head) : undefined;
    if (printed === undefined) return undefined;
    let position;
    if (at !== undefined && (at.k === scan.kTemplate || at.k === scan.kTemplateHead)) {
      position = at.s;
    }
    return result(`${printed} is not a function`, position);
  }
  if (scan.isName(nearTokens[0], 'yield') && scan.isPunct(nearTokens[1], '*')) {
    const described = describeLiteral(nearTokens, 2, nearTokens.length);
    if (described === undefined) return undefined;
    let position;
    for (let k = site.index; k >= 0 && k > site.index - 4; k--) {
      if (scan.isName(tokens[k], 'yield')) {
        position = tokens[k].s;
        break;
      }
    }
    return result(`${described} is not iterable (cannot read property Symbol(Symbol.iterator))`,
                  position);
  }
  return undefined;
}

// Returns V8's wording (and position) for a JavaScriptCore error, or undefined when there
// is no known equivalent. A result whose message is undefined keeps the engine's wording
// but still moves the position.
function translateAt(site, name, message) {
  const translated = translateMessage(site, name, message);
  const frame = site.frame;
  // Built-ins that threw: V8 names the receiver's class on their frame.
  if (frame !== undefined && frame.native && site.offset !== undefined && site.offset >= 0 &&
      site.source !== null) {
    const owner = receiverOwner(site);
    if (owner !== undefined) {
      if (translated === undefined) return result(undefined, undefined, undefined, { owner });
      if (translated.extra === undefined) translated.extra = { owner };
      else if (translated.extra.owner === undefined) translated.extra.owner = owner;
    }
  }
  if (translated !== undefined && translated.at !== undefined) return translated;
  const at = genericPosition(site);
  if (at === undefined) return translated;
  if (translated === undefined) return result(undefined, at);
  translated.at = at;
  return translated;
}

// V8's position for errors no rule placed: a failing assignment to a property (a setter
// that threw, an invalid array length) is reported at its `=`.
function genericPosition(site) {
  if (site.source === null || site.offset === undefined || site.offset < 0) return undefined;
  if (site.frame !== undefined && site.frame.native) return undefined;
  const at = site.token;
  if (!scan.isPunct(at, '.')) return undefined;
  const tokens = site.tokens;
  const next = tokens[site.index + 2];
  if (tokens[site.index + 1]?.k === scan.kName && isAssignmentOperator(next)) return next.s;
  return undefined;
}

function translateMessage(site, name, message) {
  let m;
  const hasSource = site.source !== null && site.offset !== undefined;
  const inCode = hasSource && site.offset >= 0;
  const frame = site.frame;
  const native = frame !== undefined && frame.native;
  const fname = native ? frame.name : '';

  m = RegExpPrototypeExec(/^(undefined|null) is not an object \(evaluating '([\s\S]*)'\)$/, message);
  if (m !== null) {
    if (inCode) return nullishError(site, m[1], m[2]);
    return hasSource ? undefined : sourcelessNullish(m[1], m[2]);
  }

  // A Proxy ownKeys trap that left out a non-configurable key of its target.
  m = RegExpPrototypeExec(/^Proxy object's 'target' has the non-configurable property '([\s\S]*)' that was not in the result from the 'ownKeys' trap$/, message);
  if (m !== null) return result(`'ownKeys' on proxy: trap result did not include '${m[1]}'`);

  m = RegExpPrototypeExec(/^Can't find variable: ([\s\S]+)$/, message);
  if (m !== null) {
    if (!hasSource) {
      // Eval code: JavaScriptCore reports the end of the name.
      return result(`${m[1]} is not defined`, undefined, undefined,
                    { evalColumnDelta: -m[1].length });
    }
    let at;
    if (inCode) {
      const before = site.tokenBefore;
      const tokens = site.tokens;
      let k = -1;
      if (before !== undefined && before.k === scan.kName && before.v === m[1]) k = site.index - 1;
      else if (site.token !== undefined && site.token.v === m[1]) k = site.index;
      else if (before === undefined || !scan.isPunct(before, '=')) {
        // JavaScriptCore may point past the expression (`{ x }`): the nearest use before.
        for (let j = site.index - 1; j >= 0 && j > site.index - 32; j--) {
          if (tokens[j].k === scan.kName && tokens[j].v === m[1] && isReference(tokens, j)) {
            k = j;
            break;
          }
        }
      }
      if (k >= 0) {
        at = readPosition(tokens, k);
      } else if (before !== undefined && scan.isPunct(before, '=')) {
        at = before.s;
      }
    }
    return result(`${m[1]} is not defined`, at);
  }

  m = RegExpPrototypeExec(/^([\s\S]+?) is not a function\. \(In '([\s\S]*)', '([\s\S]*)' is ([\s\S]*)\)$/, message);
  if (m !== null) {
    const callee = m[1] === m[3] ? m[1] : m[3];
    return notAFunction(site, callee);
  }

  m = RegExpPrototypeExec(/^([\s\S]+?) is not a constructor \(evaluating '([\s\S]*)'\)$/, message);
  if (m !== null) {
    const translated = notAConstructor(site, m[2]);
    // Functions that cannot construct at all fail at the call, without a frame of their
    // own; Symbol and BigInt are constructors that throw.
    if (translated !== undefined && native && fname !== 'Symbol' && fname !== 'BigInt') {
      translated.drop = 1;
    }
    return translated;
  }

  m = RegExpPrototypeExec(/^([\s\S]+?) is not a function \(near '\.\.\.([\s\S]*)\.\.\.'\)$/, message);
  if (m !== null) return inCode ? nearError(site, m[1], m[2]) : undefined;

  m = RegExpPrototypeExec(/^([\s\S]+?) is not a function\. \(evaluating '([\s\S]*) instanceof ([\s\S]*)'\)$/, message);
  if (m !== null) {
    return result("Right-hand side of 'instanceof' is not callable",
                  inCode ? instanceofPosition(site) : undefined);
  }

  m = RegExpPrototypeExec(/^([\s\S]+?) is not an Object\. \(evaluating '([\s\S]*)'\)$/, message);
  if (m !== null) return inCode ? inOperatorError(site) : undefined;

  m = RegExpPrototypeExec(/^([\s\S]+?) is not an object \(evaluating '([\s\S]*)'\)$/, message);
  if (m !== null && native && inCode) return incompatibleReceiver(site, fname);

  if (message === 'Cannot access uninitialized variable.') {
    return hasSource ? tdzError(site) : undefined;
  }

  if (message === 'Attempted to assign to readonly property.' ||
      message === 'Attempting to define property on object that is not extensible.') {
    if (native && fname === 'defineProperty' && inCode) {
      const args = nativeCallArguments(site);
      const key = args === undefined ? undefined : argumentText(site.tokens, args[1], true);
      return key === undefined ? undefined :
        result(`Cannot define property ${key}, object is not extensible`);
    }
    if (!hasSource) return undefined;
    return readonlyError(site, message);
  }

  if (native && fname === 'defineProperty' && inCode &&
      StringPrototypeStartsWith(message, 'Attempting to change ')) {
    const args = nativeCallArguments(site);
    const key = args === undefined ? undefined : argumentText(site.tokens, args[1], true);
    return key === undefined ? undefined : result(`Cannot redefine property: ${key}`);
  }

  if (message === 'Right side of assignment cannot be destructured') {
    return hasSource ? destructureError(site) : undefined;
  }

  if (message === 'Spread syntax requires ...iterable[Symbol.iterator] to be a function' ||
      message === 'Spread syntax requires ...iterable not be null or undefined') {
    if (!hasSource) return undefined;
    const spread = spreadError(site);
    if (spread !== undefined) return spread;
    if (message === 'Spread syntax requires ...iterable not be null or undefined' &&
        site.offset >= 0) {
      // A call's spread argument: V8 names it and, oddly, the value as the key it read.
      const arg = callSpreadArgument(site);
      if (arg !== undefined) {
        const tokens = site.tokens;
        const printed = printRange(tokens, arg[0], arg[1]);
        const value = literalNullish(tokens, arg[0], arg[1]) ?? 'undefined';
        if (printed !== undefined) {
          return result(`${printed} is not iterable (cannot read property ${value})`);
        }
      }
    }
    // In a call V8 keeps this wording.
    return message === 'Spread syntax requires ...iterable[Symbol.iterator] to be a function' ?
      result(message) : undefined;
  }

  if (message === 'Cannot call a class constructor without |new|') {
    if (!native) return undefined;
    // V8 raises it at the call: the class's own frame is not shown.
    const text = fname === '' ? "Class constructors cannot be invoked without 'new'" :
      `Class constructor ${fname} cannot be invoked without 'new'`;
    return result(text, undefined, 1);
  }

  if (message === '\'super()\' must be called in derived constructor before accessing |this| or returning non-object.') {
    let at;
    if (inCode) {
      const tokens = site.tokens;
      for (let k = site.index; k >= 0 && k > site.index - 4; k--) {
        if (scan.isName(tokens[k], 'this')) {
          at = tokens[k].s;
          break;
        }
      }
    }
    return result(kFixedMessages[message], at);
  }

  if (message === 'Cannot return a non-object type in the constructor of a derived class.') {
    // V8 reports it at the `new`, without the constructor's frame.
    return result(kFixedMessages[message], undefined, 1);
  }

  if (message === '\'arguments\', \'callee\', and \'caller\' cannot be accessed in this context.') {
    return result(kFixedMessages[message], undefined, native ? 1 : undefined);
  }

  if (message === 'The superclass is not a constructor.') {
    if (!inCode) return undefined;
    const tokens = site.tokens;
    const end = scan.isIdentifier(tokens[site.index]) ? site.index + 1 :
      expressionEnd(tokens, site.index);
    const value = argumentText(tokens, resolveRange(tokens, [site.index, end]), false);
    return value === undefined ? undefined :
      result(`Class extends value ${value} is not a constructor or null`);
  }

  m = RegExpPrototypeExec(/^Invalid mix of BigInt and other type in [\w ]+\.$/, message);
  if (m !== null) {
    return result('Cannot mix BigInt and other types, use explicit conversions',
                  inCode ? operatorPosition(site) : undefined);
  }

  m = RegExpPrototypeExec(/^Invalid regular expression: ([\s\S]*)$/, message);
  if (m !== null) return inCode ? regExpError(site, m[1]) : undefined;

  m = RegExpPrototypeExec(/^Array\.prototype\.(\w+) requires that \|this\| not be null or undefined$/, message);
  if (m !== null) {
    return result(`Array.prototype.${m[1]} called on null or undefined`, undefined, undefined,
                  { owner: '' });
  }

  if (name === 'SyntaxError' && native && fname === 'eval') {
    // V8 shows the code that called eval, not an eval frame.
    return result(syntaxErrorMessage(message), undefined, 1);
  }
  if (name === 'SyntaxError' && !native) {
    const text = syntaxErrorMessage(message);
    if (text !== undefined) return result(text);
  }
  if (name === 'SyntaxError' && native && fname === 'evaluateScript') {
    // A module or script that does not compile: V8 shows its line with carets under
    // the offending token.
    return result(syntaxErrorMessage(message), undefined, 1, syntaxSite(site, message));
  }
  if (name === 'SyntaxError' && native && fname === 'Function') {
    const text = syntaxErrorMessage(message);
    if (text !== undefined) return result(text);
  }

  if (message === 'Type error' && native) return typeErrorInNative(site, fname);

  if (message === 'undefined is not a function' && native && fname === 'fromEntries') {
    return iterableArgument(site);
  }

  if (message === 'Map operation called on non-Map object' ||
      message === 'Set operation called on non-Set object' ||
      message === 'WeakMap operation called on non-WeakMap object' ||
      message === 'WeakSet operation called on non-WeakSet object') {
    return inCode && native ? incompatibleReceiver(site, fname) : undefined;
  }

  if (message === '|this| is not an object' && native &&
      (fname === 'resolve' || fname === 'reject')) {
    return result(fname === 'resolve' ? 'PromiseResolve called on non-object' :
      'PromiseReject called on non-object');
  }

  if ((message === 'WeakMap keys must be objects or non-registered symbols' ||
       message === 'WeakSet values must be objects or non-registered symbols') &&
      native && (fname === 'WeakMap' || fname === 'WeakSet')) {
    // V8 shows the set/add the constructor runs.
    return result(kFixedMessages[message], undefined, undefined, {
      nativeTop: fname === 'WeakMap' ? 'set' : 'add', nativeTopOwner: fname,
    });
  }

  if ((message === 'A Proxy\'s \'target\' should be an Object' ||
       message === 'A Proxy\'s \'handler\' should be an Object') && native &&
      fname === 'Proxy') {
    // V8 checks the arguments before entering the constructor.
    return result(kFixedMessages[message], undefined, 1);
  }

  if (message === 'Out of memory' && !native && inCode) {
    const callee = siteCallee(site);
    const method = callee === undefined ? undefined : site.tokens[callee[1] - 1];
    if (method !== undefined && method.k === scan.kName && (method.v === 'repeat' ||
        method.v === 'padStart' || method.v === 'padEnd')) {
      return result('Invalid string length', undefined, undefined,
                    { nativeTop: method.v, nativeTopOwner: 'String' });
    }
  }

  if (message === 'Unable to delete property.' && inCode) return deleteError(site);

  if (message === 'instanceof called on an object with an invalid prototype property.') {
    // The prototype is almost always missing (arrow functions, methods): V8 shows the
    // value and a frame for the Symbol.hasInstance built-in.
    return result("Function has non-object prototype 'undefined' in instanceof check",
                  inCode ? instanceofPosition(site) : undefined, undefined,
                  { nativeTop: '[Symbol.hasInstance]', nativeTopOwner: '' });
  }

  const fixed = kFixedMessages[message];
  if (fixed !== undefined) {
    let at;
    if (inCode && !native) {
      if (message === 'Cannot convert a symbol to a string') {
        // In a template literal V8 reports the substitution.
        at = templateSubstitutionPosition(site) ?? operatorPosition(site);
      } else if (message === 'Cannot convert a symbol to a number' ||
          message === '0 is an invalid divisor value.' ||
          message === 'Negative exponent is not allowed' ||
          message === 'BigInt does not support >>> operator' ||
          message === 'Conversion from \'BigInt\' to \'number\' is not allowed.') {
        at = operatorPosition(site);
      } else if (message === 'Right hand side of instanceof is not an object') {
        at = instanceofPosition(site);
      }
    }
    return result(fixed, at);
  }

  return nativeArgumentError(site, name, message);
}

// The only spread argument of the call at (or right after) the site, as a token range.
function callSpreadArgument(site) {
  const tokens = site.tokens;
  let k = site.index;
  // JavaScriptCore reports the callee's `.`, or the `(`.
  for (let n = 0; n < 4 && k < tokens.length && !scan.isPunct(tokens[k], '('); n++) k++;
  const args = callArguments(tokens, k);
  if (args === undefined) return undefined;
  let found;
  for (let n = 0; n < args.length; n++) {
    if (scan.isPunct(tokens[args[n][0]], '...')) {
      if (found !== undefined) return undefined;
      found = [args[n][0] + 1, args[n][1]];
    }
  }
  return found;
}

// Literal arguments that are not iterable: V8's value-based wording.
function iterableArgument(site) {
  const args = nativeCallArguments(site);
  if (args === undefined || args.length === 0) return undefined;
  const described = describeLiteral(site.tokens, args[0][0], args[0][1]);
  return described === undefined ? undefined :
    result(`${described} is not iterable (cannot read property Symbol(Symbol.iterator))`);
}

// JavaScriptCore's bare "Type error" from a built-in: the call shows which one.
function typeErrorInNative(site, fname) {
  if (fname === 'Map' || fname === 'Set' || fname === 'WeakMap' || fname === 'WeakSet') {
    return iterableArgument(site);
  }
  const callee = calleeText(site);
  if (callee === undefined) return undefined;
  if (callee === 'Function.prototype.toString.call' ||
      callee === 'Function.prototype.toString.apply') {
    return result("Function.prototype.toString requires that 'this' be a Function");
  }
  const m = RegExpPrototypeExec(/^String\.prototype\.(\w+)\.(?:call|apply)$/, callee);
  if (m !== null) {
    const receiver = siteReceiver(site);
    const type = receiver === undefined ? undefined :
      literalTypeName(site.tokens, receiver[0], receiver[1]);
    if (type === '') {
      return result(`String.prototype.${m[1]} called on null or undefined`, undefined,
                    undefined, { owner: '' });
    }
  }
  return undefined;
}

// A built-in method called on the wrong kind of object through `.call`.
function incompatibleReceiver(site, fname) {
  const callee = calleeText(site);
  if (callee === undefined) return undefined;
  const m = RegExpPrototypeExec(/^(\w+)\.prototype\.(\w+)\.(?:call|apply)$/, callee);
  if (m === null || m[2] !== fname) return undefined;
  const shown = receiverText(site);
  if (shown === undefined) return undefined;
  return result(`Method ${m[1]}.prototype.${m[2]} called on incompatible receiver ${shown}`);
}

// `delete o.a` on a non-configurable property in strict mode.
function deleteError(site) {
  const tokens = site.tokens;
  let k = site.index;
  while (k > 0 && k > site.index - 32 && !scan.isName(tokens[k], 'delete')) k--;
  if (!scan.isName(tokens[k], 'delete')) return undefined;
  const end = expressionEnd(tokens, k + 1);
  const key = scan.memberKey(tokens, end - 1);
  if (key === undefined) return result(undefined, tokens[k].s);
  // V8 names the object too, which the source does not show: assume a plain object.
  return result(`Cannot delete property '${key}' of #<Object>`, tokens[k].s);
}

// The first template substitution at or after the position, in the same statement.
function templateSubstitutionPosition(site) {
  const tokens = site.tokens;
  for (let k = site.index; k < tokens.length && k < site.index + 64; k++) {
    const t = tokens[k];
    if (scan.isPunct(t, ';')) return undefined;
    if ((t.k === scan.kTemplateHead || t.k === scan.kTemplateMiddle) && tokens[k + 1] !== undefined) {
      return tokens[k + 1].s;
    }
  }
  return undefined;
}

function instanceofPosition(site) {
  const tokens = site.tokens;
  for (let k = site.index; k >= 0 && k > site.index - 64; k--) {
    if (scan.isName(tokens[k], 'instanceof')) return tokens[k].s;
  }
  return undefined;
}

// `key in target` on a primitive: V8 names both values, which the source shows only for
// literals.
function inOperatorError(site) {
  const tokens = site.tokens;
  let k = site.index;
  while (k > 0 && k > site.index - 64 && !scan.isName(tokens[k], 'in')) k--;
  if (!scan.isName(tokens[k], 'in')) return undefined;
  const keyText = argumentText(tokens, resolveRange(tokens, [k - 1, k]), true);
  const end = expressionEnd(tokens, k + 1);
  const targetText = argumentText(tokens, resolveRange(tokens, [k + 1, end]), true);
  // Without literal operands only the position can be improved.
  if (keyText === undefined || targetText === undefined ||
      (end - (k + 1) !== 1 && end - (k + 1) !== 2)) {
    return result(undefined, tokens[k].s);
  }
  // The key must be the whole left operand.
  const before = tokens[k - 2];
  if (before !== undefined && (before.k !== scan.kPunct || before.v === '.' ||
      before.v === ']' || before.v === ')')) {
    return result(undefined, tokens[k].s);
  }
  return result(`Cannot use 'in' operator to search for '${keyText}' in ${targetText}`, tokens[k].s);
}

// Whether the code at the site is strict: true, false, or undefined when the lines
// around do not show it.
function strictAt(site) {
  const text = site.text;
  // The file's directive prologue.
  const head = scan.tokenize(text, 0, text.length < 2000 ? text.length : 2000);
  if (isUseStrict(head, 0)) return true;
  // The enclosing functions and classes, from the start of the file when it is not huge.
  let tokens = site.tokens;
  let j = site.index;
  if (site.offset < 300000) {
    tokens = scan.tokenize(text, 0, site.offset + 1);
    j = scan.tokenAt(tokens, site.offset);
  }
  for (;;) {
    let open = -1;
    let level = 0;
    for (let k = j - 1; k >= 0; k--) {
      const t = tokens[k];
      if (t.k !== scan.kPunct) continue;
      if (t.v === ')' || t.v === ']' || t.v === '}') level++;
      else if (t.v === '(' || t.v === '[' || t.v === '{') {
        if (level === 0) {
          open = k;
          break;
        }
        level--;
      }
    }
    if (open < 0) return tokens[0] !== undefined && tokens[0].s === 0 ? false : undefined;
    if (scan.isPunct(tokens[open], '{')) {
      const before = tokens[open - 1];
      if ((scan.isPunct(before, ')') || scan.isPunct(before, '=>')) && isUseStrict(tokens, open + 1)) {
        return true;
      }
      // Class bodies are strict.
      for (let k = open - 1; k >= 0 && k > open - 8; k--) {
        if (scan.isName(tokens[k], 'class')) return true;
        if (tokens[k].k === scan.kPunct && tokens[k].v !== '.') break;
      }
    }
    j = open;
  }
}

// A 'use strict' directive at tokens[k] (the start of a directive prologue).
function isUseStrict(tokens, k) {
  for (; tokens[k] !== undefined && tokens[k].k === scan.kString; k++) {
    const t = tokens[k];
    if (t.v === 'use strict' && t.e - t.s === 12) return true;
    if (scan.isPunct(tokens[k + 1], ';')) k++;
  }
  return false;
}

// Writes to read-only properties and bindings.
function readonlyError(site, message) {
  const frame = site.frame;
  if (frame !== undefined && frame.native) {
    if (frame.name === 'setPrototypeOf') return result('#<Object> is not extensible');
    return undefined;
  }
  // A write to a read-only property throws only in strict code: in sloppy code the
  // position is a stale one (JavaScriptCore reports the last position it recorded) and
  // the error is an assignment to a const further on.
  if (site.offset >= 0 && strictAt(site) !== false) {
    const tokens = site.tokens;
    const at = site.token;
    if (at !== undefined && (scan.isPunct(at, '.') || scan.isPunct(at, '['))) {
      let last;
      let key;
      if (at.v === '.') {
        last = site.index + 1;
        key = tokens[last] !== undefined && tokens[last].k === scan.kName ? tokens[last].v : undefined;
      } else {
        last = scan.matchBracket(tokens, site.index);
        key = last < 0 ? undefined : scan.literalKey(tokens, site.index + 1, last);
      }
      const next = tokens[last + 1];
      if (key === undefined || !isAssignmentOperator(next)) return undefined;
      if (message === 'Attempting to define property on object that is not extensible.') {
        return result(`Cannot add property ${key}, object is not extensible`, next.s);
      }
      // A primitive (a literal, or a const bound to one): nothing can be created on it.
      let object = site.index - 1 >= 0 ? [site.index - 1, site.index] : undefined;
      if (object !== undefined && scan.isPunct(tokens[object[0]], ')')) {
        const open = scan.matchBracket(tokens, object[0]);
        if (open >= 0) object = [open + 1, object[0]];
      }
      object = resolveRange(tokens, object);
      const type = object === undefined ? undefined :
        literalTypeName(tokens, object[0], object[1]);
      if (type === 'Number' || type === 'String' || type === 'Boolean' || type === 'BigInt') {
        const value = argumentText(tokens, object, true) ??
          (type === 'BigInt' ? StringPrototypeSlice(tokens[object[0]].v, 0, -1) : undefined);
        if (value !== undefined) {
          return result(`Cannot create property '${key}' on ${StringPrototypeToLowerCase(type)} ` +
                        `'${value}'`, next.s);
        }
      }
      // V8 also names the object ('#<Object>', '[object Array]'), which the source does
      // not show: assume the common cases (a frozen plain object; an array for indexes).
      const isIndex = RegExpPrototypeExec(/^(?:0|[1-9]\d*)$/, key) !== null;
      return result(`Cannot assign to read only property '${key}' of object ` +
                    `'${isIndex ? '[object Array]' : '#<Object>'}'`, next.s);
    }
  }
  if (message !== 'Attempted to assign to readonly property.') return undefined;
  return result('Assignment to constant variable.', constAssignmentPosition(site));
}

// Rewrites err.message in place when it is an engine message with a V8 equivalent, and
// records where V8 reports the error. Runs before the stack is converted so the stack's
// first line carries the new text. Errors created by JavaScript code (through the Error
// wrappers) keep their messages.
function rewriteEngineMessage(err) {
  if (err === null || typeof err !== 'object' || rewritten.has(err)) return;
  rewritten.add(err);
  const desc = ObjectGetOwnPropertyDescriptor(err, 'message');
  if (desc === undefined || typeof desc.value !== 'string') return;
  const stackDesc = ObjectGetOwnPropertyDescriptor(err, 'stack');
  if (stackDesc !== undefined && stackDesc.get !== undefined) return;
  lazyModules();
  let site;
  let translated;
  try {
    const line = ObjectGetOwnPropertyDescriptor(err, 'line')?.value;
    const column = ObjectGetOwnPropertyDescriptor(err, 'column')?.value;
    const url = ObjectGetOwnPropertyDescriptor(err, 'sourceURL')?.value;
    let frame;
    if (stackDesc !== undefined && typeof stackDesc.value === 'string') {
      const nl = StringPrototypeIndexOf(stackDesc.value, '\n');
      const first = nl === -1 ? stackDesc.value : StringPrototypeSlice(stackDesc.value, 0, nl);
      const at = StringPrototypeIndexOf(first, '@');
      if (at !== -1) {
        const location = StringPrototypeSlice(first, at + 1);
        frame = {
          name: StringPrototypeSlice(first, 0, at),
          native: location === '[native code]' || location === '',
        };
      }
    }
    if (typeof line === 'number' && typeof column === 'number' && typeof url === 'string') {
      site = new Site(url, line, column, frame);
    } else {
      site = new Site('', 0, 0, frame);
    }
    translated = translateAt(site, err.name, desc.value);
  } catch {
    // A best effort: an unexpected source shape must not break error reporting.
    translated = undefined;
  }
  if (translated === undefined) return;
  if (translated.message !== undefined) {
    ObjectDefineProperty(err, 'message', {
      __proto__: null, value: translated.message, writable: true, enumerable: false,
      configurable: true,
    });
  }
  const extra = translated.extra;
  if (translated.at !== undefined || translated.drop !== undefined || extra !== undefined) {
    const position = translated.at === undefined ? undefined : site.position(translated.at);
    errorSites.set(err, {
      url: site.url,
      line: position?.line,
      column: position?.column,
      drop: translated.drop ?? 0,
      owner: extra?.owner,
      nativeTop: extra?.nativeTop,
      nativeTopOwner: extra?.nativeTopOwner,
      evalColumnDelta: extra?.evalColumnDelta ?? 0,
      syntax: extra?.syntax,
    });
  }
}

// V8's wording for a JavaScriptCore message without a source position (for tests and
// tools), or undefined.
function translate(name, message) {
  lazyModules();
  const translated = translateAt(new Site('', 0, 0, undefined), name, message);
  return translated?.message;
}

module.exports = {
  jsonParseError,
  getJsonErrorSource,
  locateJsonError,
  rewriteEngineMessage,
  getEngineErrorSite,
  translate,
};

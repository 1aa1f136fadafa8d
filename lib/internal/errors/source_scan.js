'use strict';

// A small JavaScript tokenizer and expression helpers over program source text, used to
// word engine errors the way V8 does (internal/errors/engine_messages) and to move stack
// positions to where V8 reports them (internal/errors/stack).
//
// JavaScriptCore's messages quote source text ("evaluating 'o.a.b'") or nothing at all
// ("Cannot access uninitialized variable."); V8's name things ("reading 'b'", "Cannot
// access 'x' before initialization"). What V8 names can often be recovered from the
// source at the error's position. This is not a parser: it tokenizes a window of text and
// walks tokens, which is enough for the expressions errors are about. Text that starts
// inside a comment or a template literal can confuse it; callers treat every answer as a
// best effort and fall back to the engine's wording.

const {
  ArrayPrototypePush,
  ArrayPrototypeJoin,
  NumberParseFloat,
  SafeSet,
  StringPrototypeCharCodeAt,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringFromCharCode,
  String: StringCtor,
  NumberParseInt,
} = primordials;

// Token kinds.
const kName = 1;      // identifiers and keywords; value is the name
const kNumber = 2;    // numeric literals; value is the source text
const kString = 3;    // string literals; value is the decoded string
const kTemplate = 4;  // a whole template literal without substitutions; value decoded
const kPunct = 5;     // punctuators; value is the text
const kRegExp = 6;    // regular expression literals; value is the source text
const kPrivate = 7;   // #name
const kTemplateHead = 8;    // `...${
const kTemplateMiddle = 9;  // }...${
const kTemplateTail = 10;   // }...`

function isIdStart(c) {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 36 || c === 95 || c > 127;
}

function isIdPart(c) {
  return isIdStart(c) || (c >= 48 && c <= 57);
}

function isDigit(c) {
  return c >= 48 && c <= 57;
}

function isLineBreak(c) {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

function isSpace(c) {
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 0xa0 || c === 0xfeff ||
    isLineBreak(c);
}

// Longest first.
const kPuncts = [
  '>>>=', '...', '===', '!==', '**=', '<<=', '>>=', '>>>', '&&=', '||=', '??=',
  '=>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '++', '--', '+=', '-=', '*=',
  '/=', '%=', '&=', '|=', '^=', '<<', '>>', '**',
  '{', '}', '(', ')', '[', ']', ';', ',', '<', '>', '+', '-', '*', '/', '%', '&', '|',
  '^', '!', '~', '?', ':', '=', '.', '@',
];

// Punctuators by their first character code, longest first.
const kPunctsByFirst = [];
for (let k = 0; k < kPuncts.length; k++) {
  const code = StringPrototypeCharCodeAt(kPuncts[k], 0);
  kPunctsByFirst[code] ??= [];
  ArrayPrototypePush(kPunctsByFirst[code], kPuncts[k]);
}

// Keywords after which a `/` starts a regular expression rather than a division.
const kRegExpAfterKeyword = new SafeSet([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case',
  'do', 'else', 'yield', 'await',
]);

const kKeywords = new SafeSet([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete',
  'do', 'else', 'export', 'extends', 'finally', 'for', 'function', 'if', 'import', 'in',
  'instanceof', 'new', 'return', 'super', 'switch', 'this', 'throw', 'try', 'typeof',
  'var', 'void', 'while', 'with', 'yield', 'let', 'static', 'await', 'async', 'of',
  'null', 'true', 'false',
]);

function decodeEscape(text, i, out) {
  // text[i] is the character after a backslash; returns the index after the escape.
  const c = text[i];
  switch (c) {
    case 'n': out.s += '\n'; return i + 1;
    case 't': out.s += '\t'; return i + 1;
    case 'r': out.s += '\r'; return i + 1;
    case 'b': out.s += '\b'; return i + 1;
    case 'f': out.s += '\f'; return i + 1;
    case 'v': out.s += '\v'; return i + 1;
    case '0':
      if (!isDigit(StringPrototypeCharCodeAt(text, i + 1))) {
        out.s += '\0';
        return i + 1;
      }
      break;
    case 'x': {
      const code = NumberParseInt(StringPrototypeSlice(text, i + 1, i + 3), 16);
      if (code === code) {
        out.s += StringFromCharCode(code);
        return i + 3;
      }
      break;
    }
    case 'u': {
      if (text[i + 1] === '{') {
        const close = StringPrototypeIndexOf(text, '}', i);
        const code = NumberParseInt(StringPrototypeSlice(text, i + 2, close), 16);
        if (close !== -1 && code === code) {
          out.s += StringCtor.fromCodePoint(code);
          return close + 1;
        }
        break;
      }
      const code = NumberParseInt(StringPrototypeSlice(text, i + 1, i + 5), 16);
      if (code === code) {
        out.s += StringFromCharCode(code);
        return i + 5;
      }
      break;
    }
    case '\r':
      return text[i + 1] === '\n' ? i + 2 : i + 1;
    case '\n':
    case '\u2028':
    case '\u2029':
      return i + 1;
    default:
      break;
  }
  out.s += c === undefined ? '' : c;
  return i + 1;
}

// Splits text[start, end) into tokens { k: kind, v: value, s: start, e: end }. Comments
// and white space are skipped; `nl` on a token tells that a line break preceded it.
// The loop calls string methods directly (not through primordials): it runs over program
// text, not user objects, and the wrappers would make it several times slower.
function tokenize(text, start = 0, end = text.length) {
  const tokens = [];
  // Brace depth at which each open template substitution started.
  const templateStack = [];
  let depth = 0;
  let i = start;
  let newline = false;

  function push(k, v, s, e) {
    ArrayPrototypePush(tokens, { k, v, s, e, nl: newline });
    newline = false;
  }

  function regexAllowed() {
    const prev = tokens[tokens.length - 1];
    if (prev === undefined) return true;
    if (prev.k === kName) return kRegExpAfterKeyword.has(prev.v);
    if (prev.k === kPunct) return prev.v !== ')' && prev.v !== ']' && prev.v !== '++' &&
      prev.v !== '--';
    return false;
  }

  // Scans template characters from i (after ` or }) to ` or ${.
  function scanTemplate(s, headKind, wholeKind, middleKind, tailKind) {
    const out = { s: '' };
    while (i < end) {
      const c = text[i];
      if (c === '`') {
        i++;
        push(headKind === kTemplateHead ? wholeKind : tailKind, out.s, s, i);
        return;
      }
      if (c === '$' && text[i + 1] === '{') {
        i += 2;
        push(headKind === kTemplateHead ? kTemplateHead : middleKind, out.s, s, i);
        ArrayPrototypePush(templateStack, depth);
        depth++;
        return;
      }
      if (c === '\\') {
        i = decodeEscape(text, i + 1, out);
        continue;
      }
      out.s += c;
      i++;
    }
    push(headKind === kTemplateHead ? wholeKind : tailKind, out.s, s, i);
  }

  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (isLineBreak(c)) newline = true;
      i++;
      continue;
    }
    const s = i;
    if (c === 47 /* / */) {
      const next = text[i + 1];
      if (next === '/') {
        while (i < end && !isLineBreak(text.charCodeAt(i))) i++;
        continue;
      }
      if (next === '*') {
        const close = text.indexOf('*/', i + 2);
        const stop = close === -1 ? end : close + 2;
        for (let k = i; k < stop; k++) {
          if (isLineBreak(text.charCodeAt(k))) newline = true;
        }
        i = stop;
        continue;
      }
      if (regexAllowed()) {
        let inClass = false;
        i++;
        while (i < end) {
          const d = text[i];
          if (d === '\\') {
            i += 2;
            continue;
          }
          if (isLineBreak(text.charCodeAt(i))) break;
          if (d === '[') inClass = true;
          else if (d === ']') inClass = false;
          else if (d === '/' && !inClass) {
            i++;
            break;
          }
          i++;
        }
        while (i < end && isIdPart(text.charCodeAt(i))) i++;
        push(kRegExp, text.slice(s, i), s, i);
        continue;
      }
    }
    if (isIdStart(c) || c === 92 /* \ */) {
      i++;
      while (i < end && isIdPart(text.charCodeAt(i))) i++;
      push(kName, text.slice(s, i), s, i);
      continue;
    }
    if (c === 35 /* # */ && i + 1 < end && isIdStart(text.charCodeAt(i + 1))) {
      i += 2;
      while (i < end && isIdPart(text.charCodeAt(i))) i++;
      push(kPrivate, text.slice(s, i), s, i);
      continue;
    }
    if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(i + 1)))) {
      let dot = c === 46;
      i++;
      while (i < end) {
        const d = text.charCodeAt(i);
        if (isIdPart(d)) {
          i++;
        } else if (d === 46 && !dot && text[s + 1] !== 'x' && text[s + 1] !== 'X') {
          dot = true;
          i++;
        } else if ((d === 43 || d === 45) &&
                   (text[i - 1] === 'e' || text[i - 1] === 'E') &&
                   text[s + 1] !== 'x' && text[s + 1] !== 'X') {
          i++;
        } else {
          break;
        }
      }
      push(kNumber, text.slice(s, i), s, i);
      continue;
    }
    if (c === 34 || c === 39 /* " ' */) {
      const quote = text[i];
      const out = { s: '' };
      i++;
      while (i < end && text[i] !== quote) {
        if (text[i] === '\\') {
          i = decodeEscape(text, i + 1, out);
          continue;
        }
        if (isLineBreak(text.charCodeAt(i))) break;
        out.s += text[i];
        i++;
      }
      if (text[i] === quote) i++;
      push(kString, out.s, s, i);
      continue;
    }
    if (c === 96 /* ` */) {
      i++;
      scanTemplate(s, kTemplateHead, kTemplate, kTemplateMiddle, kTemplateTail);
      continue;
    }
    if (c === 125 /* } */ && templateStack.length > 0 &&
        templateStack[templateStack.length - 1] === depth - 1) {
      templateStack.length--;
      depth--;
      i++;
      scanTemplate(s, kTemplateMiddle, kTemplate, kTemplateMiddle, kTemplateTail);
      continue;
    }
    let punct;
    const candidates = kPunctsByFirst[c];
    if (candidates !== undefined) {
      for (let k = 0; k < candidates.length; k++) {
        const p = candidates[k];
        if (p.length === 1 || text.startsWith(p, i)) {
          punct = p;
          break;
        }
      }
    }
    if (punct === undefined) {
      // Unknown character: keep it as a one-character punctuator.
      punct = text[i];
    }
    // `?.` followed by a digit is `?` then a number (a ? .5 : 1).
    if (punct === '?.' && isDigit(text.charCodeAt(i + 2))) punct = '?';
    if (punct === '{' || punct === '(' || punct === '[') depth++;
    else if (punct === '}' || punct === ')' || punct === ']') depth--;
    i += punct.length;
    push(kPunct, punct, s, i);
  }
  return tokens;
}

function isPunct(token, value) {
  return token !== undefined && token.k === kPunct && token.v === value;
}

function isName(token, value) {
  return token !== undefined && token.k === kName && (value === undefined || token.v === value);
}

// An identifier that can name a binding (not a reserved word or literal keyword).
function isIdentifier(token) {
  return token !== undefined && token.k === kName && !kKeywords.has(token.v);
}

// Index of the bracket matching tokens[i] ('(' '[' '{' forward, ')' ']' '}' backward),
// or -1. Template substitutions count as brackets.
function matchBracket(tokens, i) {
  const t = tokens[i];
  if (t === undefined || t.k !== kPunct) return -1;
  let step;
  let want;
  switch (t.v) {
    case '(': step = 1; want = ')'; break;
    case '[': step = 1; want = ']'; break;
    case '{': step = 1; want = '}'; break;
    case ')': step = -1; want = '('; break;
    case ']': step = -1; want = '['; break;
    case '}': step = -1; want = '{'; break;
    default: return -1;
  }
  let level = 0;
  for (let k = i; k >= 0 && k < tokens.length; k += step) {
    const u = tokens[k];
    if (u.k === kTemplateHead) {
      level += step;
      continue;
    }
    if (u.k === kTemplateTail) {
      level -= step;
      continue;
    }
    if (u.k !== kPunct) continue;
    const v = u.v;
    const opens = v === '(' || v === '[' || v === '{';
    const closes = v === ')' || v === ']' || v === '}';
    if (!opens && !closes) continue;
    if ((opens && step === 1) || (closes && step === -1)) {
      level++;
    } else {
      level--;
      if (level === 0) return v === want ? k : -1;
      if (level < 0) return -1;
    }
  }
  return -1;
}

// Index of the template head that opens the substitution template ending at tail index i.
function matchTemplateStart(tokens, i) {
  let level = 0;
  for (let k = i; k >= 0; k--) {
    const u = tokens[k];
    if (u.k === kTemplateTail) level++;
    else if (u.k === kTemplateHead) {
      level--;
      if (level === 0) return k;
    }
  }
  return -1;
}

// True when tokens[i] can end an expression (so a following `(` is a call, `[` an
// element access, a template a tagged call).
function endsExpression(token) {
  if (token === undefined) return false;
  switch (token.k) {
    case kName:
      return !kKeywords.has(token.v) || token.v === 'this' || token.v === 'super' ||
        token.v === 'null' || token.v === 'true' || token.v === 'false' ||
        token.v === 'of' || token.v === 'let' || token.v === 'async' ||
        token.v === 'static';
    case kNumber: case kString: case kTemplate: case kRegExp: case kTemplateTail:
    case kPrivate:
      return true;
    case kPunct:
      return token.v === ')' || token.v === ']' || token.v === '}';
    default:
      return false;
  }
}

// Walks left from tokens[i], the last token of a member/call expression, to its first
// token. Returns { start, call, optional, isNew } where `call` tells that the chain has a
// call or tagged template before its end and `optional` that it has `?.`; `isNew` that a
// `new` applies to the start of the chain (start is then the `new` token).
function chainStart(tokens, i) {
  let call = false;
  let optional = false;
  let k = i;
  for (;;) {
    const t = tokens[k];
    if (t === undefined) return undefined;
    if (t.k === kPunct && t.v === ')') {
      const open = matchBracket(tokens, k);
      if (open < 0) return undefined;
      const before = tokens[open - 1];
      if (isPunct(before, '?.')) {
        call = true;
        optional = true;
        k = open - 2;
        continue;
      }
      if (endsExpression(before) && !isName(before, 'if') && !isName(before, 'while') &&
          !isName(before, 'for') && !isName(before, 'switch') && !isName(before, 'catch') &&
          !isName(before, 'with') && !isName(before, 'function') &&
          !(before.k === kName && isFunctionNameBeforeParams(tokens, open - 1))) {
        call = true;
        k = open - 1;
        continue;
      }
      k = open;
      break;
    }
    if (t.k === kPunct && t.v === ']') {
      const open = matchBracket(tokens, k);
      if (open < 0) return undefined;
      const before = tokens[open - 1];
      if (isPunct(before, '?.')) {
        optional = true;
        k = open - 2;
        continue;
      }
      if (endsExpression(before)) {
        k = open - 1;
        continue;
      }
      k = open;
      break;
    }
    if (t.k === kPunct && t.v === '}') {
      const open = matchBracket(tokens, k);
      if (open < 0) return undefined;
      k = functionLiteralStart(tokens, open);
      break;
    }
    if (t.k === kTemplateTail || t.k === kTemplate) {
      const head = t.k === kTemplate ? k : matchTemplateStart(tokens, k);
      if (head < 0) return undefined;
      if (endsExpression(tokens[head - 1])) {
        call = true;
        k = head - 1;
        continue;
      }
      k = head;
      break;
    }
    if (t.k === kName || t.k === kNumber || t.k === kString || t.k === kRegExp ||
        t.k === kPrivate) {
      const before = tokens[k - 1];
      if (isPunct(before, '.') || isPunct(before, '?.')) {
        if (before.v === '?.') optional = true;
        k -= 2;
        continue;
      }
      break;
    }
    return undefined;
  }
  // `new` binds to the shortest member chain without a call; only report it for the
  // chain start when no call intervenes.
  let isNew = false;
  if (isName(tokens[k - 1], 'new')) {
    isNew = true;
    k--;
  }
  return { start: k, call, optional, isNew };
}

// tokens[i] is a name directly before `(`: true when it names a function being declared
// (`function f(`, `async function f(`, a method `m(...) {`).
function isFunctionNameBeforeParams(tokens, i) {
  const before = tokens[i - 1];
  if (isName(before, 'function') || isPunct(before, '*')) return true;
  const open = i + 1;
  const close = matchBracket(tokens, open);
  if (close < 0) return false;
  // A method definition: name(...) { in a class body or object literal.
  return isPunct(tokens[close + 1], '{') &&
    (before === undefined || isPunct(before, '{') || isPunct(before, '}') ||
     isPunct(before, ',') || isPunct(before, ';') || isName(before, 'static') ||
     isName(before, 'async') || isName(before, 'get') || isName(before, 'set'));
}

// tokens[open] is the `{` of a braced expression: returns the first token of the function
// or class literal it belongs to, or `open` for an object literal.
function functionLiteralStart(tokens, open) {
  let k = open - 1;
  const before = tokens[k];
  if (isPunct(before, '=>')) {
    k--;
    if (isPunct(tokens[k], ')')) k = matchBracket(tokens, k);
    if (k < 0) return open;
    if (isName(tokens[k - 1], 'async')) k--;
    return k;
  }
  if (isPunct(before, ')')) {
    const p = matchBracket(tokens, k);
    if (p < 0) return open;
    k = p - 1;
    if (isName(tokens[k]) && !isName(tokens[k], 'function')) k--;
    if (isPunct(tokens[k], '*')) k--;
    if (isName(tokens[k], 'function')) {
      if (isName(tokens[k - 1], 'async')) k--;
      return k;
    }
    return open;
  }
  // class [Name] [extends X] {
  for (let j = k; j >= 0 && j > k - 8; j--) {
    if (isName(tokens[j], 'class')) return j;
    if (isPunct(tokens[j], ';') || isPunct(tokens[j], '{') || isPunct(tokens[j], '}')) break;
  }
  return open;
}

// ---------------------------------------------------------------------------------------
// V8's rendering of an expression in "x is not a function" messages: names and member
// chains as written, string keys as `.key`, calls as `f(...)`, literals of functions,
// classes and `new` expressions as "(intermediate value)".

const kIntermediate = '(intermediate value)';

function numberText(source) {
  let value;
  if (source.length > 1 && source[0] === '0' && (source[1] === 'x' || source[1] === 'X')) {
    value = NumberParseInt(StringPrototypeSlice(source, 2), 16);
  } else if (source.length > 1 && source[0] === '0' && (source[1] === 'o' || source[1] === 'O')) {
    value = NumberParseInt(StringPrototypeSlice(source, 2), 8);
  } else if (source.length > 1 && source[0] === '0' && (source[1] === 'b' || source[1] === 'B')) {
    value = NumberParseInt(StringPrototypeSlice(source, 2), 2);
  } else if (source[source.length - 1] === 'n') {
    return source;
  } else {
    let clean = '';
    for (let k = 0; k < source.length; k++) if (source[k] !== '_') clean += source[k];
    value = NumberParseFloat(clean);
  }
  return `${value}`;
}

// Operators of binary expressions (and comparisons).
const kBinaryOperators = new SafeSet(['??', '||', '&&', '|', '^', '&', '==', '!=', '===',
  '!==', '<', '>', '<=', '>=', '<<', '>>', '>>>', '+', '-', '*', '/', '%', '**',
  'instanceof', 'in']);

const kBinaryPrecedence = {
  __proto__: null,
  '??': 1, '||': 2, '&&': 3, '|': 4, '^': 5, '&': 6, '==': 7, '!=': 7, '===': 7, '!==': 7,
  '<': 8, '>': 8, '<=': 8, '>=': 8, 'instanceof': 8, 'in': 8, '<<': 9, '>>': 9, '>>>': 9,
  '+': 10, '-': 10, '*': 11, '/': 11, '%': 11, '**': 12,
};

// Prints tokens[from, to) as V8 would name the value; returns undefined when the tokens
// do not form one expression this printer understands.
function printExpression(tokens, from = 0, to = tokens.length) {
  let k = from;
  let failed = false;

  function peek() {
    return k < to ? tokens[k] : undefined;
  }

  function fail() {
    failed = true;
    return '';
  }

  function skipBalanced() {
    const close = matchBracket(tokens, k);
    if (close < 0 || close >= to) return fail();
    k = close + 1;
    return '';
  }

  function sequence() {
    let text = assignment();
    let comma = false;
    while (isPunct(peek(), ',')) {
      k++;
      text += ` , ${assignment()}`;
      comma = true;
    }
    return comma ? `(${text})` : text;
  }

  function assignment() {
    const left = conditional();
    const t = peek();
    if (t !== undefined && t.k === kPunct && t.v !== '=>' && t.v !== '==' &&
        t.v !== '===' && t.v !== '!=' && t.v !== '!==' && t.v !== '<=' && t.v !== '>=' &&
        t.v[t.v.length - 1] === '=') {
      k++;
      const right = assignment();
      return `${left} ${t.v} ${right}`;
    }
    return left;
  }

  function conditional() {
    const test = binary(0);
    if (isPunct(peek(), '?')) {
      k++;
      assignment();
      if (!isPunct(peek(), ':')) return fail();
      k++;
      assignment();
      return kIntermediate + kIntermediate + kIntermediate;
    }
    return test;
  }

  function binary(minPrecedence) {
    let left = unary();
    for (;;) {
      const t = peek();
      if (t === undefined) break;
      const op = t.v;
      const precedence = (t.k === kPunct || (t.k === kName && (op === 'in' || op === 'instanceof'))) ?
        kBinaryPrecedence[op] : undefined;
      if (precedence === undefined || precedence <= minPrecedence) break;
      k++;
      const right = binary(op === '**' ? precedence - 1 : precedence);
      left = `(${left} ${op} ${right})`;
    }
    return left;
  }

  function unary() {
    const t = peek();
    if (t !== undefined && ((t.k === kPunct && (t.v === '!' || t.v === '-' || t.v === '+' ||
        t.v === '~' || t.v === '++' || t.v === '--')) ||
        (t.k === kName && (t.v === 'typeof' || t.v === 'void' || t.v === 'delete' ||
        t.v === 'await')))) {
      k++;
      const operand = unary();
      if (t.v === '-' && RegExpNumber(operand)) return `-${operand}`;
      return t.k === kName ? `(${t.v} ${operand})` : `(${t.v}${operand})`;
    }
    const operand = postfix();
    const after = peek();
    if (after !== undefined && !after.nl && (isPunct(after, '++') || isPunct(after, '--'))) {
      k++;
      return `(${operand}${after.v})`;
    }
    return operand;
  }

  function RegExpNumber(text) {
    if (text.length === 0) return false;
    for (let j = 0; j < text.length; j++) {
      const c = StringPrototypeCharCodeAt(text, j);
      if (!isDigit(c) && c !== 46 && c !== 101 && c !== 43 && c !== 45) return false;
    }
    return true;
  }

  function arrowAhead() {
    // At `(` or a name: is this an arrow function's parameter list?
    const t = peek();
    if (t === undefined) return false;
    if (t.k === kName) return isPunct(tokens[k + 1], '=>');
    if (isPunct(t, '(')) {
      const close = matchBracket(tokens, k);
      return close > 0 && close + 1 < to && isPunct(tokens[close + 1], '=>');
    }
    return false;
  }

  function skipFunctionLiteral() {
    // From `function`, `class`, `async` or an arrow's parameters to the end of the body.
    let t = peek();
    if (isName(t, 'async')) {
      k++;
      t = peek();
    }
    if (isName(t, 'function') || isName(t, 'class')) {
      while (k < to && !isPunct(tokens[k], '{')) {
        if (isPunct(tokens[k], '(')) skipBalanced();
        else k++;
        if (failed) return;
      }
      skipBalanced();
      return;
    }
    // Arrow function.
    if (isPunct(t, '(')) skipBalanced();
    else k++;
    if (!isPunct(peek(), '=>')) {
      fail();
      return;
    }
    k++;
    if (isPunct(peek(), '{')) {
      skipBalanced();
    } else {
      assignment();
    }
  }

  function primary() {
    const t = peek();
    if (t === undefined) return fail();
    if (arrowAhead() || (isName(t, 'async') && (isName(tokens[k + 1], 'function') ||
        arrowAheadAt(k + 1)))) {
      skipFunctionLiteral();
      return kIntermediate;
    }
    switch (t.k) {
      case kName:
        if (t.v === 'function' || t.v === 'class') {
          skipFunctionLiteral();
          return kIntermediate;
        }
        if (t.v === 'new') {
          k++;
          if (isPunct(peek(), '.')) {
            // new.target
            k += 2;
            return '.new.target';
          }
          memberExpression(true);
          if (isPunct(peek(), '(')) skipBalanced();
          return kIntermediate;
        }
        k++;
        return t.v;
      case kNumber:
        k++;
        return numberText(t.v);
      case kString:
      case kTemplate:
        k++;
        return `"${t.v}"`;
      case kTemplateHead: {
        // A template with substitutions: skip to its tail.
        let level = 0;
        for (; k < to; k++) {
          if (tokens[k].k === kTemplateHead) level++;
          else if (tokens[k].k === kTemplateTail && --level === 0) break;
        }
        if (k >= to) return fail();
        k++;
        return kIntermediate;
      }
      case kRegExp:
        k++;
        return t.v;
      case kPunct:
        if (t.v === '(') {
          const close = matchBracket(tokens, k);
          if (close < 0 || close >= to) return fail();
          const inner = printExpression(tokens, k + 1, close);
          if (inner === undefined) return fail();
          k = close + 1;
          return inner;
        }
        if (t.v === '[') {
          const close = matchBracket(tokens, k);
          if (close < 0 || close >= to) return fail();
          const parts = [];
          let j = k + 1;
          while (j < close) {
            let e = j;
            let level = 0;
            for (; e < close; e++) {
              const u = tokens[e];
              if (u.k === kPunct && (u.v === '(' || u.v === '[' || u.v === '{')) level++;
              else if (u.k === kPunct && (u.v === ')' || u.v === ']' || u.v === '}')) level--;
              else if (level === 0 && isPunct(u, ',')) break;
            }
            const part = printExpression(tokens, j, e);
            if (part === undefined) return fail();
            ArrayPrototypePush(parts, part);
            j = e + 1;
          }
          k = close + 1;
          return `[${ArrayPrototypeJoin(parts, ',')}]`;
        }
        if (t.v === '{') {
          const close = matchBracket(tokens, k);
          if (close < 0 || close >= to) return fail();
          const empty = close === k + 1;
          k = close + 1;
          return empty ? '{}' : `{${kIntermediate}}`;
        }
        return fail();
      default:
        return fail();
    }
  }

  function arrowAheadAt(j) {
    const saved = k;
    k = j;
    const result = arrowAhead();
    k = saved;
    return result;
  }

  // A member expression with its calls. `noCall` stops before arguments (for `new X()`).
  function memberExpression(noCall) {
    let text = primary();
    for (;;) {
      if (failed) return '';
      const t = peek();
      if (t === undefined) break;
      if (t.k === kPunct && (t.v === '.' || t.v === '?.')) {
        const prefix = t.v === '.' ? '.' : '?.';
        const name = tokens[k + 1];
        if (name !== undefined && (name.k === kName || name.k === kPrivate)) {
          k += 2;
          text += `${prefix}${name.v}`;
          continue;
        }
        if (t.v === '?.' && isPunct(name, '[')) {
          k++;
          const key = computedKey();
          text += key[0] === '.' ? `?${key}` : `?.${key}`;
          continue;
        }
        if (t.v === '?.' && isPunct(name, '(')) {
          if (noCall) break;
          k++;
          skipBalanced();
          text += '(...)';
          continue;
        }
        return fail();
      }
      if (isPunct(t, '[')) {
        text += computedKey();
        continue;
      }
      if (isPunct(t, '(')) {
        if (noCall) break;
        skipBalanced();
        text += '(...)';
        continue;
      }
      if (t.k === kTemplate || t.k === kTemplateHead) {
        if (noCall) break;
        primary();
        text += '(...)';
        continue;
      }
      break;
    }
    return text;
  }

  // At `[`: returns `.key` for literal string keys, `[expr]` otherwise.
  function computedKey() {
    const close = matchBracket(tokens, k);
    if (close < 0 || close >= to) return fail();
    const inner = tokens[k + 1];
    let text;
    if (close === k + 2 && (inner.k === kString || inner.k === kTemplate)) {
      text = `.${inner.v}`;
    } else {
      const printed = printExpression(tokens, k + 1, close);
      if (printed === undefined) return fail();
      text = `[${printed}]`;
    }
    k = close + 1;
    return text;
  }

  function postfix() {
    return memberExpression(false);
  }

  const result = sequence();
  if (failed || k !== to) return undefined;
  return result;
}

// The property named by a member access that ends at tokens[i] (a name after `.`, or the
// `]` of a computed access): the key as V8 prints it in "reading 'x'", or undefined when
// only the running program knows it (a computed key that is not a literal).
function memberKey(tokens, i) {
  const t = tokens[i];
  if (t === undefined) return undefined;
  if (t.k === kName || t.k === kPrivate) {
    return isPunct(tokens[i - 1], '.') || isPunct(tokens[i - 1], '?.') ? t.v : undefined;
  }
  if (isPunct(t, ']')) {
    const open = matchBracket(tokens, i);
    if (open < 0) return undefined;
    return literalKey(tokens, open + 1, i);
  }
  return undefined;
}

// The property key that the tokens [from, to) of a computed member access evaluate to,
// when they are a literal: 'x', 1.50 -> '1.5', Symbol.iterator -> 'Symbol(Symbol.iterator)'.
function literalKey(tokens, from, to) {
  const n = to - from;
  const first = tokens[from];
  if (n === 1) {
    if (first.k === kString || first.k === kTemplate) return first.v;
    if (first.k === kNumber) return numberText(first.v);
    if (first.k === kName && (first.v === 'null' || first.v === 'true' || first.v === 'false' ||
        first.v === 'undefined')) {
      return first.v;
    }
    return undefined;
  }
  if (n === 2 && isPunct(first, '-') && tokens[from + 1].k === kNumber) {
    const text = numberText(tokens[from + 1].v);
    return text === '0' ? '0' : `-${text}`;
  }
  if (n === 3 && isName(first, 'Symbol') && isPunct(tokens[from + 1], '.') &&
      tokens[from + 2].k === kName) {
    return `Symbol(Symbol.${tokens[from + 2].v})`;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------
// Function definitions, for the names V8 gives stack frames.

// Walks a member path that ends at tokens[end] (a.b.c, this.x, A.prototype.m) back to its
// start; returns the names, or undefined when the tokens are not such a path.
function memberPath(tokens, end) {
  const names = [];
  let k = end;
  for (;;) {
    const t = tokens[k];
    if (t === undefined || (t.k !== kName && t.k !== kPrivate)) return undefined;
    ArrayPrototypePush(names, t.v);
    if (isPunct(tokens[k - 1], '.')) {
      k -= 2;
      continue;
    }
    break;
  }
  const out = [];
  for (let n = names.length - 1; n >= 0; n--) ArrayPrototypePush(out, names[n]);
  return { names: out, start: k };
}

// The `class` that owns the body opened by the `{` at tokens[open]: its name ('' when
// anonymous), undefined when the braces are not a class body, or null when the tokens
// start too close to tell.
function classOfBody(tokens, open) {
  if (open < 1) return null;
  for (let j = open - 1; j >= 0 && j > open - 64; j--) {
    const t = tokens[j];
    if (isName(t, 'class')) {
      const name = tokens[j + 1];
      if (isIdentifier(name) && name !== tokens[open]) return name.v;
      // `const X = class {`: V8 names the class after the variable.
      if (isPunct(tokens[j - 1], '=') && isIdentifier(tokens[j - 2])) return tokens[j - 2].v;
      return '';
    }
    if (t.k === kPunct && (t.v === '{' || t.v === '}' || t.v === ';')) return undefined;
    if (t.k === kPunct && (t.v === ')' || t.v === ']')) {
      j = matchBracket(tokens, j);
      if (j < 0) return null;
    }
    if (j === 0) return null;
  }
  return undefined;
}

// The innermost unclosed `{` (or `(`, `[`) before tokens[k], or -1.
function enclosingOpener(tokens, k) {
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j];
    if (t.k === kTemplateTail) {
      j = matchTemplateStart(tokens, j);
      if (j < 0) return -1;
      continue;
    }
    if (t.k !== kPunct) continue;
    if (t.v === ')' || t.v === ']' || t.v === '}') {
      j = matchBracket(tokens, j);
      if (j < 0) return -1;
      continue;
    }
    if (t.v === '{' || t.v === '(' || t.v === '[') return j;
  }
  return -1;
}

// Describes how the function whose code contains tokens[k] was defined:
//   { kind: 'method', owner: 'Object' | class name, key, isStatic, accessor }
//   { kind: 'assigned', path: ['A', 'prototype', 'm'], name }  (A.prototype.m = function)
//   { kind: 'field', owner: class name, key }                  (class field = arrow)
//   { kind: 'plain' }                                          (anything else)
// or undefined when the definition is not in the tokens.
function functionDefinition(tokens, k) {
  let j = k;
  for (;;) {
    const open = enclosingOpener(tokens, j);
    if (open < 0) return undefined;
    const before = tokens[open - 1];
    if (isPunct(tokens[open], '{') && isPunct(before, '=>')) return describeFunction(tokens, open);
    if (isPunct(tokens[open], '{') && isPunct(before, ')')) {
      const head = tokens[matchBracket(tokens, open - 1) - 1];
      // if (...) { and the like are blocks, not functions.
      if (!isName(head, 'if') && !isName(head, 'for') && !isName(head, 'while') &&
          !isName(head, 'switch') && !isName(head, 'catch') && !isName(head, 'with')) {
        return describeFunction(tokens, open);
      }
    }
    // An arrow function with an expression body between the opener and the position.
    for (let a = j - 1; a > open; a--) {
      const t = tokens[a];
      if (t.k === kPunct && (t.v === ')' || t.v === ']' || t.v === '}')) {
        a = matchBracket(tokens, a);
        if (a < 0) return undefined;
        continue;
      }
      if (isPunct(t, '=>')) return describeArrowContext(tokens, a);
    }
    j = open;
  }
}

// tokens[body] is the `{` of a function body.
function describeFunction(tokens, body) {
  const before = tokens[body - 1];
  if (isPunct(before, '=>')) return describeArrowContext(tokens, body - 1);
  const params = matchBracket(tokens, body - 1);
  if (params < 0) return undefined;
  const head = tokens[params - 1];
  if (isName(head, 'function')) return describeExpressionContext(tokens, params - 1, '');
  if (head === undefined) return { kind: 'plain' };
  let nameIndex = params - 1;
  let key;
  if (head.k === kName || head.k === kPrivate) key = head.v;
  else if (head.k === kString) key = head.v;
  else if (head.k === kNumber) key = numberText(head.v);
  else return { kind: 'plain' };
  // `function name(`, `function* name(`
  let f = nameIndex - 1;
  if (isPunct(tokens[f], '*')) f--;
  if (isName(tokens[f], 'function')) return describeExpressionContext(tokens, f, key);
  // A method definition: [static] [async] [get|set] [*] key(...) {
  let m = nameIndex - 1;
  let accessor;
  let isStatic = false;
  if (isPunct(tokens[m], '*')) m--;
  if ((isName(tokens[m], 'get') || isName(tokens[m], 'set')) && !isPunct(tokens[m - 1], '.')) {
    accessor = tokens[m].v;
    m--;
  }
  if (isName(tokens[m], 'async')) m--;
  if (isName(tokens[m], 'static')) {
    isStatic = true;
    m--;
  }
  const container = enclosingOpener(tokens, nameIndex);
  if (container < 0) return undefined;
  if (!isPunct(tokens[container], '{')) return { kind: 'plain' };
  const owner = classOfBody(tokens, container);
  if (owner === null) return undefined;
  return {
    kind: 'method', owner: owner === undefined ? 'Object' : owner, key, isStatic, accessor,
    inClass: owner !== undefined,
  };
}

// tokens[arrow] is the `=>` of an arrow function.
function describeArrowContext(tokens, arrow) {
  let start = arrow - 1;
  if (isPunct(tokens[start], ')')) start = matchBracket(tokens, start);
  if (start < 0) return undefined;
  if (isName(tokens[start - 1], 'async')) start--;
  return describeExpressionContext(tokens, start, '');
}

// A function expression starting at tokens[start] (after `async`): what it is assigned
// to. `name` is its own name ('' when anonymous).
function describeExpressionContext(tokens, start, name) {
  let k = start - 1;
  if (isName(tokens[k], 'async')) k--;
  const t = tokens[k];
  if (isPunct(t, ':')) {
    const keyToken = tokens[k - 1];
    const container = enclosingOpener(tokens, k);
    if (container < 0) return undefined;
    const owner = isPunct(tokens[container], '{') ? classOfBody(tokens, container) : undefined;
    if (owner === null) return undefined;
    if (keyToken !== undefined && (keyToken.k === kName || keyToken.k === kString) &&
        isPunct(tokens[container], '{') && owner === undefined) {
      return { kind: 'method', owner: 'Object', key: keyToken.v, name, isStatic: false,
               inClass: false };
    }
    return { kind: 'plain' };
  }
  if (isPunct(t, '=')) {
    const path = memberPath(tokens, k - 1);
    if (path === undefined) return { kind: 'plain' };
    const container = enclosingOpener(tokens, path.start);
    // A class field: `key = () => ...` directly in a class body.
    if (path.names.length === 1 && container >= 0 && isPunct(tokens[container], '{')) {
      const owner = classOfBody(tokens, container);
      if (owner === null) return undefined;
      if (owner !== undefined) return { kind: 'field', owner, key: path.names[0], name };
    }
    if (path.names.length > 1 && !isName(tokens[path.start - 1], 'const') &&
        !isName(tokens[path.start - 1], 'let') && !isName(tokens[path.start - 1], 'var')) {
      return { kind: 'assigned', path: path.names, name };
    }
  }
  return { kind: 'plain' };
}

// Index of the token that contains `offset`, or of the first token after it.
function tokenAt(tokens, offset) {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].e <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

module.exports = {
  kName,
  kNumber,
  kString,
  kTemplate,
  kPunct,
  kRegExp,
  kPrivate,
  kTemplateHead,
  kTemplateMiddle,
  kTemplateTail,
  kIntermediate,
  tokenize,
  isPunct,
  isName,
  isIdentifier,
  matchBracket,
  matchTemplateStart,
  endsExpression,
  chainStart,
  functionLiteralStart,
  printExpression,
  memberKey,
  literalKey,
  numberText,
  tokenAt,
  functionDefinition,
  kBinaryOperators,
};

'use strict';

// V8's wording for errors the engine raises itself.
//
// JavaScriptCore words its errors differently ("undefined is not an object (evaluating
// 'a.b')" where V8 says "Cannot read properties of undefined (reading 'b')"). The engine
// offers no hook at creation, so:
//  - JSON.parse is wrapped: on failure its SyntaxError is rebuilt with V8's message,
//    found by locating the error in the text the way V8's parser does;
//  - other engine errors are rewritten when nodus observes them (printing an uncaught
//    error, util.inspect, console.log) by rewriteEngineMessage().
// docs/engine-errors.md lists what is covered and measured.

const {
  JSONParse,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  RegExpPrototypeExec,
  SafeWeakSet,
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

// Thrown by the locator; carries V8's message.
class JsonLocation {
  constructor(message) {
    this.message = message;
  }
}

function tokenMessage(text, pos) {
  const token = text[pos];
  const n = text.length;
  // V8 quotes the whole text when short, otherwise a window of 10 characters around the
  // offending token.
  if (n <= 40) return `Unexpected token '${token}', "${text}" is not valid JSON`;
  const start = pos - 10 > 0 ? pos - 10 : 0;
  const end = pos + 10 < n ? pos + 10 : n;
  const context = StringPrototypeSlice(text, start, end);
  const prefix = start > 0 ? '...' : '';
  const suffix = end < n ? '...' : '';
  return `Unexpected token '${token}', ${prefix}"${context}"${suffix} is not valid JSON`;
}

function locateJsonError(text) {
  const n = text.length;
  let i = 0;
  const at = (p) => `in JSON at position ${p}`;
  const eof = () => new JsonLocation('Unexpected end of JSON input');

  function skip() {
    while (i < n && isJsonSpace(StringPrototypeCharCodeAt(text, i))) i++;
  }

  function unexpected() {
    if (i >= n) throw eof();
    const c = StringPrototypeCharCodeAt(text, i);
    if (c === 0x22) throw new JsonLocation(`Unexpected string ${at(i)}`);
    if (isDigit(c) || c === 0x2d) throw new JsonLocation(`Unexpected number ${at(i)}`);
    throw new JsonLocation(tokenMessage(text, i));
  }

  function parseString() {
    i++;  // opening quote
    for (;;) {
      if (i >= n) throw new JsonLocation(`Unterminated string ${at(i)}`);
      const c = StringPrototypeCharCodeAt(text, i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) {
        throw new JsonLocation(`Bad control character in string literal ${at(i)}`);
      }
      if (c === 0x5c) {
        i++;
        if (i >= n) throw new JsonLocation(`Unterminated string ${at(i)}`);
        const e = text[i];
        if (e === 'u') {
          for (let k = 1; k <= 4; k++) {
            const h = i + k < n ? StringPrototypeCharCodeAt(text, i + k) : -1;
            const hex = isDigit(h) || (h >= 0x41 && h <= 0x46) || (h >= 0x61 && h <= 0x66);
            if (!hex) {
              if (i + k >= n) throw new JsonLocation(`Unterminated string ${at(i + k)}`);
              throw new JsonLocation(`Bad Unicode escape ${at(i + k)}`);
            }
          }
          i += 5;
          continue;
        }
        if ('"\\/bfnrt'.indexOf(e) === -1) {
          throw new JsonLocation(`Bad escaped character ${at(i)}`);
        }
        i++;
        continue;
      }
      i++;
    }
  }

  function parseNumber() {
    if (text[i] === '-') {
      i++;
      if (i >= n || !isDigit(StringPrototypeCharCodeAt(text, i))) {
        throw new JsonLocation(`No number after minus sign ${at(i)}`);
      }
    }
    if (text[i] === '0') {
      i++;
      if (i < n && isDigit(StringPrototypeCharCodeAt(text, i))) {
        throw new JsonLocation(`Unexpected number ${at(i)}`);
      }
    } else {
      while (i < n && isDigit(StringPrototypeCharCodeAt(text, i))) i++;
    }
    if (text[i] === '.') {
      i++;
      if (i >= n || !isDigit(StringPrototypeCharCodeAt(text, i))) {
        throw new JsonLocation(`Unterminated fractional number ${at(i)}`);
      }
      while (i < n && isDigit(StringPrototypeCharCodeAt(text, i))) i++;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (i >= n || !isDigit(StringPrototypeCharCodeAt(text, i))) {
        throw new JsonLocation(`Exponent part is missing a number ${at(i)}`);
      }
      while (i < n && isDigit(StringPrototypeCharCodeAt(text, i))) i++;
    }
  }

  function parseLiteral(word) {
    for (let k = 0; k < word.length; k++) {
      if (i >= n) throw eof();
      if (text[i] !== word[k]) {
        if (k === 0) unexpected();
        throw new JsonLocation(tokenMessage(text, i));
      }
      i++;
    }
  }

  function parseValue() {
    skip();
    if (i >= n) throw eof();
    const c = text[i];
    if (c === '{') {
      i++;
      skip();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        skip();
        if (i >= n) throw eof();
        if (text[i] !== '"') {
          throw new JsonLocation(text[i] === '}' ?
            `Expected double-quoted property name ${at(i)}` :
            `Expected property name or '}' ${at(i)}`);
        }
        parseString();
        skip();
        if (i >= n) throw eof();
        if (text[i] !== ':') throw new JsonLocation(`Expected ':' after property name ${at(i)}`);
        i++;
        parseValue();
        skip();
        if (i >= n) throw eof();
        if (text[i] === ',') {
          i++;
          skip();
          if (text[i] === '}') throw new JsonLocation(`Expected double-quoted property name ${at(i)}`);
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        throw new JsonLocation(`Expected ',' or '}' after property value ${at(i)}`);
      }
    }
    if (c === '[') {
      i++;
      skip();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        parseValue();
        skip();
        if (i >= n) throw eof();
        if (text[i] === ',') {
          i++;
          skip();
          if (text[i] === ']') unexpected();
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        throw new JsonLocation(`Expected ',' or ']' after array element ${at(i)}`);
      }
    }
    if (c === '"') return parseString();
    if (c === '-' || isDigit(StringPrototypeCharCodeAt(text, i))) return parseNumber();
    if (c === 't') return parseLiteral('true');
    if (c === 'f') return parseLiteral('false');
    if (c === 'n') return parseLiteral('null');
    // A bare word that is not a literal: V8 quotes the text when it is short.
    if (n <= 40 && i === 0 && RegExpPrototypeExec(/^[A-Za-z_$][\w$]*$/, text) !== null) {
      throw new JsonLocation(`"${text}" is not valid JSON`);
    }
    unexpected();
  }

  try {
    parseValue();
    skip();
    if (i < n) {
      throw new JsonLocation(`Unexpected non-whitespace character after JSON ${at(i)}`);
    }
  } catch (e) {
    if (e instanceof JsonLocation) return e.message;
    throw e;
  }
  return undefined;
}

function installJSONParse() {
  const { wrappers } = require('internal/errors/stack');
  const parse = function parse(text, reviver) {
    try {
      return reviver === undefined ? JSONParse(text) : JSONParse(text, reviver);
    } catch (err) {
      if (err === null || typeof err !== 'object' || err.name !== 'SyntaxError' ||
          rewritten.has(err)) {
        throw err;
      }
      const message = locateJsonError(`${text}`);
      if (message === undefined) throw err;
      const replacement = new wrappers.SyntaxError(message);
      throw replacement;
    }
  };
  ObjectDefineProperty(JSON, 'parse', {
    __proto__: null, value: parse, writable: true, enumerable: false, configurable: true,
  });
}

// ---------------------------------------------------------------------------------------
// Other engine errors.

// The property named at the end of an accessor expression: "a.b.c" -> c, "a['x']" -> x.
function lastProperty(expression) {
  let m = RegExpPrototypeExec(/(?:\?\.|\.)\s*([A-Za-z_$][\w$]*)\s*$/, expression);
  if (m !== null) return m[1];
  m = RegExpPrototypeExec(/\[\s*(['"])((?:[^'"\\]|\\.)*)\1\s*\]\s*$/, expression);
  if (m !== null) return m[2];
  m = RegExpPrototypeExec(/\[\s*(\d+)\s*\]\s*$/, expression);
  if (m !== null) return m[1];
  m = RegExpPrototypeExec(/\[\s*Symbol\.(\w+)\s*\]\s*$/, expression);
  if (m !== null) return `Symbol(Symbol.${m[1]})`;
  return undefined;
}

// Returns V8's message for a JavaScriptCore message, or undefined when there is no
// known equivalent. `source` is the text at the error's position, when known.
function translate(name, message, source) {
  let m;
  m = RegExpPrototypeExec(/^(undefined|null) is not an object \(evaluating '([\s\S]*)'\)$/, message);
  if (m !== null) {
    const value = m[1];
    const expression = m[2];
    const assign = RegExpPrototypeExec(/^([\s\S]*?)\s*(?:=|\+=|-=|\*=|\/=|\|\|=|&&=|\?\?=)(?!=)[\s\S]*$/, expression);
    if (assign !== null) {
      const prop = lastProperty(assign[1]);
      if (prop !== undefined) return `Cannot set properties of ${value} (setting '${prop}')`;
    }
    const inOp = RegExpPrototypeExec(/^(['"]?)([\s\S]*?)\1\s+in\s+[\s\S]*$/, expression);
    if (inOp !== null && assign === null) {
      return `Cannot use 'in' operator to search for '${inOp[2]}' in ${value}`;
    }
    const prop = lastProperty(expression);
    if (prop !== undefined) return `Cannot read properties of ${value} (reading '${prop}')`;
    return `Cannot read properties of ${value}`;
  }
  m = RegExpPrototypeExec(/^Can't find variable: (.+)$/, message);
  if (m !== null) return `${m[1]} is not defined`;
  m = RegExpPrototypeExec(/^([\s\S]+?) is not a function\. \(In '[\s\S]*', '[\s\S]*' is [\s\S]*\)$/, message);
  if (m !== null) return `${m[1]} is not a function`;
  m = RegExpPrototypeExec(/^([\s\S]+?) is not a constructor \(evaluating '[\s\S]*'\)$/, message);
  if (m !== null) return `${m[1]} is not a constructor`;
  m = RegExpPrototypeExec(/^([\s\S]+?) is not a function \(near '[\s\S]*'\)$/, message);
  if (m !== null) return `${m[1]} is not a function`;
  if (message === 'Cannot access uninitialized variable.') {
    const ident = source === undefined ? undefined :
      RegExpPrototypeExec(/^[A-Za-z_$][\w$]*/, source);
    return ident ? `Cannot access '${ident[0]}' before initialization` : undefined;
  }
  if (message === 'Array length must be a positive integer of safe magnitude.' ||
      message === 'Invalid array length') {
    return 'Invalid array length';
  }
  if (message === 'Maximum call stack size exceeded.') return 'Maximum call stack size exceeded';
  if (message === 'Attempted to assign to readonly property.') {
    if (source !== undefined && RegExpPrototypeExec(/^[A-Za-z_$][\w$]*\s*[-+*/%&|^]?=(?!=)/, source) !== null) {
      return 'Assignment to constant variable.';
    }
    return undefined;
  }
  m = RegExpPrototypeExec(/^Invalid mix of BigInt and other type in [\w ]+\.$/, message);
  if (m !== null) return 'Cannot mix BigInt and other types, use explicit conversions';
  if (message === 'Cannot call a class constructor without |new|') {
    return undefined;
  }
  m = RegExpPrototypeExec(/^Spread syntax requires \.\.\.iterable\[Symbol\.iterator\] to be a function$/, message);
  if (m !== null) return undefined;
  return undefined;
}

// Rewrites err.message in place when it is an engine message with a V8 equivalent.
// Runs before the stack is converted so the stack's first line carries the new text.
function rewriteEngineMessage(err) {
  if (err === null || typeof err !== 'object' || rewritten.has(err)) return;
  rewritten.add(err);
  const desc = ObjectGetOwnPropertyDescriptor(err, 'message');
  if (desc === undefined || typeof desc.value !== 'string') return;
  const stackDesc = ObjectGetOwnPropertyDescriptor(err, 'stack');
  // Errors that went through the Error wrappers were created by JavaScript code, not the
  // engine; their messages are the program's own.
  if (stackDesc !== undefined && stackDesc.get !== undefined) return;
  let source;
  if (typeof err.line === 'number' && typeof err.column === 'number' &&
      typeof err.sourceURL === 'string') {
    const { getSourceLine } = require('internal/errors/stack');
    const text = getSourceLine(err.sourceURL, err.line);
    if (text !== undefined) source = StringPrototypeSlice(text, err.column - 1);
  }
  const translated = translate(err.name, desc.value, source);
  if (translated !== undefined) {
    ObjectDefineProperty(err, 'message', {
      __proto__: null, value: translated, writable: true, enumerable: false, configurable: true,
    });
  }
}

module.exports = {
  installJSONParse,
  locateJsonError,
  rewriteEngineMessage,
  translate,
};

'use strict';

// node:assert. The module itself is assert.ok; `assert.strict` is the variant whose
// equal/deepEqual/notEqual/notDeepEqual are the strict comparisons. Every failed check
// throws an AssertionError (internal/assert/assertion_error) whose message is node's,
// unless the caller passed an Error as the message: that error is thrown instead.

const {
  ArrayPrototypeIndexOf,
  ArrayPrototypeJoin,
  ArrayPrototypePop,
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  Error,
  ErrorCaptureStackTrace,
  NumberIsNaN,
  NumberPrototypeToString,
  ObjectAssign,
  ObjectIs,
  ObjectKeys,
  ObjectPrototypeIsPrototypeOf,
  ObjectSetPrototypeOf,
  ReflectApply,
  ReflectConstruct,
  RegExpPrototypeExec,
  String,
  StringPrototypeCharCodeAt,
  StringPrototypeIndexOf,
  StringPrototypeReplace,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeStartsWith,
} = primordials;

const {
  codes: {
    ERR_AMBIGUOUS_ARGUMENT,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_RETURN_VALUE,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const AssertionError = require('internal/assert/assertion_error');
const { validateFunction } = require('internal/validators');

let comparisons;
function lazyComparisons() {
  comparisons ??= require('internal/util/comparisons');
  return comparisons;
}

let inspectFn;
function inspect(value, options) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

const { isNativeError, isPromise, isRegExp } = require('internal/util/types');

function isError(value) {
  return isNativeError(value) || value instanceof Error;
}

// Marks "the function returned / the promise resolved" for throws() and friends.
const NO_EXCEPTION_SENTINEL = {};

// Throws the AssertionError described by `obj`, or obj.message when that is an Error.
function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

// ---------------------------------------------------------------------------------------
// assert.ok: the message for a falsy value quotes the call from the caller's source.

let sourceHelpers;
function lazySourceHelpers() {
  sourceHelpers ??= require('internal/errors/stack');
  return sourceHelpers;
}

function isIdentifierCode(code) {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) || code === 36 || code === 95 || code > 127;
}

function isSpaceCode(code) {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

// A cursor over the source from a given line on, reading further lines on demand.
class SourceText {
  constructor(url, line, first) {
    this.url = url;
    this.nextLine = line + 1;
    this.text = first;
    this.exhausted = false;
  }

  // Makes sure position `index` exists when the source has it; false at the end.
  ensure(index) {
    while (index >= this.text.length && !this.exhausted) {
      if (this.nextLine - 1 > 1000) {
        this.exhausted = true;
        break;
      }
      const more = lazySourceHelpers().getSourceLine(this.url, this.nextLine++);
      if (more === undefined) {
        this.exhausted = true;
      } else {
        this.text += `\n${more}`;
      }
    }
    return index < this.text.length;
  }

  code(index) {
    return this.ensure(index) ? StringPrototypeCharCodeAt(this.text, index) : -1;
  }
}

// Whether a `/` after this significant character starts a regular expression literal.
function slashStartsRegExp(previous) {
  return previous === -1 || (!isIdentifierCode(previous) && previous !== 41 /* ) */ &&
    previous !== 93 /* ] */ && previous !== 125 /* } */);
}

// Finds the `)` that closes the parenthesis at `open`, skipping strings, template
// literals, comments and regular expressions. Returns its index or -1.
function findClosingParen(source, open) {
  const closers = [];
  let previous = -1;
  let i = open;
  for (;;) {
    const c = source.code(i);
    if (c === -1) return -1;
    if (c === 40 || c === 91 || c === 123) {  // ( [ {
      ArrayPrototypePush(closers, c === 40 ? 41 : c === 91 ? 93 : 125);
    } else if (c === 41 || c === 93 || c === 125) {
      const expected = ArrayPrototypePop(closers);
      if (expected === 96) {
        // The end of a template substitution: the template literal continues.
        i = skipTemplate(source, i + 1, closers);
        if (i === -1) return -1;
        previous = 96;
        continue;
      }
      if (expected !== c) return -1;
      if (closers.length === 0) return i;
    } else if (c === 39 || c === 34) {  // ' "
      i = skipQuoted(source, i + 1, c);
      if (i === -1) return -1;
      previous = c;
      continue;
    } else if (c === 96) {
      i = skipTemplate(source, i + 1, closers);
      if (i === -1) return -1;
      previous = 96;
      continue;
    } else if (c === 47) {  // /
      const next = source.code(i + 1);
      if (next === 47) {
        while (source.code(i) !== 10 && source.code(i) !== -1) i++;
        continue;
      }
      if (next === 42) {
        i += 2;
        while (!(source.code(i) === 42 && source.code(i + 1) === 47)) {
          if (source.code(i) === -1) return -1;
          i++;
        }
        i += 2;
        continue;
      }
      if (slashStartsRegExp(previous)) {
        i = skipRegExp(source, i + 1);
        if (i === -1) return -1;
        previous = 47;
        continue;
      }
    }
    if (!isSpaceCode(c)) previous = c;
    i++;
  }
}

function skipQuoted(source, i, quote) {
  for (;;) {
    const c = source.code(i);
    if (c === -1 || c === 10) return -1;
    if (c === 92) {
      i += 2;
      continue;
    }
    if (c === quote) return i + 1;
    i++;
  }
}

// Skips the rest of a template literal. On `${`, pushes a marker so that the matching
// `}` resumes the template, and returns the index after `${`.
function skipTemplate(source, i, closers) {
  for (;;) {
    const c = source.code(i);
    if (c === -1) return -1;
    if (c === 92) {
      i += 2;
      continue;
    }
    if (c === 96) return i + 1;
    if (c === 36 && source.code(i + 1) === 123) {
      ArrayPrototypePush(closers, 96);
      return i + 2;
    }
    i++;
  }
}

function skipRegExp(source, i) {
  let inClass = false;
  for (;;) {
    const c = source.code(i);
    if (c === -1 || c === 10) return -1;
    if (c === 92) {
      i += 2;
      continue;
    }
    if (c === 91) inClass = true;
    else if (c === 93) inClass = false;
    else if (c === 47 && !inClass) {
      i++;
      while (isIdentifierCode(source.code(i))) i++;
      return i;
    }
    i++;
  }
}

// The start of the callee chain ending just before index `end` (exclusive):
// `assert`, `assert.ok`, `assert.strict.ok`, `assert['ok']`. Returns -1 when there is no
// callee name there.
function findCalleeStart(text, end) {
  let i = end;
  let start = -1;
  for (;;) {
    // A segment: a name, or a computed member access `[...]`.
    let j = i;
    while (j > 0 && isSpaceCode(StringPrototypeCharCodeAt(text, j - 1))) j--;
    if (j === 0) return start;
    const c = StringPrototypeCharCodeAt(text, j - 1);
    if (c === 93) {  // ]
      let depth = 0;
      while (j > 0) {
        const d = StringPrototypeCharCodeAt(text, j - 1);
        if (d === 93) depth++;
        else if (d === 91 && --depth === 0) break;
        j--;
      }
      if (j === 0) return start;
      // The object of the access comes right before the `[`.
      start = j - 1;
      i = start;
      continue;
    }
    if (!isIdentifierCode(c)) return start;
    while (j > 0 && isIdentifierCode(StringPrototypeCharCodeAt(text, j - 1))) j--;
    start = j;
    // A name continues the chain only after `.` or `?.`.
    let k = start;
    while (k > 0 && isSpaceCode(StringPrototypeCharCodeAt(text, k - 1))) k--;
    if (k === 0 || StringPrototypeCharCodeAt(text, k - 1) !== 46) return start;
    k--;
    if (k > 0 && StringPrototypeCharCodeAt(text, k - 1) === 63) k--;
    i = k;
  }
}

const kControlCharacters = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;

function escapeControlCharacter(ch) {
  const hex = NumberPrototypeToString(StringPrototypeCharCodeAt(ch, 0), 16);
  return `\\u${StringPrototypeSlice('0000', hex.length)}${hex}`;
}

// The source text of the failed assert.ok()/assert() call, with its first-line column;
// undefined when the call cannot be found.
function findCallSource(fn) {
  // One frame is enough, and the caller's Error.stackTraceLimit (even 0) must not matter.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 1;
  const probe = {};
  try {
    ErrorCaptureStackTrace(probe, fn);
  } finally {
    Error.stackTraceLimit = limit;
  }
  const helpers = lazySourceHelpers();
  let site;
  try {
    site = helpers.getErrorSource(probe);
  } catch {
    return undefined;
  }
  if (site === undefined) return undefined;
  // Like node, only code read from a file is quoted (not eval or -e input).
  if (!StringPrototypeStartsWith(site.url, '/') &&
      !StringPrototypeStartsWith(site.url, 'file:')) {
    return undefined;
  }
  const firstLine = site.text;
  let at = site.column - 1;
  if (at < 0 || at >= firstLine.length) return undefined;
  // The position is the callee's name (or the call's parenthesis): find the `(`, which
  // may follow `?.` in an optional call.
  while (at < firstLine.length && StringPrototypeCharCodeAt(firstLine, at) !== 40) {
    const c = StringPrototypeCharCodeAt(firstLine, at);
    if (!isIdentifierCode(c) && !isSpaceCode(c) && c !== 63 && c !== 46) return undefined;
    at++;
  }
  if (at >= firstLine.length) return undefined;
  let calleeEnd = at;
  while (calleeEnd > 0 && isSpaceCode(StringPrototypeCharCodeAt(firstLine, calleeEnd - 1))) {
    calleeEnd--;
  }
  if (calleeEnd >= 2 && StringPrototypeCharCodeAt(firstLine, calleeEnd - 1) === 46 &&
      StringPrototypeCharCodeAt(firstLine, calleeEnd - 2) === 63) {
    calleeEnd -= 2;
  }
  const start = findCalleeStart(firstLine, calleeEnd);
  if (start === -1) return undefined;
  const source = new SourceText(site.url, site.line, firstLine);
  const close = findClosingParen(source, at);
  if (close === -1) return undefined;
  const code = StringPrototypeReplace(StringPrototypeSlice(source.text, start, close + 1),
                                      kControlCharacters, escapeControlCharacter);
  return { column: start, code };
}

function getFalsyValueMessage(fn) {
  const found = findCallSource(fn);
  if (found === undefined) return undefined;
  const lines = StringPrototypeSplit(found.code, '\n');
  let message = lines[0];
  // Later lines lose the indentation the first line had in the file.
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n];
    let pos = 0;
    while (pos < found.column && (line[pos] === ' ' || line[pos] === '\t')) pos++;
    message += `\n  ${StringPrototypeSlice(line, pos)}`;
  }
  return `The expression evaluated to a falsy value:\n\n  ${message}\n`;
}

function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argLen === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    message = getFalsyValueMessage(fn);
  } else if (isError(message)) {
    throw message;
  }
  const err = new AssertionError({
    actual: value, expected: true, message, operator: '==', stackStartFn: fn,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

// assert.ok(value[, message]): throws unless value is truthy.
function ok(...args) {
  innerOk(ok, args.length, ...args);
}

const assert = ok;
module.exports = assert;

// ---------------------------------------------------------------------------------------
// assert.fail.

let failWarned = false;

// assert.fail([message]) throws an AssertionError with the message ("Failed" without one).
// The deprecated form fail(actual, expected[, message[, operator[, stackStartFn]]])
// describes a comparison.
function fail(actual, expected, message, operator, stackStartFn) {
  const argsLen = arguments.length;
  let internalMessage = false;
  if (actual == null && argsLen <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!failWarned) {
      failWarned = true;
      process.emitWarning('assert.fail() with more than one argument is deprecated. ' +
                          'Please use assert.strictEqual() instead or only pass a message.',
                          'DeprecationWarning', 'DEP0094');
    }
    if (argsLen === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({
    actual,
    expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message,
  });
  if (internalMessage) err.generatedMessage = true;
  throw err;
}

assert.fail = fail;
assert.AssertionError = AssertionError;
assert.ok = ok;

// ---------------------------------------------------------------------------------------
// Comparisons.

function requireTwo(argsLen) {
  if (argsLen < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
}

// assert.equal(actual, expected[, message]): actual == expected (NaN equals NaN).
function equal(actual, expected, message) {
  requireTwo(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (!NumberIsNaN(actual) || !NumberIsNaN(expected))) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal });
  }
}
assert.equal = equal;

// assert.notEqual(actual, expected[, message]): actual != expected.
function notEqual(actual, expected, message) {
  requireTwo(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (NumberIsNaN(actual) && NumberIsNaN(expected))) {
    innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
  }
}
assert.notEqual = notEqual;

// assert.deepEqual(actual, expected[, message]): loose deep equality.
function deepEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!lazyComparisons().isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
  }
}
assert.deepEqual = deepEqual;

function notDeepEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (lazyComparisons().isDeepEqual(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual,
    });
  }
}
assert.notDeepEqual = notDeepEqual;

// assert.deepStrictEqual(actual, expected[, message]): strict deep equality.
function deepStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!lazyComparisons().isDeepStrictEqual(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual,
    });
  }
}
assert.deepStrictEqual = deepStrictEqual;

function notDeepStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (lazyComparisons().isDeepStrictEqual(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'notDeepStrictEqual',
      stackStartFn: notDeepStrictEqual,
    });
  }
}
assert.notDeepStrictEqual = notDeepStrictEqual;

// assert.partialDeepStrictEqual(actual, expected[, message]) (node 22.13): like
// deepStrictEqual, but only what `expected` has is required of `actual`, and
// prototypes are not compared.
function partialDeepStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!lazyComparisons().isPartialStrictEqual(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'partialDeepStrictEqual',
      stackStartFn: partialDeepStrictEqual,
    });
  }
}
assert.partialDeepStrictEqual = partialDeepStrictEqual;

// assert.strictEqual(actual, expected[, message]): Object.is(actual, expected).
function strictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!ObjectIs(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
  }
}
assert.strictEqual = strictEqual;

function notStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (ObjectIs(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual,
    });
  }
}
assert.notStrictEqual = notStrictEqual;

// ---------------------------------------------------------------------------------------
// throws / rejects / doesNotThrow / doesNotReject.

// An object listing `keys` of `obj`, printed in the diff of a failed validation object
// (its constructor name, Comparison, shows in the message). With `actual`, a key whose
// expected RegExp matches the actual string shows the actual string, so that it does not
// appear as a difference.
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (key in obj) {
        if (actual !== undefined && typeof actual[key] === 'string' &&
            isRegExp(obj[key]) && RegExpPrototypeExec(obj[key], actual[key]) !== null) {
          this[key] = actual[key];
        } else {
          this[key] = obj[key];
        }
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (!(key in actual) ||
      !lazyComparisons().isDeepStrictEqual(actual[key], expected[key])) {
    if (!message) {
      const a = new Comparison(actual, keys);
      const b = new Comparison(expected, keys, actual);
      const err = new AssertionError({
        actual: a, expected: b, operator: 'deepStrictEqual', stackStartFn: fn,
      });
      err.actual = actual;
      err.expected = expected;
      err.operator = fn.name;
      throw err;
    }
    innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
  }
}

// Checks a thrown/rejected value against throws()'s `expected`: a RegExp (tested on
// String(actual)), a validation object (each key deep-strictly equal, RegExps tested on
// strings), an Error class (instanceof), or a validation function (must return true).
function expectedException(actual, expected, message, fn) {
  let generatedMessage = false;
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const str = String(actual);
      if (RegExpPrototypeExec(expected, str) !== null) return;
      if (!message) {
        generatedMessage = true;
        message = 'The input did not match the regular expression ' +
          `${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({
        actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn,
      });
      err.operator = fn.name;
      throw err;
    } else {
      const keys = ObjectKeys(expected);
      if (expected instanceof Error) {
        ArrayPrototypePush(keys, 'name', 'message');
      } else if (keys.length === 0) {
        throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
            RegExpPrototypeExec(expected[key], actual[key]) !== null) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (ObjectPrototypeIsPrototypeOf(Error, expected)) {
    if (!message) {
      generatedMessage = true;
      message = 'The error is expected to be an instance of ' +
        `"${expected.name}". Received `;
      if (isError(actual)) {
        const name = actual.constructor?.name || actual.name;
        if (expected.name === name) {
          message += 'an error with identical name but a different prototype.';
        } else {
          message += `"${name}"`;
        }
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
  } else {
    const result = ReflectApply(expected, {}, [actual]);
    if (result === true) return;
    if (!message) {
      generatedMessage = true;
      const name = expected.name ? `"${expected.name}" ` : '';
      message = `The ${name}validation function is expected to return` +
        ` "true". Received ${inspect(result)}`;
      if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
    }
  }
  const err = new AssertionError({
    actual, expected, message, operator: fn.name, stackStartFn: fn,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

// An error the engine raised itself is worded the way V8 words it once nodus observes it
// (docs/engine-errors.md); assert.throws()/rejects() observe the errors they check.
function observed(err) {
  require('internal/errors/stack').normalizeErrorStack(err);
  return err;
}

function getActual(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (e) {
    return observed(e);
  }
  return NO_EXCEPTION_SENTINEL;
}

function checkIsPromise(obj) {
  // Thenables with a catch method are accepted too.
  return isPromise(obj) ||
    (obj !== null && typeof obj === 'object' && typeof obj.then === 'function' &&
     typeof obj.catch === 'function');
}

async function waitForActual(promiseFn) {
  let resultPromise;
  if (typeof promiseFn === 'function') {
    resultPromise = promiseFn();
    if (!checkIsPromise(resultPromise)) {
      throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', resultPromise);
    }
  } else if (checkIsPromise(promiseFn)) {
    resultPromise = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await resultPromise;
  } catch (e) {
    return observed(e);
  }
  return NO_EXCEPTION_SENTINEL;
}

function expectsError(stackStartFn, actual, error, message) {
  if (typeof error === 'string') {
    if (arguments.length === 4) {
      throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'],
                                     error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT(
          'error/message', `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT(
        'error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }

  if (actual === NO_EXCEPTION_SENTINEL) {
    let details = '';
    if (error && error.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const fnType = stackStartFn === assert.rejects ? 'rejection' : 'exception';
    innerFail({
      actual: undefined,
      expected: error,
      operator: stackStartFn.name,
      message: `Missing expected ${fnType}${details}`,
      stackStartFn,
    });
  }
  if (!error) return;
  expectedException(actual, error, message, stackStartFn);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const str = String(actual);
      return RegExpPrototypeExec(expected, str) !== null;
    }
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (ObjectPrototypeIsPrototypeOf(Error, expected)) return false;
  return ReflectApply(expected, {}, [actual]) === true;
}

function expectsNoError(stackStartFn, actual, error, message) {
  if (actual === NO_EXCEPTION_SENTINEL) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const fnType = stackStartFn === assert.doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual,
      expected: error,
      operator: stackStartFn.name,
      message: `Got unwanted ${fnType}${details}\n` +
        `Actual message: "${actual && actual.message}"`,
      stackStartFn,
    });
  }
  throw actual;
}

// assert.throws(fn[, error][, message]): fn must throw (an error matching `error`).
function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), ...args);
}
assert.throws = throws;

// assert.rejects(asyncFn | promise[, error][, message]): the promise must reject.
async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), ...args);
}
assert.rejects = rejects;

// assert.doesNotThrow(fn[, error][, message]): rethrows what fn throws, as an
// AssertionError when it matches `error` (or no `error` was given).
function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
}
assert.doesNotThrow = doesNotThrow;

async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(fn), ...args);
}
assert.doesNotReject = doesNotReject;

// ---------------------------------------------------------------------------------------
// ifError, match, doesNotMatch.

// assert.ifError(value): throws unless value is null or undefined. The AssertionError's
// stack continues with the frames of `value`'s own stack.
function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    if (err.message.length === 0 && err.constructor) {
      message += err.constructor.name;
    } else {
      message += err.message;
    }
  } else {
    message += inspect(err);
  }
  const newErr = new AssertionError({
    actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError,
  });
  const origStack = err.stack;
  if (typeof origStack === 'string') {
    const origStackStart = StringPrototypeIndexOf(origStack, '\n    at');
    if (origStackStart !== -1) {
      const originalFrames = StringPrototypeSplit(
        StringPrototypeSlice(origStack, origStackStart + 1), '\n');
      // Keep the new frames up to the first one the original stack also has.
      let newFrames = StringPrototypeSplit(newErr.stack, '\n');
      for (const errFrame of originalFrames) {
        const pos = ArrayPrototypeIndexOf(newFrames, errFrame);
        if (pos !== -1) {
          newFrames = ArrayPrototypeSlice(newFrames, 0, pos);
          break;
        }
      }
      newErr.stack = `${ArrayPrototypeJoin(newFrames, '\n')}\n` +
        `${ArrayPrototypeJoin(originalFrames, '\n')}`;
    }
  }
  throw newErr;
}
assert.ifError = ifError;

function internalMatch(string, regexp, message, fn) {
  if (!isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  const match = fn === assert.match;
  if (typeof string !== 'string' || (RegExpPrototypeExec(regexp, string) !== null) !== match) {
    if (message instanceof Error) throw message;
    const generatedMessage = !message;
    if (!message) {
      if (typeof string !== 'string') {
        message = 'The "string" argument must be of type string. Received type ' +
          `${typeof string} (${inspect(string)})`;
      } else {
        message = (match ? 'The input did not match the regular expression ' :
          'The input was expected to not match the regular expression ') +
          `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
      }
    }
    const err = new AssertionError({
      actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn,
    });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

// assert.match(string, regexp[, message]): the string must match.
function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
}
assert.match = match;

// assert.doesNotMatch(string, regexp[, message]): the string must not match.
function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
}
assert.doesNotMatch = doesNotMatch;

// ---------------------------------------------------------------------------------------
// CallTracker (deprecated: DEP0173) and the strict variant.

const CallTracker = require('internal/assert/calltracker');
let callTrackerWarned = false;
// The exported constructor warns once, like util.deprecate's wrappers.
function deprecated(...args) {
  if (!callTrackerWarned) {
    callTrackerWarned = true;
    process.emitWarning('assert.CallTracker is deprecated.', 'DeprecationWarning',
                        'DEP0173');
  }
  if (new.target !== undefined) return ReflectConstruct(CallTracker, args, new.target);
  return ReflectApply(CallTracker, this, args);
}
ObjectSetPrototypeOf(deprecated, CallTracker);
deprecated.prototype = CallTracker.prototype;
assert.CallTracker = deprecated;

// The strict variant: a function like ok, whose loose methods are the strict ones.
function strict(...args) {
  innerOk(strict, args.length, ...args);
}

assert.strict = ObjectAssign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});

assert.strict.strict = assert.strict;

'use strict';

// Error stacks in V8's format.
//
// JavaScriptCore writes stacks as "fn@file:line:col" lines without a header; node
// programs (and libraries that parse stacks) expect V8's "Error: msg\n    at fn
// (file:line:col)". JavaScriptCore also places call positions at the opening parenthesis
// where V8 names the callee. This module:
//  - replaces the global Error constructors with thin wrappers that construct the
//    engine's error and give it a V8-format `stack` (converted lazily on first read),
//  - implements Error.captureStackTrace and Error.stackTraceLimit on top of the engine's,
//    and Error.prepareStackTrace with CallSite objects (V8's API, which JavaScriptCore
//    lacks; libraries such as depd and source-map-support rely on it),
//  - converts the stacks of errors the engine throws itself (TypeError from `a.b` on
//    undefined, ...) when nodus observes them: see getStackString().

const {
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  FunctionPrototypeCall,
  NumberParseInt,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  ObjectPrototypeHasOwnProperty,
  ObjectSetPrototypeOf,
  ReflectApply,
  ReflectConstruct,
  RegExpPrototypeExec,
  SafeMap,
  SafeSet,
  SafeWeakMap,
  StringPrototypeCharCodeAt,
  StringPrototypeIndexOf,
  StringPrototypeLastIndexOf,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeStartsWith,
} = primordials;

const STACK_URL = 'node:internal/errors/stack';

// Loaded during bootstrap, before the wrappers exist: these are the engine's own.
const Intrinsic = {
  Error: primordials.Error,
  TypeError: primordials.TypeError,
  RangeError: primordials.RangeError,
  ReferenceError: primordials.ReferenceError,
  SyntaxError: primordials.SyntaxError,
  EvalError: primordials.EvalError,
  URIError: primordials.URIError,
  AggregateError: primordials.AggregateError,
};
const intrinsicCaptureStackTrace = primordials.ErrorCaptureStackTrace;

// err -> { raw, header, limit }: errors whose `stack` this module owns.
const records = new SafeWeakMap();

// The user-visible Error.stackTraceLimit (V8's default is 10).
let stackTraceLimit = 10;
// The engine captures two extra frames: Reflect.construct and the wrapper.
const EXTRA_FRAMES = 2;

// ---------------------------------------------------------------------------------------
// Sources, for column correction: url -> array of lines.

const sourceCache = new SafeMap();
const registeredSources = new SafeMap();  // url -> source text for non-file code ([eval])
// url -> number of characters the loader put before the module's first line.
const wrapperOffsets = new SafeMap();
let readSource = null;  // set by the loader: (path) => string | undefined

function registerSource(url, source) {
  registeredSources.set(url, source);
  sourceCache.delete(url);
}

function registerWrapperOffset(url, offset) {
  wrapperOffsets.set(url, offset);
}

function setSourceReader(fn) {
  readSource = fn;
}

function getSourceLines(url) {
  let lines = sourceCache.get(url);
  if (lines !== undefined) return lines;
  let text = registeredSources.get(url);
  if (text === undefined && StringPrototypeStartsWith(url, 'node:')) {
    text = internalBinding('builtins').getSource(StringPrototypeSlice(url, 5));
  } else if (text === undefined && readSource !== null && url !== '') {
    try {
      text = readSource(url);
    } catch {
      text = undefined;
    }
  }
  lines = text === undefined ? null : StringPrototypeSplit(text, '\n');
  if (sourceCache.size > 64) sourceCache.clear();
  sourceCache.set(url, lines);
  return lines;
}

function getSourceLine(url, line) {
  const lines = getSourceLines(url);
  if (lines === null || line < 1 || line > lines.length) return undefined;
  return lines[line - 1];
}

// ---------------------------------------------------------------------------------------
// Frames.

// A parsed frame: { name, url, line, column, native, isNew, kind }
// kind: 'function' | 'global' | 'eval' | 'module' | 'native'
function parseFrame(text) {
  const at = StringPrototypeIndexOf(text, '@');
  let name = '';
  let location = text;
  if (at !== -1) {
    name = StringPrototypeSlice(text, 0, at);
    location = StringPrototypeSlice(text, at + 1);
  }
  const frame = {
    name, url: '', line: 0, column: 0, native: false, isNew: false, kind: 'function',
  };
  if (name === 'global code') {
    frame.name = '';
    frame.kind = 'global';
  } else if (name === 'eval code') {
    frame.name = '';
    frame.kind = 'eval';
  } else if (name === 'module code') {
    frame.name = '';
    frame.kind = 'module';
  }
  if (location === '[native code]') {
    frame.native = true;
    frame.kind = 'native';
    return frame;
  }
  const c2 = StringPrototypeLastIndexOf(location, ':');
  const c1 = c2 > 0 ? StringPrototypeLastIndexOf(location, ':', c2 - 1) : -1;
  if (c1 > 0) {
    frame.url = StringPrototypeSlice(location, 0, c1);
    frame.line = NumberParseInt(StringPrototypeSlice(location, c1 + 1, c2), 10);
    frame.column = NumberParseInt(StringPrototypeSlice(location, c2 + 1), 10);
  } else {
    frame.url = location;
  }
  return frame;
}

function isIdentifierChar(code) {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) || code === 36 || code === 95 || code > 127;
}

function isSpace(code) {
  return code === 32 || code === 9;
}

// Moves a JavaScriptCore position (1-based column) to where V8 reports it:
//  - a call `f(` or `o.m(`: the callee name, or `new` for `new C(`;
//  - a property access error at `.`: the property name.
// Returns the line text's V8 column, and whether the call is a `new` expression.
function adjustPosition(frame) {
  let column = frame.column;
  if (frame.line === 1) {
    const offset = wrapperOffsets.get(frame.url);
    if (offset !== undefined) column -= offset;
  }
  frame.column = column;
  const text = getSourceLine(frame.url, frame.line);
  if (text === undefined || column < 1 || column > text.length) return;
  let i = column - 1;
  const code = StringPrototypeCharCodeAt(text, i);
  if (code === 40 /* ( */ || code === 96 /* ` */) {
    let j = i - 1;
    while (j >= 0 && isSpace(StringPrototypeCharCodeAt(text, j))) j--;
    if (j < 0 || !isIdentifierChar(StringPrototypeCharCodeAt(text, j))) return;
    while (j > 0 && isIdentifierChar(StringPrototypeCharCodeAt(text, j - 1))) j--;
    let k = j - 1;
    while (k >= 0 && isSpace(StringPrototypeCharCodeAt(text, k))) k--;
    if (k >= 2 && StringPrototypeSlice(text, k - 2, k + 1) === 'new' &&
        (k < 3 || !isIdentifierChar(StringPrototypeCharCodeAt(text, k - 3)))) {
      frame.isNew = true;
      frame.column = k - 2 + 1;
      return;
    }
    frame.column = j + 1;
  } else if (code === 46 /* . */) {
    let j = i + 1;
    if (j < text.length && StringPrototypeCharCodeAt(text, j) === 46) return;  // spread
    while (j < text.length && isSpace(StringPrototypeCharCodeAt(text, j))) j++;
    if (j < text.length && isIdentifierChar(StringPrototypeCharCodeAt(text, j))) {
      frame.column = j + 1;
    }
  } else if (code === 63 /* ? */ && StringPrototypeCharCodeAt(text, i + 1) === 46) {
    frame.column = column + 2;
  }
}

// Owners V8 prints for common native functions ("at Array.map (<anonymous>)").
const nativeOwners = {
  __proto__: null,
  map: 'Array', forEach: 'Array', filter: 'Array', reduce: 'Array', reduceRight: 'Array',
  some: 'Array', every: 'Array', find: 'Array', findIndex: 'Array', findLast: 'Array',
  findLastIndex: 'Array', flatMap: 'Array', sort: 'Array', from: 'Array',
  parse: 'JSON', stringify: 'JSON', replace: 'String', replaceAll: 'String',
  next: 'Generator', apply: 'Reflect', construct: 'Reflect',
};

function formatFrame(frame, nextFrame) {
  if (frame.native) {
    if (frame.name === 'Promise') return '    at new Promise (<anonymous>)';
    const owner = nativeOwners[frame.name];
    return `    at ${owner === undefined ? '' : owner + '.'}${frame.name} (<anonymous>)`;
  }
  let name = frame.name;
  if (name === '__nodusModule') name = 'Object.<anonymous>';
  const location = frame.url === '' ? '<anonymous>' :
    `${frame.url}:${frame.line}:${frame.column}`;
  if (frame.kind === 'eval') return `    at eval (eval at <anonymous>, ${location})`;
  if (nextFrame !== undefined && nextFrame.isNew && name !== '') name = `new ${name}`;
  if (name === '') return `    at ${location}`;
  return `    at ${name} (${location})`;
}

// Leading frames that belong to error construction itself: the wrappers, node's coded
// error classes and the argument validators (node hides these the same way).
const hiddenLeadingUrls = new SafeSet([
  STACK_URL, 'node:internal/errors', 'node:internal/validators',
]);

function isWrapperFrame(frame) {
  return hiddenLeadingUrls.has(frame.url) || (frame.native && frame.name === 'construct');
}

// Converts a raw JavaScriptCore stack into V8's frame lines (without the header).
function convertFrames(raw, limit, skipWrappers) {
  if (typeof raw !== 'string' || raw === '') return [];
  const lines = StringPrototypeSplit(raw, '\n');
  const frames = [];
  let i = 0;
  if (skipWrappers) {
    while (i < lines.length && isWrapperFrame(parseFrame(lines[i]))) i++;
  }
  for (; i < lines.length && frames.length < limit; i++) {
    if (lines[i] === '') continue;
    ArrayPrototypePush(frames, parseFrame(lines[i]));
  }
  // The frame after a call tells whether the call was `new F(...)`, so positions are
  // adjusted for all frames before formatting.
  const count = frames.length;
  for (let k = 0; k < count; k++) {
    if (!frames[k].native && frames[k].url !== '') adjustPosition(frames[k]);
  }
  return frames;
}

function formatFrames(frames) {
  const out = [];
  for (let k = 0; k < frames.length; k++) {
    ArrayPrototypePush(out, formatFrame(frames[k], frames[k + 1]));
  }
  return out;
}

// V8's ErrorUtils::ToString, used for the first line of a stack.
function errorHeader(err) {
  let name;
  let message;
  try {
    name = err.name;
    name = name === undefined ? 'Error' : `${name}`;
  } catch {
    name = 'Error';
  }
  try {
    message = err.message;
    message = message === undefined ? '' : `${message}`;
  } catch {
    message = '';
  }
  if (name === '') return message;
  if (message === '') return name;
  return `${name}: ${message}`;
}

// ---------------------------------------------------------------------------------------
// CallSite objects for Error.prepareStackTrace.

class CallSite {
  #frame;
  constructor(frame) {
    this.#frame = frame;
  }
  getThis() { return undefined; }
  getTypeName() {
    return this.#frame.kind === 'global' || this.#frame.name === '__nodusModule' ?
      'Object' : null;
  }
  getFunction() { return undefined; }
  getFunctionName() {
    const name = this.#frame.name;
    return name === '' || name === '__nodusModule' ? null : name;
  }
  getMethodName() { return null; }
  getFileName() { return this.#frame.url === '' ? undefined : this.#frame.url; }
  getLineNumber() { return this.#frame.native ? null : this.#frame.line; }
  getColumnNumber() { return this.#frame.native ? null : this.#frame.column; }
  getEvalOrigin() { return undefined; }
  getScriptNameOrSourceURL() { return this.getFileName(); }
  getScriptHash() { return ''; }
  getEnclosingColumnNumber() { return null; }
  getEnclosingLineNumber() { return null; }
  getPosition() { return 0; }
  getPromiseIndex() { return null; }
  isToplevel() {
    return this.#frame.kind === 'global' || this.#frame.name === '__nodusModule';
  }
  isEval() { return this.#frame.kind === 'eval'; }
  isNative() { return false; }
  isConstructor() { return this.#frame.isNew; }
  isAsync() { return false; }
  isPromiseAll() { return false; }
  toString() {
    return StringPrototypeSlice(formatFrame(this.#frame, undefined), 7);
  }
}

// ---------------------------------------------------------------------------------------
// The `stack` property of errors this module owns.

function materialize(err, record) {
  const frames = convertFrames(record.raw, record.limit, record.skipWrappers);
  const prepare = WrappedError.prepareStackTrace;
  if (typeof prepare === 'function') {
    const sites = [];
    for (let k = 0; k < frames.length; k++) ArrayPrototypePush(sites, new CallSite(frames[k]));
    return ReflectApply(prepare, WrappedError, [err, sites]);
  }
  const lines = formatFrames(frames);
  if (lines.length === 0) return record.header;
  return `${record.header}\n${ArrayPrototypeJoin(lines, '\n')}`;
}

function stackGetter() {
  const record = records.get(this);
  if (record === undefined) return undefined;
  const value = materialize(this, record);
  ObjectDefineProperty(this, 'stack', {
    __proto__: null, value, writable: true, enumerable: false, configurable: true,
  });
  return value;
}

function stackSetter(value) {
  ObjectDefineProperty(this, 'stack', {
    __proto__: null, value, writable: true, enumerable: false, configurable: true,
  });
}

// Takes ownership of err.stack: remembers the engine's raw stack and installs the lazy
// V8-format accessor. The engine's extra own properties (line, column, sourceURL) are
// removed so errors have the own keys they have under V8.
function adoptStack(err, skipWrappers) {
  const raw = err.stack;
  if (ObjectPrototypeHasOwnProperty(err, 'line')) {
    delete err.line;
    delete err.column;
    delete err.sourceURL;
  }
  records.set(err, {
    raw, header: errorHeader(err), limit: stackTraceLimit, skipWrappers,
  });
  ObjectDefineProperty(err, 'stack', {
    __proto__: null, get: stackGetter, set: stackSetter, enumerable: false, configurable: true,
  });
}

// Replaces the first line of an owned stack (node's coded errors print
// "TypeError [ERR_X]: message"). No effect once the stack has been read.
function setStackHeader(err, header) {
  const record = records.get(err);
  if (record !== undefined) record.header = header;
}

function captureStackTrace(obj, constructorOpt) {
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) {
    // V8's message for a primitive target.
    throw new WrappedTypeError('Invalid argument');
  }
  if (typeof constructorOpt === 'function') {
    FunctionPrototypeCall(intrinsicCaptureStackTrace, Intrinsic.Error, obj, constructorOpt);
  } else {
    FunctionPrototypeCall(intrinsicCaptureStackTrace, Intrinsic.Error, obj, captureStackTrace);
  }
  const raw = obj.stack;
  records.set(obj, {
    raw, header: errorHeader(obj), limit: stackTraceLimit, skipWrappers: false,
  });
  ObjectDefineProperty(obj, 'stack', {
    __proto__: null, get: stackGetter, set: stackSetter, enumerable: false, configurable: true,
  });
}

// ---------------------------------------------------------------------------------------
// The wrapped constructors.

function makeWrapper(name, IntrinsicCtor) {
  // The function's own name must be the constructor's name (Error.name === 'Error').
  const wrapper = {
    [name]: function(...args) {
      const err = new.target === undefined || new.target === wrapper ?
        new IntrinsicCtor(...args) :
        ReflectConstruct(IntrinsicCtor, args, new.target);
      adoptStack(err, true);
      return err;
    },
  }[name];
  const proto = IntrinsicCtor.prototype;
  ObjectDefineProperty(wrapper, 'prototype', {
    __proto__: null, value: proto, writable: false, enumerable: false, configurable: false,
  });
  ObjectDefineProperty(proto, 'constructor', {
    __proto__: null, value: wrapper, writable: true, enumerable: false, configurable: true,
  });
  ObjectDefineProperty(wrapper, 'length', {
    __proto__: null, value: IntrinsicCtor.length, configurable: true,
  });
  ObjectDefineProperty(wrapper, 'toString', {
    __proto__: null,
    value: function toString() { return `function ${name}() { [native code] }`; },
    writable: true, enumerable: false, configurable: true,
  });
  return wrapper;
}

const WrappedError = makeWrapper('Error', Intrinsic.Error);
const WrappedTypeError = makeWrapper('TypeError', Intrinsic.TypeError);
const wrappers = { Error: WrappedError, TypeError: WrappedTypeError };
for (const name of ['RangeError', 'ReferenceError', 'SyntaxError', 'EvalError', 'URIError',
  'AggregateError']) {
  wrappers[name] = makeWrapper(name, Intrinsic[name]);
  ObjectSetPrototypeOf(wrappers[name], WrappedError);
}
ObjectSetPrototypeOf(WrappedTypeError, WrappedError);

function setStackTraceLimit(value) {
  stackTraceLimit = typeof value === 'number' ? (value < 0 ? 0 : value) : 0;
  Intrinsic.Error.stackTraceLimit = stackTraceLimit + EXTRA_FRAMES;
}

ObjectDefineProperty(WrappedError, 'stackTraceLimit', {
  __proto__: null,
  get() { return stackTraceLimit; },
  set: setStackTraceLimit,
  enumerable: true,
  configurable: true,
});
ObjectDefineProperty(WrappedError, 'captureStackTrace', {
  __proto__: null, value: captureStackTrace, writable: true, enumerable: false,
  configurable: true,
});

function installErrorConstructors(limit) {
  setStackTraceLimit(limit);
  primordials.replaceErrorConstructors(wrappers, captureStackTrace);
  for (const name in wrappers) {
    ObjectDefineProperty(globalThis, name, {
      __proto__: null, value: wrappers[name], writable: true, enumerable: false,
      configurable: true,
    });
  }
}

// ---------------------------------------------------------------------------------------
// Errors nodus observes (printing, inspection).

const kJSCFrame = /^[^\n@]*@(?:\[native code\]|.*:\d+:\d+)?$/;

// True when `stack` is a raw JavaScriptCore stack (no header, "fn@file:l:c" lines).
function isEngineStack(stack) {
  if (typeof stack !== 'string' || stack === '') return false;
  const nl = StringPrototypeIndexOf(stack, '\n');
  const first = nl === -1 ? stack : StringPrototypeSlice(stack, 0, nl);
  return RegExpPrototypeExec(kJSCFrame, first) !== null;
}

// Gives an engine-created error (one that did not pass through the wrappers) a V8-format
// stack. Returns the stack string to print.
function normalizeErrorStack(err) {
  if (err === null || typeof err !== 'object') return undefined;
  const desc = ObjectGetOwnPropertyDescriptor(err, 'stack');
  if (desc === undefined) return undefined;
  if (desc.get === stackGetter) return err.stack;
  const stack = desc.value;
  if (!isEngineStack(stack)) return stack;
  adoptStack(err, false);
  return err.stack;
}

// The first frame of an error as { url, line, column } (V8 positions), for the source
// line and caret node prints above an uncaught exception.
function getErrorSource(err) {
  let raw;
  const record = records.get(err);
  if (record !== undefined) {
    raw = record.raw;
  } else {
    const stack = err?.stack;
    if (!isEngineStack(stack)) return undefined;
    raw = stack;
  }
  const frames = convertFrames(raw, 1, record === undefined ? false : record.skipWrappers);
  const frame = frames[0];
  if (frame === undefined || frame.native || frame.url === '') return undefined;
  const text = getSourceLine(frame.url, frame.line);
  if (text === undefined) return undefined;
  return { url: frame.url, line: frame.line, column: frame.column, text };
}

module.exports = {
  installErrorConstructors,
  captureStackTrace,
  setStackHeader,
  normalizeErrorStack,
  getErrorSource,
  getSourceLine,
  registerSource,
  registerWrapperOffset,
  setSourceReader,
  errorHeader,
  isEngineStack,
  Intrinsic,
  wrappers,
};

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
//    undefined, ...) when nodus observes them: see normalizeErrorStack();
//  - gives frames V8's positions and names, found in the program's source around each
//    frame (method names such as "Store.find", accessors, `new`, native owners);
//  - tells the uncaught-error printer where an error came from (getErrorSource).
// docs/engine-errors.md describes the whole and what still differs.

const {
  ArrayPrototypePush,
  FunctionPrototypeCall,
  MathFloor,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  ObjectPrototypeHasOwnProperty,
  ObjectSetPrototypeOf,
  ReflectConstruct,
  RegExpPrototypeExec,
  SafeMap,
  SafeWeakMap,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeStartsWith,
} = primordials;

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

// url -> { text, lines, starts } (starts[i] is the offset of line i + 1), or null.
function getSource(url) {
  let source = sourceCache.get(url);
  if (source !== undefined) return source;
  let text = registeredSources.get(url);
  if (text === undefined && readSource !== null && url !== '' &&
      !StringPrototypeStartsWith(url, 'node:')) {
    try {
      text = readSource(url);
    } catch {
      text = undefined;
    }
  }
  if (typeof text !== 'string') {
    source = null;
  } else {
    const lines = StringPrototypeSplit(text, '\n');
    const starts = [];
    let offset = 0;
    for (let k = 0; k < lines.length; k++) {
      ArrayPrototypePush(starts, offset);
      offset += lines[k].length + 1;
    }
    source = { text, lines, starts };
  }
  if (sourceCache.size > 64) sourceCache.clear();
  sourceCache.set(url, source);
  return source;
}

function getSourceLine(url, line) {
  const source = getSource(url);
  if (source === null || line < 1 || line > source.lines.length) return undefined;
  return source.lines[line - 1];
}

// The number of characters the loader put before the first line of `url` (0 for none).
function getWrapperOffset(url) {
  return wrapperOffsets.get(url) ?? 0;
}

// The frame conversion and formatting (internal/errors/stack_frames, most of the code)
// loads when a stack is first read: programs that never look at a stack do not compile it.
let frames;
function lazyFrames() {
  frames ??= require('internal/errors/stack_frames');
  return frames;
}

function stackGetter() {
  const record = records.get(this);
  if (record === undefined) return undefined;
  const value = lazyFrames().materialize(this, record);
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
function adoptStack(err, skipWrappers, site, skipUntil) {
  const raw = err.stack;
  let evalLine;
  let evalColumn;
  if (ObjectPrototypeHasOwnProperty(err, 'line')) {
    // Engine errors thrown in eval code: the only position JavaScriptCore has for them.
    if (!skipWrappers && err.sourceURL === undefined) {
      evalLine = err.line;
      evalColumn = err.column;
    }
    delete err.line;
    delete err.column;
    delete err.sourceURL;
  }
  if (stackTraceLimit < 0) {
    ObjectDefineProperty(err, 'stack', {
      __proto__: null, value: undefined, writable: true, enumerable: false, configurable: true,
    });
    return;
  }
  records.set(err, {
    raw, header: undefined, limit: stackTraceLimit, skipWrappers, skipUntil,
    site, drop: site?.drop ?? 0, nativeTop: undefined, evalLine, evalColumn,
  });
  ObjectDefineProperty(err, 'stack', {
    __proto__: null, get: stackGetter, set: stackSetter, enumerable: false, configurable: true,
  });
}

// Makes an owned stack start with a native frame named `name` in place of the first
// `drop` frames (V8 shows built-ins such as JSON.parse as "at JSON.parse (<anonymous>)";
// nodus implements some in JavaScript). No effect once the stack has been read.
function setNativeTopFrame(err, name, drop = 0) {
  const record = records.get(err);
  if (record !== undefined) {
    record.nativeTop = name;
    record.drop = drop;
  }
}

// Replaces the first line of an owned stack (node's coded errors print
// "TypeError [ERR_X]: message"). No effect once the stack has been read.
function setStackHeader(err, header) {
  const record = records.get(err);
  if (record !== undefined) record.header = header;
}

function captureStackTrace(obj, constructorOpt) {
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) {
    // V8's message for a primitive target (its internal message id).
    throw new WrappedTypeError('invalid_argument');
  }
  if (typeof constructorOpt === 'function') {
    FunctionPrototypeCall(intrinsicCaptureStackTrace, Intrinsic.Error, obj, constructorOpt);
  } else {
    FunctionPrototypeCall(intrinsicCaptureStackTrace, Intrinsic.Error, obj, captureStackTrace);
  }
  const raw = obj.stack;
  if (stackTraceLimit < 0) {
    ObjectDefineProperty(obj, 'stack', {
      __proto__: null, value: undefined, writable: true, enumerable: false, configurable: true,
    });
    return;
  }
  // The library builds some errors with Error.stackTraceLimit at 0 and captures the
  // stack afterwards (AssertionError): such an error was thrown by the library, which
  // matters for the source line printed above it when it is uncaught.
  const previous = records.get(obj);
  const madeWithoutFrames = previous !== undefined &&
    (previous.madeWithoutFrames ||
     lazyFrames().convertFrames(previous.raw, 1, previous).length === 0);
  records.set(obj, {
    raw, header: undefined, limit: stackTraceLimit, skipWrappers: false,
    skipUntil: undefined, site: undefined, drop: 0, nativeTop: undefined,
    evalLine: undefined, evalColumn: undefined, madeWithoutFrames,
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
      if (new.target === undefined || new.target === wrapper) {
        // Reflect.construct, not spread: spreading would run Array.prototype's iterator,
        // which user code may have replaced.
        const err = ReflectConstruct(IntrinsicCtor, args);
        adoptStack(err, true, undefined, undefined);
        return err;
      }
      const err = ReflectConstruct(IntrinsicCtor, args, new.target);
      const subclass = new.target.name;
      adoptStack(err, true, undefined,
                 typeof subclass === 'string' && subclass !== '' ? subclass : undefined);
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

// V8 keeps whatever value is assigned; a value that is not a number turns stack capture
// off (new errors get an undefined `stack`).
let stackTraceLimitValue = 10;

function setStackTraceLimit(value) {
  stackTraceLimitValue = value;
  if (typeof value === 'number') {
    stackTraceLimit = value > 0 ? MathFloor(value) : 0;
  } else {
    stackTraceLimit = -1;
  }
  Intrinsic.Error.stackTraceLimit = stackTraceLimit < 0 ? 0 : stackTraceLimit + EXTRA_FRAMES;
}

ObjectDefineProperty(WrappedError, 'stackTraceLimit', {
  __proto__: null,
  get() { return stackTraceLimitValue; },
  set: setStackTraceLimit,
  enumerable: true,
  configurable: true,
});
ObjectDefineProperty(WrappedError, 'captureStackTrace', {
  __proto__: null, value: captureStackTrace, writable: true, enumerable: false,
  configurable: true,
});

// String(err), `${err}` and `'' + err` on an error the engine raised: V8's wording. The
// message and stack are rewritten in place the first time, as when nodus prints the
// error. Engine
// errors are the ones that still carry JavaScriptCore's own `line` property (errors made
// through the constructor wrappers lose it at once).
const intrinsicErrorToString = Intrinsic.Error.prototype.toString;
const errorToString = {
  toString() {
    if (this !== null && typeof this === 'object' && ObjectPrototypeHasOwnProperty(this, 'line')) {
      try {
        // The stack too, so that err.stack read afterwards is V8's.
        normalizeErrorStack(this);
      } catch {
        // The engine's wording is still a valid answer.
      }
    }
    return FunctionPrototypeCall(intrinsicErrorToString, this);
  },
}.toString;

function installErrorConstructors(limit) {
  setStackTraceLimit(limit);
  ObjectDefineProperty(Intrinsic.Error.prototype, 'toString', {
    __proto__: null, value: errorToString, writable: true, enumerable: false, configurable: true,
  });
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
  const messages = require('internal/errors/engine_messages');
  messages.rewriteEngineMessage(err);
  adoptStack(err, false, messages.getEngineErrorSite(err));
  return err.stack;
}

// The uncaught-error printer's source line, and V8's first stack line (see stack_frames).
function getErrorSource(err) {
  return lazyFrames().getErrorSource(err);
}

function errorHeader(err) {
  return lazyFrames().errorHeader(err);
}

module.exports = {
  installErrorConstructors,
  captureStackTrace,
  setStackHeader,
  normalizeErrorStack,
  getErrorSource,
  getSource,
  getSourceLine,
  getWrapperOffset,
  setNativeTopFrame,
  registerSource,
  registerWrapperOffset,
  setSourceReader,
  errorHeader,
  isEngineStack,
  Intrinsic,
  wrappers,
  records,
};

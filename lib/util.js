'use strict';

// node:util. The formatting functions live in internal/util/inspect, the type checks in
// internal/util/types, deprecate/promisify in internal/util; this module assembles the
// public object in node's property order (visible to console.log(require('util'))).

const {
  ArrayIsArray,
  ArrayPrototypeJoin,
  ArrayPrototypePop,
  ArrayPrototypePush,
  Date,
  DatePrototypeGetDate,
  DatePrototypeGetHours,
  DatePrototypeGetMinutes,
  DatePrototypeGetMonth,
  DatePrototypeGetSeconds,
  Error,
  ErrorCaptureStackTrace,
  FunctionPrototypeBind,
  NumberIsSafeInteger,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptors,
  ObjectKeys,
  ObjectPrototypeToString,
  ObjectSetPrototypeOf,
  ObjectValues,
  PromiseResolve,
  PromiseWithResolvers,
  ReflectApply,
  SafeFinalizationRegistry,
  StringPrototypePadStart,
  StringPrototypeToWellFormed,
  TypeError,
} = primordials;

const {
  codes: {
    ERR_FALSY_VALUE_REJECTION,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
  errnoException,
  exceptionWithHostPort,
} = require('internal/errors');
const {
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateNumber,
  validateObject,
  validateOneOf,
  validateString,
} = require('internal/validators');
const inspectModule = require('internal/util/inspect');
const {
  format,
  formatWithOptions,
  inspect,
  stripVTControlCharacters,
} = inspectModule;
const { debuglog } = require('internal/util/debuglog');
const types = require('internal/util/types');
const {
  deprecate,
  getSystemErrorMap,
  getSystemErrorMessage: internalErrorMessage,
  getSystemErrorName: internalErrorName,
  parseDotenv,
  promisify,
} = require('internal/util');
const { BuiltinModule } = require('internal/bootstrap/realm');

// Loads a library module when it exists in this build, else returns undefined (parts of
// the library arrive independently; util must load without them).
function optionalRequire(id) {
  return BuiltinModule.exists(id) ? require(id) : undefined;
}

// ---------------------------------------------------------------------------------------
// The legacy type checks (deprecated in node 22, kept for old code).

function isBoolean(arg) {
  return typeof arg === 'boolean';
}

function isNull(arg) {
  return arg === null;
}

function isNullOrUndefined(arg) {
  return arg === null || arg === undefined;
}

function isNumber(arg) {
  return typeof arg === 'number';
}

function isString(arg) {
  return typeof arg === 'string';
}

function isSymbol(arg) {
  return typeof arg === 'symbol';
}

function isUndefined(arg) {
  return arg === undefined;
}

function isObject(arg) {
  return arg !== null && typeof arg === 'object';
}

function isError(e) {
  return ObjectPrototypeToString(e) === '[object Error]' || e instanceof Error;
}

function isFunction(arg) {
  return typeof arg === 'function';
}

function isPrimitive(arg) {
  return arg === null || (typeof arg !== 'object' && typeof arg !== 'function');
}

function isBuffer(arg) {
  const buffer = optionalRequire('buffer');
  return buffer !== undefined ? buffer.Buffer.isBuffer(arg) : false;
}

function isRegExp(arg) {
  return types.isRegExp(arg);
}

function isDate(arg) {
  return types.isDate(arg);
}

// ---------------------------------------------------------------------------------------
// util.log: console.log with a "26 Feb 16:19:34 - " timestamp.

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov',
  'Dec'];

function pad2(n) {
  return StringPrototypePadStart(`${n}`, 2, '0');
}

function timestamp() {
  const d = new Date();
  const time = ArrayPrototypeJoin([pad2(DatePrototypeGetHours(d)),
    pad2(DatePrototypeGetMinutes(d)), pad2(DatePrototypeGetSeconds(d))], ':');
  return `${DatePrototypeGetDate(d)} ${months[DatePrototypeGetMonth(d)]} ${time}`;
}

function log(...args) {
  require('internal/console/global').log('%s - %s', timestamp(), format(...args));
}

// ---------------------------------------------------------------------------------------
// util.inherits(ctor, superCtor): the pre-class way to set up a prototype chain. Sets
// ctor.super_ and makes ctor.prototype inherit from superCtor.prototype.

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) {
    throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  }
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  ObjectDefineProperty(ctor, 'super_', {
    __proto__: null, value: superCtor, writable: true, configurable: true,
  });
  ObjectSetPrototypeOf(ctor.prototype, superCtor.prototype);
}

// util._extend(target, source): copies source's own enumerable properties onto target.
function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = ObjectKeys(source);
  for (let i = keys.length - 1; i >= 0; i--) target[keys[i]] = source[keys[i]];
  return target;
}

// ---------------------------------------------------------------------------------------
// util.callbackify(original): turns an async function into one taking a node-style
// callback last. The callback runs on a later tick; a rejection with a falsy reason is
// wrapped in ERR_FALSY_VALUE_REJECTION (whose `reason` holds the original value).

function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    const wrapped = new ERR_FALSY_VALUE_REJECTION(reason);
    // node lists `reason` after `code` among the error's keys.
    delete wrapped.reason;
    wrapped.reason = reason;
    ErrorCaptureStackTrace(wrapped, callbackifyOnRejected);
    reason = wrapped;
  }
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');

  function callbackified(...args) {
    const maybeCb = ArrayPrototypePop(args);
    validateFunction(maybeCb, 'last argument');
    const cb = FunctionPrototypeBind(maybeCb, this);
    // The promise is not returned: the callback's fate is not tied to it. `then` is
    // looked up on the result, so thenables work as in node; a result without one
    // fails with V8's wording.
    const result = ReflectApply(original, this, args);
    if (result === null || result === undefined) {
      throw new TypeError(`Cannot read properties of ${result} (reading 'then')`);
    }
    const then = result.then;
    if (typeof then !== 'function') {
      throw new TypeError('ReflectApply(...).then is not a function');
    }
    ReflectApply(then, result, [
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb),
    ]);
  }

  const descriptors = ObjectGetOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  const list = ObjectValues(descriptors);
  for (let i = 0; i < list.length; i++) ObjectSetPrototypeOf(list[i], null);
  ObjectDefineProperties(callbackified, descriptors);
  return callbackified;
}

// ---------------------------------------------------------------------------------------
// System errors.

// util.getSystemErrorName(err): "ENOENT" for -2; err must be a negative integer.
function getSystemErrorName(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !NumberIsSafeInteger(err)) {
    throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
  return internalErrorName(err);
}

// util.getSystemErrorMessage(err): libuv's description, "no such file or directory" for
// -2; err must be a negative integer.
function getSystemErrorMessage(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !NumberIsSafeInteger(err)) {
    throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
  return internalErrorMessage(err);
}

// Rest parameters, as node declares these two (their length is 0).
function _errnoException(...args) {
  const e = errnoException(args[0], args[1], args[2]);
  ErrorCaptureStackTrace(e, _errnoException);
  return e;
}

function _exceptionWithHostPort(...args) {
  const e = exceptionWithHostPort(args[0], args[1], args[2], args[3], args[4]);
  ErrorCaptureStackTrace(e, _exceptionWithHostPort);
  return e;
}

// ---------------------------------------------------------------------------------------
// util.styleText(format, text[, { validateStream, stream }]): text wrapped in the ANSI
// codes of one format name or an array of them (names of util.inspect.colors). With
// validateStream (the default) the codes are left out when `stream` (process.stdout by
// default) would not show colours.

const fallbackColors = {
  __proto__: null,
  reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24],
  blink: [5, 25], inverse: [7, 27], hidden: [8, 28], strikethrough: [9, 29],
  doubleunderline: [21, 24], black: [30, 39], red: [31, 39], green: [32, 39],
  yellow: [33, 39], blue: [34, 39], magenta: [35, 39], cyan: [36, 39], white: [37, 39],
  bgBlack: [40, 49], bgRed: [41, 49], bgGreen: [42, 49], bgYellow: [43, 49],
  bgBlue: [44, 49], bgMagenta: [45, 49], bgCyan: [46, 49], bgWhite: [47, 49],
  framed: [51, 54], overlined: [53, 55], gray: [90, 39], redBright: [91, 39],
  greenBright: [92, 39], yellowBright: [93, 39], blueBright: [94, 39],
  magentaBright: [95, 39], cyanBright: [96, 39], whiteBright: [97, 39], bgGray: [100, 49],
  bgRedBright: [101, 49], bgGreenBright: [102, 49], bgYellowBright: [103, 49],
  bgBlueBright: [104, 49], bgMagentaBright: [105, 49], bgCyanBright: [106, 49],
  bgWhiteBright: [107, 49],
};

function colorTable() {
  return inspect.colors ?? fallbackColors;
}

function isNodeStream(obj) {
  return obj !== null && typeof obj === 'object' &&
    (obj._readableState !== undefined || obj._writableState !== undefined ||
     (typeof obj.on === 'function' &&
      (typeof obj.write === 'function' || typeof obj.pipe === 'function')));
}

function isWebStream(obj) {
  return obj !== null && typeof obj === 'object' &&
    (typeof obj.getReader === 'function' || typeof obj.getWriter === 'function');
}

function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) {
    return require('internal/tty').getColorDepth() > 2;
  }
  return Boolean(stream?.isTTY) &&
    (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
}

function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  if (validateStream && !isNodeStream(stream) && !isWebStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'],
                                   stream);
  }
  const colors = colorTable();

  // As in node 22.12, an array of formats is always styled (the stream is only
  // validated); a single format is styled only when the stream shows colours.
  if (ArrayIsArray(format)) {
    let left = '';
    let right = '';
    for (const key of format) {
      const codes = colors[key];
      if (codes == null) validateOneOf(key, 'format', ObjectKeys(colors));
      left += `\u001b[${codes[0]}m`;
      right = `\u001b[${codes[1]}m${right}`;
    }
    return `${left}${text}${right}`;
  }

  const codes = colors[format];
  if (codes == null) validateOneOf(format, 'format', ObjectKeys(colors));
  if (validateStream && (!stream || !shouldColorize(stream))) return text;
  return `\u001b[${codes[0]}m${text}\u001b[${codes[1]}m`;
}

// ---------------------------------------------------------------------------------------
// util.getCallSites([frameCount][, options]): the caller's stack as plain objects.

function getCallSites(frameCount = 10, options) {
  if (options === undefined && frameCount !== null && typeof frameCount === 'object') {
    options = frameCount;
    frameCount = 10;
  }
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.sourceMap !== undefined) validateBoolean(options.sourceMap, 'options.sourceMap');
  }
  validateNumber(frameCount, 'frameCount', 1, 200);

  const previousPrepare = Error.prepareStackTrace;
  const previousLimit = Error.stackTraceLimit;
  const holder = {};
  let sites;
  try {
    Error.stackTraceLimit = frameCount;
    Error.prepareStackTrace = (_, callSites) => callSites;
    ErrorCaptureStackTrace(holder, getCallSites);
    sites = holder.stack;
  } finally {
    Error.prepareStackTrace = previousPrepare;
    Error.stackTraceLimit = previousLimit;
  }
  const result = [];
  if (!ArrayIsArray(sites)) return result;
  for (let i = 0; i < sites.length && i < frameCount; i++) {
    const site = sites[i];
    const column = site.getColumnNumber() ?? 0;
    ArrayPrototypePush(result, {
      functionName: site.getFunctionName() ?? '',
      scriptId: `${site.getScriptId?.() ?? 0}`,
      scriptName: site.getFileName() ?? '',
      lineNumber: site.getLineNumber() ?? 0,
      columnNumber: column,
      column,
    });
  }
  return result;
}

// ---------------------------------------------------------------------------------------
// util.aborted(signal, resource): a promise settled when signal aborts, as long as
// resource is alive (if resource is collected first, the listener is dropped and the
// promise stays pending).

let abortRegistry;

async function aborted(signal, resource) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateObject(resource, 'resource', kValidateObjectAllowArray | kValidateObjectAllowFunction);
  // Returning a promise (rather than a value) from this async function settles the
  // result a few microtask turns later, as in node.
  if (signal.aborted) return PromiseResolve();
  const { promise, resolve } = PromiseWithResolvers();
  abortRegistry ??= new SafeFinalizationRegistry((held) => {
    held.signal.removeEventListener('abort', held.listener);
  });
  // The registry holds the signal and the listener (never the resource), so collecting
  // the resource can detach the listener.
  const token = {};
  const listener = (event) => {
    abortRegistry.unregister(token);
    resolve(event);
  };
  abortRegistry.register(resource, { signal, listener }, token);
  signal.addEventListener('abort', listener, { once: true });
  return promise;
}

// ---------------------------------------------------------------------------------------
// Lazily loaded members.

let internalDeepEqual;
let abortControllerModule;
function lazyAbortController() {
  abortControllerModule ??= optionalRequire('internal/abort_controller') ?? {};
  return abortControllerModule;
}

// A getter/setter pair that reads the value from load() on first access; assignment
// replaces the accessor with a data property (node's lazy util members behave so).
function defineLazy(target, key, load) {
  let value;
  let loaded = false;
  const get = {
    [`get ${key}`]() {
      if (!loaded) {
        value = load();
        loaded = true;
      }
      return value;
    },
  }[`get ${key}`];
  const set = {
    [`set ${key}`](newValue) {
      ObjectDefineProperty(target, key, { __proto__: null, writable: true, value: newValue });
    },
  }[`set ${key}`];
  ObjectDefineProperty(target, key, {
    __proto__: null, get, set, enumerable: true, configurable: true,
  });
}

function loadEncoding(name) {
  const encoding = optionalRequire('internal/encoding');
  return encoding !== undefined ? encoding[name] : globalThis[name];
}

// node 22's messages for the runtime-deprecated legacy helpers.
module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend: deprecate(_extend,
                     'The `util._extend` API is deprecated. Please use Object.assign() instead.',
                     'DEP0060'),
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getCallSite: deprecate(getCallSites,
                         'The `util.getCallSite` API has been renamed to `util.getCallSites()`.',
                         'ExperimentalWarning'),
  getCallSites,
  getSystemErrorMap,
  getSystemErrorName,
  getSystemErrorMessage,
  inherits,
  inspect,
  isArray: deprecate(ArrayIsArray,
                     'The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.',
                     'DEP0044'),
  isBoolean: deprecate(isBoolean,
                       'The `util.isBoolean` API is deprecated.  Please use ' +
                       '`typeof arg === "boolean"` instead.',
                       'DEP0045'),
  isBuffer: deprecate(isBuffer,
                      'The `util.isBuffer` API is deprecated. Please use `Buffer.isBuffer()` ' +
                      'instead.',
                      'DEP0046'),
  isDeepStrictEqual(a, b) {
    internalDeepEqual ??= require('internal/util/comparisons').isDeepStrictEqual;
    return internalDeepEqual(a, b);
  },
  isNull: deprecate(isNull,
                    'The `util.isNull` API is deprecated. Please use `arg === null` instead.',
                    'DEP0050'),
  isNullOrUndefined: deprecate(isNullOrUndefined,
                               'The `util.isNullOrUndefined` API is deprecated. ' +
                               'Please use `arg === null || arg === undefined` instead.',
                               'DEP0051'),
  isNumber: deprecate(isNumber,
                      'The `util.isNumber` API is deprecated. Please use ' +
                      '`typeof arg === "number"` instead.',
                      'DEP0052'),
  isString: deprecate(isString,
                      'The `util.isString` API is deprecated.  Please use ' +
                      '`typeof arg === "string"` instead.',
                      'DEP0056'),
  isSymbol: deprecate(isSymbol,
                      'The `util.isSymbol` API is deprecated.  Please use ' +
                      '`arg === "symbol"` instead.',
                      'DEP0057'),
  isUndefined: deprecate(isUndefined,
                         'The `util.isUndefined` API is deprecated. Please use ' +
                         '`arg === undefined` instead.',
                         'DEP0058'),
  isRegExp: deprecate(isRegExp,
                      'The `util.isRegExp` API is deprecated. Please use ' +
                      '`arg instanceof RegExp` instead.',
                      'DEP0055'),
  isObject: deprecate(isObject,
                      'The `util.isObject` API is deprecated. ' +
                      'Please use `arg !== null && typeof arg === "object"` instead.',
                      'DEP0053'),
  isDate: deprecate(isDate,
                    'The `util.isDate` API is deprecated.  Please use `arg instanceof Date` ' +
                    'instead.',
                    'DEP0047'),
  isError: deprecate(isError,
                     'The `util.isError` API is deprecated. ' +
                     'Please use `ObjectPrototypeToString(e) === "[object Error]" ' +
                     '|| e instanceof Error` instead.',
                     'DEP0048'),
  isFunction: deprecate(isFunction,
                        'The `util.isFunction` API is deprecated.  Please use ' +
                        '`typeof arg === "function"` instead.',
                        'DEP0049'),
  isPrimitive: deprecate(isPrimitive,
                         'The `util.isPrimitive` API is deprecated. ' +
                         'Please use `arg === null || ' +
                         '(typeof arg !== "object" && typeof arg !== "function")` instead.',
                         'DEP0054'),
  log: deprecate(log,
                 'The `util.log API is deprecated. ' +
                 'Please use console.log() with a custom formatter or a third-party logger ' +
                 'instead.',
                 'DEP0059'),
  promisify,
  stripVTControlCharacters,
  toUSVString(input) {
    return StringPrototypeToWellFormed(`${input}`);
  },
  get transferableAbortSignal() {
    return lazyAbortController().transferableAbortSignal;
  },
  get transferableAbortController() {
    return lazyAbortController().transferableAbortController;
  },
  get aborted() {
    return aborted;
  },
  types,
  // util.parseEnv(content): the variables a .env file's text defines.
  parseEnv(content) {
    validateString(content, 'content');
    return parseDotenv(content);
  },
};

defineLazy(module.exports, 'parseArgs',
           () => require('internal/util/parse_args/parse_args').parseArgs);
defineLazy(module.exports, 'TextDecoder', () => loadEncoding('TextDecoder'));
defineLazy(module.exports, 'TextEncoder', () => loadEncoding('TextEncoder'));
defineLazy(module.exports, 'MIMEType', () => require('internal/mime').MIMEType);
defineLazy(module.exports, 'MIMEParams', () => require('internal/mime').MIMEParams);

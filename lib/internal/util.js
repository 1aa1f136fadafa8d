'use strict';

// Helpers shared across the library: deprecation wrappers, promisify, system error
// names, lazy properties, small string and object utilities. Nothing here runs at load
// time beyond defining functions and symbols, so any module may require it early.

const {
  ArrayFrom,
  ArrayIsArray,
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  ArrayPrototypeSort,
  Error,
  FunctionPrototypeCall,
  Map,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectFreeze,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetOwnPropertyDescriptors,
  ObjectGetPrototypeOf,
  ObjectKeys,
  ObjectSetPrototypeOf,
  ObjectValues,
  Promise,
  PromiseWithResolvers,
  ReflectApply,
  ReflectConstruct,
  RegExpPrototypeExec,
  RegExpPrototypeGetFlags,
  RegExpPrototypeSymbolReplace,
  RegExpPrototypeSymbolSplit,
  SafeMap,
  SafeSet,
  StringPrototypeIndexOf,
  StringPrototypeReplace,
  StringPrototypeReplaceAll,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
  StringPrototypeToLowerCase,
  StringPrototypeToUpperCase,
  StringPrototypeToWellFormed,
  Symbol,
  SymbolFor,
} = primordials;

const {
  codes: {
    ERR_NO_CRYPTO,
    ERR_UNKNOWN_SIGNAL,
  },
  uvErrmapGet,
} = require('internal/errors');

// ---------------------------------------------------------------------------------------
// Well-known symbols and frozen constants.

// The symbol util.inspect calls on objects (registered, so copies of the library agree).
const customInspectSymbol = SymbolFor('nodejs.util.inspect.custom');
// util.promisify.custom: an object's own promise-returning variant.
const kCustomPromisifiedSymbol = SymbolFor('nodejs.util.promisify.custom');
// Names the values of callbacks with more than one result (dns.lookup -> {address,
// family}); promisify resolves with an object keyed by these names.
const kCustomPromisifyArgsSymbol = Symbol('customPromisifyArgs');
const kIsEncodingSymbol = Symbol('kIsEncodingSymbol');
const kVmBreakFirstLineSymbol = Symbol('kVmBreakFirstLineSymbol');

// Default for option bags: frozen and prototype-less, so reading a missing option never
// reaches Object.prototype.
const kEmptyObject = ObjectFreeze({ __proto__: null });
const kEnumerableProperty = ObjectFreeze({ __proto__: null, enumerable: true });

const isWindows = process.platform === 'win32';
const isMacOS = process.platform === 'darwin';

// ---------------------------------------------------------------------------------------
// Deprecation and experimental warnings.

let validateString;
let emitWarningSync;

// Deprecation codes that have warned already: node prints each code once per process.
const codesWarned = new SafeSet();

// Returns a function that emits the deprecation warning the first time it is called
// (once per code when a code is given, else once per emitter). `deprecated` becomes the
// warning's stack boundary, so the stack starts at the caller of the deprecated API.
function getDeprecationWarningEmitter(code, msg, deprecated, useEmitSync,
                                      shouldEmitWarning = () => true) {
  let warned = false;
  return function emitDeprecationWarning() {
    if (warned || !shouldEmitWarning()) return;
    warned = true;
    if (code !== undefined) {
      if (codesWarned.has(code)) return;
      codesWarned.add(code);
    }
    if (useEmitSync) {
      emitWarningSync ??= require('internal/process/warning').emitWarningSync;
      const warning = new Error(msg);
      warning.name = 'DeprecationWarning';
      if (code !== undefined) warning.code = code;
      emitWarningSync(warning);
    } else {
      process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
    }
  };
}

// Wraps fn so that calling it (or constructing with it) emits a DeprecationWarning with
// msg and code the first time, then behaves exactly like fn. process.noDeprecation is
// read at each call, so setting it later still silences the warning.
function deprecate(fn, msg, code, useEmitSync) {
  validateString ??= require('internal/validators').validateString;
  if (code !== undefined) validateString(code, 'code');

  // Named `deprecated` on purpose: node's wrappers carry that name.
  function deprecated(...args) {
    if (!process.noDeprecation) emitDeprecationWarning();
    if (new.target !== undefined) return ReflectConstruct(fn, args, new.target);
    return ReflectApply(fn, this, args);
  }
  const emitDeprecationWarning =
    getDeprecationWarningEmitter(code, msg, deprecated, useEmitSync);

  // The wrapper inherits from fn (so static members stay reachable) and shares its
  // prototype object (so instances pass instanceof checks either way).
  ObjectSetPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

let pendingDeprecationFlag;
function isPendingDeprecation() {
  if (pendingDeprecationFlag === undefined) {
    pendingDeprecationFlag = internalBinding('options').getOptions().pendingDeprecation ||
      process.env.NODE_PENDING_DEPRECATION === '1';
  }
  return pendingDeprecationFlag;
}

// Like deprecate(), but warns only under --pending-deprecation (or
// NODE_PENDING_DEPRECATION=1): a documentation-only deprecation.
function pendingDeprecate(fn, msg, code) {
  function deprecated(...args) {
    if (!process.noDeprecation) emitDeprecationWarning();
    if (new.target !== undefined) return ReflectConstruct(fn, args, new.target);
    return ReflectApply(fn, this, args);
  }
  const emitDeprecationWarning = getDeprecationWarningEmitter(
    code, msg, deprecated, false, isPendingDeprecation);
  ObjectSetPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

const experimentalWarnings = new SafeSet();

// Warns once per feature that an experimental API was used.
function emitExperimentalWarning(feature, messagePrefix, code, ctor) {
  if (experimentalWarnings.has(feature)) return;
  experimentalWarnings.add(feature);
  let msg = `${feature} is an experimental feature and might change at any time`;
  if (messagePrefix) msg = messagePrefix + msg;
  process.emitWarning(msg, 'ExperimentalWarning', code, ctor);
}

// ---------------------------------------------------------------------------------------
// Promises and callbacks.

let validateFunction;
let isPromiseCheck;

function isPromise(value) {
  if (isPromiseCheck === undefined) {
    const binding = internalBinding('util');
    const kPromise = binding.kPromise;
    const getObjectType = binding.getObjectType;
    isPromiseCheck = (v) => v !== null && typeof v === 'object' && getObjectType(v) === kPromise;
  }
  return isPromiseCheck(value);
}

function copyDescriptorsOnto(target, source) {
  const descriptors = ObjectGetOwnPropertyDescriptors(source);
  const list = ObjectValues(descriptors);
  // Null prototypes keep a patched Object.prototype (a `get` or `set` there) from
  // turning data descriptors into accessors.
  for (let i = 0; i < list.length; i++) ObjectSetPrototypeOf(list[i], null);
  return ObjectDefineProperties(target, descriptors);
}

// util.promisify(original): a function returning a promise for the result of the
// node-style callback original expects last. original[util.promisify.custom], when
// present, is returned instead (after checking it is a function).
function promisify(original) {
  validateFunction ??= require('internal/validators').validateFunction;
  validateFunction(original, 'original');

  if (original[kCustomPromisifiedSymbol]) {
    const custom = original[kCustomPromisifiedSymbol];
    validateFunction(custom, 'util.promisify.custom');
    return ObjectDefineProperty(custom, kCustomPromisifiedSymbol, {
      __proto__: null, value: custom, enumerable: false, writable: false, configurable: true,
    });
  }

  const argumentNames = original[kCustomPromisifyArgsSymbol];

  function fn(...args) {
    return new Promise((resolve, reject) => {
      ArrayPrototypePush(args, (err, ...values) => {
        if (err) {
          reject(err);
          return;
        }
        if (argumentNames !== undefined && values.length > 1) {
          const result = {};
          for (let i = 0; i < argumentNames.length; i++) result[argumentNames[i]] = values[i];
          resolve(result);
        } else {
          resolve(values[0]);
        }
      });
      if (isPromise(ReflectApply(original, this, args))) {
        process.emitWarning('Calling promisify on a function that returns a Promise is ' +
          'likely a mistake.', 'DeprecationWarning', 'DEP0174');
      }
    });
  }

  ObjectSetPrototypeOf(fn, ObjectGetPrototypeOf(original));
  ObjectDefineProperty(fn, kCustomPromisifiedSymbol, {
    __proto__: null, value: fn, enumerable: false, writable: false, configurable: true,
  });
  return copyDescriptorsOnto(fn, original);
}
promisify.custom = kCustomPromisifiedSymbol;

// { promise, resolve, reject } for a new promise.
function createDeferredPromise() {
  const { promise, resolve, reject } = PromiseWithResolvers();
  return { promise, resolve, reject };
}

// Calls callback at most once; later calls return the first result when
// preserveReturnValue is set, else undefined.
function once(callback, { preserveReturnValue = false } = kEmptyObject) {
  let called = false;
  let returnValue;
  return function(...args) {
    if (called) return returnValue;
    called = true;
    const result = ReflectApply(callback, this, args);
    returnValue = preserveReturnValue ? result : undefined;
    return result;
  };
}

// Memoizes a zero-argument function.
function cachedResult(fn) {
  let result;
  return () => {
    if (result === undefined) result = fn();
    return ArrayIsArray(result) ? ArrayPrototypeSlice(result) : result;
  };
}

// ---------------------------------------------------------------------------------------
// System errors.

let errorsBinding;
function lazyErrorsBinding() {
  errorsBinding ??= internalBinding('errors');
  return errorsBinding;
}

// The name libuv gives a negative errno ("ENOENT"), or "Unknown system error N".
function getSystemErrorName(err) {
  const entry = uvErrmapGet(err);
  return entry ? entry[0] : `Unknown system error ${err}`;
}

// A new Map from every errno libuv knows to [name, message].
function getSystemErrorMap() {
  return new Map(lazyErrorsBinding().getErrorMap());
}

function getSystemErrorMessage(err) {
  const entry = uvErrmapGet(err);
  return entry ? entry[1] : `Unknown system error ${err}`;
}

// ---------------------------------------------------------------------------------------
// Values and types.

let utilBinding;
function lazyUtilBinding() {
  utilBinding ??= internalBinding('util');
  return utilBinding;
}

// True for native errors (from any realm) and for anything inheriting Error.prototype.
function isError(e) {
  if (e === null || (typeof e !== 'object' && typeof e !== 'function')) return false;
  const binding = lazyUtilBinding();
  return binding.getObjectType(e) === binding.kError || e instanceof Error;
}

// Replaces lone surrogates with U+FFFD.
function toUSVString(str) {
  return StringPrototypeToWellFormed(`${str}`);
}

function getConstructorOf(obj) {
  while (obj) {
    const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' &&
        descriptor.value.name !== '') {
      return descriptor.value;
    }
    obj = ObjectGetPrototypeOf(obj);
  }
  return null;
}

// Removes array[index] in place (faster than splice for the one-element case).
function spliceOne(list, index) {
  for (; index + 1 < list.length; index++) list[index] = list[index + 1];
  list.pop();
}

function join(output, separator) {
  let str = '';
  if (output.length !== 0) {
    const lastIndex = output.length - 1;
    for (let i = 0; i < lastIndex; i++) str += output[i] + separator;
    str += output[lastIndex];
  }
  return str;
}

// Sorted unique strings from items.
function filterDuplicateStrings(items, low) {
  const seen = new SafeMap();
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const key = StringPrototypeToLowerCase(item);
    if (low) {
      seen.set(key, key);
    } else {
      seen.set(key, item);
    }
  }
  return ArrayPrototypeSort(ArrayFrom(seen.values()));
}

const colorRegExp = /\u001b\[\d\d?m/g;
function removeColors(str) {
  return StringPrototypeReplace(`${str}`, colorRegExp, '');
}

// Canonical encoding name ('utf8', 'ucs2', 'utf16le', 'latin1', 'ascii', 'base64',
// 'base64url', 'hex'), or undefined for an unknown one. Empty and undefined mean utf8.
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  return slowCases(enc);
}

function slowCases(enc) {
  switch (`${enc}`.length) {
    case 4:
      if (enc === 'UTF8') return 'utf8';
      if (enc === 'ucs2' || enc === 'UCS2') return 'utf16le';
      enc = StringPrototypeToLowerCase(`${enc}`);
      if (enc === 'utf8') return 'utf8';
      if (enc === 'ucs2') return 'utf16le';
      break;
    case 3:
      if (enc === 'hex' || enc === 'HEX' || StringPrototypeToLowerCase(`${enc}`) === 'hex') {
        return 'hex';
      }
      break;
    case 5:
      if (enc === 'ascii') return 'ascii';
      if (enc === 'ucs-2') return 'utf16le';
      if (enc === 'UTF-8') return 'utf8';
      if (enc === 'ASCII') return 'ascii';
      if (enc === 'UCS-2') return 'utf16le';
      enc = StringPrototypeToLowerCase(`${enc}`);
      if (enc === 'utf-8') return 'utf8';
      if (enc === 'ascii') return 'ascii';
      if (enc === 'ucs-2') return 'utf16le';
      break;
    case 6:
      if (enc === 'base64') return 'base64';
      if (enc === 'latin1' || enc === 'binary') return 'latin1';
      if (enc === 'BASE64') return 'base64';
      if (enc === 'LATIN1' || enc === 'BINARY') return 'latin1';
      enc = StringPrototypeToLowerCase(`${enc}`);
      if (enc === 'base64') return 'base64';
      if (enc === 'latin1' || enc === 'binary') return 'latin1';
      break;
    case 7:
      if (enc === 'utf16le' || enc === 'UTF16LE' ||
          StringPrototypeToLowerCase(`${enc}`) === 'utf16le') {
        return 'utf16le';
      }
      break;
    case 8:
      if (enc === 'utf-16le' || enc === 'UTF-16LE' ||
          StringPrototypeToLowerCase(`${enc}`) === 'utf-16le') {
        return 'utf16le';
      }
      break;
    case 9:
      if (enc === 'base64url' || enc === 'BASE64URL' ||
          StringPrototypeToLowerCase(`${enc}`) === 'base64url') {
        return 'base64url';
      }
      break;
    default:
      if (enc === '') return 'utf8';
  }
  return undefined;
}

let signalsTable;
// A signal number or name -> its number; throws ERR_UNKNOWN_SIGNAL otherwise.
function convertToValidSignal(signal) {
  signalsTable ??= internalBinding('constants').os.signals;
  if (typeof signal === 'number' && getSignalsByNumber()[signal] !== undefined) {
    return signal;
  }
  if (typeof signal === 'string') {
    const number = signalsTable[StringPrototypeToUpperCase(signal)];
    if (number !== undefined) return number;
  }
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

let signalsByNumber;
function getSignalsByNumber() {
  if (signalsByNumber === undefined) {
    signalsByNumber = { __proto__: null };
    for (const name of ObjectKeys(signalsTable)) signalsByNumber[signalsTable[name]] = name;
  }
  return signalsByNumber;
}

function assertCrypto() {
  if (process.versions.openssl === undefined) throw new ERR_NO_CRYPTO();
}

// ---------------------------------------------------------------------------------------
// Defining properties.

// Defines an own data property even where a setter is inherited.
function setOwnProperty(obj, key, value) {
  return ObjectDefineProperty(obj, key, {
    __proto__: null, configurable: true, enumerable: true, value, writable: true,
  });
}

// Makes each of keys a getter/setter pair on target that loads module id on first read
// (the value then replaces the accessor when assigned, as with node's lazy exports).
function defineLazyProperties(target, id, keys, enumerable = true) {
  const descriptors = { __proto__: null };
  let mod;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    let lazyLoadedValue;
    function set(value) {
      ObjectDefineProperty(target, key, { __proto__: null, writable: true, value });
    }
    ObjectDefineProperty(set, 'name', { __proto__: null, value: `set ${key}` });
    function get() {
      mod ??= require(id);
      lazyLoadedValue ??= mod[key];
      return lazyLoadedValue;
    }
    ObjectDefineProperty(get, 'name', { __proto__: null, value: `get ${key}` });
    descriptors[key] = { __proto__: null, configurable: true, enumerable, get, set };
  }
  ObjectDefineProperties(target, descriptors);
}

// A property whose value comes from a module loaded on first access; assigning replaces
// it with a plain value.
function defineReplaceableLazyAttribute(target, id, keys, writable = true, check) {
  let mod;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    let value;
    let setterCalled = false;
    function get() {
      if (check !== undefined) FunctionPrototypeCall(check, this);
      if (setterCalled) return value;
      mod ??= require(id);
      value ??= mod[key];
      return value;
    }
    ObjectDefineProperty(get, 'name', { __proto__: null, value: `get ${key}` });
    function set(val) {
      setterCalled = true;
      value = val;
    }
    ObjectDefineProperty(set, 'name', { __proto__: null, value: `set ${key}` });
    ObjectDefineProperty(target, key, {
      __proto__: null, enumerable: true, configurable: true, get, set: writable ? set : undefined,
    });
  }
}

// Interfaces on globalThis: non-enumerable, writable, configurable, like WebIDL.
function exposeInterface(target, name, interfaceObject) {
  ObjectDefineProperty(target, name, {
    __proto__: null, writable: true, enumerable: false, configurable: true,
    value: interfaceObject,
  });
}

function exposeLazyInterfaces(target, id, keys) {
  defineLazyProperties(target, id, keys, false);
}

function exposeNamespace(target, name, namespaceObject) {
  ObjectDefineProperty(target, name, {
    __proto__: null, writable: true, enumerable: false, configurable: true,
    value: namespaceObject,
  });
}

function exposeGetterAndSetter(target, name, getter, setter = undefined) {
  ObjectDefineProperty(target, name, {
    __proto__: null, enumerable: false, configurable: true, get: getter, set: setter,
  });
}

// A WebIDL operation: a named function property.
function defineOperation(target, name, method) {
  ObjectDefineProperty(target, name, {
    __proto__: null, writable: true, enumerable: true, configurable: true, value: method,
  });
}

// Lets a class be called without `new` (node's legacy constructors).
function createClassWrapper(type) {
  function fn(...args) {
    return ReflectConstruct(type, args, new.target || type);
  }
  ObjectSetPrototypeOf(fn, type);
  fn.prototype = type.prototype;
  return fn;
}

function getLazy(initializer) {
  let value;
  let initialized = false;
  return function() {
    if (!initialized) {
      value = initializer();
      initialized = true;
    }
    return value;
  };
}

let DOMExceptionClass;
function lazyDOMExceptionClass() {
  DOMExceptionClass ??= globalThis.DOMException ??
    require('internal/per_context/domexception').DOMException;
  return DOMExceptionClass;
}

function lazyDOMException(message, name) {
  const DOMException = lazyDOMExceptionClass();
  return new DOMException(message, name);
}

// ---------------------------------------------------------------------------------------
// RegExp helpers that ignore user patches to RegExp.prototype (exec, flags, Symbol.*).

function cloneRegExp(pattern) {
  return new primordials.RegExp(pattern.source, RegExpPrototypeGetFlags(pattern));
}

function SideEffectFreeRegExpPrototypeExec(regex, string) {
  return RegExpPrototypeExec(cloneRegExp(regex), string);
}

function SideEffectFreeRegExpPrototypeSymbolReplace(regex, string, replacement) {
  return RegExpPrototypeSymbolReplace(cloneRegExp(regex), string, replacement);
}

function SideEffectFreeRegExpPrototypeSymbolSplit(regex, string, limit = undefined) {
  return RegExpPrototypeSymbolSplit(cloneRegExp(regex), string, limit);
}

// ---------------------------------------------------------------------------------------
// Process and platform.

function sleep(msec) {
  lazyUtilBinding().sleep(msec);
}

function guessHandleType(fd) {
  return lazyUtilBinding().guessHandleType(fd);
}

// True when the first user frame on the stack lies inside node_modules.
function isInsideNodeModules() {
  const stack = new Error().stack;
  if (typeof stack !== 'string') return false;
  const lines = RegExpPrototypeSymbolSplit(/\n/, stack);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (RegExpPrototypeExec(/\(node:|at node:/, line) !== null) continue;
    return RegExpPrototypeExec(/[\\/]node_modules[\\/]/, line) !== null;
  }
  return false;
}

function decorateErrorStack(err) {
  return err;
}

function getInternalGlobal() {
  return globalThis;
}

let cwdURL;
let cachedCwd;
// file: URL of the working directory, with a trailing slash.
function getCWDURL() {
  const { pathToFileURL } = require('internal/url');
  let cwd;
  try {
    cwd = process.cwd();
  } catch {
    // The directory may have been removed; keep the last known URL.
  }
  if (cwd !== undefined && cwd !== cachedCwd) {
    cachedCwd = cwd;
    cwdURL = pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`);
  }
  return cwdURL;
}

// ---------------------------------------------------------------------------------------
// .env files.

// Trims spaces only (tabs and newlines are significant to the format).
function trimSpaces(str) {
  let start = 0;
  let end = str.length;
  while (start < end && str[start] === ' ') start++;
  while (end > start && str[end - 1] === ' ') end--;
  return StringPrototypeSlice(str, start, end);
}

// Parses the text of a .env file into { KEY: value } with keys in sorted order, as
// node's parser does: KEY=value lines (an `export ` prefix is dropped), `#` comments,
// single, double and backtick quotes (double quotes expand \n and may span lines), and
// `#` ending an unquoted value. Parsing stops at a line without `=` or with an empty key.
function parseDotenv(input) {
  const store = new SafeMap();
  let content = trimSpaces(RegExpPrototypeSymbolReplace(/\r/g, `${input}`, ''));

  while (content.length > 0) {
    if (content[0] === '\n' || content[0] === '#') {
      const newline = StringPrototypeIndexOf(content, '\n');
      if (newline !== -1) {
        content = StringPrototypeSlice(content, newline + 1);
        continue;
      }
    }

    const equal = StringPrototypeIndexOf(content, '=');
    if (equal === -1) break;
    let key = trimSpaces(StringPrototypeSlice(content, 0, equal));
    content = StringPrototypeSlice(content, equal + 1);

    if (content.length === 0 || content[0] === '\n') {
      store.set(key, '');
      continue;
    }
    content = trimSpaces(content);
    if (key.length === 0) break;
    if (StringPrototypeStartsWith(key, 'export ')) key = StringPrototypeSlice(key, 7);
    if (content.length === 0) {
      store.set(key, '');
      break;
    }

    const quote = content[0];
    if (quote === '"' || quote === '\'' || quote === '`') {
      const closing = StringPrototypeIndexOf(content, quote, 1);
      if (closing === -1) {
        // An unterminated quote: the rest of the line, quote included, is the value;
        // without a line end nothing is stored.
        const newline = StringPrototypeIndexOf(content, '\n');
        if (newline === -1) break;
        store.set(key, StringPrototypeSlice(content, 0, newline));
        content = StringPrototypeSlice(content, newline);
        continue;
      }
      let value = StringPrototypeSlice(content, 1, closing);
      if (quote === '"') value = StringPrototypeReplaceAll(value, '\\n', '\n');
      store.set(key, value);
      const newline = StringPrototypeIndexOf(content, '\n', closing + 1);
      content = newline === -1 ? '' : StringPrototypeSlice(content, newline + 1);
      continue;
    }

    const newline = StringPrototypeIndexOf(content, '\n');
    let value = newline === -1 ? content : StringPrototypeSlice(content, 0, newline);
    const hash = StringPrototypeIndexOf(value, '#');
    if (hash !== -1) value = StringPrototypeSlice(value, 0, hash);
    store.set(key, trimSpaces(value));
    content = newline === -1 ? '' : StringPrototypeSlice(content, newline + 1);
  }

  const keys = ArrayPrototypeSort(ArrayFrom(store.keys()));
  const result = {};
  for (let i = 0; i < keys.length; i++) result[keys[i]] = store.get(keys[i]);
  return result;
}

function isArrayBufferDetached(value) {
  return value.byteLength === 0 && value.detached === true;
}

module.exports = {
  assertCrypto,
  cachedResult,
  convertToValidSignal,
  createClassWrapper,
  createDeferredPromise,
  customInspectSymbol,
  customPromisifyArgs: kCustomPromisifyArgsSymbol,
  decorateErrorStack,
  defineLazyProperties,
  defineOperation,
  defineReplaceableLazyAttribute,
  deprecate,
  emitExperimentalWarning,
  exposeGetterAndSetter,
  exposeInterface,
  exposeLazyInterfaces,
  exposeNamespace,
  filterDuplicateStrings,
  getConstructorOf,
  getCWDURL,
  getDeprecationWarningEmitter,
  getInternalGlobal,
  getLazy,
  getSystemErrorMap,
  getSystemErrorMessage,
  getSystemErrorName,
  guessHandleType,
  isArrayBufferDetached,
  isError,
  isInsideNodeModules,
  isMacOS,
  isPromise,
  isWindows,
  join,
  kCustomPromisifiedSymbol,
  kCustomPromisifyArgsSymbol,
  kEmptyObject,
  kEnumerableProperty,
  kIsEncodingSymbol,
  kVmBreakFirstLineSymbol,
  lazyDOMException,
  lazyDOMExceptionClass,
  normalizeEncoding,
  once,
  parseDotenv,
  pendingDeprecate,
  promisify,
  removeColors,
  setOwnProperty,
  SideEffectFreeRegExpPrototypeExec,
  SideEffectFreeRegExpPrototypeSymbolReplace,
  SideEffectFreeRegExpPrototypeSymbolSplit,
  sleep,
  spliceOne,
  toUSVString,
};

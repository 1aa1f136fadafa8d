'use strict';

// util.types: brand checks for the engine's built-in object kinds.
//
// A check must not be fooled by prototypes or Symbol.toStringTag (an object created with
// Object.create(Map.prototype) is not a Map), so most predicates ask the engine for the
// value's internal cell type (internalBinding('util').getObjectType) and compare it with
// the type numbers the binding calibrated at start-up. Where JavaScript itself has an
// exact brand check that cannot be spoofed (the %TypedArray% Symbol.toStringTag getter,
// ArrayBuffer.isView, the internal-slot checks of Symbol/BigInt valueOf), it is used
// instead: it avoids crossing into C. Each predicate takes any value and returns a
// boolean; isExternal, isModuleNamespaceObject, isKeyObject and isCryptoKey are false until
// nodus has such objects.

const {
  ArrayBufferIsView,
  ArrayBufferPrototypeGetByteLength,
  BigIntPrototypeValueOf,
  FunctionPrototypeToString,
  ObjectDefineProperty,
  RegExpPrototypeExec,
  SafeWeakSet,
  SymbolPrototypeValueOf,
  TypedArrayPrototypeGetSymbolToStringTag,
} = primordials;

const binding = internalBinding('util');
const {
  getObjectType,
  kPromise,
  kProxy,
  kError,
  kArguments,
  kMapIterator,
  kSetIterator,
  kGenerator,
  kAsyncGenerator,
  kMap,
  kSet,
  kWeakMap,
  kWeakSet,
  kDate,
  kRegExp,
  kArrayBuffer,
  kDataView,
  kNumberObject,
  kStringObject,
  kBooleanObject,
} = binding;

// Arguments objects come in three engine kinds (sloppy mapped, scoped, strict/cloned).
// Bindings that predate the extra constants report only the first; -1 never matches.
const kScopedArguments = binding.kScopedArguments ?? -1;
const kClonedArguments = binding.kClonedArguments ?? -1;

// Symbol and BigInt wrapper objects share the engine's generic object type with other
// objects; this is that type, used to skip the (throwing) valueOf brand checks for
// everything else.
const kGenericObjectType = getObjectType(Object(Symbol('sample')));

function isObjectLike(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function');
}

function typeOf(value) {
  return isObjectLike(value) ? getObjectType(value) : -1;
}

function isExternal(value) {
  return false;
}

function isDate(value) {
  return typeOf(value) === kDate;
}

function isArgumentsObject(value) {
  const type = typeOf(value);
  return type !== -1 &&
    (type === kArguments || type === kScopedArguments || type === kClonedArguments);
}

function isSymbolObjectOfType(value, type) {
  if (type !== kGenericObjectType) return false;
  try {
    SymbolPrototypeValueOf(value);
    return true;
  } catch {
    return false;
  }
}

function isBigIntObjectOfType(value, type) {
  if (type !== kGenericObjectType) return false;
  try {
    BigIntPrototypeValueOf(value);
    return true;
  } catch {
    return false;
  }
}

function isBigIntObject(value) {
  return isObjectLike(value) && isBigIntObjectOfType(value, getObjectType(value));
}

function isBooleanObject(value) {
  return typeOf(value) === kBooleanObject;
}

function isNumberObject(value) {
  return typeOf(value) === kNumberObject;
}

function isStringObject(value) {
  return typeOf(value) === kStringObject;
}

function isSymbolObject(value) {
  return isObjectLike(value) && isSymbolObjectOfType(value, getObjectType(value));
}

function isNativeError(value) {
  return typeOf(value) === kError;
}

function isRegExp(value) {
  return typeOf(value) === kRegExp;
}

// The kind of a function comes from its source text: the engine gives every function the
// same cell type, and the prototype can be replaced (V8 answers from the function's
// kind, not its prototype). Built-in and bound functions print as native code.
const kAsyncSource = /^async(?:\s+(?!=>)|\s*\*|\s*\([^)]*\)\s*=>)/;
const kGeneratorSource = /^(?:async\s*)?(?:function\s*\*|\*)/;

function functionSource(fn) {
  try {
    return FunctionPrototypeToString(fn);
  } catch {
    return '';
  }
}

function isAsyncFunction(value) {
  if (typeof value !== 'function') return false;
  return RegExpPrototypeExec(kAsyncSource, functionSource(value)) !== null;
}

function isGeneratorFunction(value) {
  if (typeof value !== 'function') return false;
  return RegExpPrototypeExec(kGeneratorSource, functionSource(value)) !== null;
}

// Async generator objects count as generator objects, as in V8.
function isGeneratorObject(value) {
  const type = typeOf(value);
  return type !== -1 && (type === kGenerator || type === kAsyncGenerator);
}

function isPromise(value) {
  return typeOf(value) === kPromise;
}

function isMap(value) {
  return typeOf(value) === kMap;
}

function isSet(value) {
  return typeOf(value) === kSet;
}

function isMapIterator(value) {
  return typeOf(value) === kMapIterator;
}

function isSetIterator(value) {
  return typeOf(value) === kSetIterator;
}

function isWeakMap(value) {
  return typeOf(value) === kWeakMap;
}

function isWeakSet(value) {
  return typeOf(value) === kWeakSet;
}

// ArrayBuffer and SharedArrayBuffer share one engine type; ArrayBuffer's byteLength
// getter accepts only non-shared buffers. Its throw for a shared one costs microseconds,
// and code that checks the same SharedArrayBuffer over and over (Atomics helpers, worker
// messaging) would pay it each time, so shared buffers once seen are remembered (a buffer
// never changes kind).
const knownShared = new SafeWeakSet();
function isSharedBuffer(value) {
  if (knownShared.has(value)) return true;
  try {
    ArrayBufferPrototypeGetByteLength(value);
    return false;
  } catch {
    knownShared.add(value);
    return true;
  }
}

function isArrayBuffer(value) {
  return typeOf(value) === kArrayBuffer && !isSharedBuffer(value);
}

function isSharedArrayBuffer(value) {
  return typeOf(value) === kArrayBuffer && isSharedBuffer(value);
}

function isAnyArrayBuffer(value) {
  return typeOf(value) === kArrayBuffer;
}

function isDataView(value) {
  return typeOf(value) === kDataView;
}

function isProxy(value) {
  return typeOf(value) === kProxy;
}

function isModuleNamespaceObject(value) {
  return false;
}

function isBoxedPrimitive(value) {
  if (!isObjectLike(value)) return false;
  const type = getObjectType(value);
  return type === kNumberObject || type === kStringObject || type === kBooleanObject ||
    isSymbolObjectOfType(value, type) || isBigIntObjectOfType(value, type);
}

function isTypedArray(value) {
  return TypedArrayPrototypeGetSymbolToStringTag(value) !== undefined;
}

function isUint8Array(value) {
  return TypedArrayPrototypeGetSymbolToStringTag(value) === 'Uint8Array';
}

function isUint8ClampedArray(value) {
  return TypedArrayPrototypeGetSymbolToStringTag(value) === 'Uint8ClampedArray';
}

function isUint16Array(value) {
  return TypedArrayPrototypeGetSymbolToStringTag(value) === 'Uint16Array';
}

function isUint32Array(value) {
  return TypedArrayPrototypeGetSymbolToStringTag(value) === 'Uint32Array';
}

function isInt8Array(value) {
  return TypedArrayPrototypeGetSymbolToStringTag(value) === 'Int8Array';
}

function isInt16Array(value) {
  return TypedArrayPrototypeGetSymbolToStringTag(value) === 'Int16Array';
}

function isInt32Array(value) {
  return TypedArrayPrototypeGetSymbolToStringTag(value) === 'Int32Array';
}

function isFloat32Array(value) {
  return TypedArrayPrototypeGetSymbolToStringTag(value) === 'Float32Array';
}

function isFloat64Array(value) {
  return TypedArrayPrototypeGetSymbolToStringTag(value) === 'Float64Array';
}

function isBigInt64Array(value) {
  return TypedArrayPrototypeGetSymbolToStringTag(value) === 'BigInt64Array';
}

function isBigUint64Array(value) {
  return TypedArrayPrototypeGetSymbolToStringTag(value) === 'BigUint64Array';
}

// KeyObject and CryptoKey do not exist yet; crypto will replace these. (Node's two
// functions are named "value", as here.)
const { value: isKeyObject } = { value(obj) { return false; } };
const { value: isCryptoKey } = { value(obj) { return false; } };

// The public util.types object, in node's key order (it shows in console.log(types)).
const types = {
  isExternal,
  isDate,
  isArgumentsObject,
  isBigIntObject,
  isBooleanObject,
  isNumberObject,
  isStringObject,
  isSymbolObject,
  isNativeError,
  isRegExp,
  isAsyncFunction,
  isGeneratorFunction,
  isGeneratorObject,
  isPromise,
  isMap,
  isSet,
  isMapIterator,
  isSetIterator,
  isWeakMap,
  isWeakSet,
  isArrayBuffer,
  isDataView,
  isSharedArrayBuffer,
  isProxy,
  isModuleNamespaceObject,
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView: ArrayBufferIsView,
  isTypedArray,
  isUint8Array,
  isUint8ClampedArray,
  isUint16Array,
  isUint32Array,
  isInt8Array,
  isInt16Array,
  isInt32Array,
  isFloat32Array,
  isFloat64Array,
  isBigInt64Array,
  isBigUint64Array,
  isKeyObject,
  isCryptoKey,
};

// The engine-backed predicates take their argument through `arguments` under V8: their
// length is 0.
for (const name of ['isExternal', 'isDate', 'isArgumentsObject', 'isBigIntObject',
  'isBooleanObject', 'isNumberObject', 'isStringObject', 'isSymbolObject', 'isNativeError',
  'isRegExp', 'isAsyncFunction', 'isGeneratorFunction', 'isGeneratorObject', 'isPromise',
  'isMap', 'isSet', 'isMapIterator', 'isSetIterator', 'isWeakMap', 'isWeakSet',
  'isArrayBuffer', 'isDataView', 'isSharedArrayBuffer', 'isProxy', 'isModuleNamespaceObject',
  'isAnyArrayBuffer', 'isBoxedPrimitive']) {
  ObjectDefineProperty(types[name], 'length', { __proto__: null, value: 0 });
}

module.exports = types;

'use strict';

// Deep equality, as assert.deepEqual / assert.deepStrictEqual and util.isDeepStrictEqual
// define it (node 22 semantics).
//
// Three modes:
//  - loose: primitives compare with `==` (NaN equals NaN), prototypes are ignored, symbol
//    keys are ignored, floating-point typed arrays compare element-wise with `===`;
//  - strict: primitives compare with Object.is, prototypes must be identical, enumerable
//    own symbol keys are compared too;
//  - partial (assert.partialDeepStrictEqual): like strict, but prototypes are not
//    compared and only what the expected value (b) has is required of the actual one (a):
//    its properties, its array elements in order (holes ignored), its Set members and
//    its Map entries.
// In both modes the Object.prototype.toString tags must match, only enumerable own
// properties are compared, Map keys and Set members are matched regardless of order
// (objects by deep equality), Dates by time, RegExps by source, flags and lastIndex,
// boxed primitives by their value, errors by name, message, cause and errors (even
// when those are not enumerable), typed arrays, DataViews and ArrayBuffers by bytes.
// WeakMap, WeakSet and Promise contents cannot be observed: only their own properties
// are compared. Cycles are handled: a pair of objects met again while it is still being
// compared counts as equal.

const {
  ArrayBufferIsView,
  ArrayBufferPrototypeGetByteLength,
  ArrayIsArray,
  BigIntPrototypeValueOf,
  BooleanPrototypeValueOf,
  DataViewPrototypeGetBuffer,
  DataViewPrototypeGetByteLength,
  DataViewPrototypeGetByteOffset,
  DatePrototypeGetTime,
  Error,
  Int32Array,
  NumberPrototypeValueOf,
  ObjectGetOwnPropertySymbols,
  ObjectGetPrototypeOf,
  ObjectHasOwn,
  ObjectIs,
  ObjectKeys,
  ObjectPrototypePropertyIsEnumerable,
  ObjectPrototypeToString,
  SafeSet,
  SharedArrayBufferPrototypeGetByteLength,
  StringPrototypeValueOf,
  SymbolPrototypeValueOf,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeGetLength,
  TypedArrayPrototypeGetSymbolToStringTag,
  Uint8Array,
} = primordials;

const utilBinding = internalBinding('util');
const { getObjectType } = utilBinding;
const kDateType = utilBinding.kDate;
const kRegExpType = utilBinding.kRegExp;
const kErrorType = utilBinding.kError;
const kMapType = utilBinding.kMap;
const kSetType = utilBinding.kSet;
const kArrayBufferType = utilBinding.kArrayBuffer;
const kDataViewType = utilBinding.kDataView;
const kNumberObjectType = utilBinding.kNumberObject;
const kStringObjectType = utilBinding.kStringObject;
const kBooleanObjectType = utilBinding.kBooleanObject;
const types = require('internal/util/types');
const { hasOnlyIndexProperties } = require('internal/util/shapes');

const kLoose = 0;
const kStrict = 1;
const kPartial = 2;

const kNotBoxed = 0;
const kBoxedNumber = 1;
const kBoxedString = 2;
const kBoxedBoolean = 3;
const kBoxedSymbol = 4;
const kBoxedBigInt = 5;

// What, besides own properties, an object pair's comparison walks.
const kPlain = 0;
const kArray = 1;
const kSet = 2;
const kMap = 3;

// A binding that failed to calibrate reports -1 for its constants; -1 is also what
// getObjectType returns for primitives, which never reach the checks below.
function isKnownType(type, expected) {
  return expected !== -1 && type === expected;
}

// Which primitive a boxed primitive wraps: kBoxed* below, or kNotBoxed.
function boxedKind(value, type) {
  if (isKnownType(type, kNumberObjectType)) return kBoxedNumber;
  if (isKnownType(type, kStringObjectType)) return kBoxedString;
  if (isKnownType(type, kBooleanObjectType)) return kBoxedBoolean;
  if (types.isSymbolObject(value)) return kBoxedSymbol;
  if (types.isBigIntObject(value)) return kBoxedBigInt;
  return kNotBoxed;
}

function isErrorLike(value, type) {
  return isKnownType(type, kErrorType) || value instanceof Error;
}

// ArrayBuffers and SharedArrayBuffers share one engine type.
function isAnyArrayBuffer(type) {
  return isKnownType(type, kArrayBufferType);
}

// The byte length of an ArrayBuffer or SharedArrayBuffer, or -1 for anything else.
function bufferByteLength(buffer) {
  try {
    return ArrayBufferPrototypeGetByteLength(buffer);
  } catch {
    // Not an ArrayBuffer; maybe a SharedArrayBuffer.
  }
  if (SharedArrayBufferPrototypeGetByteLength !== undefined) {
    try {
      return SharedArrayBufferPrototypeGetByteLength(buffer);
    } catch {
      // Neither.
    }
  }
  return -1;
}

// True when `key` is an array index ("0", "1", ... below 2**32 - 1).
function isIndexKey(key) {
  if (typeof key !== 'string' || key.length === 0 || key.length > 10) return false;
  const n = +key;
  return n >>> 0 === n && n !== 4294967295 && `${n}` === key;
}

// Arrays and typed arrays shorter than this have their keys listed directly: below it,
// asking for their shape costs more than listing.
const kShapeCheckLength = 64;

// The enumerable own string keys of an array or typed array that are not indices, plus
// (strict mode) its enumerable own symbols. Object.keys lists indices first, in
// ascending order, so the non-index keys are a suffix found by binary search.
function nonIndexKeys(value, mode) {
  const isArray = ArrayIsArray(value);
  // DataViews have no indices: their keys are listed directly.
  const length = isArray ? value.length :
    types.isTypedArray(value) ? TypedArrayPrototypeGetLength(value) : 0;
  if (length > kShapeCheckLength && hasOnlyIndexProperties(value)) {
    return mode === kLoose ? [] : appendEnumerableSymbols(value, []);
  }
  const keys = ObjectKeys(value);
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isIndexKey(keys[mid])) lo = mid + 1;
    else hi = mid;
  }
  const result = [];
  for (let i = lo; i < keys.length; i++) result[result.length] = keys[i];
  if (mode !== kLoose) appendEnumerableSymbols(value, result);
  return result;
}

function appendEnumerableSymbols(value, list) {
  const symbols = ObjectGetOwnPropertySymbols(value);
  for (let i = 0; i < symbols.length; i++) {
    if (ObjectPrototypePropertyIsEnumerable(value, symbols[i])) list[list.length] = symbols[i];
  }
  return list;
}

// A Uint8Array over the bytes of an ArrayBufferView.
function viewBytes(view, type) {
  if (isKnownType(type, kDataViewType)) {
    return new Uint8Array(DataViewPrototypeGetBuffer(view),
                          DataViewPrototypeGetByteOffset(view),
                          DataViewPrototypeGetByteLength(view));
  }
  return new Uint8Array(TypedArrayPrototypeGetBuffer(view),
                         TypedArrayPrototypeGetByteOffset(view),
                         TypedArrayPrototypeGetByteLength(view));
}

// Two Uint8Arrays hold the same bytes. Long runs whose starts are both 4-byte aligned
// are compared a 32-bit word at a time, which takes a quarter of the steps.
function sameBytes(a, b) {
  const length = a.length;
  if (length !== b.length) return false;
  let i = 0;
  const offsetA = TypedArrayPrototypeGetByteOffset(a);
  const offsetB = TypedArrayPrototypeGetByteOffset(b);
  if (length >= 256 && offsetA % 4 === 0 && offsetB % 4 === 0) {
    const words = length >>> 2;
    const wordsA = new Int32Array(TypedArrayPrototypeGetBuffer(a), offsetA, words);
    const wordsB = new Int32Array(TypedArrayPrototypeGetBuffer(b), offsetB, words);
    for (let w = 0; w < words; w++) {
      if (wordsA[w] !== wordsB[w]) return false;
    }
    i = words * 4;
  }
  for (; i < length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function isFloatArrayTag(tag) {
  return tag === 'Float32Array' || tag === 'Float64Array' || tag === 'Float16Array';
}

// Loose float arrays: element-wise `===` (so 0 equals -0 and NaN never equals NaN).
function sameFloatElements(a, b) {
  const length = TypedArrayPrototypeGetLength(a);
  if (TypedArrayPrototypeGetByteLength(a) !== TypedArrayPrototypeGetByteLength(b)) {
    return false;
  }
  for (let i = 0; i < length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function sameArrayBufferViews(a, b, typeA, typeB, mode) {
  const tagA = isKnownType(typeA, kDataViewType) ? undefined :
    TypedArrayPrototypeGetSymbolToStringTag(a);
  const tagB = isKnownType(typeB, kDataViewType) ? undefined :
    TypedArrayPrototypeGetSymbolToStringTag(b);
  if (tagA !== tagB) return false;
  if (mode === kLoose && isFloatArrayTag(tagA)) return sameFloatElements(a, b);
  const bytesA = viewBytes(a, typeA);
  const bytesB = viewBytes(b, typeB);
  if (mode === kPartial && bytesA.length !== bytesB.length) {
    // The expected elements must appear in the actual view, in order.
    return tagA === undefined ? isSubsequence(bytesA, bytesB) : isSubsequence(a, b);
  }
  return sameBytes(bytesA, bytesB);
}

function sameArrayBuffers(a, b, mode) {
  const length = bufferByteLength(a);
  if (length !== bufferByteLength(b)) {
    return mode === kPartial && isSubsequence(new Uint8Array(a), new Uint8Array(b));
  }
  return sameBytes(new Uint8Array(a), new Uint8Array(b));
}

// Whether the elements of `b` appear in `a` in the same order (Object.is).
function isSubsequence(a, b) {
  const lengthA = a.length;
  const lengthB = b.length;
  if (lengthA < lengthB) return false;
  let i = 0;
  for (let j = 0; j < lengthB; j++) {
    const value = b[j];
    while (i < lengthA && !ObjectIs(a[i], value)) i++;
    if (i === lengthA) return false;
    i++;
  }
  return true;
}

function sameBoxedValues(a, b, kind, typeB) {
  if (boxedKind(b, typeB) !== kind) return false;
  switch (kind) {
    case kBoxedNumber:
      return ObjectIs(NumberPrototypeValueOf(a), NumberPrototypeValueOf(b));
    case kBoxedString:
      return StringPrototypeValueOf(a) === StringPrototypeValueOf(b);
    case kBoxedBoolean:
      return BooleanPrototypeValueOf(a) === BooleanPrototypeValueOf(b);
    case kBoxedBigInt:
      return BigIntPrototypeValueOf(a) === BigIntPrototypeValueOf(b);
    default:
      return SymbolPrototypeValueOf(a) === SymbolPrototypeValueOf(b);
  }
}

// Error properties that are compared even when they are not enumerable. When `b` has
// the property as an enumerable own one, the key walk compares it instead.
function sameErrorProperty(a, b, key, mode, memos) {
  if (ObjectPrototypePropertyIsEnumerable(b, key)) return true;
  const expected = b[key];
  // Partial mode only compares what the expected error specifies.
  if (mode === kPartial && (expected === undefined || (key === 'message' && expected === ''))) {
    return true;
  }
  return innerEqual(a[key], expected, mode, memos);
}

function sameErrors(a, b, typeB, mode, memos) {
  if (!isErrorLike(b, typeB)) return false;
  if (!sameErrorProperty(a, b, 'message', mode, memos) ||
      !sameErrorProperty(a, b, 'name', mode, memos)) {
    return false;
  }
  // An error created with { cause: undefined } differs from one without a cause (in
  // partial mode, only a cause the expected error has is required).
  const causeB = ObjectHasOwn(b, 'cause');
  if (ObjectHasOwn(a, 'cause') !== causeB && (mode !== kPartial || causeB)) return false;
  return sameErrorProperty(a, b, 'cause', mode, memos) &&
    sameErrorProperty(a, b, 'errors', mode, memos);
}

// The comparison of two values.
function innerEqual(a, b, mode, memos) {
  if (a === b) return a !== 0 || mode === kLoose || ObjectIs(a, b);
  if (mode !== kLoose) {
    if (typeof a !== 'object') {
      // NaN is the only value unequal to itself.
      return typeof a === 'number' && a !== a && b !== b;
    }
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (mode === kStrict && ObjectGetPrototypeOf(a) !== ObjectGetPrototypeOf(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        // eslint-disable-next-line eqeqeq
        return a == b || (a !== a && b !== b);
      }
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }
  return compareObjects(a, b, mode, memos);
}

// Collections match in size; in partial mode the actual one may be larger.
function sizesFit(sizeA, sizeB, mode) {
  return sizeA === sizeB || (mode === kPartial && sizeA > sizeB);
}

function compareObjects(a, b, mode, memos) {
  const tag = ObjectPrototypeToString(a);
  if (tag !== ObjectPrototypeToString(b)) return false;

  if (ArrayIsArray(a)) {
    if (!ArrayIsArray(b)) return false;
    if (mode === kPartial) {
      if (a.length < b.length) return false;
      return compareKeyed(a, b, mode, memos, kArray, nonIndexKeys(b, mode));
    }
    if (a.length !== b.length) return false;
    const keysA = nonIndexKeys(a, mode);
    if (keysA.length !== nonIndexKeys(b, mode).length) return false;
    return compareKeyed(a, b, mode, memos, kArray, keysA);
  }
  if (tag === '[object Object]') {
    return compareKeyed(a, b, mode, memos, kPlain, undefined);
  }

  const typeA = getObjectType(a);
  const typeB = getObjectType(b);
  if (isKnownType(typeA, kDateType)) {
    if (!isKnownType(typeB, kDateType) ||
        DatePrototypeGetTime(a) !== DatePrototypeGetTime(b)) {
      return false;
    }
  } else if (isKnownType(typeA, kRegExpType)) {
    if (!isKnownType(typeB, kRegExpType) || a.source !== b.source || a.flags !== b.flags ||
        a.lastIndex !== b.lastIndex) {
      return false;
    }
  } else if (isErrorLike(a, typeA)) {
    if (!sameErrors(a, b, typeB, mode, memos)) return false;
  } else if (ArrayBufferIsView(a)) {
    if (!ArrayBufferIsView(b) || !sameArrayBufferViews(a, b, typeA, typeB, mode)) {
      return false;
    }
    if (mode === kPartial) {
      return compareKeyed(a, b, mode, memos, kPlain, nonIndexKeys(b, mode));
    }
    const keysA = nonIndexKeys(a, mode);
    if (keysA.length !== nonIndexKeys(b, mode).length) return false;
    return compareKeyed(a, b, mode, memos, kPlain, keysA);
  } else if (isKnownType(typeA, kSetType)) {
    if (!isKnownType(typeB, kSetType) || !sizesFit(a.size, b.size, mode)) return false;
    return compareKeyed(a, b, mode, memos, kSet, undefined);
  } else if (isKnownType(typeA, kMapType)) {
    if (!isKnownType(typeB, kMapType) || !sizesFit(a.size, b.size, mode)) return false;
    return compareKeyed(a, b, mode, memos, kMap, undefined);
  } else if (isAnyArrayBuffer(typeA)) {
    if (!isAnyArrayBuffer(typeB) || !sameArrayBuffers(a, b, mode)) return false;
  } else {
    const kind = boxedKind(a, typeA);
    if (kind !== kNotBoxed) {
      if (!sameBoxedValues(a, b, kind, typeB)) return false;
    } else if (ArrayIsArray(b) || ArrayBufferIsView(b) || isKnownType(typeB, kSetType) ||
               isKnownType(typeB, kMapType) || isKnownType(typeB, kDateType) ||
               isKnownType(typeB, kRegExpType) || isAnyArrayBuffer(typeB) ||
               boxedKind(b, typeB) !== kNotBoxed || isErrorLike(b, typeB)) {
      return false;
    }
  }
  return compareKeyed(a, b, mode, memos, kPlain, undefined);
}

function countEnumerable(value, keys) {
  let count = 0;
  for (let i = 0; i < keys.length; i++) {
    if (ObjectPrototypePropertyIsEnumerable(value, keys[i])) count++;
  }
  return count;
}

// Strict mode: a's enumerable own symbols must be enumerable on b (they are appended to
// `keys`), and b may not have others. As in node, b's enumerable symbols are only
// counted when the two objects have different numbers of own symbols.
function appendMatchingSymbols(a, b, keys) {
  const symbolsA = ObjectGetOwnPropertySymbols(a);
  const symbolsB = ObjectGetOwnPropertySymbols(b);
  if (symbolsA.length === 0) return countEnumerable(b, symbolsB) === 0;
  let count = 0;
  for (let i = 0; i < symbolsA.length; i++) {
    const symbol = symbolsA[i];
    const enumerableInB = ObjectPrototypePropertyIsEnumerable(b, symbol);
    if (ObjectPrototypePropertyIsEnumerable(a, symbol)) {
      if (!enumerableInB) return false;
      keys[keys.length] = symbol;
      count++;
    } else if (enumerableInB) {
      return false;
    }
  }
  return symbolsA.length === symbolsB.length || countEnumerable(b, symbolsB) === count;
}

// Compares the own enumerable properties of a and b (and the elements of arrays, the
// members of sets, the entries of maps). `keys`, when given, lists the keys that are left
// to compare (arrays and typed arrays: the non-index ones, already counted). They are
// a's keys, or in partial mode b's, since only what the expected value has is compared.
function compareKeyed(a, b, mode, memos, kind, keys) {
  if (mode === kPartial) return comparePartialKeyed(a, b, memos, kind, keys);
  if (keys === undefined) {
    keys = ObjectKeys(a);
    if (keys.length !== ObjectKeys(b).length) return false;
    if (mode === kStrict && !appendMatchingSymbols(a, b, keys)) return false;
  }
  for (let i = 0; i < keys.length; i++) {
    if (!ObjectPrototypePropertyIsEnumerable(b, keys[i])) return false;
  }

  if (keys.length === 0 && (kind === kPlain || (kind === kArray && a.length === 0) ||
                            (kind !== kArray && a.size === 0))) {
    return true;
  }

  return enterPair(a, b, mode, memos, kind, keys);
}

function comparePartialKeyed(a, b, memos, kind, keys) {
  if (keys === undefined) keys = appendEnumerableSymbols(b, ObjectKeys(b));
  for (let i = 0; i < keys.length; i++) {
    if (!ObjectPrototypePropertyIsEnumerable(a, keys[i])) return false;
  }
  if (keys.length === 0 && (kind === kPlain || (kind === kArray && b.length === 0) ||
                            (kind !== kArray && b.size === 0))) {
    return true;
  }
  return enterPair(a, b, kPartial, memos, kind, keys);
}

// Cycle detection. The objects on the current comparison path are remembered (both
// sides in one collection); a pair whose two members are both already on the path is
// taken as equal, which ends the recursion through a cycle. The first two levels keep
// the pairs in fields and only deeper levels switch to a set; the fields' objects then
// stay in the set for the rest of the comparison (node behaves the same way).
function enterPair(a, b, mode, memos, kind, keys) {
  if (memos === undefined) {
    memos = {
      rootA: a, rootB: b, childA: undefined, childB: undefined, inChild: false,
      path: undefined,
    };
    return compareContents(a, b, mode, memos, kind, keys);
  }
  if (memos.path === undefined) {
    if (!memos.inChild) {
      if (memos.rootA === a && memos.rootB === b) return true;
      memos.childA = a;
      memos.childB = b;
      memos.inChild = true;
      const result = compareContents(a, b, mode, memos, kind, keys);
      memos.inChild = false;
      return result;
    }
    memos.path = new SafeSet();
    memos.path.add(memos.rootA);
    memos.path.add(memos.rootB);
    memos.path.add(memos.childA);
    memos.path.add(memos.childB);
  }
  const path = memos.path;
  const size = path.size;
  path.add(a);
  path.add(b);
  if (path.size === size) return true;
  const result = compareContents(a, b, mode, memos, kind, keys);
  path.delete(a);
  path.delete(b);
  return result;
}

function compareContents(a, b, mode, memos, kind, keys) {
  if (kind === kArray) {
    if (mode === kPartial ? !comparePartialArrayElements(a, b, memos) :
      !compareArrayElements(a, b, mode, memos)) {
      return false;
    }
  } else if (kind === kSet) {
    if (mode === kPartial ? !comparePartialSets(a, b, memos) :
      !compareSets(a, b, mode, memos)) {
      return false;
    }
  } else if (kind === kMap) {
    if (mode === kPartial ? !comparePartialMaps(a, b, memos) :
      !compareMaps(a, b, mode, memos)) {
      return false;
    }
  }
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!innerEqual(a[key], b[key], mode, memos)) return false;
  }
  return true;
}

// Elements of two arrays of equal length; holes only match holes. Values are read first
// and ownership is only checked for undefined ones: on JavaScriptCore, hasOwnProperty
// with an index costs about half a microsecond on large arrays, while `in` is cheap. An
// index that is not `in` the array is a hole; one that is may still come from the
// prototype chain, which hasOwnProperty decides. Proxies are always asked through
// hasOwnProperty, so that only the traps node's comparison runs are run.
function compareArrayElements(a, b, mode, memos) {
  const length = a.length;
  let useIn;
  for (let i = 0; i < length; i++) {
    const valueA = a[i];
    const valueB = b[i];
    if (valueA === undefined || valueB === undefined) {
      useIn ??= !types.isProxy(a) && !types.isProxy(b);
      const ownA = valueA === undefined ? isOwnIndex(a, i, useIn) : true;
      const ownB = valueB === undefined ? isOwnIndex(b, i, useIn) : true;
      if (ownA !== ownB) return false;
      if (!ownA) continue;
    }
    if (!innerEqual(valueA, valueB, mode, memos)) return false;
  }
  return true;
}

function isOwnIndex(array, index, useIn) {
  if (useIn && !(index in array)) return false;
  return ObjectHasOwn(array, index);
}

function isHole(array, index, value) {
  return value === undefined && !ObjectHasOwn(array, index);
}

// Partial mode: b's elements must appear in a in the same order; holes are ignored.
function comparePartialArrayElements(a, b, memos) {
  const lengthA = a.length;
  const lengthB = b.length;
  let i = 0;
  for (let j = 0; j < lengthB; j++) {
    const expected = b[j];
    if (isHole(b, j, expected)) continue;
    for (;;) {
      if (i >= lengthA) return false;
      const actual = a[i];
      i++;
      if (!isHole(a, i - 1, actual) && innerEqual(actual, expected, kPartial, memos)) break;
    }
  }
  return true;
}

// Partial mode: each member of b must match its own member of a.
function comparePartialSets(a, b, memos) {
  let candidates = null;
  for (const expected of b) {
    if (!isObjectLike(expected)) {
      if (!a.has(expected)) return false;
      continue;
    }
    if (candidates === null) {
      candidates = new SafeSet();
      for (const actual of a) {
        if (isObjectLike(actual)) candidates.add(actual);
      }
    }
    if (candidates.has(expected)) {
      candidates.delete(expected);
      continue;
    }
    let found = false;
    for (const actual of candidates) {
      if (innerEqual(actual, expected, kPartial, memos)) {
        candidates.delete(actual);
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

// Partial mode: each entry of b must match its own entry of a.
function comparePartialMaps(a, b, memos) {
  let candidates = null;
  for (const { 0: key, 1: expected } of b) {
    if (!isObjectLike(key)) {
      const actual = a.get(key);
      if ((actual === undefined && !a.has(key)) ||
          !innerEqual(actual, expected, kPartial, memos)) {
        return false;
      }
      continue;
    }
    if (candidates === null) {
      candidates = new SafeSet();
      for (const { 0: actualKey } of a) {
        if (isObjectLike(actualKey)) candidates.add(actualKey);
      }
    }
    let found = false;
    for (const actualKey of candidates) {
      if (innerEqual(actualKey, key, kPartial, memos) &&
          innerEqual(a.get(actualKey), expected, kPartial, memos)) {
        candidates.delete(actualKey);
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

function isObjectLike(value) {
  return typeof value === 'object' && value !== null;
}

// For loose mode: a primitive missing from the other collection may still equal one of
// its members by `==`. Returns true or false when the answer is known from the value
// alone, or the single other primitive it could loosely equal (null <-> undefined).
function looseCounterpart(value) {
  switch (typeof value) {
    case 'undefined':
      return null;
    case 'object':  // null
      return undefined;
    case 'symbol':
      return false;
    case 'string': {
      const n = +value;
      return n === n;
    }
    case 'number':
      return value === value;
    default:
      return true;
  }
}

function setMayHaveLooseMatch(a, b, value) {
  const other = looseCounterpart(value);
  if (other === true || other === false) return other;
  return b.has(other) && !a.has(other);
}

function mapMayHaveLooseMatch(a, b, key, item, memos) {
  const other = looseCounterpart(key);
  if (other === true || other === false) return other;
  const candidate = b.get(other);
  if ((candidate === undefined && !b.has(other)) || a.has(other)) return false;
  return innerEqual(item, candidate, kLoose, memos);
}

// Removes from `pending` the first member deep-equal to `value`; false when none is.
function takeEqualMember(pending, value, mode, memos) {
  for (const candidate of pending) {
    if (innerEqual(value, candidate, mode, memos)) {
      pending.delete(candidate);
      return true;
    }
  }
  return false;
}

function compareSets(a, b, mode, memos) {
  // Members of `a` that need a deep (or loose) match among the members of `b`.
  let pending = null;
  for (const value of a) {
    if (isObjectLike(value)) {
      pending ??= new SafeSet();
      pending.add(value);
    } else if (!b.has(value)) {
      if (mode === kStrict || !setMayHaveLooseMatch(a, b, value)) return false;
      pending ??= new SafeSet();
      pending.add(value);
    }
  }
  if (pending === null) return true;
  for (const value of b) {
    if (isObjectLike(value)) {
      if (!takeEqualMember(pending, value, mode, memos)) return false;
    } else if (mode === kLoose && !a.has(value) &&
               !takeEqualMember(pending, value, mode, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}

// Removes from `pending` (keys of map `a`) the first key deep-equal to `key` whose value
// is deep-equal to `item`; false when there is none.
function takeEqualEntry(pending, a, key, item, mode, memos) {
  for (const candidate of pending) {
    if (innerEqual(key, candidate, mode, memos) &&
        innerEqual(item, a.get(candidate), mode, memos)) {
      pending.delete(candidate);
      return true;
    }
  }
  return false;
}

function compareMaps(a, b, mode, memos) {
  let pending = null;
  for (const { 0: key, 1: item } of a) {
    if (isObjectLike(key)) {
      pending ??= new SafeSet();
      pending.add(key);
      continue;
    }
    const other = b.get(key);
    if ((other === undefined && !b.has(key)) || !innerEqual(item, other, mode, memos)) {
      if (mode === kStrict || !mapMayHaveLooseMatch(a, b, key, item, memos)) return false;
      pending ??= new SafeSet();
      pending.add(key);
    }
  }
  if (pending === null) return true;
  for (const { 0: key, 1: item } of b) {
    if (isObjectLike(key)) {
      if (!takeEqualEntry(pending, a, key, item, mode, memos)) return false;
    } else if (mode === kLoose &&
               (!a.has(key) || !innerEqual(a.get(key), item, kLoose, memos)) &&
               !takeEqualEntry(pending, a, key, item, kLoose, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}

// isDeepEqual(a, b) -> boolean: assert.deepEqual's comparison.
function isDeepEqual(a, b) {
  return innerEqual(a, b, kLoose, undefined);
}

// isDeepStrictEqual(a, b) -> boolean: assert.deepStrictEqual's and
// util.isDeepStrictEqual's comparison.
function isDeepStrictEqual(a, b) {
  return innerEqual(a, b, kStrict, undefined);
}

// isPartialStrictEqual(actual, expected) -> boolean: assert.partialDeepStrictEqual's
// comparison (expected describes a part of actual).
function isPartialStrictEqual(actual, expected) {
  return innerEqual(actual, expected, kPartial, undefined);
}

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
  isPartialStrictEqual,
};

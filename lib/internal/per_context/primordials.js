'use strict';

// Captures the JavaScript built-ins the library relies on before user code can patch
// them, under node's primordials naming scheme:
//   ArrayIsArray                 a static function
//   ArrayPrototypePush(arr, x)   a prototype method taking its receiver first
//   TypedArrayPrototypeGetLength a prototype getter, receiver first
//   SymbolIterator               a well-known symbol
// Receiver-first wrappers use Reflect.apply with a rest parameter: on JavaScriptCore this
// is several times faster than node's Function.prototype.call.bind(fn) idiom (measured:
// 71 ms vs 244 ms for 5M pushes). Hot paths may still call methods directly.

const ReflectApply = Reflect.apply;
const ObjectFreeze = Object.freeze;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectDefineProperty = Object.defineProperty;
const ReflectOwnKeys = Reflect.ownKeys;

function uncurryThis(fn) {
  return (self, ...args) => ReflectApply(fn, self, args);
}

function applyBind(fn) {
  return (self, args) => ReflectApply(fn, self, args);
}

function pascalKey(key) {
  if (typeof key === 'symbol') {
    const desc = key.description;
    const name = desc.startsWith('Symbol.') ? desc.slice(7) : desc;
    return 'Symbol' + name[0].toUpperCase() + name.slice(1);
  }
  return key[0].toUpperCase() + key.slice(1);
}

// Static methods that use their receiver (Promise.resolve, Uint8Array.from) are bound
// to their constructor; the rest are copied as they are.
const bindStatics = new Set(['Promise', 'Uint8Array', 'Int8Array', 'Uint16Array',
  'Int16Array', 'Uint32Array', 'Int32Array', 'Float32Array', 'Float64Array',
  'BigInt64Array', 'BigUint64Array', 'Uint8ClampedArray', 'TypedArray', 'Array']);

function copyStatics(src, prefix) {
  const bind = bindStatics.has(prefix);
  for (const key of ReflectOwnKeys(src)) {
    if (key === 'prototype' || key === 'length' || key === 'name' || key === 'caller' ||
        key === 'arguments') continue;
    const desc = ObjectGetOwnPropertyDescriptor(src, key);
    const name = `${prefix}${pascalKey(key)}`;
    if ('value' in desc) {
      if (!(name in primordials)) {
        primordials[name] = bind && typeof desc.value === 'function' ?
          desc.value.bind(src) : desc.value;
      }
    } else if (desc.get) {
      primordials[`${prefix}Get${pascalKey(key)}`] = desc.get;
    }
  }
}

function copyPrototype(src, prefix) {
  for (const key of ReflectOwnKeys(src)) {
    if (key === 'constructor' || key === 'caller' || key === 'arguments' ||
        key === 'callee') continue;
    const desc = ObjectGetOwnPropertyDescriptor(src, key);
    const name = `${prefix}${pascalKey(key)}`;
    if ('value' in desc) {
      if (typeof desc.value === 'function') {
        primordials[name] = uncurryThis(desc.value);
        primordials[`${name}Apply`] = applyBind(desc.value);
      } else {
        primordials[name] = desc.value;
      }
    } else {
      if (desc.get) primordials[`${prefix}Get${pascalKey(key)}`] = uncurryThis(desc.get);
      if (desc.set) primordials[`${prefix}Set${pascalKey(key)}`] = uncurryThis(desc.set);
    }
  }
}

primordials.uncurryThis = uncurryThis;
primordials.applyBind = applyBind;

// Global functions and namespace objects.
for (const name of ['decodeURI', 'decodeURIComponent', 'encodeURI', 'encodeURIComponent',
  'escape', 'unescape', 'isNaN', 'isFinite', 'parseFloat', 'parseInt']) {
  primordials[name] = globalThis[name];
}
for (const name of ['JSON', 'Math', 'Reflect', 'Atomics', 'Intl']) {
  if (globalThis[name] === undefined) continue;
  primordials[name] = globalThis[name];
  copyStatics(globalThis[name], name);
}

const constructors = [
  'AggregateError', 'Array', 'ArrayBuffer', 'BigInt', 'BigInt64Array', 'BigUint64Array',
  'Boolean', 'DataView', 'Date', 'Error', 'EvalError', 'FinalizationRegistry',
  'Float32Array', 'Float64Array', 'Function', 'Int16Array', 'Int32Array', 'Int8Array',
  'Map', 'Number', 'Object', 'RangeError', 'ReferenceError', 'RegExp', 'Set', 'String',
  'Symbol', 'SyntaxError', 'TypeError', 'URIError', 'Uint16Array', 'Uint32Array',
  'Uint8Array', 'Uint8ClampedArray', 'WeakMap', 'WeakRef', 'WeakSet', 'Promise',
  'SharedArrayBuffer',
];
const errorConstructorNames = new Set(['Error', 'TypeError', 'RangeError', 'ReferenceError',
  'SyntaxError', 'EvalError', 'URIError', 'AggregateError']);
for (const name of constructors) {
  const ctor = globalThis[name];
  if (ctor === undefined) continue;
  if (!errorConstructorNames.has(name)) {
    primordials[name] = ctor;
    copyStatics(ctor, name);
  }
  copyPrototype(ctor.prototype, `${name}Prototype`);
}
primordials.Proxy = Proxy;

// The abstract %TypedArray% and the iterator prototypes.
{
  const TypedArray = Object.getPrototypeOf(Uint8Array);
  primordials.TypedArray = TypedArray;
  copyStatics(TypedArray, 'TypedArray');
  copyPrototype(TypedArray.prototype, 'TypedArrayPrototype');
  const ArrayIteratorPrototype = Object.getPrototypeOf([][Symbol.iterator]());
  primordials.ArrayIteratorPrototype = ArrayIteratorPrototype;
  copyPrototype(ArrayIteratorPrototype, 'ArrayIteratorPrototype');
  const StringIteratorPrototype = Object.getPrototypeOf(''[Symbol.iterator]());
  primordials.StringIteratorPrototype = StringIteratorPrototype;
  copyPrototype(StringIteratorPrototype, 'StringIteratorPrototype');
  const IteratorPrototype = Object.getPrototypeOf(ArrayIteratorPrototype);
  primordials.IteratorPrototype = IteratorPrototype;
  const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(
    (async function* () {}).prototype));
  primordials.AsyncIteratorPrototype = AsyncIteratorPrototype;
  primordials.AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
  primordials.GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
  primordials.AsyncGeneratorFunction =
    Object.getPrototypeOf(async function* () {}).constructor;
}

const {
  FunctionPrototypeCall,
  ObjectSetPrototypeOf,
  PromisePrototypeThen,
} = primordials;

// Safe collections: subclasses whose prototype holds its own copies of the built-in
// methods (on a null-prototype chain), so patching Map.prototype.get or
// %MapIteratorPrototype%.next in user code does not reach the library's collections.
// Iterator-returning methods hand out iterators whose `next` was captured here.
function makeIteratorClass(createIterator, next) {
  function SafeIterator(iterable) {
    this.inner = createIterator(iterable);
  }
  SafeIterator.prototype = {
    __proto__: null,
    next() { return next(this.inner); },
    [Symbol.iterator]() { return this; },
  };
  ObjectFreeze(SafeIterator.prototype);
  return SafeIterator;
}

function makeSafe(unsafe, safe) {
  const source = unsafe.prototype;
  const target = safe.prototype;
  const iterable = Symbol.iterator in source;
  const sample = iterable ? new unsafe() : undefined;
  for (const key of ReflectOwnKeys(source)) {
    if (ObjectGetOwnPropertyDescriptor(target, key) !== undefined) continue;
    const desc = ObjectGetOwnPropertyDescriptor(source, key);
    if (iterable && typeof desc.value === 'function' && desc.value.length === 0 &&
        key !== 'constructor') {
      let produced;
      try {
        produced = FunctionPrototypeCall(desc.value, sample);
      } catch {
        produced = undefined;
      }
      if (produced !== null && typeof produced === 'object' &&
          typeof produced.next === 'function' && Symbol.iterator in produced) {
        const SafeIterator = makeIteratorClass(uncurryThis(desc.value),
                                               uncurryThis(produced.next));
        desc.value = function() { return new SafeIterator(this); };
      }
    }
    ObjectDefineProperty(target, key, desc);
  }
  for (const key of ReflectOwnKeys(unsafe)) {
    if (key !== 'prototype' && ObjectGetOwnPropertyDescriptor(safe, key) === undefined) {
      ObjectDefineProperty(safe, key, ObjectGetOwnPropertyDescriptor(unsafe, key));
    }
  }
  ObjectSetPrototypeOf(target, null);
  ObjectFreeze(target);
  ObjectFreeze(safe);
  return safe;
}
primordials.makeSafe = makeSafe;

primordials.SafeArrayIterator = makeIteratorClass(
  primordials.ArrayPrototypeSymbolIterator, primordials.ArrayIteratorPrototypeNext);
primordials.SafeStringIterator = makeIteratorClass(
  primordials.StringPrototypeSymbolIterator, primordials.StringIteratorPrototypeNext);

primordials.SafeMap = makeSafe(Map, class SafeMap extends Map {});
primordials.SafeWeakMap = makeSafe(WeakMap, class SafeWeakMap extends WeakMap {});
primordials.SafeSet = makeSafe(Set, class SafeSet extends Set {});
primordials.SafeWeakSet = makeSafe(WeakSet, class SafeWeakSet extends WeakSet {});
primordials.SafeWeakRef = makeSafe(WeakRef, class SafeWeakRef extends WeakRef {});
primordials.SafeFinalizationRegistry = makeSafe(FinalizationRegistry,
  class SafeFinalizationRegistry extends FinalizationRegistry {});

// A Promise subclass whose then/catch/finally cannot be patched by user code.
const SafePromise = makeSafe(Promise, class SafePromise extends Promise {});
primordials.SafePromise = SafePromise;

primordials.SafePromisePrototypeFinally = (thisPromise, onFinally) =>
  new Promise((resolve, reject) =>
    new SafePromise((a, b) => PromisePrototypeThen(thisPromise, a, b))
      .finally(onFinally)
      .then(resolve, reject),
  );

primordials.SafePromiseAll = (promises, mapFn) =>
  new Promise((resolve, reject) => {
    const results = [];
    let remaining = promises.length;
    if (remaining === 0) resolve(results);
    for (let i = 0; i < promises.length; i++) {
      const p = mapFn ? mapFn(promises[i], i) : promises[i];
      PromisePrototypeThen(primordials.PromiseResolve(p), (value) => {
        results[i] = value;
        if (--remaining === 0) resolve(results);
      }, reject);
    }
  });

primordials.SafePromiseAllReturnVoid = (promises, mapFn) =>
  new Promise((resolve, reject) => {
    let remaining = promises.length;
    if (remaining === 0) resolve();
    for (let i = 0; i < promises.length; i++) {
      const p = mapFn ? mapFn(promises[i], i) : promises[i];
      PromisePrototypeThen(primordials.PromiseResolve(p), () => {
        if (--remaining === 0) resolve();
      }, reject);
    }
  });

primordials.SafePromiseAllSettled = (promises, mapFn) =>
  primordials.PromiseAllSettled(mapFn ? promises.map(mapFn) : promises);

primordials.SafePromiseRace = (promises, mapFn) =>
  new Promise((resolve, reject) => {
    for (let i = 0; i < promises.length; i++) {
      const p = mapFn ? mapFn(promises[i], i) : promises[i];
      PromisePrototypeThen(primordials.PromiseResolve(p), resolve, reject);
    }
  });

primordials.SafePromiseAny = (promises, mapFn) =>
  primordials.PromiseAny(mapFn ? promises.map(mapFn) : promises);

// Pins a RegExp's matching methods as own properties, so that patched
// RegExp.prototype methods cannot change what library code matches.
primordials.hardenRegExp = function hardenRegExp(pattern) {
  ObjectDefineProperty(pattern, Symbol.match, { value: RegExp.prototype[Symbol.match] });
  ObjectDefineProperty(pattern, Symbol.matchAll, { value: RegExp.prototype[Symbol.matchAll] });
  ObjectDefineProperty(pattern, Symbol.replace, { value: RegExp.prototype[Symbol.replace] });
  ObjectDefineProperty(pattern, Symbol.search, { value: RegExp.prototype[Symbol.search] });
  ObjectDefineProperty(pattern, Symbol.split, { value: RegExp.prototype[Symbol.split] });
  ObjectDefineProperty(pattern, 'exec', { value: RegExp.prototype.exec });
  return pattern;
};

primordials.SymbolDispose ??= Symbol.dispose ?? Symbol('Symbol.dispose');
primordials.SymbolAsyncDispose ??= Symbol.asyncDispose ?? Symbol('Symbol.asyncDispose');

// The Error constructors: the bootstrap replaces the globals with wrappers that produce
// V8-format stacks (internal/errors/stack). The library must construct errors through
// the wrappers, so these entries are getters over a table the bootstrap fills once.
{
  const errorNames = ['Error', 'TypeError', 'RangeError', 'ReferenceError', 'SyntaxError',
    'EvalError', 'URIError', 'AggregateError'];
  const current = { __proto__: null };
  for (const name of errorNames) {
    current[name] = globalThis[name];
    ObjectDefineProperty(primordials, name, {
      __proto__: null, get() { return current[name]; }, enumerable: true, configurable: false,
    });
  }
  let captureStackTrace = Error.captureStackTrace;
  ObjectDefineProperty(primordials, 'ErrorCaptureStackTrace', {
    __proto__: null, get() { return captureStackTrace; }, enumerable: true, configurable: false,
  });
  let replaced = false;
  primordials.replaceErrorConstructors = function replaceErrorConstructors(wrappers, capture) {
    if (replaced) return;
    replaced = true;
    for (const name of errorNames) current[name] = wrappers[name];
    captureStackTrace = capture;
  };
}

ObjectSetPrototypeOf(primordials, null);
ObjectFreeze(primordials);

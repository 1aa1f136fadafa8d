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

// Entries are created on first request: building all ~3,000 wrappers eagerly cost about
// 5 ms of start-up. A group (one constructor's statics, or one prototype's methods) is
// expanded when a name starting with its prefix is looked up; `primordials` handed to
// library modules is a proxy over this table that does the lookup.
const table = { __proto__: null };
const groups = [];  // { prefix, source, kind: 'static' | 'prototype', bind, done }

function addGroup(prefix, source, kind, bind = false) {
  groups.push({ prefix, source, kind, bind, done: false });
}

// Static methods that use their receiver (Promise.resolve, Uint8Array.from) are bound
// to their constructor; the rest are copied as they are.
const bindStatics = new Set(['Promise', 'Uint8Array', 'Int8Array', 'Uint16Array',
  'Int16Array', 'Uint32Array', 'Int32Array', 'Float32Array', 'Float64Array',
  'BigInt64Array', 'BigUint64Array', 'Uint8ClampedArray', 'TypedArray', 'Array']);

function expandStatics(group) {
  const { source: src, prefix, bind } = group;
  for (const key of ReflectOwnKeys(src)) {
    if (key === 'prototype' || key === 'length' || key === 'name' || key === 'caller' ||
        key === 'arguments') continue;
    const desc = ObjectGetOwnPropertyDescriptor(src, key);
    const name = `${prefix}${pascalKey(key)}`;
    if ('value' in desc) {
      if (!(name in table)) {
        table[name] = bind && typeof desc.value === 'function' ?
          desc.value.bind(src) : desc.value;
      }
    } else if (desc.get) {
      const getter = `${prefix}Get${pascalKey(key)}`;
      if (!(getter in table)) table[getter] = desc.get;
    }
  }
}

function expandPrototype(group) {
  const { source: src, prefix } = group;
  for (const key of ReflectOwnKeys(src)) {
    if (key === 'constructor' || key === 'caller' || key === 'arguments' ||
        key === 'callee') continue;
    const desc = ObjectGetOwnPropertyDescriptor(src, key);
    const name = `${prefix}${pascalKey(key)}`;
    if (name in table) continue;
    if ('value' in desc) {
      if (typeof desc.value === 'function') {
        table[name] = uncurryThis(desc.value);
        table[`${name}Apply`] = applyBind(desc.value);
      } else {
        table[name] = desc.value;
      }
    } else {
      if (desc.get) table[`${prefix}Get${pascalKey(key)}`] = uncurryThis(desc.get);
      if (desc.set) table[`${prefix}Set${pascalKey(key)}`] = uncurryThis(desc.set);
    }
  }
}

function expandFor(name) {
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i];
    if (!group.done && name.startsWith(group.prefix)) {
      group.done = true;
      if (group.kind === 'static') expandStatics(group);
      else expandPrototype(group);
    }
  }
}

function expandAll() {
  for (const group of groups) expandFor(group.prefix);
}

table.uncurryThis = uncurryThis;
table.applyBind = applyBind;

// Global functions and namespace objects.
for (const name of ['decodeURI', 'decodeURIComponent', 'encodeURI', 'encodeURIComponent',
  'escape', 'unescape', 'isNaN', 'isFinite', 'parseFloat', 'parseInt']) {
  table[name] = globalThis[name];
}
for (const name of ['JSON', 'Math', 'Reflect', 'Atomics', 'Intl']) {
  if (globalThis[name] === undefined) continue;
  table[name] = globalThis[name];
  addGroup(name, globalThis[name], 'static');
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
    table[name] = ctor;
    addGroup(name, ctor, 'static', bindStatics.has(name));
  }
  addGroup(`${name}Prototype`, ctor.prototype, 'prototype');
}
table.Proxy = Proxy;

// The abstract %TypedArray% and the iterator prototypes.
{
  const TypedArray = Object.getPrototypeOf(Uint8Array);
  table.TypedArray = TypedArray;
  addGroup('TypedArray', TypedArray, 'static', true);
  addGroup('TypedArrayPrototype', TypedArray.prototype, 'prototype');
  const ArrayIteratorPrototype = Object.getPrototypeOf([][Symbol.iterator]());
  table.ArrayIteratorPrototype = ArrayIteratorPrototype;
  addGroup('ArrayIteratorPrototype', ArrayIteratorPrototype, 'prototype');
  const StringIteratorPrototype = Object.getPrototypeOf(''[Symbol.iterator]());
  table.StringIteratorPrototype = StringIteratorPrototype;
  addGroup('StringIteratorPrototype', StringIteratorPrototype, 'prototype');
  const IteratorPrototype = Object.getPrototypeOf(ArrayIteratorPrototype);
  table.IteratorPrototype = IteratorPrototype;
  const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(
    (async function* () {}).prototype));
  table.AsyncIteratorPrototype = AsyncIteratorPrototype;
  table.AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
  table.GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
  table.AsyncGeneratorFunction =
    Object.getPrototypeOf(async function* () {}).constructor;
}

function lookup(name) {
  if (!(name in table)) expandFor(name);
  return table[name];
}
const FunctionPrototypeCall = lookup('FunctionPrototypeCall');
const ObjectSetPrototypeOf = lookup('ObjectSetPrototypeOf');
const PromisePrototypeThen = lookup('PromisePrototypeThen');

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
table.makeSafe = makeSafe;

table.SafeArrayIterator = makeIteratorClass(
  lookup('ArrayPrototypeSymbolIterator'), lookup('ArrayIteratorPrototypeNext'));
table.SafeStringIterator = makeIteratorClass(
  lookup('StringPrototypeSymbolIterator'), lookup('StringIteratorPrototypeNext'));

table.SafeMap = makeSafe(Map, class SafeMap extends Map {});
table.SafeWeakMap = makeSafe(WeakMap, class SafeWeakMap extends WeakMap {});
table.SafeSet = makeSafe(Set, class SafeSet extends Set {});
table.SafeWeakSet = makeSafe(WeakSet, class SafeWeakSet extends WeakSet {});
table.SafeWeakRef = makeSafe(WeakRef, class SafeWeakRef extends WeakRef {});
table.SafeFinalizationRegistry = makeSafe(FinalizationRegistry,
  class SafeFinalizationRegistry extends FinalizationRegistry {});

// A Promise subclass whose then/catch/finally cannot be patched by user code.
const SafePromise = makeSafe(Promise, class SafePromise extends Promise {});
table.SafePromise = SafePromise;

table.SafePromisePrototypeFinally = (thisPromise, onFinally) =>
  new Promise((resolve, reject) =>
    new SafePromise((a, b) => PromisePrototypeThen(thisPromise, a, b))
      .finally(onFinally)
      .then(resolve, reject),
  );

table.SafePromiseAll = (promises, mapFn) =>
  new Promise((resolve, reject) => {
    const results = [];
    let remaining = promises.length;
    if (remaining === 0) resolve(results);
    for (let i = 0; i < promises.length; i++) {
      const p = mapFn ? mapFn(promises[i], i) : promises[i];
      PromisePrototypeThen(lookup('PromiseResolve')(p), (value) => {
        results[i] = value;
        if (--remaining === 0) resolve(results);
      }, reject);
    }
  });

table.SafePromiseAllReturnVoid = (promises, mapFn) =>
  new Promise((resolve, reject) => {
    let remaining = promises.length;
    if (remaining === 0) resolve();
    for (let i = 0; i < promises.length; i++) {
      const p = mapFn ? mapFn(promises[i], i) : promises[i];
      PromisePrototypeThen(lookup('PromiseResolve')(p), () => {
        if (--remaining === 0) resolve();
      }, reject);
    }
  });

table.SafePromiseAllSettled = (promises, mapFn) =>
  lookup('PromiseAllSettled')(mapFn ? promises.map(mapFn) : promises);

table.SafePromiseRace = (promises, mapFn) =>
  new Promise((resolve, reject) => {
    for (let i = 0; i < promises.length; i++) {
      const p = mapFn ? mapFn(promises[i], i) : promises[i];
      PromisePrototypeThen(lookup('PromiseResolve')(p), resolve, reject);
    }
  });

table.SafePromiseAny = (promises, mapFn) =>
  lookup('PromiseAny')(mapFn ? promises.map(mapFn) : promises);

// Pins a RegExp's matching methods as own properties, so that patched
// RegExp.prototype methods cannot change what library code matches.
table.hardenRegExp = function hardenRegExp(pattern) {
  ObjectDefineProperty(pattern, Symbol.match, { value: RegExp.prototype[Symbol.match] });
  ObjectDefineProperty(pattern, Symbol.matchAll, { value: RegExp.prototype[Symbol.matchAll] });
  ObjectDefineProperty(pattern, Symbol.replace, { value: RegExp.prototype[Symbol.replace] });
  ObjectDefineProperty(pattern, Symbol.search, { value: RegExp.prototype[Symbol.search] });
  ObjectDefineProperty(pattern, Symbol.split, { value: RegExp.prototype[Symbol.split] });
  ObjectDefineProperty(pattern, 'exec', { value: RegExp.prototype.exec });
  return pattern;
};

table.SymbolDispose ??= Symbol.dispose ?? Symbol('Symbol.dispose');
table.SymbolAsyncDispose ??= Symbol.asyncDispose ?? Symbol('Symbol.asyncDispose');

// The Error constructors: the bootstrap replaces the globals with wrappers that produce
// V8-format stacks (internal/errors/stack). The library must construct errors through
// the wrappers, so these entries are getters over a table the bootstrap fills once.
{
  const errorNames = ['Error', 'TypeError', 'RangeError', 'ReferenceError', 'SyntaxError',
    'EvalError', 'URIError', 'AggregateError'];
  const current = { __proto__: null };
  for (const name of errorNames) {
    current[name] = globalThis[name];
    ObjectDefineProperty(table, name, {
      __proto__: null, get() { return current[name]; }, enumerable: true, configurable: false,
    });
  }
  let captureStackTrace = Error.captureStackTrace;
  ObjectDefineProperty(table, 'ErrorCaptureStackTrace', {
    __proto__: null, get() { return captureStackTrace; }, enumerable: true, configurable: false,
  });
  let replaced = false;
  table.replaceErrorConstructors = function replaceErrorConstructors(wrappers, capture) {
    if (replaced) return;
    replaced = true;
    for (const name of errorNames) current[name] = wrappers[name];
    captureStackTrace = capture;
  };
}

// What library modules receive: reads expand groups on demand; writes are refused.
module.exports = new Proxy(table, {
  __proto__: null,
  get(target, name) {
    if (typeof name === 'string' && !(name in target)) expandFor(name);
    return target[name];
  },
  has(target, name) {
    if (typeof name === 'string' && !(name in target)) expandFor(name);
    return name in target;
  },
  getOwnPropertyDescriptor(target, name) {
    if (typeof name === 'string' && !(name in target)) expandFor(name);
    return ObjectGetOwnPropertyDescriptor(target, name);
  },
  ownKeys(target) {
    expandAll();
    return ReflectOwnKeys(target);
  },
  set() { return false; },
  defineProperty() { return false; },
  deleteProperty() { return false; },
  setPrototypeOf() { return false; },
});

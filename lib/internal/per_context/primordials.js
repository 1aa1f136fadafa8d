'use strict';

// Captures the JavaScript built-ins the library relies on before user code can patch
// them, under node's primordials naming scheme:
//   ArrayIsArray                 a static function
//   ArrayPrototypePush(arr, x)   a prototype method taking its receiver first
//   ArrayPrototypePushApply(arr, args)
//   TypedArrayPrototypeGetLength a prototype getter, receiver first
//   SymbolIterator               a well-known symbol
//   SafeMap, SafeSet, ...        collections immune to prototype patching
//
// Start-up cost matters (building every wrapper eagerly cost ~5 ms), so:
//  - at start-up each group of built-ins (one constructor's statics, one prototype's
//    members) is only snapshotted with Object.getOwnPropertyDescriptors, one native call
//    per group, which preserves the originals even if user code patches them later;
//  - a wrapper is made from the snapshot the first time its name is looked up, through
//    the proxy this script exports (only module loading destructures primordials, so
//    the proxy is not on hot paths).
// Receiver-first wrappers use Reflect.apply with a rest parameter: on JavaScriptCore this
// is several times faster than the Function.prototype.call.bind(fn) idiom (measured:
// 71 ms vs 244 ms for 5M pushes). Hot paths may still call methods directly.

const ReflectApply = Reflect.apply;
const ReflectOwnKeys = Reflect.ownKeys;
const ObjectFreeze = Object.freeze;
const ObjectDefineProperty = Object.defineProperty;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectGetOwnPropertyDescriptors = Object.getOwnPropertyDescriptors;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const FunctionPrototypeBind = Function.prototype.bind;
const SymbolIterator = Symbol.iterator;
const MapCtor = Map;
const WeakMapCtor = WeakMap;
const SetCtor = Set;
const WeakSetCtor = WeakSet;
const WeakRefCtor = WeakRef;
const FinalizationRegistryCtor = FinalizationRegistry;
const PromiseCtor = Promise;
const StringPrototypeStartsWith = String.prototype.startsWith;
const StringPrototypeSlice = String.prototype.slice;
const StringPrototypeToUpperCase = String.prototype.toUpperCase;

function uncurryThis(fn) {
  return (self, ...args) => ReflectApply(fn, self, args);
}

function applyBind(fn) {
  return (self, args) => ReflectApply(fn, self, args);
}

function startsWith(text, prefix) {
  return ReflectApply(StringPrototypeStartsWith, text, [prefix]);
}

function upperFirst(text) {
  return ReflectApply(StringPrototypeToUpperCase, text[0], []) +
    ReflectApply(StringPrototypeSlice, text, [1]);
}

function pascalKey(key) {
  if (typeof key === 'symbol') {
    const desc = key.description;
    const name = startsWith(desc, 'Symbol.') ? ReflectApply(StringPrototypeSlice, desc, [7]) : desc;
    return `Symbol${upperFirst(name)}`;
  }
  return upperFirst(key);
}

const table = { __proto__: null };
// { prefix, source, descriptors, kind: 'static' | 'prototype', bind, done }
const groups = [];

// prefix -> the groups with that prefix, in creation order.
const groupsByPrefix = { __proto__: null };

function addGroup(prefix, source, kind, bind = false) {
  const group = {
    prefix, source, descriptors: ObjectGetOwnPropertyDescriptors(source), kind, bind,
    done: false,
  };
  groups[groups.length] = group;
  const same = groupsByPrefix[prefix];
  if (same === undefined) groupsByPrefix[prefix] = [group];
  else same[same.length] = group;
}

// Static methods that use their receiver (Promise.resolve, Uint8Array.from) are bound
// to their constructor; the rest are copied as they are.
const bindStatics = new SetCtor(['Promise', 'Uint8Array', 'Int8Array', 'Uint16Array',
  'Int16Array', 'Uint32Array', 'Int32Array', 'Float32Array', 'Float64Array',
  'BigInt64Array', 'BigUint64Array', 'Uint8ClampedArray', 'TypedArray', 'Array']);

const skippedStatics = new SetCtor(['prototype', 'length', 'name', 'caller', 'arguments']);
const skippedMembers = new SetCtor(['constructor', 'caller', 'arguments', 'callee']);

// The entries one own key of a group produces. Static: the value (bound for bindStatics)
// or, for an accessor, its getter under `${prefix}Get...`. Prototype: a receiver-first
// wrapper plus its `...Apply` form for a method, the value for a data property, and
// receiver-first `Get`/`Set` wrappers for an accessor. An existing entry is never replaced,
// so a name keeps its identity however it was first built.
function expandKey(group, key) {
  const { descriptors, prefix } = group;
  const desc = descriptors[key];
  const name = `${prefix}${pascalKey(key)}`;
  if (group.kind === 'static') {
    if ('value' in desc) {
      if (!(name in table)) {
        table[name] = group.bind && typeof desc.value === 'function' ?
          ReflectApply(FunctionPrototypeBind, desc.value, [group.source]) : desc.value;
      }
    } else if (desc.get) {
      const getter = `${prefix}Get${pascalKey(key)}`;
      if (!(getter in table)) table[getter] = desc.get;
    }
    return;
  }
  if ('value' in desc) {
    if (name in table) return;
    if (typeof desc.value === 'function') {
      table[name] = uncurryThis(desc.value);
      const apply = `${name}Apply`;
      if (!(apply in table)) table[apply] = applyBind(desc.value);
    } else {
      table[name] = desc.value;
    }
  } else {
    const getter = `${prefix}Get${pascalKey(key)}`;
    const setter = `${prefix}Set${pascalKey(key)}`;
    if (desc.get && !(getter in table)) table[getter] = uncurryThis(desc.get);
    if (desc.set && !(setter in table)) table[setter] = uncurryThis(desc.set);
  }
}

function isSkipped(group, key) {
  return (group.kind === 'static' ? skippedStatics : skippedMembers).has(key);
}

// The functions below run lazily, after user code may have patched
// %ArrayIteratorPrototype%.next: they loop by index, never with for-of or spread.

// Every entry of a group (ownKeys, and names no direct lookup finds).
function expandGroup(group) {
  group.done = true;
  const keys = ReflectOwnKeys(group.descriptors);
  for (let i = 0; i < keys.length; i++) {
    if (!isSkipped(group, keys[i])) expandKey(group, keys[i]);
  }
}

const ObjectPrototypeHasOwnProperty = Object.prototype.hasOwnProperty;
const StringPrototypeEndsWith = String.prototype.endsWith;
const StringPrototypeToLowerCase = String.prototype.toLowerCase;

function lowerFirst(text) {
  return ReflectApply(StringPrototypeToLowerCase, text[0], []) +
    ReflectApply(StringPrototypeSlice, text, [1]);
}

// Builds only the entries of the keys that can produce `name` (rest is the name without the
// group's prefix): a key's pascal form is the key with its first letter upper-cased, or
// `Symbol` + the well-known symbol's name, optionally behind `Get`/`Set` or before `Apply`.
// Expanding a whole group instead costs tens of wrappers per name at start-up.
function expandMatchingKeys(group, rest) {
  const { descriptors } = group;
  const stems = [rest];
  if (startsWith(rest, 'Get') || startsWith(rest, 'Set')) {
    stems[stems.length] = ReflectApply(StringPrototypeSlice, rest, [3]);
  }
  if (ReflectApply(StringPrototypeEndsWith, rest, ['Apply'])) {
    stems[stems.length] = ReflectApply(StringPrototypeSlice, rest, [0, -5]);
  }
  let symbols = false;
  for (let i = 0; i < stems.length; i++) {
    const stem = stems[i];
    if (stem === '') continue;
    if (startsWith(stem, 'Symbol')) symbols = true;
    const lower = lowerFirst(stem);
    const candidates = stem === lower ? [stem] : [stem, lower];
    for (let j = 0; j < candidates.length; j++) {
      const key = candidates[j];
      if (ReflectApply(ObjectPrototypeHasOwnProperty, descriptors, [key]) &&
          !isSkipped(group, key)) {
        expandKey(group, key);
      }
    }
  }
  if (symbols) {
    const keys = ReflectOwnKeys(descriptors);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (typeof key === 'symbol' && !isSkipped(group, key)) expandKey(group, key);
    }
  }
}

// Entries built on demand by name (the Safe* classes and helpers below).
const builders = { __proto__: null };

function expandFor(name) {
  const build = builders[name];
  if (build !== undefined) {
    builders[name] = undefined;
    table[name] = build();
    return;
  }
  // A group's prefix ends where the name's next word starts, at a capital ('Array' and
  // 'ArrayPrototype' for 'ArrayPrototypePush') or another symbol ('ObjectPrototype' for
  // 'ObjectPrototype__lookupGetter__'): look only those up.
  for (let i = 1; i < name.length; i++) {
    const c = name[i];
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) continue;
    const matching = groupsByPrefix[ReflectApply(StringPrototypeSlice, name, [0, i])];
    if (matching === undefined) continue;
    const rest = ReflectApply(StringPrototypeSlice, name, [i]);
    for (let j = 0; j < matching.length; j++) {
      if (!matching[j].done) expandMatchingKeys(matching[j], rest);
    }
    if (name in table) return;
  }
}

function lookup(name) {
  if (!(name in table)) expandFor(name);
  return table[name];
}

function expandAll() {
  for (let i = 0; i < groups.length; i++) {
    if (!groups[i].done) expandGroup(groups[i]);
  }
  const names = ReflectOwnKeys(builders);
  for (let i = 0; i < names.length; i++) {
    if (builders[names[i]] !== undefined) expandFor(names[i]);
  }
}

table.uncurryThis = uncurryThis;
table.applyBind = applyBind;
// String.prototype.slice itself, for hot paths that call it as a method of a primitive
// string after checking it is still the prototype's (internal/url's accessors). It is
// taken here because such modules may load after user code has replaced the method.
table.StringPrototypeSliceOriginal = StringPrototypeSlice;

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

const errorConstructorNames = ['Error', 'TypeError', 'RangeError', 'ReferenceError',
  'SyntaxError', 'EvalError', 'URIError', 'AggregateError'];
const constructors = [
  'Array', 'ArrayBuffer', 'BigInt', 'BigInt64Array', 'BigUint64Array', 'Boolean', 'DataView',
  'Date', 'FinalizationRegistry', 'Float32Array', 'Float64Array', 'Function', 'Int16Array',
  'Int32Array', 'Int8Array', 'Map', 'Number', 'Object', 'RegExp', 'Set', 'String', 'Symbol',
  'Uint16Array', 'Uint32Array', 'Uint8Array', 'Uint8ClampedArray', 'WeakMap', 'WeakRef',
  'WeakSet', 'Promise', 'SharedArrayBuffer',
];
for (const name of constructors) {
  const ctor = globalThis[name];
  if (ctor === undefined) continue;
  table[name] = ctor;
  addGroup(name, ctor, 'static', bindStatics.has(name));
  addGroup(`${name}Prototype`, ctor.prototype, 'prototype');
}
for (const name of errorConstructorNames) {
  addGroup(`${name}Prototype`, globalThis[name].prototype, 'prototype');
}
table.Proxy = Proxy;

// The abstract %TypedArray% and the iterator prototypes.
{
  const TypedArray = ObjectGetPrototypeOf(Uint8Array);
  table.TypedArray = TypedArray;
  addGroup('TypedArray', TypedArray, 'static', true);
  addGroup('TypedArrayPrototype', TypedArray.prototype, 'prototype');
  const ArrayIteratorPrototype = ObjectGetPrototypeOf([][SymbolIterator]());
  table.ArrayIteratorPrototype = ArrayIteratorPrototype;
  addGroup('ArrayIteratorPrototype', ArrayIteratorPrototype, 'prototype');
  const StringIteratorPrototype = ObjectGetPrototypeOf(''[SymbolIterator]());
  table.StringIteratorPrototype = StringIteratorPrototype;
  addGroup('StringIteratorPrototype', StringIteratorPrototype, 'prototype');
  table.IteratorPrototype = ObjectGetPrototypeOf(ArrayIteratorPrototype);
  table.AsyncIteratorPrototype = ObjectGetPrototypeOf(ObjectGetPrototypeOf(
    (async function* () {}).prototype));
  table.AsyncFunction = ObjectGetPrototypeOf(async function () {}).constructor;
  table.GeneratorFunction = ObjectGetPrototypeOf(function* () {}).constructor;
  table.AsyncGeneratorFunction = ObjectGetPrototypeOf(async function* () {}).constructor;
}

// ---------------------------------------------------------------------------------------
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
    [SymbolIterator]() { return this; },
  };
  ObjectFreeze(SafeIterator.prototype);
  return SafeIterator;
}

// `descriptors` is the start-up snapshot of the built-in prototype.
function makeSafe(unsafe, safe, descriptors = ObjectGetOwnPropertyDescriptors(unsafe.prototype)) {
  const target = safe.prototype;
  const iterable = SymbolIterator in descriptors;
  const sample = iterable ? new unsafe() : undefined;
  const keys = ReflectOwnKeys(descriptors);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (ObjectGetOwnPropertyDescriptor(target, key) !== undefined) continue;
    const desc = { ...descriptors[key] };
    if (iterable && typeof desc.value === 'function' && desc.value.length === 0 &&
        key !== 'constructor') {
      let produced;
      try {
        produced = ReflectApply(desc.value, sample, []);
      } catch {
        produced = undefined;
      }
      if (produced !== null && typeof produced === 'object' &&
          typeof produced.next === 'function' && SymbolIterator in produced) {
        const SafeIterator = makeIteratorClass(uncurryThis(desc.value),
                                               uncurryThis(produced.next));
        desc.value = function() { return new SafeIterator(this); };
      }
    }
    ObjectDefineProperty(target, key, desc);
  }
  const staticKeys = ReflectOwnKeys(unsafe);
  for (let i = 0; i < staticKeys.length; i++) {
    const key = staticKeys[i];
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

function prototypeSnapshot(prefix) {
  for (let i = 0; i < groups.length; i++) {
    if (groups[i].prefix === prefix) return groups[i].descriptors;
  }
  return undefined;
}

builders.SafeArrayIterator = () => makeIteratorClass(
  lookup('ArrayPrototypeSymbolIterator'), lookup('ArrayIteratorPrototypeNext'));
builders.SafeStringIterator = () => makeIteratorClass(
  lookup('StringPrototypeSymbolIterator'), lookup('StringIteratorPrototypeNext'));
// The Safe* constructors are written out: JavaScriptCore's implicit derived constructor
// passes its arguments on with a spread, which runs %ArrayIteratorPrototype%.next, and
// library code builds these collections after user code may have patched it. An array of
// initial entries is added by index for the same reason.
const ArrayIsArrayFn = Array.isArray;
function addEach(collection, entries, method, pairs) {
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (pairs) ReflectApply(method, collection, [entry[0], entry[1]]);
    else ReflectApply(method, collection, [entry]);
  }
}
// A Safe* collection class over Ctor whose constructor adds an array of initial entries
// with the prototype's own `method` ('set' for maps, taking [key, value] pairs; 'add' for
// sets), by index.
function makeSafeCollection(Ctor, prototypeName, method, name) {
  const descriptors = prototypeSnapshot(prototypeName);
  const insert = descriptors[method].value;
  const pairs = method === 'set';
  const Safe = class extends Ctor {
    constructor(entries) {
      if (ArrayIsArrayFn(entries)) {
        super();
        addEach(this, entries, insert, pairs);
      } else {
        super(entries);
      }
    }
  };
  ObjectDefineProperty(Safe, 'name', { __proto__: null, value: name, configurable: true });
  return makeSafe(Ctor, Safe, descriptors);
}
builders.SafeMap = () => makeSafeCollection(MapCtor, 'MapPrototype', 'set', 'SafeMap');
builders.SafeWeakMap = () =>
  makeSafeCollection(WeakMapCtor, 'WeakMapPrototype', 'set', 'SafeWeakMap');
builders.SafeSet = () => makeSafeCollection(SetCtor, 'SetPrototype', 'add', 'SafeSet');
builders.SafeWeakSet = () =>
  makeSafeCollection(WeakSetCtor, 'WeakSetPrototype', 'add', 'SafeWeakSet');
builders.SafeWeakRef = () => makeSafe(WeakRefCtor, class SafeWeakRef extends WeakRefCtor {
  constructor(target) {
    super(target);
  }
}, prototypeSnapshot('WeakRefPrototype'));
builders.SafeFinalizationRegistry = () => makeSafe(FinalizationRegistryCtor,
  class SafeFinalizationRegistry extends FinalizationRegistryCtor {
    constructor(cleanup) {
      super(cleanup);
    }
  },
  prototypeSnapshot('FinalizationRegistryPrototype'));
// A Promise subclass whose then/catch/finally cannot be patched by user code.
builders.SafePromise = () => makeSafe(PromiseCtor, class SafePromise extends PromiseCtor {
  constructor(executor) {
    super(executor);
  }
}, prototypeSnapshot('PromisePrototype'));

builders.SafePromisePrototypeFinally = () => {
  const SafePromise = lookup('SafePromise');
  const then = lookup('PromisePrototypeThen');
  return (thisPromise, onFinally) =>
    new PromiseCtor((resolve, reject) =>
      new SafePromise((a, b) => then(thisPromise, a, b))
        .finally(onFinally)
        .then(resolve, reject));
};

function makeAll(settleEach) {
  const then = lookup('PromisePrototypeThen');
  const resolveValue = lookup('PromiseResolve');
  return (promises, mapFn) => new PromiseCtor((resolve, reject) => {
    settleEach(promises, mapFn, then, resolveValue, resolve, reject);
  });
}

builders.SafePromiseAll = () => makeAll((promises, mapFn, then, toPromise, resolve, reject) => {
  const results = [];
  let remaining = promises.length;
  if (remaining === 0) resolve(results);
  for (let i = 0; i < promises.length; i++) {
    const p = mapFn ? mapFn(promises[i], i) : promises[i];
    then(toPromise(p), (value) => {
      results[i] = value;
      if (--remaining === 0) resolve(results);
    }, reject);
  }
});

builders.SafePromiseAllReturnVoid = () =>
  makeAll((promises, mapFn, then, toPromise, resolve, reject) => {
    let remaining = promises.length;
    if (remaining === 0) resolve();
    for (let i = 0; i < promises.length; i++) {
      const p = mapFn ? mapFn(promises[i], i) : promises[i];
      then(toPromise(p), () => {
        if (--remaining === 0) resolve();
      }, reject);
    }
  });

builders.SafePromiseRace = () => makeAll((promises, mapFn, then, toPromise, resolve, reject) => {
  for (let i = 0; i < promises.length; i++) {
    const p = mapFn ? mapFn(promises[i], i) : promises[i];
    then(toPromise(p), resolve, reject);
  }
});

builders.SafePromiseAllSettled = () => {
  const allSettled = lookup('PromiseAllSettled');
  const map = lookup('ArrayPrototypeMap');
  return (promises, mapFn) => allSettled(mapFn ? map(promises, mapFn) : promises);
};

builders.SafePromiseAny = () => {
  const any = lookup('PromiseAny');
  const map = lookup('ArrayPrototypeMap');
  return (promises, mapFn) => any(mapFn ? map(promises, mapFn) : promises);
};

// Pins a RegExp's matching methods as own properties, so that patched
// RegExp.prototype methods cannot change what library code matches.
builders.hardenRegExp = () => {
  const snapshot = prototypeSnapshot('RegExpPrototype');
  const keys = [Symbol.match, Symbol.matchAll, Symbol.replace, Symbol.search, Symbol.split,
    'exec'];
  return function hardenRegExp(pattern) {
    for (let i = 0; i < keys.length; i++) {
      ObjectDefineProperty(pattern, keys[i], { __proto__: null, value: snapshot[keys[i]].value });
    }
    return pattern;
  };
};

// Explicit resource management symbols: JavaScriptCore lacks them; node defines them as
// registered symbols, and the bootstrap installs them on Symbol.
table.SymbolDispose = Symbol.dispose ?? Symbol.for('nodejs.dispose');
table.SymbolAsyncDispose = Symbol.asyncDispose ?? Symbol.for('nodejs.asyncDispose');

// The Error constructors: the bootstrap replaces the globals with wrappers that produce
// V8-format stacks (internal/errors/stack). The library must construct errors through
// the wrappers, so these entries are getters over a table the bootstrap fills once.
{
  const current = { __proto__: null };
  for (const name of errorConstructorNames) {
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
    for (const name of errorConstructorNames) current[name] = wrappers[name];
    captureStackTrace = capture;
  };
}

// What library modules receive: reads build entries on demand; writes are refused.
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


'use strict';

// process.on('multipleResolves') (deprecated, DEP0160): reports a promise whose resolve or
// reject function is called after it was already resolved or rejected, as
// ('resolve' | 'reject', promise, value) on a later tick. V8 tells node about such calls;
// JavaScriptCore has no such hook, so while a listener exists the global `Promise` is a
// proxy of the real constructor whose construct trap hands the executor resolving
// functions that notice a second call. Differences from node, while a listener is
// attached only: only promises made by `new Promise` through the global are tracked (V8
// also reports, e.g., the second rejection inside Promise.all); `promise.constructor ===
// Promise` is false, the global being the proxy; and stacks of errors thrown inside an
// executor show the proxy's frames. Static methods (Promise.resolve, all, ...) run on the
// real constructor, so Promise.resolve(promise) still returns the same promise.

const {
  ObjectDefineProperty,
  ObjectPrototypeHasOwnProperty,
  Promise: PromiseCtor,
  Proxy,
  ReflectApply,
  ReflectConstruct,
  ReflectGet,
  SafeMap,
} = primordials;

let proxy;
// Static method of the real constructor -> its wrapper (stable identity).
const staticWrappers = new SafeMap();
let warnDeprecated;

function report(type, state, value) {
  process.nextTick(() => {
    if (process.emit('multipleResolves', type, state.promise, value)) {
      warnDeprecated ??= require('internal/util').deprecate(
        () => {}, 'The multipleResolves event has been deprecated.', 'DEP0160');
      warnDeprecated();
    }
  });
}

// A resolving function standing for `settle` (length 1 and no name, like the engine's).
function trackingResolver(state, settle, type) {
  return (value) => {
    if (state.settled) report(type, state, value);
    else state.settled = true;
    return settle(value);
  };
}

// Calls a static method of the real constructor when called on the proxy.
function staticWrapper(method) {
  let wrapper = staticWrappers.get(method);
  if (wrapper !== undefined) return wrapper;
  const name = method.name;
  wrapper = {
    [name](...args) {
      return ReflectApply(method, this === proxy ? PromiseCtor : this, args);
    },
  }[name];
  ObjectDefineProperty(wrapper, 'length', {
    __proto__: null, value: method.length, writable: false, enumerable: false,
    configurable: true,
  });
  staticWrappers.set(method, wrapper);
  return wrapper;
}

const handler = {
  __proto__: null,
  construct(target, args, newTarget) {
    if (newTarget === proxy) newTarget = target;
    const executor = args[0];
    if (typeof executor !== 'function') return ReflectConstruct(target, args, newTarget);
    const state = { __proto__: null, promise: undefined, settled: false };
    const promise = ReflectConstruct(target, [(resolve, reject) => {
      try {
        executor(trackingResolver(state, resolve, 'resolve'),
                 trackingResolver(state, reject, 'reject'));
      } catch (err) {
        // The constructor rejects with err unless the executor settled the promise first.
        if (state.settled) report('reject', state, err);
        else state.settled = true;
        throw err;
      }
    }], newTarget);
    state.promise = promise;
    return promise;
  },
  get(target, key, receiver) {
    const value = ReflectGet(target, key, receiver);
    if (typeof value !== 'function' || key === 'prototype' ||
        !ObjectPrototypeHasOwnProperty(target, key)) {
      return value;
    }
    return staticWrapper(value);
  },
};

// Installs the proxy (when the global is still the real constructor) or removes it.
function trackMultipleResolves(enabled) {
  if (enabled) {
    if (globalThis.Promise !== PromiseCtor) return;
    proxy ??= new Proxy(PromiseCtor, handler);
    globalThis.Promise = proxy;
  } else if (proxy !== undefined && globalThis.Promise === proxy) {
    globalThis.Promise = PromiseCtor;
  }
}

module.exports = { trackMultipleResolves };

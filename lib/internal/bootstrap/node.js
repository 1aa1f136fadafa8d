'use strict';

// The main bootstrap: makes `process` an EventEmitter with node's properties, installs
// the globals (most of them lazily: a global's module is loaded on first access, which
// keeps start-up in the low milliseconds), replaces the Error constructors with the
// V8-stack wrappers, and registers the event-loop driver's hooks with C.

const {
  FunctionPrototypeCall,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  ObjectSetPrototypeOf,
  SymbolToStringTag,
} = primordials;

const options = require('internal/options').getOptions();

// Errors first: everything created from here on gets V8-format stacks.
const stack = require('internal/errors/stack');
stack.installErrorConstructors(options.stackTraceLimit >= 0 ? options.stackTraceLimit : 10);

// JSON.parse fails with V8's messages. The locator that finds V8's wording loads only when
// a parse fails.
{
  const JSONParse = JSON.parse;
  const parse = function parse(text, reviver) {
    try {
      return reviver === undefined ? JSONParse(text) : JSONParse(text, reviver);
    } catch (err) {
      if (err === null || typeof err !== 'object' || err.name !== 'SyntaxError') throw err;
      const error = require('internal/errors/engine_messages').jsonParseError(text);
      throw error === undefined ? err : error;
    }
  };
  ObjectDefineProperty(JSON, 'parse', {
    __proto__: null, value: parse, writable: true, enumerable: false, configurable: true,
  });
}

for (const { 0: name, 1: symbol } of [['dispose', primordials.SymbolDispose],
  ['asyncDispose', primordials.SymbolAsyncDispose]]) {
  if (Symbol[name] === undefined) {
    ObjectDefineProperty(Symbol, name, {
      __proto__: null, value: symbol, writable: false, enumerable: false, configurable: false,
    });
  }
}

const EventEmitter = require('events');

// ---------------------------------------------------------------------------------------
// process: an instance of a constructor named "process" that inherits EventEmitter.

{
  const processConstructor = function process() {};
  const processPrototype = { __proto__: EventEmitter.prototype };
  ObjectDefineProperty(processPrototype, 'constructor', {
    __proto__: null, value: processConstructor, writable: true, enumerable: false,
    configurable: true,
  });
  processConstructor.prototype = processPrototype;
  ObjectSetPrototypeOf(process, processPrototype);
  ObjectDefineProperty(process, SymbolToStringTag, {
    __proto__: null, value: 'process', writable: false, enumerable: false, configurable: true,
  });
  FunctionPrototypeCall(EventEmitter, process);
}

require('internal/process/per_thread').setupProcessObject(process, options);

// The default 'warning' printer is an ordinary listener, as in node (removing all
// 'warning' listeners silences it); its module loads with the first warning.
process.on('warning', (warning) => require('internal/process/warning').onWarning(warning));

// Signal events: a watcher runs while 'SIGxxx' listeners exist. 'multipleResolves'
// needs promise tracking while it has listeners.
process.on('newListener', (type) => {
  if (typeof type === 'string' && type.startsWith('SIG') && process.listenerCount(type) === 0) {
    require('internal/process/signals').startListening(type);
  } else if (type === 'multipleResolves') {
    require('internal/process/multiple_resolves').trackMultipleResolves(true);
  }
});
process.on('removeListener', (type) => {
  if (typeof type === 'string' && type.startsWith('SIG') && process.listenerCount(type) === 0) {
    require('internal/process/signals').stopListening(type);
  } else if (type === 'multipleResolves' && process.listenerCount(type) === 0) {
    require('internal/process/multiple_resolves').trackMultipleResolves(false);
  }
});

// ---------------------------------------------------------------------------------------
// Globals.

function defineValue(target, name, value, enumerable = false) {
  ObjectDefineProperty(target, name, {
    __proto__: null, value, writable: true, enumerable, configurable: true,
  });
}

// A global whose module loads on first access, then becomes a plain data property.
function defineLazyGlobal(name, load, enumerable = false) {
  ObjectDefineProperty(globalThis, name, {
    __proto__: null,
    get() {
      const value = load();
      defineValue(globalThis, name, value, enumerable);
      return value;
    },
    set(value) {
      defineValue(globalThis, name, value, enumerable);
    },
    enumerable,
    configurable: true,
  });
}

// process and Buffer stay accessor properties of the global, as in node: assigning to them
// replaces the value the getter returns (Buffer's module loads on first read).
function defineAccessorGlobal(name, load) {
  let loaded = false;
  let value;
  ObjectDefineProperty(globalThis, name, {
    __proto__: null,
    get() {
      if (!loaded) {
        value = load();
        loaded = true;
      }
      return value;
    },
    set(newValue) {
      value = newValue;
      loaded = true;
    },
    enumerable: false,
    configurable: true,
  });
}

// performance and navigator are "replaceable" attributes in node: enumerable accessors
// that stay accessors, whose getter loads the module on first read. performance's setter
// replaces the value the getter returns; navigator has no setter, so assigning to it does
// nothing (or throws in strict code).
function defineReplaceableGlobal(name, load, writable) {
  let loaded = false;
  let value;
  const get = function() {
    if (!loaded) {
      value = load();
      loaded = true;
    }
    return value;
  };
  ObjectDefineProperty(get, 'name', { __proto__: null, value: `get ${name}` });
  let set;
  if (writable) {
    set = function(newValue) {
      value = newValue;
      loaded = true;
    };
    ObjectDefineProperty(set, 'name', { __proto__: null, value: `set ${name}` });
  }
  ObjectDefineProperty(globalThis, name, {
    __proto__: null, get, set, enumerable: true, configurable: true,
  });
}

defineValue(globalThis, 'global', globalThis, true);
defineAccessorGlobal('process', () => process);
// Like node's, the global object tags itself as "global" (Object.prototype.toString gives
// [object global]), which is how deep-equality tells it from a copy of its properties.
ObjectDefineProperty(globalThis, SymbolToStringTag, {
  __proto__: null, value: 'global', writable: false, enumerable: false, configurable: true,
});

// The enumerable globals are defined in node's order, which Object.keys(globalThis) shows.
const lazyTimers = () => require('timers');
for (const name of ['clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout',
  'setInterval', 'setTimeout']) {
  defineLazyGlobal(name, () => lazyTimers()[name], true);
}
defineLazyGlobal('queueMicrotask',
                 () => require('internal/process/task_queues').queueMicrotask, true);
defineLazyGlobal('structuredClone',
                 () => require('internal/structured_clone').structuredClone, true);
defineLazyGlobal('atob', () => require('buffer').atob, true);
defineLazyGlobal('btoa', () => require('buffer').btoa, true);
defineReplaceableGlobal('performance',
                        () => require('internal/perf/performance').performance, true);
defineLazyGlobal('console', () => require('internal/console/global'));
defineAccessorGlobal('Buffer', () => require('buffer').Buffer);
defineLazyGlobal('TextEncoder', () => require('internal/encoding').TextEncoder);
defineLazyGlobal('TextDecoder', () => require('internal/encoding').TextDecoder);
// Web Crypto. globalThis.crypto is a getter without a setter in node (assigning to it does
// nothing, or throws in strict code) that stays a getter; its classes are lazy globals.
let webCrypto;
ObjectDefineProperty(globalThis, 'crypto', {
  __proto__: null,
  // From an accessor literal, so that the getter is named 'get crypto' like node's.
  get: ObjectGetOwnPropertyDescriptor({
    get crypto() {
      webCrypto ??= require('internal/crypto/webcrypto').crypto;
      return webCrypto;
    },
  }, 'crypto').get,
  set: undefined,
  enumerable: true,
  configurable: true,
});
for (const name of ['Crypto', 'SubtleCrypto']) {
  defineLazyGlobal(name, () => require('internal/crypto/webcrypto')[name]);
}
// Web platform basics.
for (const name of ['Event', 'EventTarget', 'CustomEvent']) {
  defineLazyGlobal(name, () => require('internal/event_target')[name]);
}
for (const name of ['AbortController', 'AbortSignal']) {
  defineLazyGlobal(name, () => require('internal/abort_controller')[name]);
}
for (const name of ['URL', 'URLSearchParams']) {
  defineLazyGlobal(name, () => require('internal/url')[name]);
}
// WHATWG streams (node:stream/web): each global loads the module that defines it.
for (const { 0: module, 1: names } of [
  ['readablestream', ['ReadableStream', 'ReadableStreamDefaultReader',
    'ReadableStreamBYOBReader', 'ReadableStreamBYOBRequest', 'ReadableByteStreamController',
    'ReadableStreamDefaultController']],
  ['writablestream', ['WritableStream', 'WritableStreamDefaultWriter',
    'WritableStreamDefaultController']],
  ['transformstream', ['TransformStream', 'TransformStreamDefaultController']],
  ['queuingstrategies', ['ByteLengthQueuingStrategy', 'CountQueuingStrategy']],
  ['encoding', ['TextEncoderStream', 'TextDecoderStream']],
  ['compression', ['CompressionStream', 'DecompressionStream']],
]) {
  for (const name of names) {
    defineLazyGlobal(name, () => require(`internal/webstreams/${module}`)[name]);
  }
}
defineLazyGlobal('DOMException',
                 () => require('internal/per_context/domexception').DOMException);
// Web messaging (node:worker_threads' ports).
for (const name of ['MessageChannel', 'MessagePort', 'MessageEvent', 'BroadcastChannel']) {
  defineLazyGlobal(name, () => require('internal/worker/io')[name]);
}
// perf_hooks' classes, Blob and File, navigator (node 22).
for (const name of ['PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
  'PerformanceResourceTiming']) {
  defineLazyGlobal(name, () => require('internal/perf/entry')[name]);
}
defineLazyGlobal('Performance', () => require('internal/perf/performance').Performance);
for (const name of ['PerformanceObserver', 'PerformanceObserverEntryList']) {
  defineLazyGlobal(name, () => require('internal/perf/observe')[name]);
}
defineLazyGlobal('Blob', () => require('internal/blob').Blob);
defineLazyGlobal('File', () => require('internal/file').File);
defineReplaceableGlobal('navigator', () => require('internal/navigator').navigator, false);
defineLazyGlobal('Navigator', () => require('internal/navigator').Navigator);

if (options.exposeGc) {
  defineValue(globalThis, 'gc', require('internal/perf/gc').gc);
}

// JavaScriptCore has no Atomics.waitAsync; internal/atomics provides it. Its waiters are
// not the engine's, so Atomics.notify (replaced in every thread, since any thread may
// notify a waiter of another) wakes the engine's waiters first and then those.
if (typeof Atomics.waitAsync !== 'function') {
  const engineNotify = Atomics.notify;
  let atomics;
  defineValue(Atomics, 'waitAsync', function waitAsync(typedArray, index, value, timeout) {
    atomics ??= require('internal/atomics');
    return atomics.waitAsync(typedArray, index, value, timeout);
  });
  defineValue(Atomics, 'notify', function notify(typedArray, index, count) {
    atomics ??= require('internal/atomics');
    return atomics.notify(engineNotify, typedArray, index, count);
  });
}

// ---------------------------------------------------------------------------------------
// The driver's hooks.

// Modules that only some programs need (uncaught errors, rejections, exit handling) load
// when first used.
const taskQueues = require('internal/process/task_queues');
const lazyExecution = () => require('internal/process/execution');
// process.exitCode as the exit status (internal/process/execution's getExitCode).
function exitCodeNow() {
  const code = process.exitCode;
  return code === undefined || code === null ? 0 : code | 0;
}

internalBinding('task_queue').setupHooks({
  trampoline: taskQueues.callbackTrampoline,
  callbackFailed: taskQueues.kCallbackFailed,
  tickCallback: taskQueues.processTicksAndRejections,
  uncaughtHandler(err, fromPromise) {
    return lazyExecution().onUncaughtException(err, fromPromise);
  },
  emitBeforeExit() {
    if (!process._exiting) process.emit('beforeExit', process.exitCode ?? 0);
  },
  // The normal end of the process, inline: internal/process/execution (and the engine
  // introspection it needs) loads only for errors and process.exit().
  emitExit() {
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', exitCodeNow());
    }
    return exitCodeNow();
  },
  runMain() {
    require('internal/main/run').run(options);
  },
  onUnhandledRejection: taskQueues.onUnhandledRejection,
});


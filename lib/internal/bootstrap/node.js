'use strict';

// The main bootstrap: makes `process` an EventEmitter with node's properties, installs
// the globals (most of them lazily: a global's module is loaded on first access, which
// keeps start-up in the low milliseconds), replaces the Error constructors with the
// V8-stack wrappers, and registers the event-loop driver's hooks with C.

const {
  FunctionPrototypeCall,
  ObjectDefineProperty,
  ObjectSetPrototypeOf,
  SymbolToStringTag,
} = primordials;

const { getOptions } = internalBinding('options');
const options = getOptions();

// Errors first: everything created from here on gets V8-format stacks.
const stack = require('internal/errors/stack');
stack.installErrorConstructors(options.stackTraceLimit >= 0 ? options.stackTraceLimit : 10);
require('internal/errors/engine_messages').installJSONParse();

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

// Signal events: a watcher runs while 'SIGxxx' listeners exist.
process.on('newListener', (type) => {
  if (typeof type === 'string' && type.startsWith('SIG') && process.listenerCount(type) === 0) {
    require('internal/process/signals').startListening(type);
  }
});
process.on('removeListener', (type) => {
  if (typeof type === 'string' && type.startsWith('SIG') && process.listenerCount(type) === 0) {
    require('internal/process/signals').stopListening(type);
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

defineValue(globalThis, 'global', globalThis);
defineValue(globalThis, 'process', process);

const lazyTimers = () => require('timers');
for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
  'setImmediate', 'clearImmediate']) {
  defineLazyGlobal(name, () => lazyTimers()[name], true);
}
defineLazyGlobal('console', () => require('internal/console/global'));
defineLazyGlobal('queueMicrotask',
                 () => require('internal/process/task_queues').queueMicrotask, true);

if (options.exposeGc) {
  defineValue(globalThis, 'gc', internalBinding('process_methods').gc);
}

// ---------------------------------------------------------------------------------------
// The driver's hooks.

const taskQueues = require('internal/process/task_queues');
const execution = require('internal/process/execution');
const promises = require('internal/process/promises');

internalBinding('task_queue').setupHooks({
  trampoline: taskQueues.callbackTrampoline,
  tickCallback: taskQueues.processTicksAndRejections,
  uncaughtHandler: execution.onUncaughtException,
  emitBeforeExit: execution.emitBeforeExit,
  emitExit: execution.emitExit,
  runMain() {
    require('internal/main/run').run(options);
  },
  onUnhandledRejection: promises.onUnhandledRejection,
});

'use strict';

// The global `console` (also node:console). As in node it is a plain object, not a
// Console instance by prototype (its prototype is an empty object), that carries the
// Console methods bound to itself, writes to process.stdout and process.stderr (looked
// up on first use), and has the extra methods node gets from V8's inspector console
// (profile, profileEnd, timeStamp, context, createTask), which print nothing here.

const {
  Error,
  FunctionPrototypeBind,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  ReflectOwnKeys,
} = primordials;

const {
  Console,
  kBindStreamsLazy,
  kBindProperties,
} = require('internal/console/constructor');

const globalConsole = { __proto__: {} };

// Every Console.prototype member, functions bound to the global console. The public
// methods report length 0, like node's (which are wrapped by the inspector).
const prototypeKeys = ReflectOwnKeys(Console.prototype);
for (let i = 0; i < prototypeKeys.length; i++) {
  const key = prototypeKeys[i];
  if (key === 'constructor') continue;
  const desc = ObjectGetOwnPropertyDescriptor(Console.prototype, key);
  if (typeof desc.value === 'function') {
    desc.value = FunctionPrototypeBind(desc.value, globalConsole);
    if (typeof key === 'string') {
      ObjectDefineProperty(desc.value, 'name', { __proto__: null, value: key });
      ObjectDefineProperty(desc.value, 'length', { __proto__: null, value: 0 });
    }
  }
  ObjectDefineProperty(globalConsole, key, desc);
}

globalConsole[kBindProperties](true, 'auto');

globalConsole.Console = Console;

// The inspector-only methods: without an inspector session they have no visible effect.
// (Method definitions: like V8's builtins, they have no `prototype`.)
const kContextMethods = [
  'dir', 'dirXml', 'table', 'groupEnd', 'clear', 'count', 'countReset', 'profile',
  'profileEnd', 'timeLog', 'debug', 'error', 'info', 'log', 'warn', 'trace', 'group',
  'groupCollapsed', 'assert', 'time', 'timeEnd', 'timeStamp',
];

const inspectorMethods = {
  profile() {},
  profileEnd() {},
  timeStamp() {},

  // console.context(name): a separate console whose output only an inspector would see.
  context(name) {
    const ctx = { __proto__: {} };
    for (let i = 0; i < kContextMethods.length; i++) {
      const key = kContextMethods[i];
      const method = { [key]() {} }[key];
      ctx[key] = method;
    }
    return ctx;
  },

  // console.createTask(name): an async stack tagging task; run(fn) calls fn.
  createTask(name) {
    if (typeof name !== 'string' || name.length === 0) {
      throw new Error('First argument must be a non-empty string.');
    }
    const task = {
      run(fn) {
        if (typeof fn !== 'function') throw new Error('First argument must be a function.');
        return fn();
      },
    };
    ObjectDefineProperty(task.run, 'length', { __proto__: null, value: 0 });
    return task;
  },
};
ObjectDefineProperty(inspectorMethods.createTask, 'length', { __proto__: null, value: 0 });

globalConsole.profile = inspectorMethods.profile;
globalConsole.profileEnd = inspectorMethods.profileEnd;
globalConsole.timeStamp = inspectorMethods.timeStamp;
globalConsole.context = inspectorMethods.context;
globalConsole.createTask = inspectorMethods.createTask;

globalConsole[kBindStreamsLazy](process);

module.exports = globalConsole;

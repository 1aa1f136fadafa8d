'use strict';

// The global `console`: node's is a plain object (not a Console instance by prototype)
// carrying bound Console methods, writing to process.stdout and process.stderr, which
// are looked up only on first use.

const {
  ObjectCreate,
  ObjectDefineProperty,
  ReflectOwnKeys,
} = primordials;

const {
  Console,
  kBindStreamsLazy,
  kBindProperties,
} = require('internal/console/constructor');

const globalConsole = ObjectCreate({});

for (const key of ReflectOwnKeys(Console.prototype)) {
  if (key === 'constructor') continue;
  const desc = primordials.ObjectGetOwnPropertyDescriptor(Console.prototype, key);
  if (typeof desc.value === 'function') {
    const bound = desc.value.bind(globalConsole);
    ObjectDefineProperty(bound, 'name', { __proto__: null, value: key });
    desc.value = bound;
    desc.enumerable = typeof key === 'string';
  }
  ObjectDefineProperty(globalConsole, key, desc);
}

globalConsole[kBindStreamsLazy](process);
globalConsole[kBindProperties](true, 'auto');

globalConsole.Console = Console;

module.exports = globalConsole;

// node:console is the global console.
const c = require('console');
console.log(c === console, require('node:console') === console, c.Console === console.Console);
console.log(typeof c.Console, c.Console.name);
const desc = Object.getOwnPropertyDescriptor(globalThis, 'console');
console.log(desc.enumerable, desc.writable, desc.configurable);
const mod = require('module');
console.log(mod.builtinModules.includes('console'));

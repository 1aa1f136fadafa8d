// Console works without `new`; instanceof recognises every console.
const { Console } = require('console');
const Collector = require('./_stream');
const out = new Collector();
const c = Console(out);
c.log('called without new');
console.log(out.dump());
console.log(c instanceof Console, Object.getPrototypeOf(c) === Console.prototype);
console.log(console instanceof Console, Object.getPrototypeOf(console) === Console.prototype);
console.log({} instanceof Console, 1 instanceof Console, 'x' instanceof Console);
console.log(Object.create(console) instanceof Console, Object.create(c) instanceof Console);
try {
  console.log(null instanceof Console);
} catch (e) {
  console.log('null instanceof:', e.name);
}
console.log(Console.name, Console.length, typeof Console.prototype);
const desc = Object.getOwnPropertyDescriptor(Console, 'prototype');
console.log(desc.writable, desc.enumerable, desc.configurable);
console.log(Console.prototype.constructor === Console, console.Console === Console);
console.log(Object.keys(Console.prototype).join());
console.log(Console.prototype.debug === Console.prototype.log,
            Console.prototype.error === Console.prototype.warn,
            Console.prototype.groupCollapsed === Console.prototype.group,
            Console.prototype.info.name, Console.prototype.dirxml.name);
try {
  Console();
} catch (e) {
  console.log(e.code);
}

// Built-in prototypes and namespaces.
const { inspect } = require('util');
console.log(Object.prototype, Array.prototype, Function.prototype, Map.prototype, Set.prototype);
console.log(Promise.prototype, Error.prototype, Date.prototype, RegExp.prototype);
console.log(Object.getPrototypeOf(function* () {}), Object.getPrototypeOf(async function () {}));
console.log(Object.create(Array.prototype), Object.create(Map.prototype), Object.create(Set.prototype));
console.log(Object.create(Promise.prototype), Object.create(Function.prototype));
console.log(inspect(Object.prototype, { showHidden: true }).split('\n')[0]);
console.log(Math, JSON, Reflect, globalThis.Atomics);
console.log(inspect(Map.prototype, { showHidden: true }).split('\n')[0]);

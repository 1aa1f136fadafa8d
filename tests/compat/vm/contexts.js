'use strict';
// Contexts: a sandbox's properties are the context's globals; declarations and
// assignments land on the sandbox; the context has its own builtins.
const vm = require('vm');
const sandbox = { a: 1, list: [] };
const ctx = vm.createContext(sandbox);
console.log(ctx === sandbox, vm.isContext(sandbox), vm.isContext({}));
console.log(vm.runInContext('a + 1', ctx));
vm.runInContext('var y = 5; function f() { return y; } this.q = 2; b = 3; list.push(typeof Array)', ctx);
console.log(Object.keys(sandbox), sandbox.y, sandbox.f(), sandbox.q, sandbox.b, sandbox.list);
sandbox.y = 7;
console.log(vm.runInContext('y', ctx), vm.runInContext('f()', ctx));
vm.runInContext('function f() { return -y; }', ctx);
console.log(vm.runInContext('f()', ctx), sandbox.f());
vm.runInContext('Object.defineProperty(this, "z", { value: 3, enumerable: true })', ctx);
console.log(sandbox.z, Object.keys(sandbox).includes('z'));
vm.runInContext('delete this.q', ctx);
console.log('q' in sandbox, vm.runInContext('typeof q', ctx));
delete sandbox.b;
console.log(vm.runInContext('typeof b', ctx));
const self = vm.runInContext('this', ctx);
console.log(self === sandbox, Object.keys(self));
sandbox.window = sandbox;
console.log(vm.runInContext('window === this', ctx));
console.log(vm.runInContext('"use strict"; a = 10; a', ctx), sandbox.a);
console.log(vm.runInContext('typeof require + typeof process + typeof console', ctx));
const arr = vm.runInNewContext('[1, 2]');
console.log(arr instanceof Array, Array.isArray(arr), arr);
const ab = vm.runInNewContext('new ArrayBuffer(4)');
console.log(ab instanceof ArrayBuffer, Buffer.from(ab).length, Buffer.byteLength(ab));
console.log(vm.runInNewContext('x * 2', { x: 21 }));
console.log(vm.runInNewContext('Object.prototype.toString.call(this)'));
try {
  vm.runInNewContext('missing.prop');
} catch (e) {
  console.log(e instanceof ReferenceError, e.name, e.message, String(e));
}
try {
  vm.runInContext('throw new TypeError("inner")', ctx);
} catch (e) {
  console.log(e instanceof TypeError, e.name, e.message);
}
const fn = vm.runInContext('(function () { return y * 2; })', ctx);
console.log(fn());

// Functions: kinds, names, anonymous functions, bound and native functions.
const { inspect } = require('util');
function named() {}
const assigned = function () {};
const arrow = () => {};
const obj = { method() {}, async am() {}, *gen() {}, async *agen() {}, ['comp' + 'uted']() {} };
const fns = [named, assigned, arrow, async function af() {}, async () => {}, function* g() {},
  async function* ag() {}, obj.method, obj.am, obj.gen, obj.agen, obj.computed, Math.max,
  named.bind(null), arrow.bind(null), parseInt, Function('a', 'return a'), [function () {}][0],
  [() => {}][0], Object.getOwnPropertyDescriptor({ get x() { return 1; } }, 'x').get, Symbol,
  Array.prototype.push, Function.prototype];
for (const f of fns) console.log(inspect(f));
console.log(fns);
const renamed = function original() {};
Object.defineProperty(renamed, 'name', { value: 'renamed' });
const nameless = function () {};
Object.defineProperty(nameless, 'name', { value: '' });
const numName = function () {};
Object.defineProperty(numName, 'name', { value: 42 });
console.log(renamed, nameless, numName);
console.log(inspect(named, { colors: true }), inspect(async () => {}, { colors: true }));
console.log(Object.setPrototypeOf(function np() {}, null), Object.setPrototypeOf(async function anp() {}, null));
console.log(Object.setPrototypeOf(function withProto() {}, Array.prototype));

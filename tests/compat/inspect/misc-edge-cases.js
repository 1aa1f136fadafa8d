// Assorted edge cases: static name methods, accessor array items, key order, prototypes swapped.
const util = require('util');
const { inspect } = util;
Error.stackTraceLimit = 0;
class StaticName { static name() { return 'x'; } }
class GetterName { static get name() { return 'FromGetter'; } }
console.log(StaticName, new StaticName(), GetterName, new GetterName());
const arr = [1, 2, 3]; Object.defineProperty(arr, 1, { get() { return 'g'; } }); console.log(arr, inspect(arr, { getters: true }));
const arr2 = [1]; Object.defineProperty(arr2, 0, { set(v) {} }); console.log(arr2);
console.log({ 3: 'c', 1: 'a', b: 'b', 2: 'x', '-1': 'neg', '1.5': 'f' });
class T { get [Symbol.toStringTag]() { return 'TT'; } x = 1; }
console.log(inspect(new T(), { showHidden: true }));
const o = { a: 1 }; Object.defineProperty(o, 'b', { value: 2, enumerable: false }); Object.defineProperty(o, 'c', { get() { return 3; }, enumerable: false });
console.log(inspect(o, { showHidden: true, getters: true }));
console.log(inspect({ s: 'a\nb'.repeat(20) }, { maxStringLength: 10 }));
console.log(inspect('x'.repeat(100), { breakLength: 30 }), inspect('a\nb\nc'.repeat(10), { compact: true }));
console.log([new Map([[{ a: 1 }, new Set([1, 2])]])]);
console.log(inspect(new Map([[1, 2]]), { compact: false }), inspect(new Set([1]), { compact: false }));
console.log(inspect([[1, 2, [3, 4, [5, [6]]]]], { compact: 1 }), inspect({ a: { b: { c: {} } } }, { compact: 1 }));
console.log(inspect({ a: 1, b: { c: { d: 1 } } }, { compact: 2 }));
const fnWithName = function () {}; Object.defineProperty(fnWithName, 'name', { get() { return 'getterName'; } }); console.log(fnWithName);
console.log(Object.assign(() => {}, { [Symbol.toStringTag]: 'Tg' }));
console.log(inspect(Object.assign(Object.create({ inherited: 1 }), { own: 2 })));
const boxedSym = Object(Symbol('bs')); boxedSym.extra = 1; console.log(boxedSym);
console.log(inspect(new Boolean(true), { showHidden: true }), inspect(Object(1n), { showHidden: true }));
console.log(inspect(Object.create(Array.prototype, { length: { value: 0 } })));
console.log([Symbol.iterator, Symbol('a b')], { [Symbol.for('x y')]: 1 });
console.log(inspect(new Error('e'), { compact: true }), inspect([new Error('e')], { compact: true }));
console.log(inspect({ e: Object.assign(new Error('e'), { code: 'X' }) }, { compact: true }));
console.log(inspect({ a: [1, 2, 3, 4, 5, 6, 7] }, { compact: true }));
console.log(inspect(Array.from({ length: 30 }, (_, i) => i), { compact: true }));
console.log(inspect({ a: 'x'.repeat(20), b: 'y'.repeat(20), c: 'z'.repeat(20), d: 1 }, { compact: true, breakLength: 60 }));
const sym = Symbol('desc'); console.log(inspect(sym, { colors: true }), inspect({ [sym]: sym }, { colors: true }));
console.log(inspect(-0, { numericSeparator: true }), inspect([0.1, -0], { numericSeparator: true }));
console.log(inspect(new Float32Array([1.1, 2.2])), inspect(new Float32Array([1e-10])));
console.log(util.format('%s', -0), util.format('%d', '-0'), util.format('%i', -0.1), util.format('%f', '-0'));
console.log(util.format('%s', [1, -0]), util.format('%s', { a: -0 }), util.format('%j', -0));
console.log(util.format('%O', -0), util.format('%o', 'str'), util.format('%s', new Number(-0)));
console.log(inspect(Object.setPrototypeOf({ a: 1 }, Array.prototype)));
console.log(inspect(Object.setPrototypeOf([1, 2], Object.prototype)));
console.log(inspect(Object.setPrototypeOf(new Map([[1, 2]]), Object.prototype)));
console.log(inspect(Object.setPrototypeOf(new Date(0), Object.prototype)));
console.log(inspect(Object.setPrototypeOf(new Error('x'), Object.prototype)));
console.log(inspect(Object.setPrototypeOf((function () { return arguments; })(1), Array.prototype)));

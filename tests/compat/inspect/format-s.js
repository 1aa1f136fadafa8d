// util.format %s: strings as is, numbers/bigints like inspect, objects inspected at depth 0
// unless they have their own toString.
const util = require('util');
Error.stackTraceLimit = 0;
const values = ['text', 42, -0, 1.5, NaN, 5n, -3n, true, null, undefined, Symbol('sym'),
  { a: 1 }, { a: { b: { c: 1 } } }, [1, [2, [3]]], [], {}, new Date(0), /re/g, function f() {},
  class K {}, new Error('err'), new Map([[1, { x: 1 }]]), new Set([[1]]), Object.create(null),
  { toString() { return 'own toString'; } }, new (class A { toString() { return 'class toString'; } })(),
  new (class B {})(), new (class C extends Date {})(0), { [Symbol.toPrimitive]() { return 'prim'; } },
  new (class D { [Symbol.toPrimitive]() { return 'proto prim'; } })(), new Number(3), new String('boxed'),
  Object.create({ toString() { return 'inherited toString'; } }), [new Error('inside')], Promise.resolve(1)];
for (const v of values) console.log(JSON.stringify(util.format('%s', v)));
console.log(util.format('%s and %s', 'one', 'two'), util.format('%s', 'only'), util.format('%s'));
console.log(util.format('%s', 'a'.repeat(20), 'extra', 'args'));
console.log(util.format('%s', { long: 'x'.repeat(100), more: [1, 2, 3] }));

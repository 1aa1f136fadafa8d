// depth: objects deeper than the limit print as [Object], [Array], [Foo]...
const { inspect } = require('util');
class Foo { constructor(child) { this.child = child; } }
const deep = {
  level1: { level2: { level3: { level4: { level5: 'bottom' } } } },
  arr: [[[[['deep']]]]],
  foo: new Foo(new Foo(new Foo(new Foo(null)))),
  map: new Map([['k', new Map([['k2', new Map([['k3', new Map()]])]])]]),
  set: new Set([new Set([new Set([new Set([1])])])]),
  fn: Object.assign(function f() {}, { p: { q: { r: { s: 1 } } } }),
  nul: Object.assign(Object.create(null), { a: Object.assign(Object.create(null), { b: { c: {} } }) }),
  re: { a: { b: { c: Object.assign(/re/, { x: 1 }) } } },
  empty: { a: { b: { c: { d: {} } } } },
  emptyArr: { a: { b: { c: { d: [] } } } },
};
for (const depth of [0, 1, 2, 3, 4, Infinity, null, -1]) {
  console.log(`depth ${depth}:`, inspect(deep, { depth }));
}
console.log(deep);

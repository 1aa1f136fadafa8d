'use strict';
// Plain objects: own enumerable string keys in order, prototypes dropped.
const util = require('util');
const sym = Symbol('s');
const o = { a: 1, b: 'x', c: null, d: undefined, e: [1, , 3], f: { g: true }, [sym]: 1,
  10: 'ten', '-1': 'neg', 2: 'two' };
Object.defineProperty(o, 'hidden', { value: 1, enumerable: false });
const c = structuredClone(o);
console.log(util.inspect(c), Object.keys(c), Object.getOwnPropertySymbols(c).length);
console.log(c !== o, c.f !== o.f, Object.getPrototypeOf(c) === Object.prototype);
class Foo {
  constructor() { this.x = 1; }
  method() {}
}
const foo = structuredClone(new Foo());
console.log(util.inspect(foo), foo instanceof Foo, foo.constructor === Object);
const withProto = Object.create({ inherited: 1 });
withProto.own = 2;
console.log(util.inspect(structuredClone(withProto)));
const nullProto = Object.create(null);
nullProto.k = 'v';
const cn = structuredClone(nullProto);
console.log(util.inspect(cn), Object.getPrototypeOf(cn) === Object.prototype);
console.log(util.inspect(structuredClone({ __proto__: { p: 1 }, ['__proto__']: 5 })));
const protoKey = JSON.parse('{"__proto__": {"polluted": true}, "safe": 1}');
const cp = structuredClone(protoKey);
console.log(Object.keys(cp), ({}).polluted, Object.getPrototypeOf(cp) === Object.prototype);
console.log(util.inspect(structuredClone(Math)), util.inspect(structuredClone(JSON)));
console.log(util.inspect(structuredClone({ get a() { return 5; }, set b(v) {} })));
const order = [];
const getters = {
  get a() { order.push('a'); return 1; },
  get b() { order.push('b'); delete this.c; return 2; },
  c: 3,
  get d() { order.push('d'); this.e = 'added'; return 4; },
};
console.log(util.inspect(structuredClone(getters)), order);
const frozen = Object.freeze({ x: 1 });
console.log(Object.isFrozen(structuredClone(frozen)));

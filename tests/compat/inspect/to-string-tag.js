// Symbol.toStringTag adds [Tag] to the prefix unless it repeats the constructor name.
const { inspect } = require('util');
const tag = (v, t, enumerable = false) =>
  Object.defineProperty(v, Symbol.toStringTag, { value: t, enumerable, configurable: true });
console.log(tag({}, 'Tag'), tag({ a: 1 }, 'Tag'), tag({}, 'Tag', true), tag({}, ''));
console.log(tag([], 'ArrTag'), tag([1], 'ArrTag'), tag(new Map(), 'MapTag'), tag(new Set([1]), 'SetTag'));
console.log(tag(function f() {}, 'FnTag'), tag(class C {}, 'ClsTag'), tag(/x/, 'ReTag'), tag(new Date(0), 'DTag'));
console.log(tag(new Number(1), 'NumTag'), tag(Promise.resolve(1), 'PTag'), tag(new Uint8Array(1), 'U8'));
class Named { get [Symbol.toStringTag]() { return 'Named'; } }
class Other { get [Symbol.toStringTag]() { return 'OtherTag'; } }
class NotString { get [Symbol.toStringTag]() { return 42; } }
console.log(new Named(), new Other(), new NotString());
console.log(inspect(tag({}, 'Tag'), { showHidden: true }), inspect(tag({}, 'Tag', true), { showHidden: true }));
console.log(Math, JSON, Reflect, Atomics);
console.log(tag(Object.create(null), 'NullTag'));
console.log(inspect({ a: { b: tag({ c: 1 }, 'Deep') } }, { depth: 1 }));

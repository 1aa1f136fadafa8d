// Null-prototype objects of every kind.
const { inspect } = require('util');
const np = (v) => Object.setPrototypeOf(v, null);
console.log(Object.create(null), Object.assign(Object.create(null), { a: 1, b: { c: 2 } }));
console.log(np([1, 2]), np([]), np(new Map([[1, 2]])), np(new Map()), np(new Set([1])), np(new Set()));
console.log(np(new Uint8Array([1, 2])), np(new Float64Array(0)), np(function f() {}), np(() => {}));
console.log(np(/re/g), np(new Date(0)), np(new Number(1)), np(new String('ab')), np(new Boolean(true)));
console.log(np(new Error('np error')).message, np(Promise.resolve(3)), np(new ArrayBuffer(2)));
console.log(np(new DataView(new ArrayBuffer(1))), np(new WeakMap()), np(new WeakSet()), np(class K {}));
console.log(np(new Map([[1, 2]]).entries()), np(new Set([1]).values()));
const tagged = Object.create(null);
tagged[Symbol.toStringTag] = 'Tagged';
console.log(tagged);
const hiddenTag = Object.create(null);
Object.defineProperty(hiddenTag, Symbol.toStringTag, { value: 'Hidden' });
console.log(hiddenTag, inspect(hiddenTag, { showHidden: true }));
console.log({ nested: Object.create(null) }, inspect({ a: { b: Object.create(null) } }, { depth: 0 }));
console.log(inspect(np([1]), { depth: -1 }), inspect(np(new Map()), { depth: -1 }));

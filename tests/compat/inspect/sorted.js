// sorted: true sorts object keys (and Map/Set entries); a function is the comparator.
const { inspect } = require('util');
const obj = { zebra: 1, apple: 2, mango: { y: 1, b: 2, a: 3 }, [Symbol('sym')]: 4, 10: 'ten', 2: 'two' };
console.log(inspect(obj, { sorted: true }));
console.log(inspect(obj, { sorted: (a, b) => (a < b ? 1 : a > b ? -1 : 0) }));
console.log(inspect(new Map([['b', 1], ['a', 2], ['c', 3]]), { sorted: true }));
console.log(inspect(new Set(['b', 'a', 'c']), { sorted: true }));
console.log(inspect(Object.assign([3, 1, 2], { z: 1, a: 2, m: 3 }), { sorted: true }));
console.log(inspect([3, 1, 2], { sorted: true }));
console.log(inspect({ b: { d: 1, c: 2 }, a: [{ z: 1, y: 2 }] }, { sorted: true }));
console.log(inspect(new Map([['b', 1], ['a', 2]]).entries(), { sorted: true }));
console.log(inspect(Object.assign(function f() {}, { z: 1, a: 2 }), { sorted: true }));

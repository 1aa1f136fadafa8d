// Arrays: empty, nested, mixed, long, with undefined and holes.
const { inspect } = require('util');
console.log([], [[]], [[], []], [1], [1, 2, 3], ['a', 'b'], [null, undefined, NaN]);
console.log([[1, [2, [3, [4, [5]]]]]]);
console.log([{ a: 1, b: 2 }, { c: 3 }], [function f() {}, class C {}, Symbol('s')]);
console.log(new Array(3), [undefined, undefined], Array.from({ length: 3 }));
console.log(Array.of(7), Array(1, 2), [, 'a'], ['a', ,]);
console.log(inspect(['x'.repeat(30), 'y'.repeat(30), 'z'.repeat(30)]));
console.log(inspect([1, 2, 3], { colors: true }));
console.log(Array.prototype, Object.setPrototypeOf([1, 2], null));
class MyArray extends Array {}
console.log(MyArray.from([1, 2]), new MyArray(), new MyArray(3));
const tagged = [1, 2];
Object.defineProperty(tagged, Symbol.toStringTag, { value: 'Tagged' });
console.log(tagged);
console.log([1, 2, 3].map(String), [true, false]);

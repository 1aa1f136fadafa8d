// console.table of objects: rows by own enumerable key.
console.table({});
console.table({ a: 1, b: 'two', c: null });
console.table({ first: { x: 1, y: 2 }, second: { y: 3, z: 4 }, third: 5 });
console.table({ 'key with spaces': { 'col 1': 1 }, '': { 'col 1': 2 } });
console.table({ 2: 'b', 1: 'a', z: 'z', 0: 'zero' });
const proto = { inherited: { a: 1 } };
const obj = Object.create(proto);
obj.own = { a: 2 };
Object.defineProperty(obj, 'hidden', { value: { a: 3 }, enumerable: false });
console.table(obj);
const sym = Symbol('s');
console.table({ [sym]: { a: 1 }, visible: { [sym]: 2, b: 3 } });
console.table(Object.create(null));
console.table({ fn: function named() {}, arrow: () => {} });
console.table({ a: [1, 2], b: [3] });

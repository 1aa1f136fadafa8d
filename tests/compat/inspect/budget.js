// Large outputs: long arrays of objects and big nested structures.
const { inspect } = require('util');
const rows = Array.from({ length: 300 }, (_, i) => ({ id: i, name: `row ${i}`, tags: ['a', 'b'] }));
const out = inspect(rows);
console.log(out.length, out.split('\n').length, out.slice(0, 200), out.slice(-100));
const wide = {};
for (let i = 0; i < 500; i++) wide['k' + i] = i;
const wout = inspect(wide);
console.log(wout.length, wout.split('\n').length);
const deep = {};
let cursor = deep;
for (let i = 0; i < 50; i++) { cursor.next = {}; cursor = cursor.next; }
console.log(inspect(deep, { depth: Infinity }).length);
const many = Array.from({ length: 1000 }, (_, i) => i);
console.log(inspect(many, { maxArrayLength: Infinity }).split('\n').length);

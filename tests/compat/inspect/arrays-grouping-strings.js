// Grouping of strings and mixed values: left aligned, limited by width differences.
const { inspect } = require('util');
const range = (n, f) => Array.from({ length: n }, (_, i) => f(i));
console.log(range(26, (i) => String.fromCharCode(97 + i)));
console.log(range(26, (i) => String.fromCharCode(97 + i).repeat((i % 6) + 1)));
console.log(range(30, (i) => 'x'.repeat(i)));
console.log(range(10, (i) => 'item number ' + i));
console.log(range(20, (i) => (i % 2 ? i : 'str' + i)));
console.log(range(15, (i) => (i % 3 ? true : null)));
console.log(range(8, (i) => ({ i })));
console.log(range(12, (i) => [i]));
console.log(range(9, (i) => 'x'.repeat(i * 3)));
console.log(range(40, (i) => 'wide'.repeat(i % 4 + 1)));
console.log(range(10, (i) => '\u4e2d\u6587'.repeat(i % 3 + 1)));
console.log(range(10, (i) => 'e\u0301'.repeat(i % 3 + 1)));
console.log(range(7, (i) => Symbol(String(i))));

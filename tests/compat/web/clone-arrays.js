'use strict';
// Arrays: holes, length, non-index properties.
const util = require('util');
const arr = [1, 2, 3];
arr.extra = 'x';
arr[10] = 'sparse';
arr[-1] = 'n';
const ca = structuredClone(arr);
console.log(util.inspect(ca), ca.length, Object.keys(ca), Array.isArray(ca));
const empty = [];
empty.length = 5;
console.log(util.inspect(structuredClone(empty)), structuredClone(empty).length);
console.log(util.inspect(structuredClone([[1, [2, [3, [4]]]], []])));
class MyArray extends Array {}
const mine = structuredClone(MyArray.from([1, 2]));
console.log(util.inspect(mine), mine.constructor === Array);
const args = [1, 'a', null, undefined, { x: [true] }];
console.log(JSON.stringify(structuredClone(args)));
const big = new Array(1000).fill(0).map((_, i) => i);
const cb = structuredClone(big);
console.log(cb.length, cb[999], cb.reduce((a, b) => a + b, 0));

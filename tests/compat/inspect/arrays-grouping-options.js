// Grouping depends on compact, breakLength, colors and maxArrayLength.
const { inspect } = require('util');
const nums = Array.from({ length: 40 }, (_, i) => i * 7);
const strs = Array.from({ length: 24 }, (_, i) => 'v' + i);
for (const compact of [1, 2, 3, 4, false, true]) {
  console.log(compact, inspect(nums, { compact }));
}
for (const breakLength of [20, 40, 60, 120, Infinity]) {
  console.log(breakLength, inspect(strs, { breakLength }));
}
console.log(inspect(nums, { colors: true }));
console.log(inspect(strs, { colors: true }));
for (const maxArrayLength of [0, 5, 7, 8, 20]) {
  console.log(maxArrayLength, inspect(nums, { maxArrayLength }));
}
console.log(inspect({ a: { b: { c: nums } } }, { depth: 5 }));
console.log(inspect([nums, strs], { breakLength: 100 }));

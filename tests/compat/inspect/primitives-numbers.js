// Numbers as util.inspect and console.log show them.
const { inspect } = require('util');
const numbers = [0, -0, 1, -1, 1.5, -1.5, 0.1, 0.1 + 0.2, 1 / 3, 2 ** 53, 2 ** 53 + 1, -(2 ** 31),
  1e21, 1e-7, 1.5e300, -1e-300, 5e-324, Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON,
  NaN, Infinity, -Infinity, 123456789, 0xff, 0o17, 0b101, 1e6, 1e20, 12.000001];
for (const n of numbers) console.log(inspect(n), String(n));
console.log(numbers);
console.log(-0, [-0], { z: -0 }, new Set([-0]), new Map([[-0, -0]]));
console.log(inspect(-0, { colors: true }), inspect(NaN, { colors: true }));

// BigInts: the n suffix, numeric separators, typed arrays.
const { inspect } = require('util');
const values = [0n, 1n, -1n, 123n, 2n ** 64n, -(2n ** 100n), 1234567n];
for (const v of values) {
  console.log(inspect(v), inspect(v, { numericSeparator: true }), inspect(v, { colors: true }));
}
console.log(values, { big: 10n });
console.log(new BigInt64Array([1n, -1n, 9007199254740993n]), new BigUint64Array(3));
console.log(inspect(new BigInt64Array([123456789n]), { numericSeparator: true }));
console.log(Object(5n), [Object(-3n)]);

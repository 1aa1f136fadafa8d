// numericSeparator groups digits with underscores.
const { inspect } = require('util');
const values = [0, 1, 12, 123, 1234, 12345, 123456, 1234567, -1234567, 1234.5678, -1234.5678,
  0.0001234, 1234567.1234567, 1e21, 1.5e-7, 1e-7, NaN, Infinity, -Infinity, -0, 0.5, -0.5,
  123456789012, 2 ** 53, 1000000.5, 100, 1000];
for (const v of values) console.log(String(v), inspect(v, { numericSeparator: true }));
console.log(inspect(values, { numericSeparator: true }));
console.log(inspect([1234n, -123456789n, 12n], { numericSeparator: true }));
console.log(inspect(new Int32Array([100000, -2000000]), { numericSeparator: true }));
console.log(inspect({ price: 1234567.89 }, { numericSeparator: true, colors: true }));
console.log(inspect(new Number(1234567), { numericSeparator: true }));

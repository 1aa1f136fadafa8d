// util.getSystemErrorName: libuv's names for negative errno values.
const util = require('util');
const { attempt } = require('./_show');

for (const n of [-1, -2, -4, -9, -11, -12, -13, -17, -20, -21, -22, -24, -28, -32, -98, -104,
  -110, -111, -4095, -3008, -9999]) {
  console.log(n, util.getSystemErrorName(n));
}
for (const v of [0, 1, -1.5, NaN, -Infinity, 2 ** 60 * -1, 'x', undefined, null, 1n]) {
  attempt(String(v), () => util.getSystemErrorName(v));
}

// util.format %d, %i and %f.
const util = require('util');
const values = [42, -42, 1.75, -1.75, '42', '42.9px', ' 12 ', '', '0x1f', '1e3', 'abc', null,
  undefined, true, [], [5], {}, -0, 5n, -5n, Symbol('s'), Infinity, '-Infinity', new Number(9),
  { valueOf() { return 7; } }, 2 ** 53 + 2, 1e21, 1e-7];
for (const v of values) {
  const shown = typeof v === 'symbol' ? v.toString() : typeof v === 'bigint' ? `${v}n` : JSON.stringify(v);
  console.log(shown, '|', util.format('%d', v), '|', util.format('%i', v), '|', util.format('%f', v));
}
console.log(util.format('%d + %d = %d', 1, 2, 3), util.format('%i%%', 50.5), util.format('%f%f', 1, 2));
console.log(util.format('%d', 5n, 'extra'), util.format('%d %i %f'));

// util.formatWithOptions passes inspect options through, and validates them.
const util = require('util');
const obj = { a: { b: { c: { d: 1 } } }, list: [1, 2, 3], s: 'str' };
console.log(util.formatWithOptions({ depth: 0 }, obj));
console.log(util.formatWithOptions({ depth: 0 }, '%O and %o', obj, obj));
console.log(util.formatWithOptions({ compact: false }, '%s', obj));
console.log(JSON.stringify(util.formatWithOptions({ colors: true }, 'val: %d', 5, obj, 'plain')));
console.log(JSON.stringify(util.formatWithOptions({ colors: true }, '%s %s', obj, 3)));
console.log(util.formatWithOptions({ breakLength: 10 }, obj));
console.log(util.formatWithOptions({}, 'empty options %s', 'ok'));
console.log(util.formatWithOptions([], 'array options %s', 'ok'));
console.log(util.formatWithOptions({ numericSeparator: true }, 1234567, '%d', 7654321));
for (const bad of [null, undefined, 1, 'str', true, () => {}, Symbol('s')]) {
  try {
    util.formatWithOptions(bad, 'x');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

// The legacy signature inspect(value, showHidden, depth, colors).
const { inspect } = require('util');
const obj = { a: { b: { c: { d: [1, 2] } } }, arr: [1, 2] };
console.log(inspect(obj, false, 0));
console.log(inspect(obj, true, 1));
console.log(inspect(obj, false, null));
console.log(inspect(obj, false, undefined, true));
console.log(inspect(obj, undefined, 3));
console.log(inspect(obj, false, 5, false));
console.log(inspect('str', true), inspect([1], true));
console.log(inspect(obj, null), inspect(obj, 0), inspect(obj, 'string'));
console.log(inspect(), inspect(undefined), inspect(null, {}));

// The legacy util.is* type checks.
const util = require('util');

const values = [undefined, null, true, 0, 'str', Symbol('s'), {}, [], () => {}, /re/, new Date(0),
  new Error('e'), Object.create(Error.prototype), new TypeError('t')];
const names = ['isArray', 'isBoolean', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString',
  'isSymbol', 'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError', 'isFunction',
  'isPrimitive'];
for (const name of names) {
  console.log(name.padEnd(18), values.map((v) => (util[name](v) ? 1 : 0)).join(' '));
}
const fakeError = { [Symbol.toStringTag]: 'Error' };
console.log(util.isError(fakeError));

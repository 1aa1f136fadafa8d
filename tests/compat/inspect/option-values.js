// Unusual option values: inspect accepts them without validation.
const { inspect } = require('util');
const obj = { a: [1, 2, { b: 'str' }], c: new Map([[1, 2]]) };
console.log(inspect(obj, { depth: '1' }));
console.log(inspect(obj, { depth: NaN }));
console.log(inspect(obj, { depth: -Infinity }));
console.log(inspect(obj, { breakLength: -1 }));
console.log(inspect(obj, { breakLength: '50' }));
console.log(inspect(obj, { compact: '3' }));
console.log(inspect(obj, { compact: 0.5 }));
console.log(inspect(obj, { maxArrayLength: 1.5 }));
console.log(inspect(obj, { maxArrayLength: '1' }));
console.log(inspect(obj, { colors: 1 }));
console.log(inspect(obj, { showHidden: 'yes' }));
try {
  inspect(obj, { sorted: 1 });
} catch (e) {
  console.log('sorted: 1 ->', e.name);
}
console.log(inspect(obj, { unknown: true, other: 1 }));
console.log(inspect(obj, Object.create({ depth: 0 })));
console.log(inspect(obj, []));
console.log(inspect(obj, 'string'));
console.log(inspect(obj, 5));

// Dates print as ISO strings; invalid dates with toString.
const { inspect } = require('util');
console.log(new Date(0), new Date(1e12), new Date(-1), new Date(8.64e15), new Date(-8.64e15));
console.log(new Date(NaN), new Date('garbage'), [new Date(0)], { d: new Date(86400000) });
const withProp = new Date(0);
withProp.label = 'epoch';
console.log(withProp);
class MyDate extends Date {}
console.log(new MyDate(0), new MyDate(NaN));
console.log(inspect(new Date(0), { colors: true }), inspect(new Date(NaN), { colors: true }));
console.log(Object.setPrototypeOf(new Date(0), null));
console.log(inspect({ a: { b: Object.assign(new Date(0), { x: 1 }) } }, { depth: 1 }));
console.log(Date.prototype, Object.create(Date.prototype));

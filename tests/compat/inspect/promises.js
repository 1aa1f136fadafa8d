// Promises show their state and value.
const { inspect } = require('util');
const pending = new Promise(() => {});
const fulfilled = Promise.resolve({ value: [1, 2] });
const rejected = Promise.reject(new RangeError('nope'));
rejected.catch(() => {});
Error.stackTraceLimit = 0;
const rejected2 = Promise.reject(new Error('no stack'));
rejected2.catch(() => {});
console.log(pending, fulfilled, Promise.resolve(), Promise.resolve(undefined));
console.log(rejected2, [pending], { fulfilled });
console.log(Promise.resolve(Promise.resolve(5)));
const thenable = Promise.resolve({ then: 1 });
console.log(thenable);
const withProps = Promise.resolve(1);
withProps.extra = true;
console.log(withProps);
class MyPromise extends Promise {}
console.log(MyPromise.resolve(2), new MyPromise(() => {}));
console.log(inspect(Promise.resolve({ a: { b: { c: 1 } } }), { depth: 0 }));
console.log(inspect(pending, { colors: true }), inspect(rejected2, { colors: true }));
console.log(inspect(Promise.resolve('x'.repeat(100))));
const later = new Promise((resolve) => setTimeout(() => resolve('done'), 1));
console.log(later);
setTimeout(() => console.log(later), 10);
const rejectedLater = Promise.reject(42);
rejectedLater.catch(() => {});
console.log(rejectedLater);

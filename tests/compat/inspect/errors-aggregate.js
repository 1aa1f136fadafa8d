// AggregateError shows its errors as [errors].
const { inspect } = require('util');
Error.stackTraceLimit = 0;
const agg = new AggregateError([new Error('one'), new TypeError('two'), 'three'], 'many');
console.log(agg);
console.log(new AggregateError([]), new AggregateError([], 'empty'));
console.log({ agg }, inspect(agg, { depth: 0 }));
const withCause = new AggregateError([1], 'with cause', { cause: 'c' });
console.log(withCause);
const fake = new Error('fake errors');
fake.errors = [1, 2];
console.log(fake);
const notArray = new Error('not array');
notArray.errors = 'x';
console.log(notArray);
console.log(inspect(agg, { showHidden: true }));

// Errors without stack frames print in brackets; own properties follow.
const { inspect } = require('util');
Error.stackTraceLimit = 0;
console.log(new Error('message'), new Error(''), new Error(), new TypeError('type'));
console.log(new RangeError('r'), new SyntaxError('s'), new ReferenceError('ref'), new EvalError('e'), new URIError('u'));
console.log([new Error('in array')], { err: new Error('in object') });
const withProps = new Error('props');
withProps.code = 'ERR_SOMETHING';
withProps.details = { a: 1, b: [2] };
console.log(withProps);
console.log(inspect(withProps, { compact: false }));
console.log(inspect(withProps, { colors: true }));
console.log(inspect({ a: { b: withProps } }, { depth: 1 }));
console.log(inspect(new Error('showHidden'), { showHidden: true }));
const multi = new Error('first line\nsecond line');
console.log(multi, [multi]);
console.log(Error.prototype, TypeError.prototype, Object.create(Error.prototype));
console.log(Object.create(TypeError.prototype));

'use strict';
// emit('error') without an 'error' listener throws: an Error value itself, anything
// else wrapped in ERR_UNHANDLED_ERROR (the value in .context).
const EventEmitter = require('events');

const e = new EventEmitter();
const values = [undefined, null, 42, -0, 'a string', "it's", true, 10n, Symbol('s'), NaN];
for (const value of values) {
  try {
    e.emit('error', value);
  } catch (err) {
    console.log(err.name, err.code, err.message, err.context === value ||
      (Number.isNaN(err.context) && Number.isNaN(value)), err instanceof Error,
    JSON.stringify(Object.keys(err)));
  }
}
try {
  e.emit('error');
} catch (err) {
  console.log('no argument:', err.code, err.message, 'context' in err, err.context);
}
const boom = new Error('boom');
try {
  e.emit('error', boom);
} catch (err) {
  console.log('same error:', err === boom, err.message, JSON.stringify(Object.keys(err)));
}
class MyError extends Error {}
try {
  e.emit('error', new MyError('mine'), 'extra');
} catch (err) {
  console.log('subclass:', err instanceof MyError, err.message);
}
const typeError = new TypeError('typed');
try {
  e.emit('error', typeError);
} catch (err) {
  console.log('TypeError:', err === typeError);
}
// An object whose prototype is Error.prototype counts as an Error.
const fake = Object.create(Error.prototype);
try {
  e.emit('error', fake);
} catch (err) {
  console.log('Error.prototype object thrown as is:', err === fake);
}
// With an 'error' listener nothing is thrown and emit returns true.
e.on('error', (err) => console.log('handled', String(err)));
console.log(e.emit('error', 'x'));
// An emitter created without the constructor.
const bare = Object.create(EventEmitter.prototype);
try {
  bare.emit('error', 'bare');
} catch (err) {
  console.log('bare:', err.code, err.message);
}
console.log(bare.emit('other'));

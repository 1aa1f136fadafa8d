// Real stacks: the header and the frames in this file (paths replaced).
const { inspect } = require('util');
function keepOwn(text) {
  return text.split(__dirname).join('<dir>').split('\n')
    .filter((line) => !line.includes('node:') && !line.includes('(<anonymous>)')).join('\n');
}
function thrower() {
  throw new Error('thrown');
}
try {
  thrower();
} catch (e) {
  console.log(keepOwn(inspect(e)));
  console.log(keepOwn(inspect({ nested: e })));
}
class ValidationError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ValidationError';
    this.field = 'name';
  }
}
const v = new ValidationError('invalid');
console.log(keepOwn(inspect(v)).split('\n')[0]);
console.log(keepOwn(inspect(v)).split('\n').pop());
const e2 = new TypeError('second');
console.log(keepOwn(inspect(e2)));

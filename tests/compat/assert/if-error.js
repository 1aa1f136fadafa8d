'use strict';
const assert = require('assert');
const { check } = require('./_common');


check('null', () => assert.ifError(null));
check('undefined', () => assert.ifError(undefined));
check('zero', () => assert.ifError(0));
check('false', () => assert.ifError(false));
check('empty string', () => assert.ifError(''));
check('string', () => assert.ifError('error string'));
check('error', () => assert.ifError(new Error('boom')));
check('error without message', () => assert.ifError(new TypeError('')));
check('object with message', () => assert.ifError({ message: 'obj' }));
check('object with empty message', () => assert.ifError({ message: '' }));
check('null prototype', () => assert.ifError(Object.create(null)));
check('number', () => assert.ifError(42));
let err;
try {
  assert.ifError(new Error('with stack'));
} catch (e) {
  err = e;
}
const lines = err.stack.split('\n');
console.log(lines[0]);
console.log('stack continues with frames:', lines.slice(1).every((l) => l.startsWith('    at ')));
console.log('actual is the error', err.actual instanceof Error);

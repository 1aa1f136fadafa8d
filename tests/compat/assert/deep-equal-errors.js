'use strict';
const assert = require('assert');
const { check } = require('./_common');


check('same', () => assert.deepStrictEqual(new Error('a'), new Error('a')));
check('message', () => assert.deepStrictEqual(new Error('a'), new Error('b')));
check('class', () => assert.deepStrictEqual(new Error('a'), new TypeError('a')));
check('loose class', () => assert.deepEqual(new Error('a'), new TypeError('b')));
check('property', () => assert.deepStrictEqual(Object.assign(new Error('a'), { code: 1 }), Object.assign(new Error('a'), { code: 2 })));
// Without a stack, an error prints as [Error: a] in the messages.
function noStack(err) {
  delete err.stack;
  return err;
}
check('vs plain object', () => assert.deepStrictEqual(noStack(new Error('a')), { message: 'a', name: 'Error' }));
check('loose vs plain', () => assert.deepEqual(noStack(new Error('a')), {}));
check('cause errors', () => assert.deepStrictEqual(new Error('a', { cause: new Error('x') }), new Error('a', { cause: new Error('x') })));
check('aggregate errors', () => assert.deepStrictEqual(new AggregateError([1], 'm'), new AggregateError([2], 'm')));
check('aggregate equal', () => assert.deepStrictEqual(new AggregateError([new Error('e')], 'm'), new AggregateError([new Error('e')], 'm')));
check('notDeepStrictEqual same', () => assert.notDeepStrictEqual(new Error('a'), new Error('a')));
check('strictEqual errors', () => assert.strictEqual(new Error('a'), new RangeError('b')));
class MyError extends Error {}
check('subclass', () => assert.deepStrictEqual(new MyError('a'), new Error('a')));
check('name changed', () => {
  const e = new Error('a');
  e.name = 'Custom';
  assert.deepStrictEqual(e, new Error('a'));
});

'use strict';
const assert = require('assert');
const { check } = require('./_common');


check('throws', () => assert.throws(() => { throw new Error('boom'); }));
check('no throw', () => assert.throws(() => {}));
check('no throw with message', () => assert.throws(() => {}, 'custom message'));
check('no throw with class', () => assert.throws(() => {}, TypeError));
check('no throw with class and message', () => assert.throws(() => {}, TypeError, 'msg'));
check('no throw with regexp', () => assert.throws(() => {}, /x/));
check('no throw with named fn', () => assert.throws(() => {}, function validate() { return true; }));
check('no throw with object', () => assert.throws(() => {}, { message: 'x' }));
check('no throw with Error message', () => assert.throws(() => {}, TypeError, new RangeError('replacement')));
check('throws primitive', () => assert.throws(() => { throw 'str'; }));
check('throws undefined', () => assert.throws(() => { throw undefined; }));
let threw;
try {
  assert.throws(() => { throw new Error('x'); }, RangeError);
} catch (e) {
  threw = e;
}
console.log('thrown is original:', threw.actual instanceof Error && threw.actual.message === 'x');

'use strict';
const assert = require('assert');
const { check } = require('./_common');


console.log(assert.throws(() => { throw new Error('x'); }));
console.log(assert.doesNotThrow(() => 5));
console.log(assert.ok(1), assert.strictEqual(1, 1), assert.deepEqual({}, {}), assert.match('a', /a/));
const order = [];
check('fn called once', () => assert.throws(() => { order.push('called'); throw new Error('x'); }, (e) => { order.push('validated'); return true; }));
console.log(order);
check('validation fn this', () => assert.throws(() => { throw new Error('x'); }, function() { console.log('this is object:', typeof this, Object.keys(this).length); return true; }));
check('getter on thrown object', () => assert.throws(() => { throw { get message() { return 'computed'; } }; }, { message: 'computed' }));

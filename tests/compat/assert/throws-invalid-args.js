'use strict';
const assert = require('assert');
const { check } = require('./_common');


const boom = () => { throw new Error('boom'); };
check('fn not a function', () => assert.throws('not a function'));
check('no fn', () => assert.throws());
check('error is a number', () => assert.throws(boom, 5));
check('error is true', () => assert.throws(boom, true));
check('string error with message', () => assert.throws(boom, 'boom', 'message'));
check('string error with undefined message', () => assert.throws(boom, 'x', undefined));
check('ambiguous message', () => assert.throws(boom, 'boom'));
check('ambiguous thrown string', () => assert.throws(() => { throw 'same'; }, 'same'));
check('string as message', () => assert.throws(boom, 'other'));
check('empty validation object', () => assert.throws(boom, {}));
check('null error', () => assert.throws(boom, null));
check('doesNotThrow fn not function', () => assert.doesNotThrow(5));
check('doesNotThrow bad expected', () => assert.doesNotThrow(boom, 5));
check('doesNotThrow object expected', () => assert.doesNotThrow(boom, { message: 'boom' }));

'use strict';
const assert = require('assert');
const { check } = require('./_common');


check('numbers', () => assert.deepStrictEqual(new Number(1), new Number(2)));
check('same numbers', () => assert.deepStrictEqual(new Number(1), new Number(1)));
check('number object vs primitive', () => assert.deepStrictEqual(new Number(1), 1));
check('loose number object vs primitive', () => assert.deepEqual(new Number(1), 1));
check('0 -0 boxed', () => assert.deepEqual(new Number(0), new Number(-0)));
check('NaN boxed', () => assert.deepStrictEqual(new Number(NaN), new Number(NaN)));
check('strings', () => assert.deepStrictEqual(new String('foo'), Object('foo')));
check('strings differ', () => assert.deepStrictEqual(new String('foo'), new String('bar')));
check('string with props', () => assert.deepStrictEqual(Object.assign(new String('ab'), { x: 1 }), new String('ab')));
check('booleans', () => assert.deepStrictEqual(new Boolean(true), new Boolean(false)));
check('bigint objects', () => assert.deepStrictEqual(Object(1n), Object(2n)));
check('symbol objects', () => assert.deepStrictEqual(Object(Symbol.iterator), Object(Symbol.iterator)));
check('symbol objects differ', () => assert.deepStrictEqual(Object(Symbol('a')), Object(Symbol('a'))));
check('number vs string object', () => assert.deepEqual(new Number(1), new String('1')));

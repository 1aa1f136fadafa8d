'use strict';
const assert = require('assert');
const { check } = require('./_common');


check('1 2', () => assert.strictEqual(1, 2));
check('1 "1"', () => assert.strictEqual(1, '1'));
check('0 -0', () => assert.strictEqual(0, -0));
check('-0 0', () => assert.strictEqual(-0, 0));
check('NaN NaN', () => assert.strictEqual(NaN, NaN));
check('null undefined', () => assert.strictEqual(null, undefined));
check('true false', () => assert.strictEqual(true, false));
check('bigint', () => assert.strictEqual(1n, 2n));
check('bigint vs number', () => assert.strictEqual(1n, 1));
check('symbols', () => assert.strictEqual(Symbol('a'), Symbol('a')));
check('short strings', () => assert.strictEqual('abc', 'abd'));
check('12 chars total', () => assert.strictEqual('abcd', 'abce'));
check('13 chars total', () => assert.strictEqual('abcd', 'abcde'));
check('indicator', () => assert.strictEqual('hello world foo', 'hello world bar'));
check('indicator after 3', () => assert.strictEqual('abcdefghij', 'abcXefghij'));
check('no indicator at start', () => assert.strictEqual('Xbcdefghijkl', 'abcdefghijkl'));
check('undefined vs string', () => assert.strictEqual(undefined, 'undefined'));
check('Infinity', () => assert.strictEqual(Infinity, -Infinity));
check('number vs object', () => assert.strictEqual(1, { a: 1 }));
check('same strings', () => assert.strictEqual('x', 'x'));

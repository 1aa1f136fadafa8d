'use strict';
const assert = require('assert');
const { check } = require('./_common');


check('1 "1"', () => assert.deepEqual(1, '1'));
check('objects 1 "1"', () => assert.deepEqual({ a: 1 }, { a: '1' }));
check('true 1', () => assert.deepEqual({ a: true }, { a: 1 }));
check('null undefined', () => assert.deepEqual({ a: null }, { a: undefined }));
check('NaN', () => assert.deepEqual({ a: NaN }, { a: NaN }));
check('+00000000 false', () => assert.deepEqual('+00000000', false));
check('numbers differ', () => assert.deepEqual({ a: 1 }, { a: 2 }));
check('symbols ignored', () => assert.deepEqual({ [Symbol('x')]: 1 }, {}));
check('regexp vs date', () => assert.deepEqual(/a/gi, new Date(0)));
check('object vs primitive', () => assert.deepEqual({}, 0));
check('arrays', () => assert.deepEqual([1, 2, 3], ['1', '2', '3']));
check('array vs object', () => assert.deepEqual([1, 2], { 0: 1, 1: 2 }));
check('nested arrays differ', () => assert.deepEqual([[1, 2], [3]], [[1, 2], [4]]));
check('functions', () => assert.deepEqual(() => 1, () => 1));
check('bigint', () => assert.deepEqual(1n, 1));
check('long values', () => assert.deepEqual({ text: 'x'.repeat(300), more: 'y'.repeat(300) }, { text: 'z' }));
check('deepEqual custom message', () => assert.deepEqual({ a: 1 }, { a: 2 }, 'objects differ'));

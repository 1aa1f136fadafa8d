'use strict';
const assert = require('assert');
const { check } = require('./_common');


check('equal objects', () => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
check('number', () => assert.notDeepStrictEqual(1, 1));
check('short string', () => assert.notDeepStrictEqual('abcd', 'abcd'));
check('longer string', () => assert.notDeepStrictEqual('abcdef', 'abcdef'));
check('loosely equal only', () => assert.notDeepStrictEqual({ a: 1 }, { a: '1' }));
check('arrays', () => assert.notDeepStrictEqual([1, 2, 3], [1, 2, 3]));
check('maps', () => assert.notDeepStrictEqual(new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])));
const big = Array.from({ length: 80 }, (_, i) => i);
check('large array', () => assert.notDeepStrictEqual(big, big.slice()));
check('NaN', () => assert.notDeepStrictEqual(NaN, NaN));
check('-0 0', () => assert.notDeepStrictEqual(-0, 0));
check('custom message', () => assert.notDeepStrictEqual({}, {}, 'not again'));

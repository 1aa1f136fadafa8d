'use strict';
const assert = require('assert');
const { check } = require('./_common');


check('deepStrictEqual NaN', () => assert.deepStrictEqual(NaN, NaN));
check('deepStrictEqual 0 -0', () => assert.deepStrictEqual(0, -0));
check('deepStrictEqual -0 -0', () => assert.deepStrictEqual(-0, -0));
check('deepEqual 0 -0', () => assert.deepEqual(0, -0));
check('nested -0', () => assert.deepStrictEqual({ a: [0] }, { a: [-0] }));
check('nested -0 loose', () => assert.deepEqual({ a: [0] }, { a: [-0] }));
check('set with -0', () => assert.deepStrictEqual(new Set([0]), new Set([-0])));
check('map key -0', () => assert.deepStrictEqual(new Map([[0, 'a']]), new Map([[-0, 'a']])));
check('NaN in array', () => assert.deepStrictEqual([NaN], [NaN]));
check('NaN vs number', () => assert.deepStrictEqual({ n: NaN }, { n: 0 }));

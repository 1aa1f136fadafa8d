'use strict';
const assert = require('assert');
const { check } = require('./_common');


check('element', () => assert.deepStrictEqual([1, 2, 3], [1, 2, 4]));
check('length', () => assert.deepStrictEqual([1], [1, 2]));
check('longer actual', () => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 7, 8, 9]));
check('nested', () => assert.deepStrictEqual([[[1, 2, 3]], 4, 5], [[[1, 2, '3']], 4, 5]));
check('100 elements', () => assert.deepStrictEqual(
  Array.from({ length: 100 }, (_, i) => i), Array.from({ length: 100 }, (_, i) => (i === 50 ? -1 : i))));
check('all different', () => assert.deepStrictEqual(
  Array.from({ length: 100 }, (_, i) => i), Array.from({ length: 100 }, (_, i) => -i - 1)));
check('insert', () => assert.deepStrictEqual([1, 2, 3, 4, 5, 6], [1, 2, 9, 3, 4, 5, 6]));
check('remove', () => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 4, 5, 6, 7, 8]));
check('empty vs nonempty', () => assert.deepStrictEqual([], [1]));
check('array vs object', () => assert.deepStrictEqual([], {}));
check('array-like', () => assert.deepStrictEqual([1, 2], { 0: 1, 1: 2, length: 2 }));
check('equal', () => assert.deepStrictEqual([1, [2, [3]]], [1, [2, [3]]]));
check('strings in array', () => assert.deepStrictEqual(['a', 'b', 'c'], ['a', 'B', 'c']));

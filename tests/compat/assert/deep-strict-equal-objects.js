'use strict';
const assert = require('assert');
const { check } = require('./_common');


check('flat', () => assert.deepStrictEqual({ a: 1, b: 2 }, { a: 1, b: 3 }));
check('missing key', () => assert.deepStrictEqual({ a: 1 }, { a: 1, b: 2 }));
check('extra key', () => assert.deepStrictEqual({ a: 1, b: 2 }, { a: 1 }));
check('key order ignored', () => assert.deepStrictEqual({ a: 1, b: 2 }, { b: 2, a: 1 }));
check('nested', () => assert.deepStrictEqual({ a: { b: { c: [1, 2, 3] } } }, { a: { b: { c: [1, 2, '3'] } } }));
check('type difference', () => assert.deepStrictEqual({ a: 1 }, { a: '1' }));
check('undefined property', () => assert.deepStrictEqual({ a: undefined }, {}));
check('null vs undefined', () => assert.deepStrictEqual({ a: null }, { a: undefined }));
check('many keys one change', () => assert.deepStrictEqual(
  { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8 }, { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 9 }));
check('change in middle', () => assert.deepStrictEqual(
  { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10 },
  { a: 1, b: 2, c: 3, d: 4, e: 50, f: 6, g: 7, h: 8, i: 9, j: 10 }));
check('equal', () => assert.deepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }));
check('primitives', () => assert.deepStrictEqual(1, 2));
check('string vs number', () => assert.deepStrictEqual('1', 1));
check('identical but not equal', () => assert.deepStrictEqual({ a: Symbol('s') }, { a: Symbol('s') }));

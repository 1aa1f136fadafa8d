'use strict';
const assert = require('assert');
const { check } = require('./_common');


check('1 1', () => assert.notStrictEqual(1, 1));
check('short string', () => assert.notStrictEqual('abcd', 'abcd'));
check('6 char string', () => assert.notStrictEqual('abcdef', 'abcdef'));
check('NaN', () => assert.notStrictEqual(NaN, NaN));
check('0 -0', () => assert.notStrictEqual(0, -0));
check('null', () => assert.notStrictEqual(null, null));
check('undefined', () => assert.notStrictEqual(undefined, undefined));
const o = { a: 1, b: [1, 2] };
check('same object', () => assert.notStrictEqual(o, o));
const f = function named() {};
check('same function', () => assert.notStrictEqual(f, f));
const big = {};
for (let i = 0; i < 60; i++) big[`key${i}`] = i;
check('big object', () => assert.notStrictEqual(big, big));
check('multi-line string', () => assert.notStrictEqual('a\nb', 'a\nb'));
check('custom message', () => assert.notStrictEqual(1, 1, 'must differ'));
check('different', () => assert.notStrictEqual(1, 2));

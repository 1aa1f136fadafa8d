'use strict';
const assert = require('assert');
const { check } = require('./_common');


const s = Symbol('s');
check('same symbol key', () => assert.deepStrictEqual({ [s]: 1 }, { [s]: 1 }));
check('symbol value differs', () => assert.deepStrictEqual({ [s]: 1 }, { [s]: 2 }));
check('different symbols', () => assert.deepStrictEqual({ [Symbol('a')]: 1 }, { [Symbol('a')]: 1 }));
check('missing symbol', () => assert.deepStrictEqual({ [s]: 1 }, {}));
check('loose ignores symbols', () => assert.deepEqual({ [s]: 1 }, { [s]: 2 }));
check('non-enumerable symbol', () => assert.deepStrictEqual(Object.defineProperty({}, s, { value: 1 }), {}));
check('non-enumerable string key', () => assert.deepStrictEqual(Object.defineProperty({}, 'hidden', { value: 1 }), {}));
check('enumerable vs non-enumerable', () => assert.deepStrictEqual(Object.defineProperty({}, 'a', { value: 1 }), { a: 1 }));
check('symbol on array', () => assert.deepStrictEqual(Object.assign([1], { [s]: 1 }), [1]));
check('symbol values', () => assert.deepStrictEqual({ a: s }, { a: s }));
check('symbol values differ', () => assert.deepStrictEqual({ a: Symbol('x') }, { a: Symbol('y') }));

'use strict';
const assert = require('assert');
const { check } = require('./_common');


check('equal sets', () => assert.deepStrictEqual(new Set([1, 2, 3]), new Set([3, 2, 1])));
check('different member', () => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])));
check('size', () => assert.deepStrictEqual(new Set([1]), new Set([1, 2])));
check('objects', () => assert.deepStrictEqual(new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }])));
check('objects differ', () => assert.deepStrictEqual(new Set([{ a: 1 }]), new Set([{ a: 2 }])));
check('duplicate-looking objects', () => assert.deepStrictEqual(new Set([[1], [1]]), new Set([[1], [2]])));
check('loose primitives', () => assert.deepEqual(new Set([1, '2']), new Set(['1', 2])));
check('loose mismatch', () => assert.deepEqual(new Set([1, 2]), new Set(['1', '1'])));
check('loose null undefined', () => assert.deepEqual(new Set([null]), new Set([undefined])));
check('strict primitives', () => assert.deepStrictEqual(new Set([1]), new Set(['1'])));
check('NaN members', () => assert.deepStrictEqual(new Set([NaN]), new Set([NaN])));
check('loose NaN string', () => assert.deepEqual(new Set(['NaN']), new Set([NaN])));
check('symbols', () => assert.deepEqual(new Set([Symbol.iterator]), new Set([Symbol.iterator])));
check('set vs array', () => assert.deepStrictEqual(new Set([1]), [1]));
check('nested', () => assert.deepStrictEqual(new Set([new Set([1, 2])]), new Set([new Set([1, 3])])));

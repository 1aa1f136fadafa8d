'use strict';
const assert = require('assert');
const { check } = require('./_common');


check('strictEqual', () => assert.strictEqual(1, 2, 'custom'));
check('strictEqual long', () => assert.strictEqual('a'.repeat(20), 'b'.repeat(20), 'custom'));
check('strictEqual indicator', () => assert.strictEqual('hello world foo', 'hello world bar', 'cm'));
check('strictEqual same structure', () => assert.strictEqual({}, {}, 'custom'));
check('deepStrictEqual', () => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'custom'));
check('deepStrictEqual multi-line message', () => assert.deepStrictEqual([1], [2], 'line one\nline two'));
check('deepStrictEqual zero message', () => assert.deepStrictEqual([1], [2], 0));
check('notStrictEqual', () => assert.notStrictEqual(1, 1, 'custom'));
check('deepEqual', () => assert.deepEqual({ a: 1 }, { a: 2 }, 'custom'));
check('notDeepStrictEqual', () => assert.notDeepStrictEqual({}, {}, 'custom'));
check('equal', () => assert.equal(1, 2, 'custom'));
check('Error message is thrown', () => assert.strictEqual(1, 2, new TypeError('mine')));
check('Error message deepEqual', () => assert.deepEqual(1, 2, new RangeError('range')));
check('empty string message', () => assert.strictEqual(1, 2, ''));
check('object message', () => assert.deepStrictEqual(1, 2, { toString() { return 'obj'; } }));

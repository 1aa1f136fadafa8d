'use strict';
const assert = require('assert');
const { check } = require('./_common');


check('object vs array', () => assert.deepStrictEqual({}, []));
check('string vs String', () => assert.deepStrictEqual('a', new String('a')));
check('arrays of objects', () => assert.deepStrictEqual([{ a: 1 }, { b: 2 }], [{ a: 1 }, { b: 3 }]));
check('map in object', () => assert.deepStrictEqual({ m: new Map([['a', 1]]) }, { m: new Map([['a', 2]]) }));
check('set in array', () => assert.deepStrictEqual([new Set([1])], [new Set([2])]));
check('nested undefined', () => assert.deepStrictEqual({ a: { b: undefined } }, { a: {} }));
check('proxy object', () => assert.deepStrictEqual(new Proxy({ a: 1 }, {}), { a: 1 }));
check('proxy array', () => assert.deepStrictEqual(new Proxy([1, 2], {}), [1, 2]));
check('frozen', () => assert.deepStrictEqual(Object.freeze({ a: 1 }), { a: 1 }));
check('multi-line string values', () => assert.deepStrictEqual({ s: 'line one\nline two\nline three\nline four' }, { s: 'line one\nline 2\nline three\nline four' }));
check('bigint values', () => assert.deepStrictEqual({ n: 1n }, { n: 2n }));
check('functions in objects', () => assert.deepStrictEqual({ f: function named() {} }, { f: function named() {} }));
check('class instances differ', () => {
  class Point { constructor(x, y) { this.x = x; this.y = y; } }
  assert.deepStrictEqual(new Point(1, 2), new Point(1, 3));
});
check('array with holes vs objects', () => assert.deepStrictEqual([, { a: 1 }], [, { a: 2 }]));

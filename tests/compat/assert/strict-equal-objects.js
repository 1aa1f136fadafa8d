'use strict';
const assert = require('assert');
const { check } = require('./_common');


check('empty objects', () => assert.strictEqual({}, {}));
check('same arrays', () => assert.strictEqual([1, 2], [1, 2]));
check('different objects', () => assert.strictEqual({ a: 1 }, { a: 2 }));
check('functions', () => assert.strictEqual(function f() {}, function f() {}));
check('anonymous functions', () => assert.strictEqual(() => {}, () => {}));
check('object vs null', () => assert.strictEqual({}, null));
check('array vs object', () => assert.strictEqual([], {}));
check('nested', () => assert.strictEqual({ a: { b: [1, 2, 3] } }, { a: { b: [1, 2, 4] } }));
check('same reference', () => { const o = { a: 1 }; assert.strictEqual(o, o); });
check('Map', () => assert.strictEqual(new Map([[1, 2]]), new Map([[1, 2]])));
check('Date', () => assert.strictEqual(new Date(0), new Date(0)));

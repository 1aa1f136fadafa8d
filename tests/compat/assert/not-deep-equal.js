'use strict';
const assert = require('assert');
const { check } = require('./_common');


check('equal objects', () => assert.notDeepEqual({ a: 1 }, { a: 1 }));
check('loosely equal', () => assert.notDeepEqual({ a: 1 }, { a: '1' }));
check('primitives', () => assert.notDeepEqual(1, '1'));
check('different', () => assert.notDeepEqual({ a: 1 }, { a: 2 }));
check('long equal strings', () => assert.notDeepEqual('a'.repeat(1100), 'a'.repeat(1100)));
check('long loosely equal', () => assert.notDeepEqual({ v: 'x'.repeat(600), n: 1 }, { v: 'x'.repeat(600), n: '1' }));
check('arrays', () => assert.notDeepEqual([1, [2]], [1, [2]]));
check('custom message', () => assert.notDeepEqual([1], [1], 'should differ'));

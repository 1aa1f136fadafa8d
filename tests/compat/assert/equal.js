'use strict';
const assert = require('assert');
const { check } = require('./_common');


check('1 == "1"', () => assert.equal(1, '1'));
check('null == undefined', () => assert.equal(null, undefined));
check('NaN == NaN', () => assert.equal(NaN, NaN));
check('1 == 2', () => assert.equal(1, 2));
check('strings', () => assert.equal('a', 'b'));
check('objects', () => assert.equal({ a: 1 }, { a: 1 }));
check('same object', () => { const o = {}; assert.equal(o, o); });
check('long string', () => assert.equal('x'.repeat(600), 'y'));
check('multiline', () => assert.equal('a\nb', 'a\nc'));
check('array vs string', () => assert.equal([1, 2], '1,2'));
check('NaN vs "NaN"', () => assert.equal(NaN, 'NaN'));
check('notEqual 1 1', () => assert.notEqual(1, 1));
check('notEqual 1 "1"', () => assert.notEqual(1, '1'));
check('notEqual NaN NaN', () => assert.notEqual(NaN, NaN));
check('notEqual 1 2', () => assert.notEqual(1, 2));
check('notEqual objects', () => assert.notEqual({}, {}));
check('notEqual null undefined', () => assert.notEqual(null, undefined));
check('equal custom message', () => assert.equal(1, 2, 'one is not two'));
check('notEqual custom message', () => assert.notEqual(1, 1, 'same'));

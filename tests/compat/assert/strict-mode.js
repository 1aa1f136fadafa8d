'use strict';
const assert = require('assert');
const { check } = require('./_common');


const strict = require('assert/strict');
console.log('assert/strict is assert.strict', strict === assert.strict);
console.log('strict.strict', strict.strict === strict);
console.log('names', strict.name, strict.equal.name, strict.deepEqual.name, strict.notEqual.name, strict.notDeepEqual.name);
check('strict equal', () => strict.equal(1, '1'));
check('strict deepEqual', () => strict.deepEqual({ a: 1 }, { a: '1' }));
check('strict notEqual', () => strict.notEqual(1, 1));
check('strict notDeepEqual', () => strict.notDeepEqual({ a: 1 }, { a: 1 }));
check('strict call', () => strict(0));
check('strict.ok', () => strict.ok(''));
check('strict no args', () => strict());
check('strict deepEqual nested', () => strict.deepEqual([[[1, 2, 3]], 4, 5], [[[1, 2, '3']], 4, 5]));
check('loose equal still loose', () => assert.equal(1, '1'));

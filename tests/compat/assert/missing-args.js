'use strict';
const assert = require('assert');
const { check } = require('./_common');


check('equal', () => assert.equal(1));
check('notEqual', () => assert.notEqual());
check('strictEqual', () => assert.strictEqual(1));
check('notStrictEqual', () => assert.notStrictEqual());
check('deepEqual', () => assert.deepEqual({}));
check('notDeepEqual', () => assert.notDeepEqual({}));
check('deepStrictEqual', () => assert.deepStrictEqual(1));
check('notDeepStrictEqual', () => assert.notDeepStrictEqual());
check('explicit undefined', () => assert.strictEqual(undefined, undefined));

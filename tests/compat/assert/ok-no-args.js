'use strict';
const assert = require('assert');
const { check } = require('./_common');


check('assert()', () => assert());
check('assert.ok()', () => assert.ok());
check('assert.strict()', () => assert.strict());
check('strict.ok()', () => assert.strict.ok());
check('eval source', () => eval('assert(false)'));
check('Function source', () => new Function('assert', 'assert.ok(0)')(assert));

// compat: stderr
'use strict';
const assert = require('assert');
const { check } = require('./_common');


check('no args', () => assert.fail());
check('message', () => assert.fail('boom'));
check('Error', () => assert.fail(new TypeError('te')));
check('undefined', () => assert.fail(undefined));
check('null', () => assert.fail(null));
check('number', () => assert.fail(42));
check('two args', () => assert.fail(1, 2));
check('three args', () => assert.fail(1, 2, 'msg'));
check('operator', () => assert.fail(1, 2, undefined, '>'));
check('operator and message', () => assert.fail(1, 2, 'msg', '>'));
check('two undefined', () => assert.fail(undefined, undefined));
check('strict fail', () => assert.strict.fail('strict'));

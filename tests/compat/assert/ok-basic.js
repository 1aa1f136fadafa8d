'use strict';
const assert = require('assert');
const { check } = require('./_common');


check('ok true', () => assert.ok(true));
check('ok 1', () => assert.ok(1));
check('ok object', () => assert.ok({}));
check('assert string', () => assert('x'));
check('ok false with message', () => assert.ok(false, 'it was false'));
check('ok 0 with message', () => assert(0, 'zero'));
check('ok empty string with message', () => assert.ok('', 'empty'));
check('ok NaN with number message', () => assert.ok(NaN, 42));
check('ok null with error message', () => assert.ok(null, new RangeError('custom range')));
check('ok undefined with TypeError', () => assert(undefined, new TypeError('te')));
check('ok false, message undefined explicitly', () => assert.ok(false, undefined));
check('ok false, message null', () => assert.ok(false, null));
check('ok false, message empty string', () => assert.ok(false, ''));

'use strict';
const assert = require('assert');
const { check } = require('./_common');


const boom = () => { throw new Error('boom'); };
check('no throw', () => assert.doesNotThrow(() => {}));
check('throws', () => assert.doesNotThrow(boom));
check('throws with message', () => assert.doesNotThrow(boom, 'custom'));
check('non matching class rethrows', () => assert.doesNotThrow(() => { throw new RangeError('r'); }, TypeError));
check('matching class', () => assert.doesNotThrow(() => { throw new TypeError('t'); }, TypeError));
check('matching class, message', () => assert.doesNotThrow(() => { throw new TypeError('t'); }, TypeError, 'mm'));
check('matching regexp', () => assert.doesNotThrow(boom, /boom/));
check('non matching regexp', () => assert.doesNotThrow(boom, /bam/));
check('validation fn', () => assert.doesNotThrow(boom, () => true));
check('validation fn false', () => assert.doesNotThrow(boom, () => false));
check('thrown string', () => assert.doesNotThrow(() => { throw 'str'; }));
check('thrown null', () => assert.doesNotThrow(() => { throw null; }));
check('Error message', () => assert.doesNotThrow(boom, new TypeError('replacement')));

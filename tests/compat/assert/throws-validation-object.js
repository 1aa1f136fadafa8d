'use strict';
const assert = require('assert');
const { check } = require('./_common');


const boom = () => { throw Object.assign(new Error('boom'), { code: 'E_BOOM', info: { a: 1 } }); };
check('matching', () => assert.throws(boom, { message: 'boom', code: 'E_BOOM' }));
check('message differs', () => assert.throws(boom, { message: 'bam' }));
check('regexp value matches', () => assert.throws(boom, { message: /bo+m/ }));
check('regexp value fails', () => assert.throws(boom, { message: /bam/ }));
check('name', () => assert.throws(boom, { name: 'TypeError', message: 'boom' }));
check('nested value', () => assert.throws(boom, { code: 'E_BOOM', info: { a: 2 } }));
check('nested equal', () => assert.throws(boom, { info: { a: 1 } }));
check('missing key', () => assert.throws(boom, { missing: undefined }));
check('several differences', () => assert.throws(boom, { message: /b/, name: 'TypeError', code: 'E_OTHER' }));
check('with custom message', () => assert.throws(boom, { code: 'E_OTHER' }, 'custom'));
check('Error instance expected', () => assert.throws(boom, new Error('boom')));
check('Error instance differs', () => assert.throws(boom, new Error('bam')));
check('Error instance class name', () => assert.throws(boom, new TypeError('boom')));
check('primitive thrown', () => assert.throws(() => { throw 5; }, { message: 'x' }));
check('null thrown', () => assert.throws(() => { throw null; }, { code: 'x' }));
check('multi-line message', () => assert.throws(() => { throw new Error('a\nb'); }, { message: 'a\nc' }));

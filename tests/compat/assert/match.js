'use strict';
const assert = require('assert');
const { check } = require('./_common');


check('match ok', () => assert.match('abc', /b/));
check('match fails', () => assert.match('abc', /x/));
check('match custom', () => assert.match('abc', /x/, 'custom'));
check('match Error message', () => assert.match('abc', /x/, new TypeError('te')));
check('match number', () => assert.match(123, /1/));
check('match null', () => assert.match(null, /x/));
check('match object', () => assert.match({ a: 1 }, /x/));
check('match string regexp', () => assert.match('abc', 'b'));
check('match flags', () => assert.match('ABC', /b/i));
check('match long input', () => assert.match('x'.repeat(200), /y/));
check('match multi-line input', () => assert.match('line1\nline2', /line3/));
check('doesNotMatch ok', () => assert.doesNotMatch('abc', /x/));
check('doesNotMatch fails', () => assert.doesNotMatch('abc', /b/));
check('doesNotMatch custom', () => assert.doesNotMatch('abc', /b/, 'custom'));
check('doesNotMatch number', () => assert.doesNotMatch(5, /x/));
check('doesNotMatch undefined regexp', () => assert.doesNotMatch('abc'));

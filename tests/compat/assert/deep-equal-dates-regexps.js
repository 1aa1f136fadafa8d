'use strict';
const assert = require('assert');
const { check } = require('./_common');


check('same dates', () => assert.deepStrictEqual(new Date(0), new Date(0)));
check('different dates', () => assert.deepStrictEqual(new Date(0), new Date(1000)));
check('invalid dates', () => assert.deepStrictEqual(new Date(NaN), new Date(NaN)));
check('date with property', () => assert.deepStrictEqual(Object.assign(new Date(0), { x: 1 }), new Date(0)));
check('date vs number', () => assert.deepEqual(new Date(0), 0));
check('loose dates', () => assert.deepEqual(new Date(0), new Date(5)));
check('same regexps', () => assert.deepStrictEqual(/a/g, /a/g));
check('flags', () => assert.deepStrictEqual(/a/g, /a/i));
check('source', () => assert.deepStrictEqual(/a/, /b/));
check('lastIndex', () => {
  const r = /a/g;
  r.lastIndex = 3;
  assert.deepStrictEqual(r, /a/g);
});
check('loose lastIndex', () => {
  const r = /a/g;
  r.lastIndex = 3;
  assert.deepEqual(r, /a/g);
});
check('regexp with property', () => assert.deepStrictEqual(Object.assign(/x/, { p: 1 }), Object.assign(/x/, { p: 2 })));
check('regexp vs string', () => assert.deepStrictEqual(/a/, '/a/'));

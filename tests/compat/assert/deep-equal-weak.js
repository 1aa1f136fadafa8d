'use strict';
const assert = require('assert');
const { check } = require('./_common');


check('weakmaps', () => assert.deepStrictEqual(new WeakMap(), new WeakMap()));
check('weakmap with property', () => {
  const b = new WeakMap();
  b.unequal = true;
  assert.deepStrictEqual(new WeakMap(), b);
});
check('weaksets', () => assert.deepStrictEqual(new WeakSet(), new WeakSet()));
check('weakmap vs weakset', () => assert.deepStrictEqual(new WeakMap(), new WeakSet()));
check('promises', () => assert.deepEqual(Promise.resolve(1), Promise.resolve(2)));
check('functions by identity', () => assert.deepStrictEqual({ f() {} }, { f() {} }));
const fn = () => {};
check('same function', () => assert.deepStrictEqual({ fn }, { fn }));

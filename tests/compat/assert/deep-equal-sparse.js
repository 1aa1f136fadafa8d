'use strict';
const assert = require('assert');
const { check } = require('./_common');


check('hole vs undefined strict', () => assert.deepStrictEqual([1, , 3], [1, undefined, 3]));
check('hole vs undefined loose', () => assert.deepEqual([1, , 3], [1, undefined, 3]));
check('holes', () => assert.deepStrictEqual([1, , 3], [1, , 3]));
check('hole positions', () => assert.deepStrictEqual([, 1], [1, ,]));
check('extra property', () => assert.deepStrictEqual(Object.assign([1, 2], { x: 1 }), [1, 2]));
check('extra properties equal', () => assert.deepStrictEqual(Object.assign([1, 2], { x: 1 }), Object.assign([1, 2], { x: 1 })));
check('extra properties differ', () => assert.deepStrictEqual(Object.assign([1, 2], { x: 1 }), Object.assign([1, 2], { x: 2 })));
check('length', () => {
  const a = [];
  a.length = 3;
  assert.deepStrictEqual(a, []);
});
check('arguments', () => {
  const args = (function() { return arguments; })(1, 2);
  assert.deepStrictEqual(args, [1, 2]);
});
check('arguments equal', () => {
  const make = function() { return arguments; };
  assert.deepStrictEqual(make(1, 2), make(1, 2));
});

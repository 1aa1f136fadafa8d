'use strict';
const assert = require('assert');
const { check } = require('./_common');


check('self cycles', () => {
  const a = { name: 'a' };
  a.self = a;
  const b = { name: 'a' };
  b.self = b;
  assert.deepStrictEqual(a, b);
});
check('cycle values differ', () => {
  const a = { v: 1 };
  a.self = a;
  const b = { v: 2 };
  b.self = b;
  assert.deepStrictEqual(a, b);
});
check('cycle lengths differ', () => {
  const a = {};
  a.self = a;
  const b = {};
  b.self = { self: b };
  assert.deepStrictEqual(a, b);
});
check('array cycles', () => {
  const a = [1];
  a.push(a);
  const b = [1];
  b.push(b);
  assert.deepEqual(a, b);
});
check('map cycles', () => {
  const a = new Map();
  a.set('me', a);
  const b = new Map();
  b.set('me', b);
  assert.deepStrictEqual(a, b);
});
check('shared references', () => {
  const o = { x: 1 };
  assert.deepStrictEqual([o, o], [o, { x: 1 }]);
});
check('notDeepStrictEqual cycles', () => {
  const a = { v: 1 };
  a.self = a;
  const b = { v: 1 };
  b.self = b;
  assert.notDeepStrictEqual(a, b);
});

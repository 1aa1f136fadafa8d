'use strict';
const assert = require('assert');
const { check } = require('./_common');


console.log(typeof assert, assert.name, assert.length, assert === assert.ok);
// partialDeepStrictEqual is node 22's (the node 20 oracle lacks it).
const keys = (object) => Object.keys(object).filter((k) => k !== 'partialDeepStrictEqual');
console.log(keys(assert));
for (const key of keys(assert)) {
  const value = assert[key];
  console.log(key, typeof value, value.name, value.length);
}
console.log(keys(assert.strict));
console.log(assert.strict.equal === assert.strictEqual, assert.strict.ok === assert.ok);
console.log(Object.getOwnPropertyDescriptor(assert, 'strict').enumerable);
console.log(require('node:assert') === assert, require('node:assert/strict') === assert.strict);
console.log(assert.AssertionError.prototype instanceof Error);
console.log(Object.getOwnPropertyNames(assert.AssertionError.prototype));

'use strict';
// assert.throws() and assert.rejects() check errors the engine raised with V8's wording,
// as node does.
const assert = require('assert');
const target = [];
const proxy = new Proxy(target, { ownKeys: () => [] });
assert.throws(() => Reflect.ownKeys(proxy), {
  name: 'TypeError',
  message: "'ownKeys' on proxy: trap result did not include 'length'",
});
assert.throws(() => undefinedVariable, {
  name: 'ReferenceError',
  message: 'undefinedVariable is not defined',
});
assert.throws(() => null.someProperty, /Cannot read properties of null \(reading 'someProperty'\)/);
assert.rejects(async () => missingInAsync, { message: 'missingInAsync is not defined' })
  .then(() => console.log('rejects checked'));
try {
  assert.throws(() => Reflect.ownKeys(proxy), { message: 'something else' });
} catch (e) {
  console.log(e.code, e.actual.message);
}
console.log('throws checked');

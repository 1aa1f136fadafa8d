'use strict';
const assert = require('assert');
const { check } = require('./_common');


const util = require('util');
function show(err) {
  err.stack = `${err.name} [${err.code}]: ${err.message.split('\n')[0]}`;
  console.log(util.inspect(err));
}
show(new assert.AssertionError({ message: 'hi', actual: 'x'.repeat(600), expected: 'short', operator: 'op' }));
show(new assert.AssertionError({ message: 'lines', actual: 'a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl', expected: 1, operator: 'op' }));
show(new assert.AssertionError({ message: 'depth', actual: { a: { b: 1 } }, expected: [1, [2]], operator: 'op' }));
show(new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' }));
const detailed = new assert.AssertionError({
  message: 'details',
  details: [{ message: 'm1', actual: 1, expected: 2, operator: 'o', stack: 'st' }],
});
show(detailed);
let caught;
try {
  assert.deepStrictEqual({ a: 1 }, { a: 2 });
} catch (e) {
  caught = e;
}
show(caught);
console.log(caught.actual, caught.expected);

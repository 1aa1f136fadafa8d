'use strict';
const assert = require('assert');
const { check } = require('./_common');


const { AssertionError } = assert;
console.log(AssertionError.name, AssertionError.length, typeof AssertionError);
const e = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(e instanceof Error, e instanceof AssertionError, e.name, e.code);
console.log(JSON.stringify(e.message), e.generatedMessage);
console.log(Object.keys(e));
console.log(Object.getOwnPropertyNames(e).sort());
console.log(String(e));
console.log(e.stack.split('\n')[0]);
console.log(Object.getOwnPropertyDescriptor(e, 'name'));
console.log(Object.getOwnPropertyDescriptor(e, 'message').enumerable);
const custom = new AssertionError({ message: 'custom text', actual: 'a', expected: 'b', operator: 'x' });
console.log(custom.message, custom.generatedMessage, custom.operator);
const noOp = new AssertionError({ actual: 1, expected: 2 });
console.log(JSON.stringify(noOp.message), noOp.operator);
const unknownOp = new AssertionError({ actual: [1], expected: { a: 1 }, operator: 'likes' });
console.log(JSON.stringify(unknownOp.message));
const numMessage = new AssertionError({ message: 42 });
console.log(JSON.stringify(numMessage.message), numMessage.generatedMessage, 'actual' in numMessage);
const zeroMessage = new AssertionError({ message: 0, actual: 1, expected: 1, operator: 'notStrictEqual' });
console.log(JSON.stringify(zeroMessage.message), zeroMessage.generatedMessage);
for (const bad of [undefined, null, 'x', 5]) {
  try {
    new AssertionError(bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
function outer() {
  return new AssertionError({ message: 'm', stackStartFn: outer });
}
console.log(outer().stack.split('\n')[1].includes('outer'));
const legacy = new AssertionError({ message: 'm', stackStartFunction: outer });
console.log(typeof legacy.stack);

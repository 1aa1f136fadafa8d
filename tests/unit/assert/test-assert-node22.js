'use strict';
// node 22 behaviour of node:assert that the node 20 oracle cannot produce golden output
// for, and properties of the deep comparison checked directly.
const assert = require('assert');
const util = require('util');

let failures = 0;
function check(condition, label) {
  if (!condition) {
    failures++;
    process.stderr.write(`not ok: ${label}\n`);
  }
}

function throwsAssertion(fn) {
  try {
    fn();
  } catch (e) {
    return e.code === 'ERR_ASSERTION' ? e : null;
  }
  return null;
}

// Errors: name, message, cause and errors are compared even when not enumerable; an
// error with { cause: undefined } differs from one without a cause (node 22).
check(!util.isDeepStrictEqual(new Error('a', { cause: 1 }), new Error('a', { cause: 2 })),
      'causes differ');
check(util.isDeepStrictEqual(new Error('a', { cause: { x: [1] } }),
                             new Error('a', { cause: { x: [1] } })), 'equal causes');
check(!util.isDeepStrictEqual(new Error('a', { cause: undefined }), new Error('a')),
      'undefined cause differs from a missing one');
check(!util.isDeepStrictEqual(new AggregateError([1], 'm'), new AggregateError([2], 'm')),
      'AggregateError errors differ');
check(util.isDeepStrictEqual(new AggregateError([new Error('e')], 'm'),
                             new AggregateError([new Error('e')], 'm')), 'equal errors lists');
check(throwsAssertion(() => assert.deepEqual(
  new Error('a', { cause: 'x' }), new Error('a', { cause: 'y' }))) !== null, 'loose cause');

// The diff of two errors that differ by cause shows the causes.
const causeDiff = throwsAssertion(() => assert.deepStrictEqual(
  new Error('a', { cause: 1 }), new Error('a', { cause: 2 })));
check(causeDiff !== null && causeDiff.message.includes('[cause]: 1') &&
      causeDiff.message.includes('[cause]: 2'), `cause diff: ${causeDiff && causeDiff.message}`);

// WeakMap / WeakSet contents are not observable: only own properties are compared.
check(util.isDeepStrictEqual(new WeakMap([[{}, 1]]), new WeakMap()), 'weakmaps');
check(!util.isDeepStrictEqual(new WeakSet(), Object.assign(new WeakSet(), { a: 1 })),
      'weakset own property');

// Cycles.
{
  const a = { v: 1 };
  a.self = a;
  const b = { v: 1 };
  b.self = b;
  check(util.isDeepStrictEqual(a, b), 'self cycles');
  const c = [];
  c.push(c, new Map([['k', c]]));
  const d = [];
  d.push(d, new Map([['k', d]]));
  check(util.isDeepStrictEqual(c, d), 'cycles through maps');
}

// Large inputs finish (element reads instead of per-index ownership checks).
{
  const big = Array.from({ length: 20000 }, (_, i) => ({ i }));
  const copy = big.map((o) => ({ i: o.i }));
  check(util.isDeepStrictEqual(big, copy), 'large arrays');
  copy[19999].i = -1;
  check(!util.isDeepStrictEqual(big, copy), 'large arrays, last differs');
  const holes = new Array(1000);
  holes[500] = undefined;
  check(!util.isDeepStrictEqual(holes, new Array(1000)), 'undefined vs hole');
  check(util.isDeepStrictEqual(new Array(1000), new Array(1000)), 'all holes');
}

// assert.strict is a function and its own `strict`.
check(typeof assert.strict === 'function' && assert.strict.strict === assert.strict,
      'strict shape');

// The AssertionError's stack starts with the code and the caller's frame.
{
  let err;
  function caller() {
    assert.strictEqual(1, 2);
  }
  try {
    caller();
  } catch (e) {
    err = e;
  }
  const lines = err.stack.split('\n');
  check(lines[0] === 'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:',
        `stack header: ${lines[0]}`);
  const firstFrame = lines.find((l) => l.startsWith('    at '));
  check(firstFrame !== undefined && firstFrame.includes('caller'), `first frame: ${firstFrame}`);
}

// internal/assert is not reachable from user code.
check((() => {
  try {
    require('internal/assert');
    return false;
  } catch {
    return true;
  }
})(), 'internal/assert is private');

if (failures > 0) process.exit(1);

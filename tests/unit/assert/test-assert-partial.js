'use strict';
// assert.partialDeepStrictEqual (node 22.13): the examples of node's documentation and the
// comparison rules it lists. The node 20 oracle has no such function.
const assert = require('assert');

let failures = 0;
function check(condition, label) {
  if (!condition) {
    failures++;
    process.stderr.write(`not ok: ${label}\n`);
  }
}

function passes(actual, expected) {
  try {
    assert.partialDeepStrictEqual(actual, expected);
    return true;
  } catch (e) {
    if (e.code !== 'ERR_ASSERTION') throw e;
    return false;
  }
}

check(typeof assert.partialDeepStrictEqual === 'function', 'exists');
check(assert.strict.partialDeepStrictEqual === assert.partialDeepStrictEqual, 'on strict');

// Documentation examples.
check(passes({ a: { b: { c: 1 } } }, { a: { b: { c: 1 } } }), 'nested equal');
check(passes({ a: 1, b: 2, c: 3 }, { b: 2 }), 'subset of keys');
check(passes([1, 2, 3, 4, 5, 6, 7, 8, 9], [4, 5, 8]), 'ordered subsequence');
check(passes(new Set([{ a: 1 }, { b: 1 }]), new Set([{ a: 1 }])), 'set subset');
check(passes(new Map([['key1', 'value1'], ['key2', 'value2']]), new Map([['key2', 'value2']])),
      'map subset');
check(passes(123n, 123n), 'bigint');
check(!passes([1, 2, 3, 4, 5, 6, 7, 8, 9], [5, 4, 8]), 'order matters');
check(!passes({ a: 1 }, { a: 1, b: 2 }), 'extra expected key');
check(!passes({ a: { b: 2 } }, { a: { b: '2' } }), 'no coercion');

// Comparison rules.
check(passes(NaN, NaN) && !passes(0, -0), 'Object.is for primitives');
check(!passes([], {}), 'type tags');
class A { constructor() { this.x = 1; } }
check(passes(new A(), { x: 1 }), 'prototypes are not compared');
check(passes({ [Symbol.for('s')]: 1, t: 2 }, { [Symbol.for('s')]: 1 }), 'symbol keys');
check(!passes({ a: 1 }, { [Symbol.for('s')]: 1 }), 'missing symbol key');
check(passes([1, , 3], [1, 3]) && passes([1, 2, 3], [1, , 3]), 'holes ignored');
check(passes(new Error('m', { cause: 1 }), new Error('m')), 'expected without cause');
check(!passes(new Error('m'), new Error('m', { cause: 1 })), 'expected cause required');
check(!passes(new Error('m'), new Error('n')), 'error messages');
check(passes(/a/g, /a/g) && !passes(/a/g, /a/i), 'regexps');
check(passes(new Date(5), new Date(5)) && !passes(new Date(5), new Date(6)), 'dates');
check(passes(new Uint8Array([1, 2, 3]), new Uint8Array([1, 3])), 'typed array subsequence');
check(!passes(new Uint8Array([1, 2, 3]), new Uint8Array([3, 1])), 'typed array order');
check(passes(new Map([[{ k: 1 }, { v: 1, w: 2 }]]), new Map([[{ k: 1 }, { v: 1 }]])),
      'map object keys and partial values');
check(!passes(new Set([1]), new Set([1, 2])), 'larger expected set');
{
  const a = { v: 1, extra: true };
  a.self = a;
  const b = { v: 1 };
  b.self = b;
  check(passes(a, b), 'cycles');
}

// A failure names the operator and reads like deepStrictEqual's diff.
try {
  assert.partialDeepStrictEqual({ a: 1, b: 2 }, { b: 3 });
  check(false, 'throws');
} catch (e) {
  check(e.operator === 'partialDeepStrictEqual', `operator ${e.operator}`);
  check(e.message.startsWith('Expected values to be partially and strictly deep-equal:\n'),
        `message ${JSON.stringify(e.message)}`);
  check(e.generatedMessage === true, 'generatedMessage');
}
try {
  assert.partialDeepStrictEqual({ a: 1 }, { a: 2 }, 'custom');
} catch (e) {
  check(e.message.startsWith('custom\n'), 'custom message heads the diff');
}
try {
  assert.partialDeepStrictEqual(1);
} catch (e) {
  check(e.code === 'ERR_MISSING_ARGS', 'missing args');
}

if (failures > 0) process.exit(1);

// compat: stderr
'use strict';
const assert = require('assert');
const { check } = require('./_common');


const tracker = new assert.CallTracker();
console.log(tracker instanceof assert.CallTracker);
function add(a, b) { return a + b; }
const tracked = tracker.calls(add, 2);
console.log(tracked.name, tracked.length, tracked === add, tracked(1, 2));
const noop = tracker.calls(3);
const implicit = tracker.calls();
implicit();
console.log(typeof noop, JSON.stringify(noop.name));
for (const r of tracker.report()) {
  console.log(r.message, r.actual, r.expected, r.operator, r.stack instanceof Error);
}
console.log(tracker.getCalls(tracked));
const calls = tracker.getCalls(tracked);
console.log(Object.isFrozen(calls), Object.isFrozen(calls[0]), Object.isFrozen(calls[0].arguments));
check('getCalls untracked', () => tracker.getCalls(add));
try {
  tracker.verify();
} catch (e) {
  console.log(e.message, e.generatedMessage, e.operator);
  console.log(Object.keys(e));
}
tracked(3, 4);
try {
  tracker.verify();
} catch (e) {
  console.log(e.message, Object.keys(e));
}
tracker.reset(tracked);
console.log(tracker.getCalls(tracked));
check('reset untracked', () => tracker.reset(add));
tracker.reset();
check('exact 0', () => tracker.calls(add, 0));
check('exact -1', () => tracker.calls(add, -1));
check('exact string', () => tracker.calls(add, 'a'));
const t2 = new assert.CallTracker();
const method = t2.calls(function named() { return this; }, 1);
console.log(method.call('receiver') === 'receiver' || typeof method.call('receiver'));
console.log(t2.getCalls(method).length);
t2.verify();
console.log('verified');
const t3 = new assert.CallTracker();
t3.calls(() => {}, 1);
console.log(t3.report()[0].message);

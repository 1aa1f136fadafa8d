'use strict';
// Performance is a global (the class of the performance object), like the entry classes;
// it cannot be constructed.
const perfHooks = require('perf_hooks');

console.log(typeof Performance, Performance === perfHooks.Performance,
            performance instanceof Performance);
const desc = Object.getOwnPropertyDescriptor(globalThis, 'Performance');
console.log(desc.enumerable, desc.configurable);
console.log(Object.keys(globalThis).includes('Performance'));
try {
  new Performance();
} catch (err) {
  console.log(err.name, err.code, err.message);
}
console.log(Object.prototype.toString.call(performance),
            Object.getPrototypeOf(performance) === Performance.prototype);
// The global can be replaced like the other lazily loaded ones.
globalThis.Performance = 1;
console.log(Performance);

// performance stays an accessor after it is read; assigning replaces what it returns.
function describe() {
  const d = Object.getOwnPropertyDescriptor(globalThis, 'performance');
  return [typeof d.get, d.get && d.get.name, typeof d.set, d.set && d.set.name, d.enumerable,
    d.configurable, 'value' in d];
}
console.log(describe());
const original = performance;
console.log(performance === original, describe());
performance = 'replaced';
console.log(performance, describe());
globalThis.performance = original;
console.log(performance === original);

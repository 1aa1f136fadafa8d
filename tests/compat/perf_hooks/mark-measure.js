'use strict';
// performance.mark() and measure(): explicit start times, every way of naming a measure's
// start and end, detail cloning, the global buffer's getters and the clear functions.
const { PerformanceMark, PerformanceMeasure, PerformanceEntry } = require('perf_hooks');

const show = (e) => `${e.entryType}:${e.name}@${e.startTime}+${e.duration}`;

const a = performance.mark('a', { startTime: 10, detail: { step: 1, list: [1, 2] } });
console.log(a);
console.log(a.toJSON(), JSON.stringify(a));
console.log(a instanceof PerformanceMark, a instanceof PerformanceEntry, a.constructor.name);
console.log(a.detail === a.detail, a.detail.list);
const detail = { nested: { value: 1 } };
const cloned = performance.mark('cloned', { startTime: 1, detail });
console.log(cloned.detail === detail, cloned.detail.nested === detail.nested, cloned.detail);
detail.nested.value = 2;
console.log(cloned.detail.nested.value);
console.log(performance.mark('null-detail', { startTime: 2, detail: null }).detail,
  performance.mark('no-options', null).detail);
performance.clearMarks('no-options');
console.log(performance.mark(42, { startTime: 3 }).name, typeof performance.mark(true, { startTime: 4 }).name);

performance.mark('b', { startTime: 30 });
performance.mark('c', { startTime: 20 });
console.log(show(performance.measure('a to b', 'a', 'b')));
console.log(show(performance.measure('b to a', 'b', 'a')));
console.log(show(performance.measure('undefined to a', undefined, 'a')));
console.log(show(performance.measure('a to 50', 'a', 50)));
console.log(show(performance.measure('start/end', { start: 'a', end: 'c' })));
console.log(show(performance.measure('numbers', { start: 5, end: 25 })));
console.log(show(performance.measure('start+duration', { start: 'c', duration: 7 })));
console.log(show(performance.measure('duration+end', { duration: 4, end: 'b' })));
console.log(show(performance.measure('start+mark duration', { start: 1, duration: 'a' })));
console.log(show(performance.measure('empty options', {}, 'c')));
console.log(show(performance.measure('detail only', { detail: 'x' }, 'c')));
console.log(show(performance.measure('duration ignored', { duration: 1 }, 'c')));
console.log(show(performance.measure('array', [], 'c')));
console.log(show(performance.measure('number start ignored', 12, 'c')));
console.log(performance.measure('with detail', { start: 1, end: 2, detail: [1] }).detail,
  performance.measure('no detail', 'a', 'b').detail);
const m = performance.measure('m', { start: 1, end: 2 });
console.log(m, m instanceof PerformanceMeasure, Object.prototype.toString.call(m));

// A milestone name resolves to nodeTiming's value; a later mark of the same name wins.
console.log(performance.measure('milestone', 'nodeStart', 'a').startTime ===
  performance.nodeTiming.nodeStart);
performance.clearMeasures('milestone');
performance.mark('a', { startTime: 5 });
console.log(show(performance.measure('latest a', 'a', 'b')));

// Constructing a PerformanceMark records its time without buffering it.
new PerformanceMark('constructed', { startTime: 8 });
console.log(performance.getEntriesByName('constructed').length,
  show(performance.measure('from constructed', 'constructed', 'a')));

console.log(performance.getEntries().map(show));
console.log(performance.getEntriesByName('a').map(show));
console.log(performance.getEntriesByName('a', 'mark').length,
  performance.getEntriesByName('a', 'measure').length,
  performance.getEntriesByName('a', 'nope').length);
console.log(performance.getEntriesByType('mark').length, performance.getEntriesByType('measure').length,
  performance.getEntriesByType('function').length, performance.getEntriesByType('resource').length);
const list = performance.getEntries();
list.length = 0;
console.log(performance.getEntries().length > 0);

performance.clearMarks('a');
console.log(performance.getEntriesByName('a').length, performance.getEntriesByType('mark').length);
try {
  performance.measure('gone', 'a');
} catch (err) {
  console.log(err.name, err.message);
}
performance.clearMeasures('a to b');
console.log(performance.getEntriesByName('a to b').length, performance.getEntriesByType('measure').length);
performance.clearMeasures();
console.log(performance.getEntriesByType('measure').length, performance.getEntriesByType('mark').length);
performance.clearMarks();
console.log(performance.getEntries().length);
try {
  performance.measure('after clear', 'b');
} catch (err) {
  console.log(err.name, err.message);
}
console.log(performance.clearMarks(), performance.clearMeasures('x'));

'use strict';
// The names of node's milestones (performance.nodeTiming's fields) cannot name a mark:
// performance.mark() and new PerformanceMark() reject them with ERR_INVALID_ARG_VALUE
// before reading the options, while measure() accepts them as start and end points.
const { performance, PerformanceMark } = require('perf_hooks');

function attempt(label, fn) {
  try {
    const entry = fn();
    console.log(label, 'ok', entry.name, entry.entryType);
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

const milestones = ['nodeStart', 'v8Start', 'environment', 'loopStart', 'loopExit',
  'bootstrapComplete'];
for (const name of milestones) {
  attempt(`mark(${name})`, () => performance.mark(name));
  attempt(`new PerformanceMark(${name})`, () => new PerformanceMark(name));
  // The name is checked before the options object.
  attempt(`mark(${name}, 5)`, () => performance.mark(name, 5));
}
// Names are compared after string conversion, and case matters.
attempt('mark({toString})', () => performance.mark({ toString() { return 'nodeStart'; } }));
attempt('mark(NodeStart)', () => performance.mark('NodeStart'));
attempt('mark(navigationStart)', () => performance.mark('navigationStart'));
console.log(performance.getEntriesByType('mark').map((entry) => entry.name));

// measure() resolves a milestone name to performance.nodeTiming's value.
performance.mark('later', { startTime: 1e6 });
const measure = performance.measure('since-v8', 'v8Start', 'later');
console.log(measure.startTime === performance.nodeTiming.v8Start,
            measure.duration === 1e6 - performance.nodeTiming.v8Start);
const open = performance.measure('since-bootstrap', 'bootstrapComplete');
console.log(open.startTime === performance.nodeTiming.bootstrapComplete);
// loopStart is -1 before the event loop starts, and a negative start is still used.
const early = performance.measure('to-loop', { start: 'loopStart', end: 'later' });
console.log(early.startTime, early.startTime === performance.nodeTiming.loopStart);

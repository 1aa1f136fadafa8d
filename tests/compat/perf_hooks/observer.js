'use strict';
// PerformanceObserver: which entries reach which observer, when the callback runs
// (an immediate after the entries were queued), takeRecords, buffered, disconnect, and the
// entry list's getters.
const { PerformanceObserver, PerformanceObserverEntryList } = require('perf_hooks');

const names = (entries) => entries.map((e) => `${e.entryType}:${e.name}@${e.startTime}`);
const order = [];

const marks = new PerformanceObserver((list, observer) => {
  order.push('marks observer');
  console.log('marks callback', observer === marks, this === undefined,
    list instanceof PerformanceObserverEntryList, Object.prototype.toString.call(list));
  console.log(names(list.getEntries()));
  console.log(names(list.getEntriesByType('mark')), names(list.getEntriesByType('measure')));
  console.log(names(list.getEntriesByName('x')), names(list.getEntriesByName('x', 'measure')),
    names(list.getEntriesByName('x', 'mark')));
  console.log(list);
});
console.log(marks);
marks.observe({ type: 'mark' });
console.log(marks);

const both = new PerformanceObserver((list) => {
  order.push('both observer');
  console.log('both callback', names(list.getEntries()));
});
both.observe({ entryTypes: ['mark', 'measure', 'unknown-type'] });
console.log(both);

performance.mark('x', { startTime: 30 });
performance.mark('y', { startTime: 10 });
performance.measure('x', { start: 5, end: 6 });
console.log(names(marks.takeRecords()), names(marks.takeRecords()));
performance.mark('z', { startTime: 20 });
console.log(marks);

process.nextTick(() => order.push('nextTick'));
Promise.resolve().then(() => order.push('promise'));
// The timeout is armed from the immediate: armed at top level, a slow start (ASan, a
// loaded machine) lets its 5 ms pass before the loop's first check phase.
setImmediate(() => {
  order.push('immediate');
  setTimeout(afterObservers, 5);
});
function afterObservers() {
  order.push('timeout');
  console.log(order);
  marks.disconnect();
  both.disconnect();
  console.log(marks, both);
  performance.mark('unobserved', { startTime: 1 });

  // buffered: the observer also receives the global buffer's entries of its type.
  const buffered = new PerformanceObserver((list, observer) => {
    console.log('buffered callback', names(list.getEntries()));
    observer.disconnect();
    nextStep();
  });
  buffered.observe({ type: 'mark', buffered: true });
}

function nextStep() {
  // Observing one type at a time accumulates types; an unsupported type is ignored.
  const single = new PerformanceObserver((list, observer) => {
    console.log('single callback', names(list.getEntries()));
    observer.disconnect();
    lastStep();
  });
  single.observe({ type: 'mark' });
  single.observe({ type: 'measure' });
  single.observe({ type: 'no-such-type' });
  console.log(single);
  performance.measure('m2', { start: 2, end: 3 });
  performance.mark('m3', { startTime: 1 });
}

function lastStep() {
  // Disconnecting before delivery drops the pending entries; an observer with no supported
  // type does not connect.
  const dropped = new PerformanceObserver(() => console.log('never called'));
  dropped.observe({ type: 'mark' });
  performance.mark('dropped', { startTime: 1 });
  dropped.disconnect();
  const none = new PerformanceObserver(() => console.log('never called'));
  none.observe({ entryTypes: ['nope'] });
  console.log(none);
  none.observe({ type: 'mark' });
  none.disconnect();
  // The callback runs even when takeRecords() emptied the buffer first.
  const emptied = new PerformanceObserver((list, observer) => {
    console.log('emptied callback', list.getEntries().length);
    observer.disconnect();
  });
  emptied.observe({ type: 'mark' });
  performance.mark('taken', { startTime: 1 });
  console.log(emptied.takeRecords().length);
}

// compat: stderr
// compat: node-args=--expose-gc
// A forced collection (global.gc()) gives one 'gc' entry to observers of that type.
const { PerformanceObserver, constants } = require('perf_hooks');
console.log(typeof gc, gc.name, gc.length);
gc();  // nobody observes: no entry
const obs = new PerformanceObserver((list) => {
  const entries = list.getEntries();
  const e = entries[0];
  console.log(entries.length, e.constructor.name, e.name, e.entryType);
  console.log(e.detail, e.detail.kind === constants.NODE_PERFORMANCE_GC_MAJOR,
              e.detail.flags === constants.NODE_PERFORMANCE_GC_FLAGS_FORCED);
  console.log(typeof e.startTime, e.startTime > 0, e.startTime < 1e4, e.duration >= 0);
  console.log(Object.keys(e), Object.keys(e.toJSON()));
  console.log(e.kind, e.flags);
  e.kind = 7;
  console.log(e.kind, e.detail.kind);
  obs.disconnect();
  gc();  // disconnected: no entry
});
obs.observe({ entryTypes: ['gc'] });
gc();
setImmediate(() => setImmediate(() => console.log('done')));

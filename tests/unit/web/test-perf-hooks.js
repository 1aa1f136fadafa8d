'use strict';
// Flags: --expose-gc
// perf_hooks behaviour golden tests cannot show: the clock never goes backwards,
// histograms are freed by the garbage collector (also monitors, once disabled), an enabled
// monitor neither keeps the process alive nor is collected, and loop metrics advance.
const assert = require('assert');
const { createHistogram, monitorEventLoopDelay } = require('perf_hooks');

let last = performance.now();
for (let i = 0; i < 100000; i++) {
  const t = performance.now();
  assert.ok(t >= last);
  last = t;
}

// Thousands of histograms (368 KB of counts each with the default range) come and go.
for (let i = 0; i < 2000; i++) {
  const h = createHistogram();
  h.record(i + 1);
  if (i % 500 === 0) globalThis.gc();
}
for (let i = 0; i < 200; i++) {
  const m = monitorEventLoopDelay({ resolution: 1 });
  m.enable();
  m.disable();
}
globalThis.gc();

// Cloned histograms share their counts with the original.
const original = createHistogram();
const clone = structuredClone(original);
clone.record(5);
assert.strictEqual(original.count, 1);

// An enabled monitor whose object is unreachable keeps sampling until the process ends,
// without keeping the loop alive (this test would otherwise never exit).
(function() {
  monitorEventLoopDelay({ resolution: 1 }).enable();
})();
const kept = monitorEventLoopDelay({ resolution: 1 });
kept.enable();
const startCount = performance.nodeTiming.uvMetricsInfo.loopCount;
setTimeout(() => {
  globalThis.gc();
  setTimeout(() => {
    assert.ok(kept.count > 0);
    assert.ok(performance.nodeTiming.uvMetricsInfo.loopCount > startCount);
    const elu = performance.eventLoopUtilization();
    assert.ok(elu.idle > 0 && elu.active > 0);
    assert.ok(Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 1000);
  }, 20);
}, 20);

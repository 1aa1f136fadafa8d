'use strict';
// The clock and node's additions, checked by relations rather than raw times: now() is
// monotonic and close to Date.now() - timeOrigin, eventLoopUtilization() reports idle and
// active time once the loop runs, timerify() reports calls as 'function' entries,
// monitorEventLoopDelay() samples the loop, nodeTiming's milestones are ordered.
const { PerformanceObserver, createHistogram, monitorEventLoopDelay } = require('perf_hooks');

const t0 = performance.now();
const t1 = performance.now();
console.log(typeof t0, t1 >= t0, t0 > 0);
console.log(Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 1000);
console.log(performance.timeOrigin > 1.6e12, performance.timeOrigin < Date.now());

// Before the loop starts, utilization is all zeros.
console.log(performance.eventLoopUtilization());
console.log(performance.nodeTiming.loopStart, performance.nodeTiming.loopExit);
const nt = performance.nodeTiming;
console.log(nt.nodeStart >= 0, nt.v8Start >= nt.nodeStart, nt.bootstrapComplete >= nt.nodeStart,
  nt.environment >= 0, nt.duration > 0, nt.idleTime >= 0);

function add(a, b) {
  return a + b;
}
const timed = performance.timerify(add);
console.log(timed.name, timed.length, timed === performance.timerify(add), timed(2, 3));
console.log(Object.getOwnPropertyDescriptor(timed, 'name'));
class Point {
  constructor(x) { this.x = x; }
}
const TimedPoint = performance.timerify(Point);
console.log(new TimedPoint(4), TimedPoint.name, TimedPoint.length);
const histogram = createHistogram();
const counted = performance.timerify(function counted() { return 'r'; }, { histogram });
console.log(counted(), counted(), histogram.count, histogram.min > 0);
async function later() { return 'async result'; }
const timedLater = performance.timerify(later);

const seen = [];
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    seen.push(entry);
  }
});
observer.observe({ entryTypes: ['function'] });
timed(1, 2);
new TimedPoint(7);
timedLater(9).then((value) => {
  console.log(value);
  setImmediate(() => {
    observer.disconnect();
    for (const entry of seen) {
      console.log(entry.name, entry.entryType, entry.detail, entry.duration >= 0,
        entry.startTime > 0, entry.constructor.name);
    }
    console.log(performance.getEntriesByType('function').length);
    loopChecks();
  });
});

function loopChecks() {
  const monitor = monitorEventLoopDelay({ resolution: 5 });
  console.log(monitor.constructor.name, monitor.count, monitor.enable(), monitor.enable());
  const before = performance.eventLoopUtilization();
  setTimeout(() => {
    const busyUntil = Date.now() + 30;
    while (Date.now() < busyUntil);
    setTimeout(() => {
      console.log(monitor.disable(), monitor.disable());
      // Samples are the nanoseconds between two expiries of the monitor's timer: one spans
      // the 30 ms busy loop. (Under load, expiries may also come closer than the resolution.)
      console.log(monitor.count >= 2, monitor.min > 0, monitor.max >= 25e6,
        monitor.mean >= monitor.min, monitor.stddev >= 0, monitor.percentile(50) >= monitor.min,
        monitor.exceeds);
      const after = performance.eventLoopUtilization();
      console.log(Object.keys(after), after.idle > 0, after.active > 0,
        after.utilization > 0 && after.utilization < 1);
      const delta = performance.eventLoopUtilization(after, before);
      console.log(delta.active >= 25, delta.idle > 0, delta.utilization > 0 && delta.utilization < 1);
      const since = performance.eventLoopUtilization(before);
      console.log(since.active >= delta.active, since.idle >= delta.idle);
      const loopStart = performance.nodeTiming.loopStart;
      console.log(loopStart > 0, loopStart < performance.now(), performance.nodeTiming.idleTime > 0);
      console.log(performance.nodeTiming.uvMetricsInfo.loopCount > 2);
    }, 40);
  }, 20);
}

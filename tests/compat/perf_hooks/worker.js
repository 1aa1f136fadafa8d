'use strict';
// perf_hooks across threads: a worker shares the process's time origin, a histogram sent
// to a worker is the same histogram there, and Blobs come back intact.
const { Worker } = require('worker_threads');
const { createHistogram } = require('perf_hooks');

const histogram = createHistogram();
histogram.record(10);
const worker = new Worker(`
  const { parentPort, workerData } = require('worker_threads');
  const { monitorEventLoopDelay } = require('perf_hooks');
  const { histogram } = workerData;
  histogram.record(20);
  histogram.record(30);
  const monitor = monitorEventLoopDelay({ resolution: 2 });
  monitor.enable();
  const start = performance.now();
  // The delay monitor records from its second tick on; on a loaded machine both of its
  // first ticks may come late, so wait (boundedly) for a sample instead of a fixed 20 ms.
  const deadline = Date.now() + 10000;
  setTimeout(function report() {
    if (monitor.count === 0 && Date.now() < deadline) return setTimeout(report, 20);
    monitor.disable();
    parentPort.postMessage({
      origin: performance.timeOrigin,
      now: performance.now() > start && start > 0,
      samples: monitor.count > 0,
      utilization: Object.keys(performance.eventLoopUtilization()),
      histogramCount: histogram.count,
      blob: new Blob(['made in a worker'], { type: 'text/x' }),
      mark: performance.mark('in-worker', { startTime: 5 }).toJSON(),
    });
  }, 20);
`, { eval: true, workerData: { histogram } });
worker.on('message', async (message) => {
  console.log(message.origin === performance.timeOrigin, message.now, message.samples,
    message.utilization, message.histogramCount);
  console.log(message.blob, await message.blob.text(), message.mark);
  console.log(histogram.count, histogram.max, histogram.percentiles);
  console.log(performance.getEntriesByName('in-worker').length);
});
worker.on('exit', (code) => console.log('exit', code, histogram.count));

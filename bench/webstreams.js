'use strict';
// WHATWG streams: 1,000,000 small chunks pulled from a ReadableStream, piped through a
// TransformStream (which doubles each number) into a WritableStream that sums them.
const CHUNKS = Number(process.env.WEBSTREAMS_CHUNKS) || 1000000;
const start = process.hrtime.bigint();
let produced = 0;
let sum = 0;
const source = new ReadableStream({
  pull(controller) {
    // Enqueue a batch per pull, as real sources do; the queue's high-water mark bounds it.
    for (let i = 0; i < 16 && produced < CHUNKS; i++) controller.enqueue(produced++);
    if (produced === CHUNKS) controller.close();
  },
}, { highWaterMark: 64 });
const double = new TransformStream({
  transform(chunk, controller) {
    controller.enqueue(chunk * 2);
  },
});
const sink = new WritableStream({
  write(chunk) {
    sum += chunk;
  },
});
source.pipeThrough(double).pipeTo(sink).then(() => {
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stderr.write(`bench ms=${ms.toFixed(3)} check=${sum}\n`);
});

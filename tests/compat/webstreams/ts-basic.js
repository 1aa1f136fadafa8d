'use strict';
// TransformStream: identity transform, the order of transform/flush calls and of the
// writable side's promises relative to reads of the readable side.
const { ticks, settle } = require('./_ticks');
const ts = new TransformStream();
const writer = ts.writable.getWriter();
const reader = ts.readable.getReader();
console.log('writable desiredSize', writer.desiredSize);
settle('write 1', writer.write(1));
console.log('writable desiredSize after write', writer.desiredSize);
settle('write 2', writer.write(2));
settle('read 1', reader.read());
settle('read 2', reader.read());
settle('close', writer.close());
settle('read 3', reader.read());
ticks(8);
// A transformer with transform and flush.
const upper = new TransformStream({
  start(controller) { console.log('start, desiredSize', controller.desiredSize); },
  transform(chunk, controller) {
    console.log('transform', chunk);
    controller.enqueue(chunk.toUpperCase());
    controller.enqueue(`(${chunk.length})`);
  },
  flush(controller) {
    console.log('flush');
    controller.enqueue('END');
  },
});
(async () => {
  await ticks(10, 'u ');
  const w = upper.writable.getWriter();
  w.write('ab');
  w.write('cde');
  w.close();
  const out = [];
  for await (const chunk of upper.readable) out.push(chunk);
  console.log(out);
})();

'use strict';
// TransformStream backpressure: transform() is not called while the readable side is
// full; reads let writes through; the controller's desiredSize follows the readable side.
const { ticks } = require('./_ticks');
let ctl;
const ts = new TransformStream({
  start(c) { ctl = c; },
  transform(chunk, c) {
    console.log('transform', chunk, 'desiredSize', c.desiredSize);
    c.enqueue(chunk);
    console.log('after enqueue, desiredSize', c.desiredSize);
  },
}, { highWaterMark: 2 }, { highWaterMark: 1 });
const writer = ts.writable.getWriter();
const reader = ts.readable.getReader();
(async () => {
  await ticks(2);
  for (const c of ['a', 'b', 'c', 'd']) {
    writer.write(c).then(() => console.log('write', c, 'done'));
    console.log('wrote', c, 'writer desiredSize', writer.desiredSize);
  }
  await ticks(6, 'idle ');
  for (let i = 0; i < 4; i++) {
    const r = await reader.read();
    console.log('read', r.value, 'controller desiredSize', ctl.desiredSize);
    await ticks(3, `after read ${i} `);
  }
})();

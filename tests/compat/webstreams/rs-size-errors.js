'use strict';
// Strategy size functions: a throwing size errors the stream and rethrows from enqueue;
// invalid sizes are RangeErrors.
const { settle } = require('./_ticks');
for (const [label, size] of [
  ['throws', () => { throw new Error('size threw'); }],
  ['negative', () => -1],
  ['NaN', () => NaN],
  ['Infinity', () => Infinity],
  ['string', () => '2'],
  ['zero', () => 0],
]) {
  let controller;
  const rs = new ReadableStream({ start(c) { controller = c; } }, { size, highWaterMark: 4 });
  try {
    controller.enqueue('chunk');
    console.log(label, 'enqueued, desiredSize', controller.desiredSize);
  } catch (e) {
    console.log(label, 'enqueue threw', e.name, e.code, e.message);
  }
  settle(`${label} read`, rs.getReader().read());
}
// size is called without a receiver and with the chunk only.
new ReadableStream({
  start(c) { c.enqueue('abc'); },
}, {
  size(...args) { console.log('size this', this, 'args', args); return 1; },
});

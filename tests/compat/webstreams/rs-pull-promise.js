'use strict';
// pull() returning a promise: pull is not called again until it settles, even with reads
// waiting; pull that enqueues nothing is called again after settling only while reads
// are pending or the queue is below the high-water mark.
const { ticks } = require('./_ticks');
let pulls = 0;
let resolvePull;
const rs = new ReadableStream({
  pull(c) {
    pulls++;
    console.log('pull', pulls, 'desiredSize', c.desiredSize);
    return new Promise((r) => { resolvePull = () => { c.enqueue(pulls); r(); }; });
  },
}, { highWaterMark: 2 });
const reader = rs.getReader();
(async () => {
  await ticks(3);
  reader.read().then((r) => console.log('read a', r));
  reader.read().then((r) => console.log('read b', r));
  await ticks(3, 'waiting ');
  console.log('pulls so far', pulls);
  for (let i = 0; i < 4; i++) {
    resolvePull();
    await ticks(4, `resolved ${i + 1} `);
  }
  console.log('total pulls', pulls);
})();

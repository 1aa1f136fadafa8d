'use strict';
// desiredSize and pull() under different strategies: the queue fills to the high-water
// mark, pull stops while desiredSize <= 0 and resumes as reads drain the queue.
const { ticks } = require('./_ticks');
async function run(label, strategy) {
  console.log(`== ${label}`);
  let n = 0;
  const rs = new ReadableStream({
    pull(c) {
      n++;
      const chunk = 'x'.repeat(n);
      c.enqueue(chunk);
      console.log(`pull ${n} enqueued ${JSON.stringify(chunk)} desiredSize ${c.desiredSize}`);
      if (n === 6) c.close();
    },
  }, strategy);
  await ticks(8, `${label} `);
  const reader = rs.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    console.log('read', value, done);
    if (done) break;
  }
}
(async () => {
  await run('default', undefined);
  await run('hwm3', { highWaterMark: 3 });
  await run('hwm0', { highWaterMark: 0 });
  await run('length-size', { highWaterMark: 5, size: (chunk) => chunk.length });
  await run('count', new CountQueuingStrategy({ highWaterMark: 2 }));
})();

'use strict';
// Writer backpressure: ready is pending while desiredSize <= 0 and resolves when the
// queue drains below the high-water mark; strategies with sizes.
const { ticks } = require('./_ticks');
async function run(label, strategy, chunks = ['ab', 'cde', 'f']) {
  console.log(`== ${label}`);
  let release;
  const ws = new WritableStream({
    write(chunk) {
      console.log('sink write', chunk);
      return new Promise((r) => { release = r; });
    },
  }, strategy);
  const writer = ws.getWriter();
  if (strategy?.highWaterMark === 0) {
    console.log('hwm 0: ready pending at start, desiredSize', writer.desiredSize);
  } else {
    await writer.ready;
  }
  let readyCount = 0;
  const watch = () => {
    const p = writer.ready;
    p.then(() => console.log('ready resolved', ++readyCount, 'desiredSize', writer.desiredSize));
  };
  for (const chunk of chunks) {
    writer.write(chunk);
    console.log('wrote', chunk, 'desiredSize', writer.desiredSize);
  }
  watch();
  for (let i = 0; i < 3; i++) {
    await ticks(2, `${label} ${i} `);
    release();
  }
  await ticks(3, `${label} end `);
}
(async () => {
  await run('default', undefined);
  await run('hwm 2', { highWaterMark: 2 });
  await run('bytes', new ByteLengthQueuingStrategy({ highWaterMark: 4 }),
            [new Uint8Array(2), new Uint8Array(3), new Uint8Array(1)]);
  await run('length', { highWaterMark: 4, size: (c) => c.length });
  await run('hwm 0', { highWaterMark: 0 });
})();

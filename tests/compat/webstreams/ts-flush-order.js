'use strict';
// TransformStream: flush waits for pending transforms; an async transform delays the
// next write; close resolves after flush.
const { ticks, settle } = require('./_ticks');
const ts = new TransformStream({
  async transform(chunk, c) {
    console.log('transform start', chunk);
    await ticks(2, `t${chunk} `);
    c.enqueue(chunk * 10);
    console.log('transform end', chunk);
  },
  async flush(c) {
    console.log('flush start');
    await ticks(1, 'flush ');
    c.enqueue('flushed');
    console.log('flush end');
  },
}, undefined, { highWaterMark: 10 });
const w = ts.writable.getWriter();
settle('w1', w.write(1));
settle('w2', w.write(2));
settle('close', w.close());
(async () => {
  const out = [];
  for await (const v of ts.readable) out.push(v);
  console.log(out);
})();

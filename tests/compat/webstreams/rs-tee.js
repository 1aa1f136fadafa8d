'use strict';
// tee(): both branches see every chunk in order; the source is read once per chunk;
// the source is locked; branches are independent streams.
const { ticks } = require('./_ticks');
let pulls = 0;
const rs = new ReadableStream({
  pull(c) {
    pulls++;
    console.log('source pull', pulls);
    if (pulls > 3) c.close();
    else c.enqueue({ n: pulls });
  },
});
const [a, b] = rs.tee();
console.log('source locked', rs.locked, 'branches', a instanceof ReadableStream, b.locked);
(async () => {
  const ra = a.getReader();
  const rb = b.getReader();
  const x = await ra.read();
  console.log('a read', x);
  const y = await rb.read();
  console.log('b read', y, 'same object', x.value === y.value);
  console.log('a', await ra.read(), await ra.read(), await ra.read());
  console.log('b', await rb.read(), await rb.read(), await rb.read());
  await ticks(3);
  console.log('pulls', pulls);
  // Tee of a tee branch.
  const [c, d] = ReadableStream.from([1, 2]).tee();
  const [e, f] = c.tee();
  for (const s of [d, e, f]) {
    const out = [];
    for await (const v of s) out.push(v);
    console.log(out);
  }
})();

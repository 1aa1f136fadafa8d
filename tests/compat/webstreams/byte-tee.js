'use strict';
// tee() of a byte stream gives two byte streams; each branch gets its own copy of the
// bytes and can be read with a BYOB reader.
(async () => {
  let n = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      n++;
      if (n > 3) c.close();
      else c.enqueue(new Uint8Array([n, n, n]));
    },
  });
  const [a, b] = rs.tee();
  console.log(a, b);
  const ra = a.getReader({ mode: 'byob' });
  const rb = b.getReader();
  const x = await ra.read(new Uint8Array(2));
  const y = await rb.read();
  console.log(x.value, y.value, x.value.buffer === y.value.buffer);
  const outA = [];
  for (;;) {
    const r = await ra.read(new Uint8Array(8));
    if (r.done) break;
    outA.push(Array.from(r.value));
  }
  const outB = [];
  for (;;) {
    const r = await rb.read();
    if (r.done) break;
    outB.push(Array.from(r.value));
  }
  console.log('a', outA, 'b', outB);
})();

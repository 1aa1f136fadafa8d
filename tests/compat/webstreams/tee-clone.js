'use strict';
// tee() with one branch read slowly: the fast branch is not held back, chunks queue for
// the slow one; cancelling one branch keeps the other flowing.
(async () => {
  let n = 0;
  const rs = new ReadableStream({
    pull(c) {
      n++;
      if (n > 5) c.close();
      else c.enqueue(n);
    },
  });
  const [fast, slow] = rs.tee();
  const got = [];
  for await (const v of fast) got.push(v);
  console.log('fast', got, 'source pulls', n);
  const r = slow.getReader();
  const rest = [];
  for (;;) {
    const { value, done } = await r.read();
    if (done) break;
    rest.push(value);
  }
  console.log('slow', rest);
  const [a, b] = ReadableStream.from([1, 2, 3]).tee();
  await a.cancel('not needed');
  const onlyB = [];
  for await (const v of b) onlyB.push(v);
  console.log('b after a cancelled', onlyB);
})();

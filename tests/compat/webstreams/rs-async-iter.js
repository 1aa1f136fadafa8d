'use strict';
// for await over a ReadableStream: chunks in order, interleaving with other promise jobs,
// the lock held during iteration and released at the end.
const { ticks } = require('./_ticks');
function source(n) {
  let i = 0;
  return new ReadableStream({
    pull(c) {
      i++;
      console.log('pull', i);
      if (i > n) c.close();
      else c.enqueue(i);
    },
  });
}
(async () => {
  const rs = source(3);
  ticks(12, 'bg ');
  for await (const chunk of rs) {
    console.log('chunk', chunk, 'locked', rs.locked);
  }
  console.log('done, locked', rs.locked);
  // Symbol.asyncIterator is values(); an explicit iterator.
  const rs2 = source(2);
  const it = rs2.values();
  console.log(ReadableStream.prototype[Symbol.asyncIterator] === ReadableStream.prototype.values);
  console.log(await it.next());
  console.log(await it.next());
  console.log(await it.next());
  console.log(await it.next());
  console.log('locked after end', rs2.locked);
  // next() calls made without awaiting are served in order.
  const rs3 = source(2);
  const it3 = rs3[Symbol.asyncIterator]();
  const all = await Promise.all([it3.next(), it3.next(), it3.next(), it3.next()]);
  console.log(all);
})();

'use strict';
// pipeTo() respects backpressure: with a slow sink, the source is pulled only as the
// destination's queue drains (pull calls and writes interleave).
(async () => {
  let pulled = 0;
  const rs = new ReadableStream({
    pull(c) {
      pulled++;
      console.log('pull', pulled, 'desiredSize', c.desiredSize);
      if (pulled > 6) c.close();
      else c.enqueue(pulled);
    },
  }, { highWaterMark: 2 });
  const ws = new WritableStream({
    write(chunk) {
      console.log('write start', chunk);
      return new Promise((r) => setTimeout(() => { console.log('write end', chunk); r(); }, 1));
    },
    close() { console.log('close'); },
  }, { highWaterMark: 2 });
  await rs.pipeTo(ws);
  console.log('piped, pulls', pulled);
})();

'use strict';
// Byte streams in pipes and iteration: pipeTo from a byte stream, a byte stream tee
// branch through a TransformStream, for await over a byte stream.
(async () => {
  let n = 0;
  const make = () => new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 4,
    pull(c) {
      n++;
      if (n > 3) {
        c.close();
        c.byobRequest?.respond(0);
        return;
      }
      const v = c.byobRequest.view;
      v.fill(n, 0, 2);
      c.byobRequest.respond(2);
    },
  });
  const got = [];
  await make().pipeTo(new WritableStream({ write(chunk) { got.push([chunk.constructor.name, ...chunk]); } }));
  console.log(got);
  n = 0;
  const out = [];
  for await (const chunk of make()) out.push(Array.from(chunk));
  console.log(out);
  n = 0;
  const [a, b] = make().tee();
  const doubled = a.pipeThrough(new TransformStream({
    transform(chunk, c) { c.enqueue(chunk.map((x) => x * 2)); },
  }));
  const res = [];
  for await (const chunk of doubled) res.push(Array.from(chunk));
  for await (const chunk of b) res.push(Array.from(chunk));
  console.log(res);
})();

'use strict';
// A byte stream read with a default reader: chunks come out as Uint8Arrays over the
// enqueued memory (the enqueued view's buffer is detached), autoAllocateChunkSize gives
// pull() a BYOB request.
const { ticks } = require('./_ticks');
(async () => {
  let controller;
  const rs = new ReadableStream({
    type: 'bytes',
    start(c) { controller = c; },
  });
  const chunk = new Uint8Array([1, 2, 3, 4]);
  const sub = new Uint8Array(chunk.buffer, 1, 2);
  controller.enqueue(sub);
  console.log('enqueued buffer detached:', chunk.byteLength === 0, sub.byteLength);
  console.log('desiredSize', controller.desiredSize, 'byobRequest', controller.byobRequest);
  const reader = rs.getReader();
  const { value, done } = await reader.read();
  console.log(value, done, value.constructor.name, value.byteOffset, value.buffer.byteLength);
  controller.enqueue(new Uint16Array([0x0102]));
  console.log((await reader.read()).value);
  controller.close();
  console.log(await reader.read());

  // autoAllocateChunkSize: pull() sees a byobRequest even for default reads.
  const auto = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 8,
    pull(c) {
      const req = c.byobRequest;
      console.log('pull byobRequest view', req.view.constructor.name, req.view.byteLength);
      req.view.set([9, 8, 7]);
      req.respond(3);
    },
  });
  const r2 = auto.getReader();
  const res = await r2.read();
  console.log(res.value, res.value.buffer.byteLength);
  await ticks(2);
  // Without autoAllocateChunkSize there is no byobRequest for a default read.
  const plain = new ReadableStream({
    type: 'bytes',
    pull(c) {
      console.log('plain pull byobRequest', c.byobRequest);
      c.enqueue(new Uint8Array([5]));
    },
  });
  console.log((await plain.getReader().read()).value);
})();

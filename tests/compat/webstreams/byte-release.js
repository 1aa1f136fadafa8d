'use strict';
// Releasing a BYOB reader with a pending read: the read rejects; bytes the source then
// writes into the detached request are kept for the next reader.
const { settle } = require('./_ticks');
(async () => {
  let controller;
  const rs = new ReadableStream({ type: 'bytes', start(c) { controller = c; } });
  const r1 = rs.getReader({ mode: 'byob' });
  const p = r1.read(new Uint8Array(4));
  const req = controller.byobRequest;
  r1.releaseLock();
  await settle('pending byob read', p);
  await settle('closed', r1.closed);
  req.view.set([1, 2]);
  req.respond(2);
  const r2 = rs.getReader();
  console.log(await r2.read());
  r2.releaseLock();
  const r3 = rs.getReader({ mode: 'byob' });
  controller.enqueue(new Uint8Array([3, 4, 5]));
  console.log(await r3.read(new Uint8Array(2)), await r3.read(new Uint8Array(2)));
  await r3.read(new Uint8Array(1)).then(() => {}, () => {});
  r3.releaseLock();
  await r3.read(new Uint8Array(1)).catch((e) => console.log(e.code, e.message));
})();

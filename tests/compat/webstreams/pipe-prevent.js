'use strict';
// preventClose, preventAbort, preventCancel.
const { settle } = require('./_ticks');
(async () => {
  // preventClose: the destination stays open after the source closes.
  const ws = new WritableStream({ write(c) { console.log('write', c); }, close() { console.log('close'); } });
  await settle('preventClose pipe', ReadableStream.from([1, 2]).pipeTo(ws, { preventClose: true }));
  const w = ws.getWriter();
  await w.write(3);
  await w.close();
  // preventAbort: a source error does not abort the destination.
  const err = new Error('source failed');
  const rs2 = new ReadableStream({ start(c) { c.error(err); } });
  const ws2 = new WritableStream({ abort(r) { console.log('ws2 abort', r.message); } });
  await settle('preventAbort pipe', rs2.pipeTo(ws2, { preventAbort: true }));
  console.log('ws2 writable', ws2.getWriter().desiredSize);
  const rs2b = new ReadableStream({ start(c) { c.error(err); } });
  const ws2b = new WritableStream({ abort(r) { console.log('ws2b abort', r.message); } });
  await settle('abort propagates', rs2b.pipeTo(ws2b));
  // preventCancel: a destination error does not cancel the source.
  const rs3 = new ReadableStream({ start(c) { c.enqueue('x'); }, cancel(r) { console.log('rs3 cancel', r.message); } });
  const ws3 = new WritableStream({ write() { throw new Error('sink failed'); } });
  await settle('preventCancel pipe', rs3.pipeTo(ws3, { preventCancel: true }));
  console.log('rs3 locked', rs3.locked, 'still has', await rs3.getReader().read());
  const rs3b = new ReadableStream({ start(c) { c.enqueue('x'); }, cancel(r) { console.log('rs3b cancel', r.message); } });
  const ws3b = new WritableStream({ write() { throw new Error('sink failed'); } });
  await settle('cancel propagates', rs3b.pipeTo(ws3b));
  // Options are read as booleans.
  const ws4 = new WritableStream({ close() { console.log('never: ws4 close'); } });
  await settle('truthy preventClose', ReadableStream.from([]).pipeTo(ws4, { preventClose: 'yes' }));
})();

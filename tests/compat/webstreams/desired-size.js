'use strict';
// desiredSize through a stream's life: readable default and byte controllers, writer,
// transform controller.
(async () => {
  let dc;
  const rs = new ReadableStream({ start(c) { dc = c; } }, { highWaterMark: 3 });
  const log = (label) => console.log(label, dc.desiredSize);
  log('initial');
  dc.enqueue('a');
  log('after 1 enqueue');
  dc.enqueue('b'); dc.enqueue('c'); dc.enqueue('d');
  log('after 4 enqueues');
  const r = rs.getReader();
  await r.read();
  log('after read');
  dc.close();
  log('close requested');
  await r.read(); await r.read(); await r.read();
  log('closed');
  let bc;
  const bs = new ReadableStream({ type: 'bytes', start(c) { bc = c; } }, { highWaterMark: 10 });
  console.log('byte initial', bc.desiredSize);
  bc.enqueue(new Uint8Array(4));
  console.log('byte after 4 bytes', bc.desiredSize);
  bc.error('e');
  console.log('byte errored', bc.desiredSize);
  const noHwm = new ReadableStream({ type: 'bytes', start(c) { bc = c; } });
  console.log('byte default hwm', bc.desiredSize);
  let tc;
  const ts = new TransformStream({ start(c) { tc = c; } }, undefined, { highWaterMark: 2 });
  console.log('transform', tc.desiredSize);
  tc.enqueue(1);
  console.log('transform after enqueue', tc.desiredSize);
  const w = ts.writable.getWriter();
  console.log('transform writer', w.desiredSize);
  tc.terminate();
  console.log('transform terminated', tc.desiredSize, w.desiredSize);
})();

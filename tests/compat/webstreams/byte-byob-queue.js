'use strict';
// BYOB reads served from queued bytes: partial fills, element-size alignment (the
// remainder stays queued), several reads from one chunk, min.
(async () => {
  let controller;
  const rs = new ReadableStream({ type: 'bytes', start(c) { controller = c; } });
  controller.enqueue(new Uint8Array([1, 2, 3, 4, 5]));
  controller.enqueue(new Uint8Array([6, 7, 8]));
  console.log('desiredSize', controller.desiredSize);
  const reader = rs.getReader({ mode: 'byob' });
  let r = await reader.read(new Uint8Array(3));
  console.log(r.value);
  r = await reader.read(new Uint16Array(2));
  console.log(r.value.constructor.name, r.value.length, Array.from(new Uint8Array(r.value.buffer)));
  console.log('desiredSize', controller.desiredSize);
  r = await reader.read(new Uint8Array(10));
  console.log('rest', r.value);
  // min: the read waits until at least min elements are filled.
  const pending = reader.read(new Uint8Array(4), { min: 3 });
  pending.then((x) => console.log('min read', x.value));
  controller.enqueue(new Uint8Array([10]));
  console.log('after 1 byte');
  await null;
  controller.enqueue(new Uint8Array([11, 12]));
  await pending;
  // Bad min values.
  for (const [view, opts] of [
    [new Uint8Array(2), { min: 0 }],
    [new Uint8Array(2), { min: 3 }],
    [new Uint16Array(2), { min: 3 }],
    [new DataView(new ArrayBuffer(2)), { min: 3 }],
    [new Uint8Array(2), { min: 1.5 }],
    [new Uint8Array(2), { min: '1' }],
  ]) {
    await reader.read(view, opts).then(
      (x) => console.log('ok', x),
      (e) => console.log(e.name, e.code, e.message));
  }
})();

'use strict';
// BYOB reads: the reader's view is transferred to the source as byobRequest.view; the
// result is a view of the same type over the (transferred) buffer.
(async () => {
  const seen = [];
  let n = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const req = c.byobRequest;
      const v = req.view;
      seen.push([v.constructor.name, v.byteOffset, v.byteLength, v.buffer.byteLength]);
      n++;
      if (n === 4) {
        c.close();
        req.respond(0);
        return;
      }
      for (let i = 0; i < v.length; i++) v[i] = n * 10 + i;
      req.respond(Math.min(v.byteLength, 4));
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  console.log(reader.constructor.name);
  const buf = new ArrayBuffer(8);
  const view = new Uint8Array(buf, 2, 6);
  const r1 = await reader.read(view);
  console.log('r1', r1.done, r1.value, r1.value.byteOffset, r1.value.buffer.byteLength,
              'original detached', buf.byteLength === 0);
  const r2 = await reader.read(new Uint16Array(3));
  console.log('r2', r2.value.constructor.name, r2.value.length, Array.from(r2.value));
  const r3 = await reader.read(new DataView(new ArrayBuffer(2)));
  console.log('r3', r3.value.constructor.name, r3.value.byteLength, r3.value.getUint8(0));
  const r4 = await reader.read(new Uint8Array(2));
  console.log('r4', r4.done, r4.value);
  const r5 = await reader.read(new Uint8Array(2));
  console.log('r5', r5.done, r5.value);
  console.log(seen);
})();

'use strict';
// Closing and erroring byte streams: close with queued bytes waits for them; close with a
// partially filled multi-byte element errors the stream; reads after close.
const { settle } = require('./_ticks');
function t(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
(async () => {
  let c1;
  const s1 = new ReadableStream({ type: 'bytes', start(c) { c1 = c; } });
  c1.enqueue(new Uint8Array([1, 2]));
  c1.close();
  t('close twice', () => c1.close());
  t('enqueue after close', () => c1.enqueue(new Uint8Array(1)));
  const r1 = s1.getReader();
  console.log(await r1.read(), await r1.read());
  t('close closed', () => c1.close());

  let c2;
  const s2 = new ReadableStream({ type: 'bytes', start(c) { c2 = c; } });
  const r2 = s2.getReader({ mode: 'byob' });
  const p2 = r2.read(new Uint16Array(2));
  c2.byobRequest.view[0] = 1;
  c2.byobRequest.respond(1);
  t('close with partial element', () => c2.close());
  await settle('partial read', p2);
  await settle('closed', r2.closed);

  let c3;
  const s3 = new ReadableStream({ type: 'bytes', start(c) { c3 = c; } });
  const r3 = s3.getReader({ mode: 'byob' });
  const p3 = r3.read(new Uint8Array(4));
  c3.error(new Error('byte error'));
  await settle('errored read', p3);
  console.log('desiredSize', c3.desiredSize, 'byobRequest', c3.byobRequest);
  t('enqueue errored', () => c3.enqueue(new Uint8Array(1)));
  t('enqueue not a view', () => new ReadableStream({ type: 'bytes', start(c) { c.enqueue('x'); } }));
  t('enqueue empty', () => new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array(0)); } }));
  // Reading a closed byte stream with a BYOB reader gives an empty view of the same type.
  const s4 = new ReadableStream({ type: 'bytes', start(c) { c.close(); } });
  const r4 = s4.getReader({ mode: 'byob' });
  const res = await r4.read(new Uint32Array(2));
  console.log(res.done, res.value.constructor.name, res.value.length, res.value.buffer.byteLength);
  // Bad views.
  for (const v of [undefined, {}, new ArrayBuffer(2), new Uint8Array(0)]) {
    await r4.read(v).catch((e) => console.log('read', e.name, e.code, e.message));
  }
})();

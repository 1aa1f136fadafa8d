'use strict';
// node:stream helpers on web streams: isDisturbed, isErrored, isReadable, finished(),
// addAbortSignal(); stream/promises finished.
const stream = require('stream');
const { finished } = require('stream/promises');
(async () => {
  const rs = new ReadableStream({ start(c) { c.enqueue(1); c.close(); } });
  console.log('disturbed', stream.isDisturbed(rs), 'readable', stream.isReadable(rs),
              'errored', stream.isErrored(rs));
  const reader = rs.getReader();
  await reader.read();
  console.log('disturbed after read', stream.isDisturbed(rs));
  await reader.read();
  console.log('readable after close', stream.isReadable(rs));
  const bad = new ReadableStream({ start(c) { c.error(new Error('x')); } });
  console.log('errored', stream.isErrored(bad));
  const rs2 = ReadableStream.from(['a']);
  stream.finished(rs2, (err) => console.log('finished callback', err));
  for await (const c of rs2) console.log('chunk', c);
  const ws = new WritableStream();
  const p = finished(ws).then(() => console.log('ws finished'));
  await ws.close();
  await p;
  const rs3 = new ReadableStream({ pull(c) { c.enqueue('x'); } });
  const ac = new AbortController();
  stream.addAbortSignal(ac.signal, rs3);
  const r3 = rs3.getReader();
  await r3.read();
  ac.abort();
  await r3.read().catch((e) => console.log('aborted read', e.name, e.code));
})();

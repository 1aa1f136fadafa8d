'use strict';
// pipeThrough(): returns the transform's readable side; chains of transforms; a
// ReadableWritablePair of plain objects.
(async () => {
  const double = () => new TransformStream({
    transform(chunk, c) { c.enqueue(chunk * 2); },
  });
  const rs = ReadableStream.from([1, 2, 3]);
  const ts = double();
  const out = rs.pipeThrough(ts);
  console.log('returns readable', out === ts.readable, 'locks', rs.locked, ts.writable.locked);
  const result = [];
  for await (const v of out.pipeThrough(double()).pipeThrough(double())) result.push(v);
  console.log(result);
  // Any { readable, writable } pair works.
  const chunks = [];
  const pair = {
    writable: new WritableStream({ write(c) { chunks.push(c); } }),
    readable: new ReadableStream({ start(c) { c.enqueue('from pair'); c.close(); } }),
  };
  const r = ReadableStream.from(['x', 'y']).pipeThrough(pair);
  console.log(r === pair.readable);
  for await (const v of r) console.log(v);
  await new Promise((res) => setTimeout(res, 1));
  console.log('pair writable got', chunks);
  // Argument errors are thrown synchronously.
  for (const [label, fn] of [
    ['no transform', () => new ReadableStream().pipeThrough()],
    ['no readable', () => new ReadableStream().pipeThrough({ writable: new WritableStream() })],
    ['no writable', () => new ReadableStream().pipeThrough({ readable: new ReadableStream() })],
    ['locked source', () => { const s = new ReadableStream(); s.getReader(); s.pipeThrough(new TransformStream()); }],
    ['locked dest', () => { const t = new TransformStream(); t.writable.getWriter(); new ReadableStream().pipeThrough(t); }],
    ['bad signal', () => new ReadableStream().pipeThrough(new TransformStream(), { signal: {} })],
    ['bad options', () => new ReadableStream().pipeThrough(new TransformStream(), 1)],
  ]) {
    try {
      fn();
      console.log(label, 'ok');
    } catch (e) {
      console.log(label, e.name, e.code, e.message);
    }
  }
})();

'use strict';
// ReadableStream.from: arrays, iterators, generators, async generators, other streams.
async function collect(label, iterable) {
  const rs = ReadableStream.from(iterable);
  const out = [];
  for await (const chunk of rs) out.push(chunk);
  console.log(label, rs instanceof ReadableStream, out);
}
(async () => {
  await collect('array', [1, 2, 3]);
  await collect('array of promises', [Promise.resolve('a'), 'b']);
  await collect('set', new Set(['x', 'y']));
  await collect('generator', (function* () { yield 1; yield 2; })());
  await collect('async generator', (async function* () { yield 'p'; await null; yield 'q'; })());
  await collect('stream', new ReadableStream({ start(c) { c.enqueue('s'); c.close(); } }));
  await collect('map entries', new Map([[1, 'one']]).entries());
  // The source is pulled lazily: next() is called only when a chunk is wanted.
  let calls = 0;
  const lazy = {
    [Symbol.asyncIterator]() {
      return { next() { calls++; return Promise.resolve({ value: calls, done: calls > 2 }); } };
    },
  };
  const rs = ReadableStream.from(lazy);
  await new Promise((r) => setTimeout(r, 1));
  console.log('next calls before read', calls);
  const reader = rs.getReader();
  console.log(await reader.read(), 'calls', calls);
  console.log(await reader.read(), await reader.read(), 'calls', calls);
  // Errors.
  for (const bad of [1, {}, { [Symbol.asyncIterator]() { return 1; } }]) {
    try {
      ReadableStream.from(bad);
      console.log('accepted', bad);
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
  const throwing = ReadableStream.from((function* () { yield 1; throw new Error('gen failed'); })());
  const r2 = throwing.getReader();
  console.log(await r2.read());
  await r2.read().catch((e) => console.log('read rejected', e.message));
  const notObject = ReadableStream.from({ [Symbol.asyncIterator]() { return { next() { return 42; } }; } });
  await notObject.getReader().read().catch((e) => console.log('read rejected', e.name, e.code, e.message));
})();

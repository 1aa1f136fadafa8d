'use strict';
// ReadableStream.from feeding pipeThrough/pipeTo chains with async generators on both
// ends, and a transform that filters and splits.
(async () => {
  async function* numbers() {
    for (let i = 1; i <= 6; i++) {
      await null;
      yield i;
    }
  }
  const evensSplit = new TransformStream({
    transform(n, c) {
      if (n % 2 === 0) {
        c.enqueue(`${n}a`);
        c.enqueue(`${n}b`);
      }
    },
  });
  const seen = [];
  await ReadableStream.from(numbers())
    .pipeThrough(evensSplit)
    .pipeTo(new WritableStream({
      write(chunk) { seen.push(chunk); },
      close() { seen.push('closed'); },
    }));
  console.log(seen);
  const it = ReadableStream.from(numbers()).pipeThrough(new TransformStream({
    transform(n, c) { c.enqueue(n * n); },
  }))[Symbol.asyncIterator]();
  const squares = [];
  for (let r = await it.next(); !r.done; r = await it.next()) squares.push(r.value);
  console.log(squares);
})();

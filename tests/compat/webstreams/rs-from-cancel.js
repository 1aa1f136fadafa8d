'use strict';
// Cancelling a stream made by ReadableStream.from calls the iterator's return() with the
// reason and waits for it.
(async () => {
  const iterator = {
    next() { return Promise.resolve({ value: 'v', done: false }); },
    return(reason) {
      console.log('return called with', reason);
      return new Promise((r) => setTimeout(() => { console.log('return settles'); r({ done: true }); }, 5));
    },
    [Symbol.asyncIterator]() { return this; },
  };
  const rs = ReadableStream.from(iterator);
  const reader = rs.getReader();
  console.log(await reader.read());
  await reader.cancel('stop');
  console.log('cancel resolved');
  // A generator is finished by cancel: its finally block runs.
  const gen = (function* () {
    try {
      yield 1;
      yield 2;
    } finally {
      console.log('generator finally');
    }
  })();
  const rs2 = ReadableStream.from(gen);
  for await (const c of rs2) {
    console.log('got', c);
    break;
  }
  console.log('generator done', gen.next());
  // return() that rejects, or resolves to a non-object.
  const bad = ReadableStream.from({
    [Symbol.asyncIterator]() { return { next() {}, return() { return Promise.resolve(7); } }; },
  });
  await bad.cancel().catch((e) => console.log('cancel rejected', e.name, e.code, e.message));
  const rejecting = ReadableStream.from({
    [Symbol.asyncIterator]() { return { next() {}, return() { throw new Error('return threw'); } }; },
  });
  await rejecting.cancel().catch((e) => console.log('cancel rejected', e.message));
})();

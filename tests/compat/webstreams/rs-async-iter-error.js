'use strict';
// Errors during async iteration: a stream error rejects next() and ends the iteration;
// the iterator object's shape.
(async () => {
  let controller;
  const rs = new ReadableStream({ start(c) { controller = c; c.enqueue('first'); } });
  const it = rs.values();
  console.log(await it.next());
  const pending = it.next();
  controller.error(new Error('stream failed'));
  await pending.catch((e) => console.log('next rejected', e.message));
  console.log('after error', await it.next());
  console.log('locked', rs.locked);
  try {
    for await (const c of new ReadableStream({ pull() { throw new TypeError('pull failed'); } })) {
      console.log('never', c);
    }
  } catch (e) {
    console.log('loop threw', e.name, e.message);
  }
  const it2 = new ReadableStream().values();
  console.log(typeof it2.next, typeof it2.return, it2[Symbol.asyncIterator]() === it2);
  const locked = new ReadableStream();
  locked.getReader();
  try { locked.values(); } catch (e) { console.log(e.code, e.message); }
})();

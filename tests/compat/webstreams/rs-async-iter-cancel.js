'use strict';
// Leaving a for await loop early cancels the stream (its source's cancel runs with
// undefined); preventCancel keeps the stream open and releases the lock instead.
(async () => {
  const make = (label) => new ReadableStream({
    start(c) { c.enqueue(1); c.enqueue(2); c.enqueue(3); },
    cancel(reason) { console.log(label, 'cancel called with', reason); },
  });
  const rs = make('a');
  for await (const chunk of rs) {
    console.log('a chunk', chunk);
    if (chunk === 2) break;
  }
  console.log('a locked', rs.locked);
  await rs.getReader().closed.then(() => console.log('a closed'));

  const rs2 = make('b');
  for await (const chunk of rs2.values({ preventCancel: true })) {
    console.log('b chunk', chunk);
    break;
  }
  console.log('b locked', rs2.locked);
  const reader = rs2.getReader();
  console.log('b rest', await reader.read(), await reader.read());

  // return() with a value; return() twice; next() after return().
  const rs3 = make('c');
  const it = rs3.values();
  console.log(await it.next());
  console.log(await it.return('bye'));
  console.log(await it.return('again'));
  console.log(await it.next());

  // A throw inside the loop body also cancels.
  const rs4 = make('d');
  try {
    for await (const chunk of rs4) {
      throw new Error(`body threw at ${chunk}`);
    }
  } catch (e) {
    console.log('caught', e.message);
  }
})();

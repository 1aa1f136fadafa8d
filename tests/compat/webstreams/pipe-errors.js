'use strict';
// Error and close propagation in pipeTo(): source errors abort the destination,
// destination errors cancel the source, a closed destination cancels the source.
const { settle } = require('./_ticks');
(async () => {
  let c1;
  const rs1 = new ReadableStream({ start(c) { c1 = c; } });
  const ws1 = new WritableStream({
    write(chunk) { console.log('ws1 write', chunk); },
    abort(r) { console.log('ws1 abort', r.message); },
  });
  const p1 = rs1.pipeTo(ws1);
  c1.enqueue('a');
  setTimeout(() => c1.error(new Error('rs1 failed')), 1);
  await settle('p1', p1);

  let pulls = 0;
  const rs2 = new ReadableStream({
    pull(c) { c.enqueue(`chunk ${++pulls}`); },
    cancel(r) { console.log('rs2 cancel', r.message); },
  });
  let wc;
  const ws2 = new WritableStream({
    start(c) { wc = c; },
    write(chunk) {
      console.log('ws2 write', chunk);
      if (chunk === 'chunk 3') wc.error(new Error('ws2 failed'));
    },
  });
  await settle('p2', rs2.pipeTo(ws2));

  const ws3 = new WritableStream();
  await ws3.close();
  const rs3 = new ReadableStream({ cancel(r) { console.log('rs3 cancel', r.name, r.code, r.message); } });
  await settle('p3', rs3.pipeTo(ws3));

  // Argument errors reject.
  await settle('not a writable', new ReadableStream().pipeTo({}));
  await settle('bad options', new ReadableStream().pipeTo(new WritableStream(), 5));
  await settle('bad signal', new ReadableStream().pipeTo(new WritableStream(), { signal: 'x' }));
  const locked = new ReadableStream();
  locked.getReader();
  await settle('locked source', locked.pipeTo(new WritableStream()));
  const lockedDest = new WritableStream();
  lockedDest.getWriter();
  await settle('locked dest', new ReadableStream().pipeTo(lockedDest));
  await settle('bad this', ReadableStream.prototype.pipeTo.call({}, new WritableStream()));
})();

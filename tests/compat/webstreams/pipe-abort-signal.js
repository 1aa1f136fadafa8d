'use strict';
// pipeTo() with an AbortSignal: aborting mid-pipe waits for the write in flight, aborts
// the destination and cancels the source with the signal's reason, then rejects.
const { settle } = require('./_ticks');
(async () => {
  let n = 0;
  const ac = new AbortController();
  const rs = new ReadableStream({
    pull(c) { c.enqueue(++n); },
    cancel(reason) { console.log('source cancel', reason instanceof DOMException ? reason.name : reason); },
  });
  const ws = new WritableStream({
    write(chunk) {
      console.log('sink write', chunk);
      if (chunk === 2) {
        console.log('aborting');
        ac.abort();
      }
      return new Promise((r) => setTimeout(() => { console.log('write done', chunk); r(); }, 1));
    },
    abort(reason) { console.log('sink abort', reason instanceof DOMException ? reason.name : reason); },
  });
  const p = rs.pipeTo(ws, { signal: ac.signal });
  await p.catch((e) => console.log('pipeTo rejected', e.name, e.message, e.code, e instanceof DOMException));
  console.log('unlocked', rs.locked, ws.locked);

  // A custom reason, and preventAbort/preventCancel.
  const ac2 = new AbortController();
  const rs2 = new ReadableStream({ cancel(r) { console.log('rs2 cancel', r); } });
  const ws2 = new WritableStream({ abort(r) { console.log('never: ws2 abort', r); } });
  const p2 = rs2.pipeTo(ws2, { signal: ac2.signal, preventAbort: true });
  ac2.abort('custom reason');
  await settle('p2', p2);
  const w2 = ws2.getWriter();
  console.log('ws2 still writable, desiredSize', w2.desiredSize);

  // An already aborted signal: nothing is read.
  const rs3 = new ReadableStream({ pull() { console.log('never: pull'); }, cancel(r) { console.log('rs3 cancel', r); } });
  const ws3 = new WritableStream({ abort(r) { console.log('ws3 abort', r); } });
  await settle('p3', rs3.pipeTo(ws3, { signal: AbortSignal.abort('early') }));

  // AbortSignal.timeout
  const rs4 = new ReadableStream();
  await rs4.pipeTo(new WritableStream(), { signal: AbortSignal.timeout(1) })
    .catch((e) => console.log('timeout', e.name, e.message));
})();

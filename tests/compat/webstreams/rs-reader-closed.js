'use strict';
// reader.closed across states and readers: resolves on close, rejects on error, a new
// reader of a closed stream gets a resolved promise, of an errored one a rejected one.
const { settle } = require('./_ticks');
(async () => {
  let c;
  const rs = new ReadableStream({ start(x) { c = x; } });
  const r1 = rs.getReader();
  const closed = r1.closed;
  console.log('same promise', closed === r1.closed);
  settle('r1 closed', closed);
  c.close();
  await closed;
  r1.releaseLock();
  console.log('replaced after release', closed !== r1.closed);
  settle('r1 closed after release', r1.closed);
  settle('r2 closed', rs.getReader().closed);
  let c2;
  const rs2 = new ReadableStream({ start(x) { c2 = x; } });
  c2.error('fatal');
  const r3 = rs2.getReader();
  settle('r3 closed', r3.closed);
  settle('r3 read', r3.read());
  r3.releaseLock();
  settle('r4 closed', rs2.getReader().closed);
  const bs = new ReadableStream({ type: 'bytes', start(x) { x.close(); } });
  settle('byob closed', bs.getReader({ mode: 'byob' }).closed);
})();

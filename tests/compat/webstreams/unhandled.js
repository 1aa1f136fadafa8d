'use strict';
// compat: stderr
// Rejections the streams create internally (closed promises, pipe promises of
// pipeThrough, ready promises) are marked handled: erroring and aborting streams that
// nobody observes reports no unhandled rejection.
const rs = new ReadableStream({ start(c) { c.error(new Error('errored source')); } });
rs.getReader();
const ws = new WritableStream({ start(c) { c.error(new Error('errored sink')); } });
ws.getWriter();
const ts = new TransformStream({ transform() { throw new Error('transform failed'); } });
ts.writable.getWriter().write(1).catch(() => {});
new ReadableStream({ start(c) { c.error(new Error('piped error')); } })
  .pipeThrough(new TransformStream());
const w2 = new WritableStream().getWriter();
w2.abort(new Error('aborted'));
w2.releaseLock();
const r2 = new ReadableStream().getReader();
r2.releaseLock();
const [a] = new ReadableStream({ start(c) { c.error(new Error('tee error')); } }).tee();
a.getReader();
setTimeout(() => console.log('no unhandled rejections'), 5);

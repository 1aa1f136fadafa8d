'use strict';
// TransformStream errors: transform throwing errors both sides; controller.error();
// flush rejecting; terminate() closes the readable side and errors the writable side.
const { ticks, settle } = require('./_ticks');
const t1 = new TransformStream({ transform() { throw new Error('transform failed'); } });
const w1 = t1.writable.getWriter();
const r1 = t1.readable.getReader();
settle('t1 write', w1.write('x'));
settle('t1 read', r1.read());
settle('t1 writer closed', w1.closed);
settle('t1 reader closed', r1.closed);
ticks(4).then(() => {
  let c2;
  const t2 = new TransformStream({ start(c) { c2 = c; } });
  c2.error(new Error('controller error'));
  settle('t2 write', t2.writable.getWriter().write(1));
  settle('t2 read', t2.readable.getReader().read());
  c2.error(new Error('second error ignored'));
  return ticks(3, 't2 ');
}).then(() => {
  const t3 = new TransformStream({ flush() { return Promise.reject(new Error('flush failed')); } });
  const w3 = t3.writable.getWriter();
  settle('t3 close', w3.close());
  settle('t3 read', t3.readable.getReader().read());
  return ticks(4, 't3 ');
}).then(() => {
  let c4;
  const t4 = new TransformStream({ start(c) { c4 = c; } });
  const r4 = t4.readable.getReader();
  const w4 = t4.writable.getWriter();
  c4.enqueue('last');
  c4.terminate();
  settle('t4 read 1', r4.read());
  settle('t4 read 2', r4.read());
  settle('t4 write', w4.write('x'));
  settle('t4 writer closed', w4.closed);
  try {
    c4.enqueue('more');
  } catch (e) {
    console.log('enqueue after terminate', e.name, e.code, e.message);
  }
  return ticks(3, 't4 ');
}).then(() => {
  // Aborting the writable side errors the readable side; cancelling the readable side
  // errors the writable side.
  const t5 = new TransformStream();
  settle('t5 abort', t5.writable.abort(new Error('aborted')));
  settle('t5 read', t5.readable.getReader().read());
  const t6 = new TransformStream();
  const w6 = t6.writable.getWriter();
  settle('t6 cancel', t6.readable.cancel('cancelled'));
  settle('t6 writer closed', w6.closed);
});

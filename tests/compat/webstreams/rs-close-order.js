'use strict';
// close() with queued chunks: reads drain the queue, then resolve done; closed resolves
// when the last chunk is read.
const { ticks, settle } = require('./_ticks');
let controller;
const rs = new ReadableStream({
  start(c) {
    controller = c;
    c.enqueue(1);
    c.enqueue(2);
    c.close();
    console.log('closed requested, desiredSize', c.desiredSize);
  },
  pull() { console.log('pull: never'); },
});
const reader = rs.getReader();
reader.closed.then(() => console.log('closed resolved'));
settle('read1', reader.read());
ticks(2);
settle('read2', reader.read());
settle('read3', reader.read());
settle('read4', reader.read());
ticks(4, 'b ').then(() => {
  console.log('desiredSize after close', controller.desiredSize);
  try { controller.enqueue(3); } catch (e) { console.log(e.name, e.code, e.message); }
  try { controller.close(); } catch (e) { console.log(e.name, e.code, e.message); }
});

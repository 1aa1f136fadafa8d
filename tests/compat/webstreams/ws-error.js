'use strict';
// controller.error() and failing sinks: the stream errors, pending and later writes
// reject, close rejects; a rejected write errors the stream for the writes behind it.
const { ticks, settle } = require('./_ticks');
let controller;
const ws = new WritableStream({
  start(c) { controller = c; },
  write(chunk) {
    console.log('sink write', chunk);
    if (chunk === 'bad') throw new Error('write failed');
  },
});
const writer = ws.getWriter();
settle('w1', writer.write('ok'));
settle('w2', writer.write('bad'));
settle('w3', writer.write('after'));
settle('closed', writer.closed);
ticks(4).then(() => {
  console.log('desiredSize', writer.desiredSize);
  settle('w4', writer.write('later'));
  settle('close', writer.close());
  controller.error(new Error('ignored: already errored'));
});
// controller.error() while idle.
let c2;
const ws2 = new WritableStream({ start(c) { c2 = c; }, write() { console.log('never'); } });
const w2 = ws2.getWriter();
c2.error(new Error('errored by controller'));
settle('ws2 ready', w2.ready);
settle('ws2 write', w2.write(1));
console.log('ws2 desiredSize', w2.desiredSize);
// start() rejecting errors the stream.
const ws3 = new WritableStream({ start() { return Promise.reject(new Error('start failed')); } });
settle('ws3 write', ws3.getWriter().write(1));
// close() failing.
const ws4 = new WritableStream({ close() { return Promise.reject(new Error('close failed')); } });
const w4 = ws4.getWriter();
settle('ws4 close', w4.close());
settle('ws4 closed', w4.closed);

'use strict';
// WritableStream: the sink's write() runs one chunk at a time, in order; write promises
// resolve as each finishes; close() runs after the queued writes.
const { ticks, settle } = require('./_ticks');
const ws = new WritableStream({
  start() { console.log('sink start'); },
  write(chunk, controller) {
    console.log('sink write', chunk, controller.constructor.name);
    return ticks(2, `write ${chunk} `);
  },
  close() { console.log('sink close'); },
});
const writer = ws.getWriter();
console.log('desiredSize', writer.desiredSize, 'locked', ws.locked);
settle('write a', writer.write('a'));
console.log('desiredSize', writer.desiredSize);
settle('write b', writer.write('b'));
settle('write c', writer.write('c'));
console.log('desiredSize', writer.desiredSize);
settle('close', writer.close());
settle('closed', writer.closed);
ticks(14);

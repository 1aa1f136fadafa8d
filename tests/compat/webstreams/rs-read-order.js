'use strict';
// Default ReadableStream: when start/pull run and when read() promises settle, relative
// to a chain of promise jobs.
const { ticks, settle } = require('./_ticks');
const rs = new ReadableStream({
  start(c) {
    console.log('start, desiredSize', c.desiredSize);
    c.enqueue('a');
    console.log('after enqueue a, desiredSize', c.desiredSize);
  },
  pull(c) {
    console.log('pull, desiredSize', c.desiredSize);
    c.enqueue('b');
  },
});
const reader = rs.getReader();
settle('read1', reader.read());
settle('read2', reader.read());
settle('read3', reader.read());
ticks(6).then(() => {
  console.log('--- after ticks');
  return reader.read();
}).then((r) => console.log('read4', r));

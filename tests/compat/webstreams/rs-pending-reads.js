'use strict';
// Reads issued before any data are served in order as chunks arrive; pull runs for each.
const { ticks, settle } = require('./_ticks');
let controller;
let pulls = 0;
const rs = new ReadableStream({
  start(c) { controller = c; },
  pull(c) { console.log('pull', ++pulls, 'desiredSize', c.desiredSize); },
}, { highWaterMark: 0 });
const reader = rs.getReader();
settle('r1', reader.read());
settle('r2', reader.read());
settle('r3', reader.read());
ticks(3).then(() => {
  console.log('enqueue x');
  controller.enqueue('x');
  console.log('enqueue y');
  controller.enqueue('y');
  console.log('close');
  controller.close();
  return ticks(3, 'after ');
});

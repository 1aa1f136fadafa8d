'use strict';
// controller.error(): pending reads reject, closed rejects, later reads reject with the
// same error, desiredSize is null, error() a second time does nothing.
const { ticks, settle } = require('./_ticks');
let controller;
const rs = new ReadableStream({ start(c) { controller = c; } });
const reader = rs.getReader();
settle('closed', reader.closed);
settle('read1', reader.read());
settle('read2', reader.read());
const boom = new Error('boom');
controller.error(boom);
console.log('desiredSize', controller.desiredSize);
controller.error(new Error('ignored'));
ticks(3).then(() => {
  settle('read3', reader.read());
  settle('cancel', reader.cancel('x'));
  return reader.read().catch((e) => console.log('same error object', e === boom));
}).then(() => {
  reader.releaseLock();
  const r2 = rs.getReader();
  return r2.closed.catch((e) => console.log('new reader closed rejects with', e.message));
});
// Errors in start (thrown or rejected) error the stream.
const s2 = new ReadableStream({ start() { return Promise.reject(new Error('async start')); } });
settle('s2 read', s2.getReader().read());
try {
  new ReadableStream({ start() { throw new Error('sync start'); } });
} catch (e) {
  console.log('constructor threw', e.message);
}
const s3 = new ReadableStream({ pull() { throw new Error('pull threw'); } });
settle('s3 read', s3.getReader().read());
const s4 = new ReadableStream({ pull() { return Promise.reject(new Error('pull rejected')); } });
settle('s4 read', s4.getReader().read());

// An exception thrown by a tick or by a callback from the loop is reported to the
// 'uncaughtException' handler before the promise jobs that were already queued run, and
// the ticks queued after the one that threw still run before those jobs, as in node.
'use strict';
process.on('uncaughtException', (e) => console.log('uncaught', e.message));
Promise.resolve().then(() => console.log('microtask 1'));
process.nextTick(() => { console.log('tick 1'); throw new Error('from tick'); });
process.nextTick(() => console.log('tick 2'));
Promise.resolve().then(() => console.log('microtask 2'));
setImmediate(() => {
  console.log('immediate');
  Promise.resolve().then(() => console.log('micro queued by immediate'));
  throw new Error('from immediate');
});
const EventEmitter = require('events');
const emitter = new EventEmitter();
setTimeout(() => {
  emitter.on('x', () => {
    Promise.resolve().then(() => console.log('micro in listener'));
    process.nextTick(() => console.log('tick in listener'));
    throw new Error('from listener');
  });
  Promise.resolve().then(() => console.log('micro before emit'));
  emitter.emit('x');
  console.log('not reached');
}, 50);
setTimeout(() => {
  queueMicrotask(() => { throw new Error('from queueMicrotask'); });
  Promise.resolve().then(() => console.log('micro after queueMicrotask'));
}, 100);

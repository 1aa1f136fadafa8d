'use strict';
// When port messages are delivered relative to process.nextTick, promise jobs and
// setImmediate: in the loop's poll phase (before immediates), one message per callback
// with ticks and promise jobs run between two messages; several ports are served in the
// order they were created, each until its queue is empty (a message posted to the port
// being served is delivered in the same round).
const { MessageChannel } = require('worker_threads');

const log = [];
const a = new MessageChannel();
const b = new MessageChannel();

b.port2.on('message', (m) => {
  log.push(`b:${m}`);
  process.nextTick(() => log.push(`tick after b:${m}`));
});
a.port2.on('message', (m) => {
  log.push(`a:${m}`);
  process.nextTick(() => log.push(`tick after a:${m}`));
  Promise.resolve().then(() => log.push(`promise after a:${m}`));
  if (m === 1) {
    a.port1.postMessage('posted from a:1');
    b.port1.postMessage('posted from a:1');
  }
});

b.port1.postMessage(1);
a.port1.postMessage(1);
a.port1.postMessage(2);
setImmediate(() => {
  log.push('immediate 1');
  setImmediate(() => {
    log.push('immediate 2');
    a.port1.close();
    b.port1.close();
  });
});
process.nextTick(() => log.push('nextTick'));
Promise.resolve().then(() => log.push('promise'));
log.push('sync');

a.port2.on('close', () => log.push('a.port2 close'));
a.port1.on('close', () => log.push('a.port1 close'));
b.port2.on('close', () => log.push('b.port2 close'));
b.port1.on('close', () => log.push('b.port1 close'));

process.on('exit', () => console.log(log.join('\n')));

'use strict';
// The surface of node:worker_threads on the main thread: thread identity, the web
// messaging classes, environment data and the helpers' argument errors.
const wt = require('worker_threads');

console.log(wt.isMainThread, wt.threadId, wt.parentPort, wt.workerData, wt.resourceLimits);
console.log(typeof wt.Worker, typeof wt.MessageChannel, typeof wt.MessagePort,
            typeof wt.BroadcastChannel, typeof wt.receiveMessageOnPort,
            typeof wt.moveMessagePortToContext, typeof wt.markAsUntransferable);
console.log(wt.SHARE_ENV === Symbol.for('nodejs.worker_threads.SHARE_ENV'), String(wt.SHARE_ENV));
console.log(wt.MessagePort === MessagePort, wt.MessageChannel === MessageChannel,
            wt.BroadcastChannel === BroadcastChannel, typeof MessageEvent);
console.log(require('node:worker_threads') === wt);

const show = (name, fn) => {
  try {
    console.log(name, 'returned', fn());
  } catch (err) {
    console.log(name, 'threw', err.name, err.code, err.message);
  }
};

// Environment data.
show('get missing', () => wt.getEnvironmentData('nothing'));
show('set', () => wt.setEnvironmentData('key', { a: [1, 2] }));
show('get', () => wt.getEnvironmentData('key'));
show('set object key', () => wt.setEnvironmentData(wt, 'value'));
show('get object key', () => wt.getEnvironmentData(wt));
show('delete', () => wt.setEnvironmentData('key', undefined));
show('get deleted', () => wt.getEnvironmentData('key'));

// Argument errors.
show('receiveMessageOnPort()', () => wt.receiveMessageOnPort());
show('receiveMessageOnPort({})', () => wt.receiveMessageOnPort({}));
show('moveMessagePortToContext({}, {})', () => wt.moveMessagePortToContext({}, {}));
{
  const { port1, port2 } = new MessageChannel();
  show('moveMessagePortToContext(port, {})', () => wt.moveMessagePortToContext(port1, {}));
  port1.close();
  show('moveMessagePortToContext(closed port, {})',
       () => wt.moveMessagePortToContext(port1, {}));
  show('receiveMessageOnPort(closed)', () => wt.receiveMessageOnPort(port2));
}
for (const value of [0, null, false, 'str', undefined, Symbol('s')]) {
  show(`markAsUntransferable(${String(value)})`, () => wt.markAsUntransferable(value));
}

// Constructors.
show('new MessagePort()', () => new MessagePort());
show('MessagePort()', () => MessagePort());
show('MessageChannel()', () => MessageChannel());
show('new MessageChannel(1, 2)', () => Object.keys(new MessageChannel(1, 2)).join());
show('new BroadcastChannel()', () => new BroadcastChannel());
console.log(Object.getOwnPropertyNames(MessagePort.prototype).sort().join());
console.log(Object.getOwnPropertyNames(BroadcastChannel.prototype).sort().join());
console.log(Object.getOwnPropertyNames(MessageEvent.prototype).sort().join());
{
  const { port1, port2 } = new MessageChannel();
  console.log(port1 instanceof MessagePort, port1 instanceof EventTarget,
              port1.constructor === MessagePort, Object.prototype.toString.call(port1));
  port1.close();
  port2.close();
}

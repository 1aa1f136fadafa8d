'use strict';
// events.EventEmitterAsyncResource: an EventEmitter with an associated async resource.
const { EventEmitterAsyncResource, EventEmitter } = require('events');

function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
console.log(EventEmitterAsyncResource.name, EventEmitterAsyncResource.length,
  require('events').EventEmitterAsyncResource === EventEmitterAsyncResource);
console.log(JSON.stringify(Object.getOwnPropertyNames(EventEmitterAsyncResource.prototype)));
attempt('no options', () => new EventEmitterAsyncResource());
attempt('empty options', () => new EventEmitterAsyncResource({}));
attempt('bad name', () => new EventEmitterAsyncResource({ name: 1 }));
attempt('bad triggerAsyncId', () => new EventEmitterAsyncResource({ name: 'x', triggerAsyncId: -2 }));
attempt('string triggerAsyncId', () => new EventEmitterAsyncResource({ name: 'x', triggerAsyncId: 'a' }));
const r = new EventEmitterAsyncResource('string-name');
console.log(r instanceof EventEmitter, typeof r.asyncId, typeof r.triggerAsyncId,
  r.asyncResource.eventEmitter === r, r.asyncResource.constructor.name);
console.log(JSON.stringify(Reflect.ownKeys(r).map(String)));
const log = [];
r.on('a', function (...args) { log.push([this === r, args]); });
console.log(r.emit('a', 1, 2), JSON.stringify(log), r.emit('missing'));
console.log(r.asyncResource.runInAsyncScope((a, b) => a + b, null, 1, 2));
r.emitDestroy();
const o = new EventEmitterAsyncResource({ name: 'N', captureRejections: true });
o.on('error', (err) => console.log('captured', err.message));
o.on('x', async () => { throw new Error('async'); });
o.emit('x');
class Sub extends EventEmitterAsyncResource {}
attempt('subclass without name', () => new Sub() instanceof Sub);
attempt('subclass numeric name', () => new Sub({ name: 5 }));
for (const key of ['asyncId', 'triggerAsyncId', 'asyncResource']) {
  attempt(`${key} on wrong receiver`,
          () => Object.getOwnPropertyDescriptor(EventEmitterAsyncResource.prototype, key).get.call({}));
}
attempt('emit on wrong receiver', () => EventEmitterAsyncResource.prototype.emit.call({}, 'x'));
attempt('eventEmitter on wrong receiver', () => Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(r.asyncResource), 'eventEmitter').get.call({}));

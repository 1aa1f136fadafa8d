'use strict';
// The shape of node:events: exported names and their order, descriptors, prototype
// methods (names, lengths, aliases), and the symbols.
const events = require('events');
const EventEmitter = events;

console.log(typeof events, events === events.EventEmitter, require('node:events') === events);
console.log(JSON.stringify(Object.keys(events)));
console.log(JSON.stringify(Object.getOwnPropertyNames(events)));
for (const key of Object.getOwnPropertyNames(events)) {
  if (key === 'prototype' || key === 'name' || key === 'length') continue;
  const desc = Object.getOwnPropertyDescriptor(events, key);
  const kind = 'value' in desc ? typeof desc.value : 'accessor';
  const extra = typeof desc.value === 'function' ? `${JSON.stringify(desc.value.name)}/${desc.value.length}` : '';
  console.log(key, kind, extra, desc.enumerable, desc.configurable, 'writable' in desc ? desc.writable : '-',
    'get' in desc ? typeof desc.get + '/' + typeof desc.set : '');
}
console.log(JSON.stringify(Object.getOwnPropertyNames(EventEmitter.prototype)));
for (const key of Object.getOwnPropertyNames(EventEmitter.prototype)) {
  const value = EventEmitter.prototype[key];
  console.log(key, typeof value, typeof value === 'function' ? `${value.name}/${value.length}` : String(value));
}
console.log(EventEmitter.prototype.on === EventEmitter.prototype.addListener,
  EventEmitter.prototype.off === EventEmitter.prototype.removeListener);
console.log(JSON.stringify(Object.getOwnPropertySymbols(EventEmitter.prototype).map(String)));
console.log(String(events.errorMonitor), String(events.captureRejectionSymbol), String(events.kMaxEventTargetListeners),
  String(events.kMaxEventTargetListenersWarned), events.usingDomains, events.defaultMaxListeners, events.captureRejections);
console.log(EventEmitter.name, EventEmitter.length, typeof EventEmitter.prototype.constructor,
  EventEmitter.prototype.constructor === EventEmitter);
const e = new EventEmitter();
console.log(JSON.stringify(Reflect.ownKeys(e).map(String)));
console.log(Object.getPrototypeOf(e._events), e._eventsCount, e._maxListeners);
for (const key of Reflect.ownKeys(e)) {
  const desc = Object.getOwnPropertyDescriptor(e, key);
  console.log(String(key), desc.enumerable, desc.writable, desc.configurable);
}

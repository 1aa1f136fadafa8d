'use strict';
// MaxListenersExceededWarning: emitted once per event name when the count first goes
// over the limit; its message names the event (strings, symbols, null) and the
// emitter's class.
const EventEmitter = require('events');

process.on('warning', (w) => {
  console.log(w.name, '|', w.message, '|', String(w.type), w.count, w.emitter instanceof EventEmitter,
    JSON.stringify(Object.keys(w)), w instanceof Error);
});
const e = new EventEmitter();
e.setMaxListeners(2);
for (let i = 0; i < 5; i++) e.on('event-type', () => {});
const sym = Symbol('symbol-type');
for (let i = 0; i < 3; i++) e.on(sym, () => {});
for (let i = 0; i < 3; i++) e.on(null, () => {});
for (let i = 0; i < 3; i++) e.prependListener('prepended', () => {});
for (let i = 0; i < 3; i++) e.once('onced', () => {});
console.log('warned flags:', e._events['event-type'].warned, e._events.prepended.warned);
class Custom extends EventEmitter {}
const c = new Custom();
c.setMaxListeners(1);
c.on('x', () => {});
c.on('x', () => {});
// A limit of 0 (or Infinity) never warns.
const z = new EventEmitter();
z.setMaxListeners(0);
for (let i = 0; i < 20; i++) z.on('many', () => {});
// The default limit is 10.
const d = new EventEmitter();
for (let i = 0; i < 11; i++) d.on('default', () => {});
// Removing listeners and adding again does not warn twice for the same array.
for (let i = 0; i < 5; i++) d.removeListener('default', d.listeners('default')[0]);
for (let i = 0; i < 6; i++) d.on('default', () => {});
// An emitter whose class has no name, and a plain object using the prototype.
const Anonymous = (() => class extends EventEmitter {})();
const a = new Anonymous();
a.setMaxListeners(1);
a.on('y', () => {});
a.on('y', () => {});
const o = Object.create(EventEmitter.prototype);
o.setMaxListeners(1);
o.on('y', () => {});
o.on('y', () => {});
const n = Object.create(Object.assign(Object.create(null), EventEmitter.prototype));
n._maxListeners = 1;
n.on('y', () => {});
n.on('y', () => {});

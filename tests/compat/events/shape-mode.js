'use strict';
// When a subclass prototype supplies its own _events object, instances keep it (the
// "shape mode"): removing the last listener of a name leaves the key with undefined,
// and no 'removeListener' event is emitted for single listeners.
const EventEmitter = require('events');

const sharedEvents = { __proto__: null };
function Shaped() {
  this._events = Object.create(null);
  this._events.pre = function pre() { console.log('pre listener'); };
  this._eventsCount = 1;
  EventEmitter.call(this);
}
Object.setPrototypeOf(Shaped.prototype, EventEmitter.prototype);
const s = new Shaped();
console.log(s._eventsCount, JSON.stringify(Object.keys(s._events)), sharedEvents !== s._events);
s.emit('pre');
s.on('removeListener', (type) => console.log('removeListener event for', type));
const fn = () => {};
s.on('x', fn);
s.removeListener('x', fn);
console.log('x' in s._events, s._events.x, JSON.stringify(s.eventNames()), s._eventsCount);
s.on('y', fn);
s.on('y', fn);
s.removeListener('y', fn);
console.log(typeof s._events.y);
s.removeAllListeners('y');
console.log(JSON.stringify(s.eventNames()));

// A prototype-level _events object (the same as the prototype's): replaced by init.
function Proto() { EventEmitter.call(this); }
Proto.prototype = Object.create(EventEmitter.prototype);
Proto.prototype._events = { __proto__: null, inherited: () => {} };
const p = new Proto();
console.log(p._events === Proto.prototype._events, JSON.stringify(Object.keys(p._events)), p._eventsCount);
// An own _events that is not the prototype's is kept.
const o = Object.create(EventEmitter.prototype);
o._events = { __proto__: null };
EventEmitter.init.call(o);
o.on('q', fn);
o.removeListener('q', fn);
console.log('q' in o._events, o._eventsCount);
o.on('r', fn);
o.removeAllListeners();
console.log(JSON.stringify(Object.keys(o._events)));

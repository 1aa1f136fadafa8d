'use strict';
// removeListener/off: which occurrence goes, the 'removeListener' event (after the
// removal, with the listener that was passed), removing during emit.
const EventEmitter = require('events');

function named(name) {
  const fn = () => console.log('called', name);
  Object.defineProperty(fn, 'name', { value: name });
  return fn;
}
const a = named('a');
const b = named('b');
const c = named('c');
const e = new EventEmitter();
e.on('removeListener', (type, fn) => {
  console.log('removeListener event:', String(type), fn.name, 'remaining', e.listenerCount(type));
});
e.on('x', a);
e.on('x', b);
e.on('x', a);
e.on('x', c);
e.removeListener('x', a);
console.log(JSON.stringify(e.listeners('x').map((f) => f.name)));
e.off('x', a);
e.removeListener('x', a);
console.log(JSON.stringify(e.listeners('x').map((f) => f.name)));
e.removeListener('x', b);
console.log(typeof e._events.x, e._events.x.name);
e.removeListener('x', c);
console.log('x' in e._events, e._eventsCount);
e.removeListener('nothing', a);
// Once wrappers: the event reports the original function.
e.once('y', a);
e.removeListener('y', a);
e.once('y', a);
e.once('y', b);
e.removeListener('y', b);
e.emit('y');
// Removing listeners while an event is emitted does not stop them this round.
const f = new EventEmitter();
f.on('z', () => { console.log('z1'); f.removeListener('z', z2); });
function z2() { console.log('z2'); }
f.on('z', z2);
f.emit('z');
f.emit('z');
// Removing the 'removeListener' listener itself.
const g = new EventEmitter();
function rl(type) { console.log('rl saw', type); }
g.on('removeListener', rl);
g.on('k', a);
g.removeListener('removeListener', rl);
g.removeListener('k', a);
console.log(g._eventsCount, JSON.stringify(g.eventNames()));
// Invalid listener.
for (const bad of [undefined, null, 1]) {
  try {
    g.removeListener('k', bad);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
// When the last name goes, _events is replaced by a fresh object.
const h = new EventEmitter();
const before = h._events;
h.on('only', a);
h.removeListener('only', a);
console.log(h._events === before, Object.getPrototypeOf(h._events), h._eventsCount);

'use strict';
// Ordering of on/addListener/prependListener/once/prependOnceListener, and the
// representation in _events (one function, then an array).
const EventEmitter = require('events');

const e = new EventEmitter();
const order = [];
const make = (name) => {
  const fn = () => order.push(name);
  Object.defineProperty(fn, 'name', { value: name });
  return fn;
};
e.on('x', make('on1'));
console.log(typeof e._events.x, Array.isArray(e._events.x), e._eventsCount);
e.prependListener('x', make('prepend1'));
console.log(typeof e._events.x, Array.isArray(e._events.x), e._events.x.length);
e.once('x', make('once1'));
e.prependOnceListener('x', make('prependOnce1'));
e.addListener('x', make('on2'));
e.prependListener('x', make('prepend2'));
console.log(JSON.stringify(e.listeners('x').map((f) => f.name)));
console.log(JSON.stringify(e.rawListeners('x').map((f) => f.name)));
e.emit('x');
console.log(JSON.stringify(order));
order.length = 0;
e.emit('x');
console.log(JSON.stringify(order));
console.log(JSON.stringify(e.listeners('x').map((f) => f.name)));
// Same function twice: called twice, removed one at a time (last first).
const twice = make('twice');
const t = new EventEmitter();
t.on('y', twice);
t.on('y', twice);
order.length = 0;
t.emit('y');
console.log(JSON.stringify(order), t.listenerCount('y'));
t.removeListener('y', twice);
console.log(t.listenerCount('y'), typeof t._events.y);
t.removeListener('y', twice);
console.log(t.listenerCount('y'), JSON.stringify(Object.keys(t._events)), t._eventsCount);
// Chaining returns the emitter.
console.log(t.on('a', twice) === t, t.prependListener('a', twice) === t, t.once('a', twice) === t,
  t.prependOnceListener('a', twice) === t, t.off('a', twice) === t, t.removeAllListeners('a') === t,
  t.setMaxListeners(3) === t, t.addListener('b', twice) === t, t.removeListener('zz', twice) === t);

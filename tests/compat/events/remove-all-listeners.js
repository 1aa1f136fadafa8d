'use strict';
// removeAllListeners(): for one event or all, the order of 'removeListener' events
// (each event's listeners last to first, 'removeListener' itself last), and the
// difference between no argument and an explicit undefined.
const EventEmitter = require('events');

function named(name) {
  const fn = () => {};
  Object.defineProperty(fn, 'name', { value: name });
  return fn;
}
const e = new EventEmitter();
const log = [];
e.on('removeListener', function rl(type, fn) { log.push(`${String(type)}:${fn.name}`); });
e.on('a', named('a1'));
e.on('a', named('a2'));
e.once('b', named('b1'));
e.on(Symbol('s'), named('s1'));
e.on('c', named('c1'));
e.removeAllListeners('a');
console.log(JSON.stringify(log), JSON.stringify(e.eventNames().map(String)));
log.length = 0;
e.removeAllListeners();
console.log(JSON.stringify(log), JSON.stringify(e.eventNames()), e._eventsCount);

// Without 'removeListener' listeners nothing is announced.
const f = new EventEmitter();
f.on('a', named('x'));
f.on('b', named('y'));
f.removeAllListeners('a');
console.log(JSON.stringify(f.eventNames()), f._eventsCount);
f.removeAllListeners('nope');
console.log(JSON.stringify(f.eventNames()), f._eventsCount);
f.removeAllListeners(undefined);
console.log('explicit undefined:', JSON.stringify(f.eventNames()), f._eventsCount);
f.on('undefined', named('u'));
f.removeAllListeners(undefined);
console.log('after removing "undefined":', JSON.stringify(f.eventNames()), f._eventsCount);
f.removeAllListeners();
console.log(JSON.stringify(f.eventNames()), f._eventsCount);
// Removing all listeners during emit: the current round still runs.
const g = new EventEmitter();
g.on('z', () => { console.log('z1'); g.removeAllListeners('z'); });
g.on('z', () => console.log('z2'));
g.emit('z');
console.log(g.emit('z'));
// 'removeListener' listeners added while removing everything.
const h = new EventEmitter();
h.on('removeListener', (type) => console.log('removed', type));
h.on('p', named('p'));
h.on('q', named('q'));
h.removeAllListeners();
console.log(JSON.stringify(h.eventNames()));

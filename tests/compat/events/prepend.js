'use strict';
// prependListener / prependOnceListener, including on an object that was never
// initialised by the constructor and with 'newListener' observers.
const EventEmitter = require('events');

const e = new EventEmitter();
let m = 0;
e.on('foo', () => console.log('on', m++));
e.prependListener('foo', () => console.log('prepend', m++));
e.prependOnceListener('foo', () => console.log('prependOnce', m++));
e.emit('foo');
e.emit('foo');
const seen = [];
e.on('newListener', (name, fn) => seen.push([String(name), fn.name]));
e.prependListener('bar', function named() {});
e.prependOnceListener('bar', function onceNamed() {});
console.log(JSON.stringify(seen));
console.log(JSON.stringify(e.rawListeners('bar').map((f) => f.name)));

// An object that inherits from EventEmitter.prototype without calling the constructor.
const bare = Object.create(EventEmitter.prototype);
console.log(bare._events, bare._eventsCount);
bare.prependListener('x', () => console.log('bare listener'));
console.log(Object.getPrototypeOf(bare._events), bare._eventsCount);
bare.emit('x');
const bare2 = Object.create(EventEmitter.prototype);
console.log(bare2.emit('x'), bare2.listenerCount('x'), JSON.stringify(bare2.eventNames()),
  JSON.stringify(bare2.listeners('x')), bare2.removeAllListeners() === bare2,
  bare2.removeListener('x', () => {}) === bare2);
for (const bad of [undefined, 1, 'x']) {
  try {
    e.prependListener('foo', bad);
  } catch (err) {
    console.log(err.code, err.message);
  }
  try {
    e.prependOnceListener('foo', bad);
  } catch (err) {
    console.log(err.code, err.message);
  }
}

'use strict';
// 'newListener' is emitted before a listener is added (so a 'newListener' listener
// does not see it in listeners()), with the unwrapped function for once().
const EventEmitter = require('events');

const e = new EventEmitter();
function hello(a, b) { console.log('hello', a, b); }
e.on('newListener', function onNew(name, listener) {
  console.log('newListener', String(name), listener.name, 'already there:', this.listenerCount(name),
    this === e);
  if (name === 'hello' && !this.addedEarly) {
    this.addedEarly = true;
    // Adding a listener for the same event from 'newListener' puts it first.
    this.on('hello', function early() { console.log('early'); });
  }
});
e.on('hello', hello);
e.once('foo', function onceFoo() {});
e.prependListener(Symbol('sym'), function symListener() {});
e.emit('hello', 'a', 'b');
console.log(JSON.stringify(e.listeners('hello').map((f) => f.name)));
// Adding a 'newListener' listener announces itself to existing ones only.
const f = new EventEmitter();
f.on('newListener', (name) => console.log('first saw', name));
f.on('newListener', (name) => console.log('second saw', name));
f.on('x', () => {});
// newListener listener that removes itself.
const g = new EventEmitter();
g.on('newListener', function self(name) {
  console.log('self saw', name);
  g.removeListener('newListener', self);
});
g.on('a', () => {});
g.on('b', () => {});
console.log(JSON.stringify(g.eventNames()));
// A once wrapper's .listener is reported; a listener with its own .listener property
// is reported as that property.
const h = new EventEmitter();
h.on('newListener', (name, fn) => console.log('reported', name, typeof fn, fn.name));
function outer() {}
outer.listener = function inner() {};
h.on('p', outer);
h.once('q', outer);

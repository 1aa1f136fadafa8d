'use strict';
// events.getEventListeners and the instance methods listeners()/rawListeners(): copies
// of the arrays (changing them does not affect the emitter), unwrapped or not.
const EventEmitter = require('events');
const { getEventListeners } = EventEmitter;

const e = new EventEmitter();
function a() {}
function b() {}
e.on('x', a);
e.once('x', b);
console.log(JSON.stringify(getEventListeners(e, 'x').map((f) => f.name)));
console.log(JSON.stringify(e.listeners('x').map((f) => f.name)), JSON.stringify(e.rawListeners('x').map((f) => f.name)));
console.log(JSON.stringify(getEventListeners(e, 'none')), getEventListeners.name, getEventListeners.length);
const copy = e.listeners('x');
copy.push(a);
copy.length = 0;
console.log(e.listenerCount('x'));
const raw = e.rawListeners('x');
raw.pop();
console.log(e.listenerCount('x'), e.listeners('x') !== e.listeners('x'));
// A single listener: still a new array every time.
e.on('single', a);
const one = e.listeners('single');
one.push(b);
console.log(e.listenerCount('single'), e.listeners('single').length);
// A listener with its own .listener property is unwrapped only when it is a function
// (for arrays), or when truthy (single listener).
function carrier() {}
carrier.listener = 5;
const f = new EventEmitter();
f.on('one', carrier);
f.on('two', carrier);
f.on('two', carrier);
console.log(JSON.stringify(f.listeners('one')), JSON.stringify(f.listeners('two').map((x) => typeof x)));
// Duck typing: anything with a listeners() method.
console.log(getEventListeners({ listeners(type) { return [`listeners(${type})`]; } }, 'q')[0]);
for (const bad of [{}, 1, 'str']) {
  try {
    getEventListeners(bad, 'x');
  } catch (err) {
    console.log(err.code, err.message);
  }
}
try {
  getEventListeners(null, 'x');
} catch (err) {
  console.log('null:', err.name);
}
// listeners() of an emitter whose listener array was replaced by the program.
const g = new EventEmitter();
g._events.custom = [a, b];
g._eventsCount++;
console.log(JSON.stringify(g.listeners('custom').map((x) => x.name)), g.listenerCount('custom'));

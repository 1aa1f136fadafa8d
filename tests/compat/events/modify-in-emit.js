'use strict';
// Listeners added or removed while an event is emitted take effect from the next emit.
const EventEmitter = require('events');

const e = new EventEmitter();
const callbacks = [];
function callback1() {
  callbacks.push('callback1');
  e.on('foo', callback2);
  e.on('foo', callback3);
  e.removeListener('foo', callback1);
}
function callback2() {
  callbacks.push('callback2');
  e.removeListener('foo', callback2);
}
function callback3() {
  callbacks.push('callback3');
  e.removeListener('foo', callback3);
}
e.on('foo', callback1);
console.log(e.listeners('foo').length);
e.emit('foo');
console.log(e.listeners('foo').length, JSON.stringify(callbacks));
e.emit('foo');
console.log(e.listeners('foo').length, JSON.stringify(callbacks));
e.emit('foo');
console.log(e.listeners('foo').length, JSON.stringify(callbacks));
e.on('foo', callback1);
e.on('foo', callback2);
console.log(e.listeners('foo').length);
e.removeAllListeners('foo');
console.log(e.listeners('foo').length);
callbacks.length = 0;
e.on('foo', callback2);
e.on('foo', callback3);
console.log(e.listeners('foo').length);
e.emit('foo');
console.log(JSON.stringify(callbacks), e.listeners('foo').length);
// A listener that adds itself again runs once per emit.
const f = new EventEmitter();
let n = 0;
function again() {
  n++;
  if (n < 5) f.on('r', again);
}
f.on('r', again);
f.emit('r');
console.log('n', n, f.listenerCount('r'));
f.emit('r');
console.log('n', n, f.listenerCount('r'));
// Prepending during emit.
const g = new EventEmitter();
g.on('p', () => { console.log('p1'); g.prependListener('p', () => console.log('p0')); });
g.on('p', () => console.log('p2'));
g.emit('p');
g.emit('p');

'use strict';
// Listeners added or removed while an event is emitted (by its own listeners, by nested
// emits, from other emitters) do not change the round in progress, and the next round
// sees the changes; a listener that throws does not leave the emitter in a bad state.
const EventEmitter = require('events');

const e = new EventEmitter();
const log = [];
function a() {
  log.push('a');
  e.removeListener('t', b);
  e.on('t', d);
}
function b() {
  log.push('b');
}
function c() {
  log.push('c');
  e.prependListener('t', () => log.push('p'));
}
function d() {
  log.push('d');
}
e.on('t', a);
e.on('t', b);
e.on('t', c);
e.emit('t');
console.log('round 1', log.join(' '), e.listenerCount('t'));
log.length = 0;
e.removeListener('t', a);
e.emit('t');
console.log('round 2', log.join(' '), e.listenerCount('t'));

// Nested emits of the same event, each removing one listener.
const n = new EventEmitter();
const seen = [];
let depth = 0;
function x() {
  seen.push(`x${depth}`);
  if (depth++ < 2) n.emit('ev');
}
function y() {
  seen.push(`y${depth}`);
  n.removeListener('ev', y);
}
function z() {
  seen.push(`z${depth}`);
}
n.on('ev', x);
n.on('ev', y);
n.on('ev', z);
n.emit('ev');
console.log('nested', seen.join(' '), n.rawListeners('ev').map((f) => f.name));

// A throwing listener: the rest of the round does not run, later changes and rounds
// behave normally.
const t = new EventEmitter();
t.on('ev', () => console.log('first'));
t.on('ev', () => {
  throw new Error('listener failed');
});
t.on('ev', () => console.log('never in the throwing round'));
try {
  t.emit('ev');
} catch (err) {
  console.log('caught', err.message);
}
t.removeAllListeners('ev');
const kept = [];
for (let i = 0; i < 4; i++) t.on('ev', () => kept.push(i));
t.prependListener('ev', () => kept.push('pre'));
t.off('ev', t.rawListeners('ev')[2]);
t.emit('ev');
console.log('after throw', kept.join(' '), t.listenerCount('ev'));

// rawListeners() returns a copy that later changes do not touch.
const raw = t.rawListeners('ev');
t.on('ev', () => {});
t.off('ev', raw[0]);
console.log('raw copy', raw.length, t.listenerCount('ev'));

// The max-listeners warning is given once per event even when the listener array is
// replaced during an emit.
process.on('warning', (w) => console.log('warning', w.name, w.count));
const m = new EventEmitter();
m.setMaxListeners(2);
m.on('ev', () => {
  m.on('ev', () => {});
});
m.on('ev', () => {});
m.emit('ev');
m.emit('ev');
m.emit('ev');
console.log('max', m.listenerCount('ev'));

// once() listeners removing themselves during a round of several.
const o = new EventEmitter();
const order = [];
o.once('ev', () => order.push(1));
o.on('ev', () => order.push(2));
o.once('ev', () => order.push(3));
o.emit('ev');
o.emit('ev');
console.log('once', order.join(' '), o.listenerCount('ev'));

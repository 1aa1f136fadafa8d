'use strict';
// emit() with 0-5 arguments and one or several listeners, listeners whose `call` is not
// Function.prototype.call, and removal of names (string, number, symbol) keeping the
// order of the remaining names.
const EventEmitter = require('events');

const e = new EventEmitter();
function show(...args) {
  console.log('listener this ok:', this === e, 'args:', JSON.stringify(args));
}
e.on('one', show);
for (let n = 0; n <= 5; n++) e.emit('one', ...[1, 2, 3, 4, 5].slice(0, n));
e.on('many', show);
e.on('many', function second(...args) { console.log('second', args.length); });
for (let n = 0; n <= 5; n++) e.emit('many', ...['a', 'b', 'c', 'd', 'e'].slice(0, n));

// An own `call` property must not be used to call the listener.
function odd(a, b) {
  console.log('odd called', this === e, a, b);
}
odd.call = () => console.log('own call used (wrong)');
e.on('odd', odd);
e.emit('odd', 1, 2);
e.on('odd', show);
e.emit('odd', 3, 4);
e.emit('odd');
e.emit('odd', 5);

// Return values: undefined/null are ignored, other values too without captureRejections.
e.on('ret', () => 42);
e.on('ret', () => null);
console.log('emit ret', e.emit('ret', 1, 2, 3));

// Removal keeps the order of the other names, also for numbers and symbols.
const sym = Symbol('s');
const k = new EventEmitter();
const f = () => {};
k.on('a', f);
k.on(sym, f);
k.on(1, f);
k.on('b', f);
k.on('c', f);
console.log(k.eventNames());
k.off(1, f);
console.log(k.eventNames(), Reflect.ownKeys(k._events), k._eventsCount);
k.off(sym, f);
console.log(k.eventNames(), k._eventsCount);
k.on(2, f);
k.removeAllListeners(2);
k.off('b', f);
console.log(k.eventNames(), Object.keys(k._events), k._eventsCount);
k.on(undefined, f);
k.on('undefined', f);
console.log(k.listenerCount('undefined'));
k.off(undefined, f);
console.log(k.eventNames(), k.listenerCount(undefined));

// Removing during an emit: this round still calls every listener it started with.
const r = new EventEmitter();
const calls = [];
function x(...args) { calls.push(['x', args.length]); r.off('ev', y); r.off('other', z); }
function y(...args) { calls.push(['y', args.length]); }
function z() { calls.push(['z']); }
r.on('other', z);
r.on('keep', z);
for (let n = 0; n <= 4; n++) {
  r.on('ev', x);
  r.on('ev', y);
  r.emit('ev', ...[1, 2, 3, 4].slice(0, n));
  r.off('ev', x);
  r.on('other', z);
}
console.log(JSON.stringify(calls), r.eventNames());

// An errorMonitor listener that removes the 'error' listener: the error is thrown.
const m = new EventEmitter();
function onError(err) { console.log('error listener', err.message); }
m.on('keep', f);
m.on('error', onError);
m.on(EventEmitter.errorMonitor, () => m.off('error', onError));
try {
  m.emit('error', new Error('boom'));
} catch (err) {
  console.log('thrown', err.message);
}

// once() wrappers with 0-3 arguments, removed before the listener runs.
const o = new EventEmitter();
o.on('keep', f);
for (let n = 0; n <= 3; n++) {
  o.once('t', function(...args) {
    console.log('once', n, args.length, this === o, o.listenerCount('t'));
  });
  o.emit('t', ...[1, 2, 3].slice(0, n));
  o.emit('t', 'again');
}
console.log(o.eventNames());

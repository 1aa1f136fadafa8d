'use strict';
// The once() wrapper's visible shape, re-entrant once listeners, and the emit() paths:
// one listener, several, 'error' with errorMonitor, and captured rejections carrying
// the emitted arguments.
const EventEmitter = require('events');

const e = new EventEmitter();
function f(a) {
  console.log('f', a, this === e);
}
e.once('x', f);
const wrapper = e.rawListeners('x')[0];
console.log(wrapper.name, wrapper.length, Object.getOwnPropertyNames(wrapper),
            'prototype' in wrapper, wrapper.listener === f, e.listeners('x')[0] === f);
// Calling the wrapper directly removes it and calls the listener only once.
wrapper('direct');
wrapper('again');
console.log('count after direct call', e.listenerCount('x'));

// A once listener that re-emits its own event runs once.
e.once('y', function g(a) {
  console.log('g', a);
  e.emit('y', 'inner');
});
console.log('emit y', e.emit('y', 1), e.emit('y', 2));

// Two once listeners: the second still runs although the first removed itself.
e.once('z', () => console.log('z1'));
e.once('z', () => console.log('z2'));
e.prependOnceListener('z', (...args) => console.log('z0', args));
console.log('emit z', e.emit('z', 'a', 'b', 'c', 'd'), e.listenerCount('z'));

// Arities 0 to 5 reach the listener unchanged.
const arity = new EventEmitter();
arity.on('n', (...args) => console.log('one', args.length, args));
for (let n = 0; n <= 5; n++) arity.emit('n', ...Array.from({ length: n }, (_, i) => i));
arity.on('n', function(...args) { console.log('two', args.length, this === arity); });
arity.emit('n', 'p', 'q', 'r');

// 'error': monitor first, then a throw without listeners.
const err = new Error('boom');
e.on(EventEmitter.errorMonitor, (x) => console.log('monitor', String(x)));
try {
  e.emit('error', err);
} catch (x) {
  console.log('thrown', x === err);
}
try {
  e.emit('error', 42);
} catch (x) {
  console.log(x.code, x.message, x.context);
}
// An errorMonitor listener that adds an 'error' listener makes this emit handled.
const late = new EventEmitter();
late.on(EventEmitter.errorMonitor, () => late.on('error', (x) => console.log('late', x)));
console.log('late emit', late.emit('error', 'v'));
e.on('error', (x) => console.log('handled', x));
e.on('error', (x) => console.log('handled2', x));
console.log('error emit', e.emit('error', 'w'));

// Captured rejections get the emitted arguments, with one listener and with several.
const c = new EventEmitter({ captureRejections: true });
c.on('ev', async (a, b) => {
  throw new Error(`rejected ${a} ${b}`);
});
c.on('error', (x) => console.log('captured', x.message));
c.emit('ev', 1, 2);
const d = new EventEmitter({ captureRejections: true });
d[Symbol.for('nodejs.rejection')] = (x, type, ...args) => console.log('rejection', x.message, type, args);
d.once('ev', async () => {
  throw new Error('from once');
});
d.on('ev', () => {});
d.emit('ev', 'a', 'b', 'c');
console.log(new EventEmitter().emit('nothing'), e.emit('x'));

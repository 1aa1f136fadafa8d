'use strict';
// emit(): listeners run synchronously in the order added, with the emitter as `this`
// and the arguments as given; emit() returns whether the event had listeners.
const EventEmitter = require('events');

const e = new EventEmitter();
const log = [];
console.log('no listeners:', e.emit('nothing'), e.emit('nothing', 1, 2));
e.on('ev', function first(...args) { log.push(['first', this === e, args]); });
e.on('ev', (...args) => log.push(['second', args.length]));
e.addListener('ev', function third() { log.push(['third', arguments.length]); });
for (let n = 0; n <= 6; n++) {
  const args = Array.from({ length: n }, (_, i) => i);
  console.log(`emit with ${n} args:`, e.emit('ev', ...args));
}
console.log(JSON.stringify(log));
console.log('after:', log.length);

// Listener return values are ignored (without captureRejections).
const f = new EventEmitter();
f.on('x', () => 42);
f.on('x', () => Promise.resolve(1));
console.log('returns:', f.emit('x'));
// emit() returns true even if a listener removes all listeners.
f.on('y', () => f.removeAllListeners());
console.log('y:', f.emit('y'), f.eventNames().length);
// Numbers and other keys are converted like property keys.
const g = new EventEmitter();
g.on(1, () => console.log('listener for 1 via', 'string'));
g.emit('1');
g.on(undefined, () => console.log('listener for undefined'));
g.emit('undefined');
g.on(null, () => console.log('listener for null'));
g.emit(null);
console.log(JSON.stringify(g.eventNames()));
// A listener that throws stops the emit; later listeners do not run.
const h = new EventEmitter();
h.on('t', () => { throw new Error('stop'); });
h.on('t', () => console.log('not reached'));
try {
  h.emit('t');
} catch (err) {
  console.log('caught', err.message);
}

'use strict';
// events.errorMonitor listeners see 'error' events before the 'error' listeners (and
// before an unhandled error is thrown) without handling them.
const EventEmitter = require('events');
const { errorMonitor } = EventEmitter;

console.log(String(errorMonitor), typeof errorMonitor, errorMonitor === EventEmitter.errorMonitor);
const e = new EventEmitter();
e.on(errorMonitor, (err, extra) => console.log('monitor', err.message, extra));
try {
  e.emit('error', new Error('first'), 'x');
} catch (err) {
  console.log('still thrown', err.message);
}
e.on('error', (err) => console.log('handler', err.message));
e.emit('error', new Error('second'), 'y');
console.log(JSON.stringify(e.eventNames().map(String)), e.listenerCount(errorMonitor));
// Monitors also see non-Error values, and emitting errorMonitor directly works.
const f = new EventEmitter();
f.on(errorMonitor, (v) => console.log('monitor saw', v));
try {
  f.emit('error', 'plain');
} catch (err) {
  console.log(err.code, err.message);
}
console.log(f.emit(errorMonitor, 'direct'));
// A monitor that throws replaces the error.
const g = new EventEmitter();
g.on(errorMonitor, () => { throw new Error('from monitor'); });
try {
  g.emit('error', new Error('original'));
} catch (err) {
  console.log('thrown:', err.message);
}

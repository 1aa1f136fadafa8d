'use strict';
// events.setMaxListeners / getMaxListeners with EventTargets.
const events = require('events');
process.on('warning', (w) => console.log('warning:', w.message));
const t = new EventTarget();
console.log(events.getMaxListeners(t));
events.setMaxListeners(2, t);
console.log(events.getMaxListeners(t));
for (let i = 0; i < 3; i++) t.addEventListener('c', () => {});
const quiet = new EventTarget();
events.setMaxListeners(0, quiet);
for (let i = 0; i < 30; i++) quiet.addEventListener('d', () => {});
const signal = new AbortController().signal;
events.setMaxListeners(1, signal);
console.log(events.getMaxListeners(signal));
signal.addEventListener('abort', () => {});
signal.addEventListener('abort', () => {});
const old = events.defaultMaxListeners;
events.defaultMaxListeners = 3;
const later = new EventTarget();
console.log(events.getMaxListeners(later));
events.defaultMaxListeners = old;
try {
  events.setMaxListeners(1, {});
} catch (err) {
  console.log(err.code, err.message);
}

'use strict';
// Event names that are also Object.prototype property names work like any other.
const EventEmitter = require('events');

const e = new EventEmitter();
const handler = () => {};
console.log(JSON.stringify(e.eventNames()));
for (const name of ['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'valueOf', '__defineGetter__']) {
  console.log(name, e.listeners(name).length, e.listenerCount(name));
}
e.on('__proto__', handler);
e.on('__defineGetter__', handler);
e.on('toString', handler);
console.log(JSON.stringify(e.eventNames()));
console.log(e.listeners('__proto__').length, e.listeners('__defineGetter__')[0] === handler,
  e.listeners('toString').length);
e.on('__proto__', (a) => console.log('__proto__ got', a));
e.emit('__proto__', 1);
e.on('constructor', (a) => console.log('constructor got', a));
e.emit('constructor', 2);
e.on('hasOwnProperty', (a) => console.log('hasOwnProperty got', a));
e.emit('hasOwnProperty', 3);
console.log(Object.getPrototypeOf(e._events), JSON.stringify(Object.keys(e._events)));
e.removeAllListeners('__proto__');
console.log(JSON.stringify(e.eventNames()));

'use strict';
// compat: stderr
// The printed form of MaxListenersExceededWarning.
const EventEmitter = require('events');

const e = new EventEmitter();
e.setMaxListeners(1);
e.on('a', () => {});
e.on('a', () => {});
e.on(Symbol('b'), () => {});
e.on(Symbol('b'), () => {});
console.log('done');

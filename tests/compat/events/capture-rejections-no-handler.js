'use strict';
// compat: stderr
// A captured rejection with no 'error' listener becomes an uncaught exception.
const EventEmitter = require('events');

process.on('uncaughtException', (err, origin) => {
  console.log('uncaught:', err.message, origin);
});
const e = new EventEmitter({ captureRejections: true });
e.on('x', async () => {
  throw new Error('nobody listens');
});
e.emit('x');
console.log('emitted');

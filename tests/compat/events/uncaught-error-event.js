'use strict';
// An unhandled 'error' event with a non-Error value ends the process with
// ERR_UNHANDLED_ERROR.
const EventEmitter = require('events');

console.log('before');
new EventEmitter().emit('error', 'not an Error object');
console.log('not reached');

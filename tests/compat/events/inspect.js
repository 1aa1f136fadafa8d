'use strict';
// How an emitter looks in console.log (util.inspect): its own fields, the symbols
// included.
const EventEmitter = require('events');

const e = new EventEmitter();
console.log(e);
e.on('a', function named() {});
e.setMaxListeners(3);
console.log(e);
class Custom extends EventEmitter {}
console.log(new Custom());

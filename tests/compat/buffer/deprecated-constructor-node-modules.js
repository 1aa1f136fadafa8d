// compat: stderr
'use strict';
// Buffer() warns (DEP0005) for application code only: calls from inside node_modules are
// quiet, the first call from the application warns, and only once.
process.on('warning', (w) => console.log('warning', w.code));
const make = require('./fixtures/node_modules/old-buffer-user');
console.log(make(3).length, make(4).length);
setTimeout(() => {
  console.log('app call', new Buffer(2).length, Buffer(1).length);
}, 10);

// compat: stderr
'use strict';
// Reading a missing property of a module's unfinished exports inside a require cycle
// warns once per access; the exports object gets its normal prototype back afterwards.
process.on('warning', (w) => console.log('warning event:', w.name, w.message));
const a = require('./fixtures/circular-warning/a');
console.log(a.seenByB, Object.getPrototypeOf(a) === Object.prototype);
console.log(require('./fixtures/circular-warning/c'));
console.log(a.stillMissing);

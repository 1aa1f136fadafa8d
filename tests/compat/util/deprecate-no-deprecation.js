// compat: node-args=--no-deprecation
// compat: stderr
// --no-deprecation silences util.deprecate warnings (no event, no output).
const util = require('util');

process.on('warning', (w) => console.log('warning event', w.name));
const fn = util.deprecate(() => 'ran', 'fn is old', 'DEP0993');
console.log(fn(), process.noDeprecation);
setTimeout(() => console.log('done'), 1);

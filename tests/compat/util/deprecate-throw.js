// compat: node-args=--throw-deprecation
// compat: stderr
// --throw-deprecation makes a deprecation warning an uncaught exception.
const util = require('util');

const old = util.deprecate(function old() { return 1; }, 'old() is deprecated', 'DEP0997');
process.on('uncaughtException', (e) => {
  console.log('uncaught', e.name, e.code, e.message);
});
console.log(old());
console.log('after call');

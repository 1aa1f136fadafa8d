// compat: node-args=--trace-deprecation
// compat: stderr
// --trace-deprecation prints the warning with the stack of the deprecated call.
const util = require('util');

const old = util.deprecate(function old() { return 1; }, 'old() is deprecated', 'DEP0996');
function caller() {
  return old();
}
console.log(caller());

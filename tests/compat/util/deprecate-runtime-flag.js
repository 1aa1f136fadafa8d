// compat: stderr
// process.noDeprecation set at run time is read when the wrapper is called.
const util = require('util');

const early = util.deprecate(() => 'early', 'early is old', 'DEP0994');
process.noDeprecation = true;
console.log(early());
const later = util.deprecate(() => 'later', 'later is old', 'DEP0995');
console.log(later());
process.noDeprecation = false;
console.log(later());
console.log(early());

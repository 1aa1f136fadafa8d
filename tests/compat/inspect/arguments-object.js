// arguments objects print with an [Arguments] prefix.
const { inspect } = require('util');
function sloppy() { return arguments; }
function strict() { 'use strict'; return arguments; }
function mapped(a, b) { return arguments; }
function scoped(a) { const f = () => a; f(); return arguments; }
console.log(sloppy(), sloppy(1, 'two', { three: 3 }), strict(1, 2), mapped(1, 2), scoped(1));
console.log([sloppy(1)], { args: strict('a') });
console.log(inspect(sloppy(1, 2), { showHidden: true }).split('\n')[0]);
console.log(require('util').types.isArgumentsObject(sloppy()), require('util').types.isArgumentsObject(strict()),
  require('util').types.isArgumentsObject(scoped(1)), require('util').types.isArgumentsObject([]));

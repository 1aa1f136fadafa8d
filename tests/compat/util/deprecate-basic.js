// compat: stderr
// util.deprecate: the warning is printed once per code, or once per wrapper without one.
const util = require('util');

const f = util.deprecate(function add(a, b) { return a + b; }, 'add() is deprecated', 'DEP0990');
console.log(f(1, 2), f(3, 4));
const g = util.deprecate(() => 'g', 'g() is deprecated');
console.log(g(), g());
const g2 = util.deprecate(() => 'g2', 'g() is deprecated');
console.log(g2());
const sameCode = util.deprecate(() => 'same', 'other message, same code', 'DEP0990');
console.log(sameCode());
console.log(f.name, f.length, typeof f);
setTimeout(() => console.log('after ticks'), 1);

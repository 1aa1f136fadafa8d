// util.format %j, %o, %O and %c.
const util = require('util');
const circular = { a: 1 };
circular.self = circular;
const values = [{ a: 1, b: [2] }, 'str', 1, null, undefined, [1, 'two'], circular, () => {},
  { toJSON() { return { custom: true }; } }, new Date(0), new Map([[1, 2]]), Symbol('s')];
for (const v of values) console.log(util.format('%j', v));
try { util.format('%j', { big: 1n }); } catch (e) { console.log(e.name); }
const deep = { l1: { l2: { l3: { l4: { l5: { l6: 1 } } } } }, arr: [1, [2, [3, [4, [5, [6]]]]]] };
console.log(util.format('%O', deep));
console.log(util.format('%o', deep));
console.log(util.format('%o', [1, 2, 3]));
console.log(util.format('%o', function namedFn(a, b) {}));
console.log(util.format('%o', { fn() {}, arr: ['x'] }));
console.log(util.format('%O', 'string'), util.format('%o', 'string'), util.format('%O', 5));
console.log(util.format('%c', 'css'), util.format('a%cb', 'color: red'), util.format('%c%s', 'css', 'after'));
console.log(util.format('%o', new Proxy({ p: 1 }, {})));
console.log(util.format('%O', new Error('with %O').message));

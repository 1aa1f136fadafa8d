// compact: false puts every property on its own line; numbers limit how many inner
// levels are joined; true uses the old style.
const { inspect } = require('util');
const obj = {
  name: 'example',
  list: [1, 2, 3],
  nested: { a: 1, b: { c: 2, d: { e: 3 } } },
  map: new Map([['x', { y: 1 }]]),
  long: 'a fairly long string value that takes some room',
};
for (const compact of [false, true, 0, 1, 2, 3, 4, 10]) {
  console.log(`compact ${compact}:`);
  console.log(inspect(obj, { compact }));
}
console.log(inspect({ a: 'x'.repeat(90) }, { compact: true }));
console.log(inspect({ a: 'x'.repeat(60), b: 'y'.repeat(60) }, { compact: true }));
console.log(inspect(['x'.repeat(50), 'y'.repeat(50)], { compact: true }));
console.log(inspect(new Set(['x'.repeat(50), 'y'.repeat(50)]), { compact: true }));
console.log(inspect(new Map([['k'.repeat(45), 'v'.repeat(45)]]), { compact: true }));
console.log(inspect(Object.assign(function f() {}, { p: 'x'.repeat(80) }), { compact: true }));
console.log(inspect({ a: { b: { c: { d: 1 } } } }, { compact: false, depth: 0 }));
console.log(inspect([], { compact: false }), inspect({}, { compact: false }), inspect([1], { compact: false }));
console.log(inspect({ s: 'line1\nline2 which is much longer than the first line here' }, { compact: false }));

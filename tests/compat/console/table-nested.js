// Cells show nested values shallowly: arrays up to 3 items, objects one level deep
// (not at all when they have more than two keys).
console.table([{ a: [1, 2, 3, 4, 5], b: [1, 2, 3], c: [] }]);
console.table([{ a: { x: 1 }, b: { x: 1, y: 2 }, c: { x: 1, y: 2, z: 3 } }]);
console.table([{ a: { b: { c: { d: 1 } } } }]);
console.table([{ a: [[1, [2]], { k: [3] }] }]);
console.table([{ s: 'quoted \'string\'', n: -0, big: 12345678901234567890n }]);
console.table([{ nl: 'line\nbreak', tab: 'a\tb' }]);
console.table([{ u: undefined, n: null, sym: Symbol('x') }]);
console.table([{ long: 'x'.repeat(40) }, { long: 'short' }]);

// Map and Set iterators are tabulated from their remaining entries, without being
// consumed.
const map = new Map([['a', 1], ['b', 2], ['c', 3]]);
console.table(map.entries());
console.table(map.keys());
console.table(map.values());
const set = new Set(['x', 'y']);
console.table(set.values());
console.table(set.entries());
const it = map.keys();
it.next();
console.table(it);
console.log([...it].join());
console.table([1, 2].entries());

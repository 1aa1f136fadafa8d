// The properties argument chooses (and orders) the columns.
const data = [{ a: 1, b: 2, c: 3 }, { a: 4, c: 6, d: 7 }];
console.table(data, ['c', 'a']);
console.table(data, ['missing']);
console.table(data, []);
console.table(data, ['a', 'a']);
console.table([1, 'x', { a: 9 }], ['a']);
console.table({ r1: { x: 1 }, r2: 'prim' }, ['x', 'y']);
console.table(data, undefined);
console.table(new Map([['k', { a: 1 }]]), ['a']);
console.table(new Set([{ a: 1 }]), ['a']);
console.table(data, [0, 1]);
console.table([['p', 'q']], [1]);

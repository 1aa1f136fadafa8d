// console.table of arrays: rows by index, columns by the rows' keys.
console.table([]);
console.table([1, 2, 3]);
console.table(['a', 'bb', 'ccc']);
console.table([[1, 2], [3, 4, 5], []]);
console.table([{ a: 1, b: 2 }, { b: 3, c: 4 }, { a: 5 }]);
console.table([{ name: 'x', value: 10 }, 'primitive', 7, { name: 'y' }]);
const sparse = [1, , 3];
console.table(sparse);
const withProps = [1, 2];
withProps.extra = 'e';
console.table(withProps);
console.table([[]]);
console.table([null, undefined, true, false]);

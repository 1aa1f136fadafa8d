// Maps and Sets get an "(iteration index)" column.
console.table(new Map());
console.table(new Map([['a', 1], ['b', 'two'], [3, null]]));
console.table(new Map([[{ k: 1 }, [1, 2]], [[1], { v: 2 }]]));
console.table(new Set());
console.table(new Set([1, 'two', null, undefined]));
console.table(new Set([[1, 2], { x: 1 }]));
class MyMap extends Map {}
console.table(new MyMap([['sub', 'class']]));
class MySet extends Set {}
console.table(new MySet(['sub']));
console.table([new Map([[1, 2]]), new Set([1])]);
console.table({ m: new Map([[1, 2]]) });

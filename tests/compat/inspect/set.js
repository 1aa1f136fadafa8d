// Sets: values in insertion order.
const { inspect } = require('util');
console.log(new Set(), new Set([1]), new Set([1, 'two', [3], { four: 4 }]));
console.log(new Set(['a', 'b', 'a']), new Set([null, undefined, NaN, -0]));
const long = new Set(Array.from({ length: 30 }, (_, i) => i));
console.log(long);
const words = new Set(Array.from({ length: 10 }, (_, i) => 'word number ' + i));
console.log(words);
const s = new Set([1]);
s.label = 'labelled';
console.log(s);
class MySet extends Set {}
console.log(new MySet([1, 2]), new MySet());
console.log(new Set([new Set([new Set([new Set([1])])])]));
console.log(inspect(new Set([{ a: 1 }]), { depth: 0 }), inspect([new Set([1])], { depth: 0 }));
console.log(inspect(new Set(['v']), { colors: true }));
const self = new Set();
self.add(self);
console.log(self);

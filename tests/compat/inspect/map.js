// Maps: entries as key => value.
const { inspect } = require('util');
console.log(new Map(), new Map([[1, 'one']]), new Map([['a', { b: 1 }], [{ k: 1 }, ['v']]]));
console.log(new Map([[null, undefined], [NaN, -0], [Symbol('s'), 1n]]));
const long = new Map();
for (let i = 0; i < 12; i++) long.set('key' + i, 'value' + i);
console.log(long);
const m = new Map([[1, 2]]);
m.extra = 'prop';
console.log(m);
class MyMap extends Map {}
console.log(new MyMap([[1, 1]]), new MyMap());
console.log(new Map([[new Map([[1, 2]]), new Map([[3, new Map([[4, 5]])]])]]));
console.log(inspect(new Map([[1, { a: { b: 1 } }]]), { depth: 0 }), inspect({ m: new Map([[1, 2]]) }, { depth: 0 }));
console.log(inspect(new Map([['k', 'v']]), { colors: true }));
const self = new Map();
self.set(self, self);
console.log(self);

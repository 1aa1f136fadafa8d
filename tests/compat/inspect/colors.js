// colors: true styles each kind of value with node's default ANSI codes.
const { inspect } = require('util');
const values = [1, -0, 1n, true, false, undefined, null, 'str', Symbol('s'), new Date(0),
  /re/g, function f() {}, class C {}, [1, 'a'], { k: 'v', n: null }, new Map([['a', 1]]),
  new Set([undefined]), new Error('e').message, new Number(1), new String('s'), new Boolean(true),
  Object(Symbol('b')), Object(2n), Promise.resolve(1), new Promise(() => {}), new WeakMap(),
  [, 1], new Uint8Array(2), new ArrayBuffer(2), Object.create(null), new Date(NaN),
  { [Symbol('key')]: 1 }, { 'quoted-key': 1 }, { get g() { return 1; } }];
for (const v of values) console.log(JSON.stringify(inspect(v, { colors: true })));
const circular = { a: 1 };
circular.self = circular;
console.log(JSON.stringify(inspect(circular, { colors: true })));
console.log(JSON.stringify(inspect({ a: { b: { c: {} } } }, { colors: true, depth: 0 })));
console.log(JSON.stringify(inspect(new Proxy({}, {}), { colors: true, showProxy: true })));
console.log(JSON.stringify(inspect(Object.assign(new Number(3), { x: 1 }), { colors: true })));
console.log(inspect({ raw: ['escape', 'codes'] }, { colors: true }));

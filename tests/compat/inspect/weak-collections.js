// WeakMap and WeakSet entries are not shown.
const { inspect } = require('util');
const key = {};
const wm = new WeakMap([[key, 1]]);
const ws = new WeakSet([key]);
console.log(wm, ws, new WeakMap(), new WeakSet(), [wm], { ws });
console.log(inspect(wm, { colors: true }));
wm.extra = 'x';
console.log(wm);
class MyWeakMap extends WeakMap {}
console.log(new MyWeakMap());
console.log(new WeakRef(key), new FinalizationRegistry(() => {}));
console.log(inspect({ a: { wm } }, { depth: 0 }));

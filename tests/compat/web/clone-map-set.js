'use strict';
// Map and Set: entries deep-cloned in order; extra properties dropped.
const util = require('util');
const key = { k: 1 };
const m = new Map([[1, 'a'], [key, new Set([1, 2])], ['nested', new Map([[NaN, -0]])]]);
m.prop = 1;
const cm = structuredClone(m);
console.log(util.inspect(cm), cm.prop, cm instanceof Map);
console.log([...cm.keys()].some((k) => k === key), Object.is([...cm.get('nested').values()][0], -0));
const s = new Set([1, 'a', { b: 2 }, [3]]);
console.log(util.inspect(structuredClone(s)));
class MyMap extends Map {}
console.log(structuredClone(new MyMap([[1, 2]])).constructor.name);
// Entries added while serializing are not visited.
const growing = new Map([['a', { get x() { growing.set('late', 1); return 1; } }]]);
console.log(util.inspect(structuredClone(growing)));

// Plain objects: key quoting, nesting, empty objects, line breaking.
const { inspect } = require('util');
console.log({}, { a: 1 }, { a: 1, b: 'two', c: [3], d: { e: null, f: undefined } });
console.log({ 'a-b': 1, $dollar: 2, _under: 3, camelCase: 4, 'with space': 5, '0': 6, '01': 7,
  '1.5': 8, "it's": 9, 'quote"': 10, '': 11, '\n': 12, 'caf\u00e9': 13, __proto__x: 14 });
console.log({ ['__proto__']: 1 });
const withProto = JSON.parse('{"__proto__": {"x": 1}, "y": 2}');
console.log(withProto);
console.log({ a: { b: { c: {} } } }, { a: { b: { c: { d: 1 } } } });
console.log({ x: [], y: {}, z: [{}], w: [[]] });
const wide = {};
for (let i = 0; i < 30; i++) wide[`key${i}`] = i;
console.log(wide);
const words = { alpha: 'first value', beta: 'second value', gamma: 'third value', delta: 'x' };
console.log(words);
console.log({ fn() {}, arrow: () => {}, async am() {}, *gen() {}, get g() { return 1; }, set s(v) {} });
console.log({ undef: undefined, nul: null, nan: NaN, neg: -0, t: true, f: false });

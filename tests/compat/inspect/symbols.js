// Symbols as values and as keys (keys are escaped, values are not).
const { inspect } = require('util');
const syms = [Symbol(), Symbol(''), Symbol('desc'), Symbol('with space'), Symbol('new\nline'),
  Symbol.for('registered'), Symbol.iterator, Symbol.asyncIterator, Symbol.toStringTag,
  Symbol("quote'"), Symbol('tab\t')];
for (const s of syms) console.log(inspect(s));
console.log(syms);
const obj = {};
for (const s of syms) obj[s] = s.description;
console.log(obj);
console.log(inspect(obj, { colors: true }));
const hidden = {};
Object.defineProperty(hidden, Symbol('hidden'), { value: 1, enumerable: false });
Object.defineProperty(hidden, Symbol('shown'), { value: 2, enumerable: true });
console.log(hidden, inspect(hidden, { showHidden: true }));
console.log({ [Symbol('a')]: { [Symbol('b')]: 1 } });

// maxStringLength truncates strings (and string entries) with a trailer.
const { inspect } = require('util');
const s = 'abcdefghijklmnopqrstuvwxyz';
for (const maxStringLength of [0, 1, 5, 25, 26, 27, null, Infinity]) {
  console.log(maxStringLength, inspect(s, { maxStringLength }));
}
console.log(inspect({ s, arr: [s, s] }, { maxStringLength: 4 }));
console.log(inspect(new Map([[s, s]]), { maxStringLength: 3 }));
console.log(inspect(('line\n' + s).repeat(5), { maxStringLength: 40 }));
console.log(inspect("it's " + s, { maxStringLength: 6 }));
console.log(inspect(new String(s), { maxStringLength: 2 }));

// util._extend copies own enumerable properties (legacy Object.assign).
const util = require('util');
const { show } = require('./_show');

const target = { a: 1 };
const result = util._extend(target, { b: 2, c: 3 });
console.log(result === target, show(target));
console.log(show(util._extend({ x: 1 }, null)), show(util._extend({ x: 1 }, 'str')));
console.log(show(util._extend({}, Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true } }))));
console.log(show(util._extend({ a: 1 }, { a: 2 })));
console.log(show(util._extend({}, [5, 6])));

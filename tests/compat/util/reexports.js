// node:util re-exports the formatting and type helpers.
const util = require('util');

console.log(util.format('%s=%d', 'x', 42), util.formatWithOptions({}, '%s!', 'hi'));
console.log(typeof util.inspect, typeof util.inspect.custom, typeof util.types.isDate);
console.log(util.types.isDate(new Date()), util.types.isRegExp(/x/), util.types.isPromise(Promise.resolve()));
console.log(util.stripVTControlCharacters('\u001b[31mred\u001b[39m'));
console.log(require('util/types') === util.types);
console.log(util.isDeepStrictEqual({ a: [1, 2] }, { a: [1, 2] }), util.isDeepStrictEqual([1], ['1']));
console.log(util.isDeepStrictEqual(new Set([1]), new Set([1])), util.isDeepStrictEqual(NaN, NaN));
console.log(util.isDeepStrictEqual.name, util.isDeepStrictEqual.length);
console.log(typeof util.TextEncoder, typeof util.TextDecoder);
console.log(util.TextEncoder === globalThis.TextEncoder, util.TextDecoder === globalThis.TextDecoder);

// compat: stderr
// console.assert prints "Assertion failed[: message]" to stderr when the value is falsy.
console.assert(true, 'never');
console.assert(1, 'never');
console.assert('x');
console.assert(false);
console.assert(0, 'zero');
console.assert('', 'empty %s', 'string', 'extra');
console.assert(null, '%d items', 3);
console.assert(undefined, 5, 6);
console.assert(NaN, { a: 1 });
console.assert(false, ['x', 'y']);
console.assert();
console.assert(0n, null);
console.log('return', console.assert(false, 'r'));
console.assert(false, 'multi\nline');

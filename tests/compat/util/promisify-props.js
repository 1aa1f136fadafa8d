// util.promisify keeps the original's own properties and prototype, and marks the
// result with util.promisify.custom so promisifying again returns it.
const util = require('util');

function original(a, b, cb) { cb(null, a); }
original.extra = 'kept';
Object.defineProperty(original, 'hidden', { value: 1, enumerable: false });
const p = util.promisify(original);
console.log(p.name, p.length, p.extra, p.hidden, p === original);
console.log(p[util.promisify.custom] === p, util.promisify(p) === p);
const d = Object.getOwnPropertyDescriptor(p, util.promisify.custom);
console.log(d.writable, d.enumerable, d.configurable, d.value === p);
console.log(Object.getOwnPropertyDescriptor(p, 'hidden').enumerable);
console.log(Object.getOwnPropertySymbols(p).length);

function Custom() {}
Object.setPrototypeOf(original, Custom.prototype);
console.log(Object.getPrototypeOf(util.promisify(function x(cb) {})) === Function.prototype);
const q = util.promisify(original);
console.log(Object.getPrototypeOf(q) === Custom.prototype);
const renamed = function renamedFn(cb) {};
Object.defineProperty(renamed, 'name', { value: 42 });
console.log(util.promisify(renamed).name);
console.log(typeof util.promisify.custom, util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
console.log(util.promisify.custom.toString());

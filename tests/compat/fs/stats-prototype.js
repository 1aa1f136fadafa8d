// The type tests of Stats and BigIntStats live on their shared base prototype as
// enumerable, nameless functions (a for...in over a Stats lists them), and Stats.prototype
// has its own isFile, the same function.
'use strict';
const fs = require('fs');

const s = fs.statSync(__filename);
const b = fs.statSync(__filename, { bigint: true });
const base = Object.getPrototypeOf(fs.Stats.prototype);
for (const key of Object.getOwnPropertyNames(base).filter((k) => k !== 'constructor')) {
  const d = Object.getOwnPropertyDescriptor(base, key);
  console.log(key, typeof d.value, JSON.stringify(d.value.name), d.value.length, d.enumerable, d.writable, d.configurable);
}
console.log('base of BigIntStats is the same', Object.getPrototypeOf(Object.getPrototypeOf(b)) === base);
console.log('Stats.prototype own isFile', Object.prototype.hasOwnProperty.call(fs.Stats.prototype, 'isFile'), fs.Stats.prototype.isFile === base.isFile);
console.log('BigIntStats.prototype own isFile', Object.prototype.hasOwnProperty.call(Object.getPrototypeOf(b), 'isFile'));
const inherited = [];
for (const key in s) if (!Object.prototype.hasOwnProperty.call(s, key) && typeof s[key] === 'function') inherited.push(key);
console.log('inherited methods in for...in', inherited.sort().join());
console.log(s.isFile(), s.isDirectory(), b.isFile(), b.isSymbolicLink(), fs.lstatSync(__dirname).isDirectory());

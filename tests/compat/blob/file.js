'use strict';
// File: name, lastModified (default now, coerced to a number), the Blob behaviour it
// inherits, and how it prints.
const util = require('util');

const file = new File(['abc', new Uint8Array([100])], 'name.txt', { type: 'TEXT/plain', lastModified: 42 });
console.log(file, file.name, file.lastModified, file.size, file.type);
console.log(file instanceof Blob, file instanceof File, Object.prototype.toString.call(file));
console.log(File.name, File.length, Object.getPrototypeOf(File) === Blob);
const shape = {};
for (const key of Reflect.ownKeys(File.prototype)) {
  if (typeof key === 'symbol' && key !== Symbol.toStringTag) continue;
  const d = Object.getOwnPropertyDescriptor(File.prototype, key);
  shape[String(key)] = `${d.get ? 'get' : typeof d.value}${d.enumerable ? ' enumerable' : ''}`;
}
console.log(shape);
for (const lastModified of [0, -5, 1.9, -1.9, '12', 'abc', null, true, [], [7], new Date(1000),
  Infinity, NaN]) {
  console.log(util.inspect(lastModified), new File([], 'x', { lastModified }).lastModified);
}
const now = Date.now();
const fresh = new File([], 'fresh');
console.log(typeof fresh.lastModified, Math.abs(fresh.lastModified - now) < 1000,
  Number.isInteger(fresh.lastModified));
console.log(new File([], 'x', { lastModified: undefined }).lastModified >= now);
for (const name of ['', 'a/b\\c', 5, null, undefined, { toString() { return 'obj'; } }, 'x\ud800']) {
  console.log(JSON.stringify(new File([], name).name));
}
console.log(new File(['x'], 'n', null).name, new File(['x'], 'n', undefined).type);
console.log(util.inspect(file, { depth: -1 }), util.inspect(file, { depth: 0 }),
  util.inspect({ a: { file } }, { depth: 1 }), util.inspect({ file }, { depth: 1 }));
const sliced = file.slice(1, 3, 'x/y');
console.log(sliced, sliced instanceof File, sliced.constructor.name);
file.text().then((text) => console.log('text', text));
file.arrayBuffer().then((ab) => console.log('arrayBuffer', ab.byteLength));
class Upload extends File {}
console.log(new Upload(['u'], 'up.bin', { lastModified: 1 }), new Upload(['u'], 'up.bin') instanceof File);

'use strict';
// structuredClone() of a SharedArrayBuffer gives a new SharedArrayBuffer object over the
// same memory (writes, Atomics and growth are seen through both); its own properties are
// not copied, and one buffer reached twice stays one object in the clone.
const sab = new SharedArrayBuffer(8, { maxByteLength: 16 });
sab.extra = 1;
const c = structuredClone(sab);
console.log(c === sab, c instanceof SharedArrayBuffer, c.byteLength, c.growable, c.maxByteLength, c.extra);
new Uint8Array(sab)[0] = 42; console.log(new Uint8Array(c)[0]);
c.grow(12); console.log(sab.byteLength, c.byteLength);
const g = structuredClone({ a: sab, b: sab, v: new Int32Array(sab, 4, 1), d: new DataView(sab, 2) });
console.log(g.a === g.b, g.a !== sab, g.v.buffer === g.a, g.d.buffer === g.a, g.v.length, g.d.byteLength);
Atomics.store(g.v, 0, 7); console.log(new Int32Array(sab, 4, 1)[0]);
console.log(structuredClone(new SharedArrayBuffer(0)).byteLength);

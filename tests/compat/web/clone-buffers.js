'use strict';
// ArrayBuffers, typed arrays and DataViews: views over one buffer share the cloned one.
const ab = new ArrayBuffer(8);
const u8 = new Uint8Array(ab, 2, 4);
u8[0] = 7;
const dv = new DataView(ab, 1, 3);
const f32 = new Float32Array(ab, 4, 1);
const cl = structuredClone({ ab, u8, dv, f32 });
console.log(cl.u8.buffer === cl.ab, cl.dv.buffer === cl.ab, cl.f32.buffer === cl.ab,
  cl.u8.byteOffset, cl.u8.length, cl.dv.byteOffset, cl.dv.byteLength, cl.ab.byteLength,
  cl.u8[0], cl.ab !== ab);
cl.u8[1] = 9;
console.log('independent copy', new Uint8Array(ab)[3], new Uint8Array(cl.ab)[3]);
const lone = structuredClone(u8);
console.log('lone view keeps the whole buffer', lone.buffer.byteLength, lone.byteOffset,
  lone.length);
for (const T of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array]) {
  const v = T === BigInt64Array || T === BigUint64Array ? new T([1n, -1n]) : new T([1, -1, 300]);
  const c = structuredClone(v);
  console.log(T.name, c.constructor.name, Array.from(c, String).join(','), c !== v);
}
class MyU8 extends Uint8Array {}
console.log(structuredClone(new MyU8(2)).constructor.name);
const ta = new Uint16Array([1, 2]);
ta.foo = 'bar';
console.log(structuredClone(ta).foo);
class MyBuffer extends ArrayBuffer {}
console.log(structuredClone(new MyBuffer(2)).constructor.name);
console.log(structuredClone(new ArrayBuffer(0)).byteLength);
const dvOnly = structuredClone(new DataView(new ArrayBuffer(4), 2));
console.log(dvOnly.constructor.name, dvOnly.byteOffset, dvOnly.byteLength);
const sab = new SharedArrayBuffer(2);
const csab = structuredClone(sab);
console.log(csab instanceof SharedArrayBuffer, csab.byteLength);
new Uint8Array(sab)[0] = 5;
console.log('shared memory', new Uint8Array(csab)[0]);

'use strict';
// Resizable ArrayBuffers keep their maximum; views that track the length still do.
const rab = new ArrayBuffer(4, { maxByteLength: 16 });
new Uint8Array(rab)[0] = 1;
const crab = structuredClone(rab);
console.log(crab.resizable, crab.maxByteLength, crab.byteLength, new Uint8Array(crab)[0]);
const tracking = new Uint8Array(rab);
const ct = structuredClone(tracking);
console.log(ct.length);
ct.buffer.resize(8);
console.log(ct.length);
const fixedBuf = new ArrayBuffer(4);
console.log(structuredClone(fixedBuf).resizable);

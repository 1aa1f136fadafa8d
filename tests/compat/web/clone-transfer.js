'use strict';
// The transfer option moves ArrayBuffers: the originals are detached.
const ab = new ArrayBuffer(4);
new Uint8Array(ab)[0] = 9;
const view = new Uint8Array(ab);
const moved = structuredClone({ ab, v: new Uint8Array(ab) }, { transfer: [ab] });
console.log(ab.byteLength, view.length, moved.ab.byteLength, moved.v[0],
  moved.v.buffer === moved.ab);
const ab2 = new ArrayBuffer(2);
console.log(structuredClone(5, { transfer: [ab2] }), ab2.byteLength);
const ab3 = new ArrayBuffer(3);
const r = structuredClone(ab3, { transfer: new Set([ab3]) });
console.log(r.byteLength, ab3.byteLength);
const ab4 = new ArrayBuffer(1);
structuredClone(ab4, { transfer: (function* gen() { yield ab4; })() });
console.log('generator transfer list', ab4.byteLength);
const ab5 = new ArrayBuffer(6);
const order = [];
structuredClone(1, { get transfer() { order.push('transfer read'); return [ab5]; } });
console.log(order, ab5.byteLength);
const ab6 = new ArrayBuffer(2);
try {
  structuredClone([ab6, () => {}], { transfer: [ab6] });
} catch (err) {
  console.log(err.name, err.message, 'buffer untouched:', ab6.byteLength);
}
const rab = new ArrayBuffer(2, { maxByteLength: 8 });
const crab = structuredClone(rab, { transfer: [rab] });
console.log(crab.resizable, crab.maxByteLength, rab.byteLength);

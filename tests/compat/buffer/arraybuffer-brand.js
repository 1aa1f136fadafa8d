'use strict';
// Buffer.from and friends check that an ArrayBuffer really is one (an object that only
// inherits from ArrayBuffer.prototype is not); isUtf8/isAscii refuse detached buffers.
const { isUtf8, isAscii } = require('buffer');
function AB() {}
Object.setPrototypeOf(AB, ArrayBuffer);
Object.setPrototypeOf(AB.prototype, ArrayBuffer.prototype);
for (const f of [() => Buffer.from(new AB()), () => Buffer.byteLength(new AB()),
                 () => isUtf8(new AB())]) {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(Buffer.from(new ArrayBuffer(3)).length, Buffer.byteLength(new ArrayBuffer(7)));
const ab = new ArrayBuffer(8);
structuredClone(ab, { transfer: [ab] });
for (const f of [isUtf8, isAscii]) {
  try {
    console.log(f(ab));
  } catch (e) {
    console.log(e.name, e.code, e.message, Object.keys(e));
  }
}
console.log(isUtf8(new ArrayBuffer(2)), isAscii(new Uint8Array([0x80])));

'use strict';
// Buffer.poolSize raised before the first pooled allocation: requests up to half the new
// size come from a pool big enough for them (nodus makes its first 8 KiB pool lazily and
// used to hand out that one regardless, cutting a 100000-byte string to 8192 bytes).
Buffer.poolSize = 1 << 20;
console.log(Buffer.from('x'.repeat(100000)).length, Buffer.from('é'.repeat(30000)).length);
console.log(Buffer.allocUnsafe(100000).length, Buffer.from('QUJD'.repeat(30000), 'base64').length);
console.log(Buffer.from('ab'.repeat(50000), 'hex').length, Buffer.from(new Array(70000).fill(7)).length);
const whole = Buffer.from('z'.repeat(200000));
console.log(whole.length, whole[0], whole[199999], whole.toString() === 'z'.repeat(200000));
const a = Buffer.allocUnsafe(10);
console.log(a.buffer.byteLength);
// Lowered again: the current pool stays until it is full, then pools are 4 KiB.
Buffer.poolSize = 4096;
const b = Buffer.from('y'.repeat(1000));
console.log(b.length, b.buffer === a.buffer);

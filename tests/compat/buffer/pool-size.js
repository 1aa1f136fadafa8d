'use strict';
// Buffer.poolSize is a plain data property; pools take its value when they are made (the
// first pool exists before a program can change it), and allocations below half of it
// come from the pool.
console.log(Object.getOwnPropertyDescriptor(Buffer, 'poolSize'));
Buffer.poolSize = 64;
const first = Buffer.allocUnsafe(10);
console.log('first pool', first.buffer.byteLength);
console.log('31 bytes pooled', Buffer.allocUnsafe(31).buffer.byteLength !== 31);
console.log('32 bytes pooled', Buffer.allocUnsafe(32).buffer.byteLength !== 32);
// Use up the first pool: the next one has the new size.
let b;
for (let i = 0; i < 1000; i++) {
  b = Buffer.allocUnsafe(30);
  if (b.buffer.byteLength !== 8192) break;
}
console.log('next pool', b.buffer.byteLength);
console.log('from string pooled', Buffer.from('x'.repeat(20), 'latin1').buffer.byteLength);
Buffer.poolSize = 8192;

// The Buffer pool's memory (allocated without zeroing): pooled Buffers from strings and
// allocUnsafe share one plain ArrayBuffer of Buffer.poolSize bytes, hold exactly the bytes
// written, and a changed Buffer.poolSize sizes the next pool. Buffer.alloc stays zeroed.
const latin1 = Buffer.alloc(1024);
for (let i = 0; i < latin1.length; i++) latin1[i] = (i * 31 + 7) & 255;
const text = latin1.toString('latin1');
const b64 = latin1.subarray(0, 768).toString('base64');

const a = Buffer.from(text, 'latin1');
const b = Buffer.from(b64, 'base64');
const c = Buffer.allocUnsafe(100);
console.log(a.buffer instanceof ArrayBuffer, a.buffer.byteLength, a.byteLength, b.byteLength);
console.log(a.equals(latin1), b.equals(latin1.subarray(0, 768)));
console.log(Object.prototype.toString.call(c.buffer), c.buffer.resizable, c.length);
// Buffers taken one after another from the same pool do not overlap.
const parts = [];
for (let i = 0; i < 12; i++) parts.push(Buffer.from(text.slice(0, 100 + i), 'latin1'));
console.log(parts.every((p, i) => p.length === 100 + i && p.equals(latin1.subarray(0, 100 + i))));
console.log(new Set(parts.map((p) => p.buffer)).size <= 2);
// A copy of the pool's memory is an ordinary ArrayBuffer.
const copy = a.buffer.slice(a.byteOffset, a.byteOffset + 4);
console.log(copy.byteLength, Buffer.from(copy).toString('hex'));

const saved = Buffer.poolSize;
Buffer.poolSize = 16 * 1024;
const big = [];
for (let i = 0; i < 20; i++) big.push(Buffer.from(text, 'latin1'));
console.log(big[19].buffer.byteLength, big.every((p) => p.equals(latin1)));
Buffer.poolSize = saved;
for (let i = 0; i < 20; i++) big.push(Buffer.from(text, 'latin1'));
console.log(big[39].buffer.byteLength, big.every((p) => p.equals(latin1)));

console.log(Buffer.alloc(3000).every((x) => x === 0), Buffer.alloc(10).every((x) => x === 0));

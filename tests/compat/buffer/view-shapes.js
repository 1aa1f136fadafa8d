'use strict';
// Byte views of every kind handed to the binding's bulk operations (toString, write,
// compare, indexOf, fill, copy, TextDecoder, isUtf8/isAscii): pooled Buffers, plain and
// offset Uint8Arrays, subarrays, other typed arrays and DataViews, views of resizable and
// growable buffers before and after a resize, and views whose buffer was detached.

const { isUtf8, isAscii } = require('buffer');
const text = 'The quick brown fox jumps over the lazy dog \u00e9\u00e8 \u2603 \u{1F600} '.repeat(8);
const bytes = Buffer.from(text);

function describe(label, view) {
  const u8 = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  let out;
  try {
    const asBuffer = Buffer.from(view.buffer, view.byteOffset, view.byteLength);
    out = [
      view.byteLength,
      asBuffer.toString('latin1').length,
      asBuffer.toString('hex').slice(0, 16),
      asBuffer.toString('base64').slice(-12),
      asBuffer.toString('utf8').length,
      new TextDecoder().decode(view).length,
      isUtf8(view),
      isAscii(view),
      Buffer.compare(asBuffer, bytes.subarray(0, asBuffer.length)),
      asBuffer.indexOf('fox'),
      asBuffer.lastIndexOf(Buffer.from('dog')),
      u8.length,
    ].join(' ');
  } catch (e) {
    out = `${e.name} ${e.code}: ${e.message}`;
  }
  console.log(label.padEnd(24), out);
}

const pooled = Buffer.from(text);
describe('pooled', pooled);
describe('subarray', pooled.subarray(5, 300));
describe('empty subarray', pooled.subarray(7, 7));
const plain = new Uint8Array(bytes.length + 16);
plain.set(bytes, 9);
describe('offset uint8', new Uint8Array(plain.buffer, 9, bytes.length));
describe('uint16', new Uint16Array(plain.buffer, 10, 100));
describe('int8', new Int8Array(plain.buffer, 9, 101));
describe('dataview', new DataView(plain.buffer, 9, 101));
describe('float64', new Float64Array(plain.buffer.slice(0, 800)));

// Resizable buffers: a fixed-length view, a length-tracking view and one with an offset,
// before and after the buffer shrinks and grows again.
const rab = new ArrayBuffer(bytes.length, { maxByteLength: bytes.length * 2 });
new Uint8Array(rab).set(bytes);
const fixed = new Uint8Array(rab, 4, 200);
const tracking = new Uint8Array(rab);
const trackingOffset = new Uint8Array(rab, 16);
describe('rab fixed', fixed);
describe('rab tracking', tracking);
describe('rab tracking offset', trackingOffset);
const rabBuffer = Buffer.from(rab);
console.log('rab Buffer', rabBuffer.length, rabBuffer.toString('latin1', 0, 20));
rab.resize(100);
describe('rab tracking small', tracking);
describe('rab tracking offset sm', trackingOffset);
console.log('rab fixed out of bounds', fixed.length, fixed.byteLength);
console.log('rab Buffer small', rabBuffer.length, rabBuffer.toString('hex', 90));
console.log(new TextDecoder().decode(tracking).length, Buffer.from(tracking.buffer, 0, 50).toString());
rab.resize(bytes.length + 40);
describe('rab tracking grown', tracking);
console.log('rab Buffer grown', rabBuffer.length, rabBuffer.write('\u00fcber', 95, 'latin1'),
  rabBuffer.toString('latin1', 94, 100), Buffer.byteLength(rabBuffer));
console.log(rabBuffer.fill('xy', 100, 106).toString('latin1', 98, 108),
  rabBuffer.copy(pooled, 0, 100, 104), pooled.toString('latin1', 0, 6));

// Growable shared memory.
const gsab = new SharedArrayBuffer(64, { maxByteLength: 256 });
const shared = new Uint8Array(gsab);
shared.set(bytes.subarray(0, 64));
describe('gsab tracking', shared);
gsab.grow(200);
shared.set(bytes.subarray(0, 200));
describe('gsab grown', shared);

// Detached buffers read as empty.
const doomed = new Uint8Array(new ArrayBuffer(64), 8, 16);
doomed.set([104, 105]);
const doomedBuffer = Buffer.from(doomed.buffer, 8, 16);
structuredClone(doomed.buffer, { transfer: [doomed.buffer] });
console.log('detached', doomed.length, doomedBuffer.length, JSON.stringify(doomedBuffer.toString()),
  doomedBuffer.toString('base64'), doomedBuffer.write('abc'), new TextDecoder().decode(doomed));
try {
  console.log(Buffer.compare(doomedBuffer, Buffer.alloc(0)), doomedBuffer.equals(Buffer.alloc(0)));
} catch (e) {
  console.log(e.name, e.code);
}

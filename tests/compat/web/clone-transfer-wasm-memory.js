'use strict';
// A WebAssembly.Memory's buffer cannot be detached: listed for transfer, it is copied
// instead (and stays usable), while the other buffers of the list are still transferred.
const memory = new WebAssembly.Memory({ initial: 1 });
const bytes = new Uint8Array(memory.buffer);
bytes[5] = 9;
const other = new ArrayBuffer(3);

const copy = structuredClone({ memory: memory.buffer, view: new Uint8Array(memory.buffer, 4, 2),
                               other }, { transfer: [other, memory.buffer] });
console.log(copy.memory.byteLength, copy.view[1], copy.view.buffer === copy.memory);
console.log('source still usable:', memory.buffer.byteLength, bytes[5]);
console.log('other transferred:', other.byteLength, copy.other.byteLength);
copy.view[1] = 1;
console.log('copy is separate:', bytes[5]);

// Alone in the list, and not in the value at all.
console.log(structuredClone(memory.buffer, { transfer: [memory.buffer] }).byteLength);
console.log(structuredClone(1, { transfer: [memory.buffer] }), memory.buffer.byteLength);

// The Memory object itself cannot be cloned.
try {
  structuredClone(memory);
} catch (err) {
  console.log(err.name, err.message);
}

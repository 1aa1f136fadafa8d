'use strict';
// node 22 semantics that node 20 (the golden-test oracle) does not have:
// markAsUntransferable() objects in a transfer list throw DataCloneError,
// isMarkedAsUntransferable() and markAsUncloneable().
const assert = require('assert');
const {
  MessageChannel, markAsUntransferable, isMarkedAsUntransferable, markAsUncloneable,
} = require('worker_threads');

const ab = new ArrayBuffer(8);
assert.strictEqual(isMarkedAsUntransferable(ab), false);
markAsUntransferable(ab);
assert.strictEqual(isMarkedAsUntransferable(ab), true);
assert.strictEqual(isMarkedAsUntransferable(5), false);

const { port1, port2 } = new MessageChannel();
assert.throws(() => port1.postMessage(ab, [ab]), {
  name: 'DataCloneError',
  message: 'Cannot transfer object of unsupported type.',
});
assert.strictEqual(ab.byteLength, 8);
// Cloning it is fine.
port1.postMessage(ab);

// Buffer's allocation pools are marked: transferring one would detach every Buffer that
// shares it. Buffers outside the pool stay transferable.
const pooled = Buffer.from('hello world');
const neighbour = Buffer.from('hello world');
assert.strictEqual(pooled.buffer, neighbour.buffer);
assert.strictEqual(isMarkedAsUntransferable(pooled.buffer), true);
assert.throws(() => port1.postMessage(pooled, [pooled.buffer]), {
  name: 'DataCloneError',
  message: 'Cannot transfer object of unsupported type.',
});
assert.throws(() => structuredClone(pooled, { transfer: [pooled.buffer] }), {
  name: 'DataCloneError',
});
assert.strictEqual(neighbour.toString(), 'hello world');
assert.strictEqual(pooled.length, 11);
const own = Buffer.alloc(16);
assert.strictEqual(isMarkedAsUntransferable(own.buffer), false);
const moved = structuredClone(own, { transfer: [own.buffer] });
assert.strictEqual(own.buffer.byteLength, 0);
assert.strictEqual(moved.byteLength, 16);

const other = new MessageChannel();
markAsUntransferable(other.port1);
assert.throws(() => port1.postMessage(other.port1, [other.port1]), { name: 'DataCloneError' });

const obj = { a: 1 };
markAsUncloneable(obj);
assert.throws(() => port1.postMessage({ nested: obj }), {
  name: 'DataCloneError',
  message: 'Cannot clone object of unsupported type.',
});
assert.throws(() => structuredClone(obj), { name: 'DataCloneError' });
// No effect on buffers.
const buf = new Uint8Array(2);
markAsUncloneable(buf);
port1.postMessage(buf);
markAsUncloneable(7);

let received = 0;
port2.on('message', () => {
  if (++received === 2) {
    port1.close();
    other.port1.close();
  }
});

'use strict';
// Host objects through ports: a Blob is cloned within a thread and to a worker.
const assert = require('assert');
const { MessageChannel, Worker, receiveMessageOnPort } = require('worker_threads');

const blob = new Blob(['hello ', 'blob'], { type: 'text/plain' });
const { port1, port2 } = new MessageChannel();
port1.postMessage(blob);
const copy = receiveMessageOnPort(port2).message;
assert.ok(copy instanceof Blob);
assert.strictEqual(copy.size, 10);
assert.strictEqual(copy.type, 'text/plain');
port1.close();

copy.text().then((text) => {
  assert.strictEqual(text, 'hello blob');
  const worker = new Worker(`
    const { parentPort } = require('worker_threads');
    parentPort.once('message', async (b) => parentPort.postMessage([b instanceof Blob, await b.text()]));
  `, { eval: true });
  worker.postMessage(blob);
  worker.once('message', (m) => {
    assert.deepStrictEqual(m, [true, 'hello blob']);
    worker.terminate();
  });
});

'use strict';
// File behaviour of node 22 that the local node v20 cannot produce golden output for:
// structuredClone() and postMessage() turn a File into a File with the same name,
// modification time, type and contents (node 20 makes a Blob), and File's getters reject
// other receivers with ERR_INVALID_THIS (node 20 reports V8's private-field TypeError).
const assert = require('assert');

(async () => {
  const file = new File(['ab', new Uint8Array([99])], 'f.txt',
                        { type: 'Text/Plain', lastModified: 5 });
  const copy = structuredClone(file);
  assert.ok(copy instanceof File);
  assert.notStrictEqual(copy, file);
  assert.strictEqual(copy.name, 'f.txt');
  assert.strictEqual(copy.lastModified, 5);
  assert.strictEqual(copy.type, 'text/plain');
  assert.strictEqual(copy.size, 3);
  assert.strictEqual(await copy.text(), 'abc');
  assert.strictEqual(Object.prototype.toString.call(copy), '[object File]');

  // Inside other values, shared references stay shared; plain Blobs stay Blobs.
  const graph = structuredClone({ a: file, b: file, blob: new Blob(['x']) });
  assert.strictEqual(graph.a, graph.b);
  assert.ok(graph.a instanceof File);
  assert.ok(!(graph.blob instanceof File));
  assert.strictEqual(graph.blob.constructor, Blob);

  // A clone of a clone, and of a File whose name needed well-forming.
  const odd = new File([], 'a\ud800b', { lastModified: -1.5 });
  const again = structuredClone(structuredClone(odd));
  assert.strictEqual(again.name, 'a\ufffdb');
  assert.strictEqual(again.lastModified, -1.5);
  assert.strictEqual(again.size, 0);

  // Extra own properties are not cloned.
  file.extra = 1;
  assert.strictEqual(structuredClone(file).extra, undefined);

  // Through a MessageChannel (the message is encoded as bytes, as between threads).
  const received = await new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port2.onmessage = ({ data }) => {
      port2.close();
      resolve(data);
    };
    port1.postMessage({ file });
  });
  assert.ok(received.file instanceof File);
  assert.strictEqual(received.file.name, 'f.txt');
  assert.strictEqual(received.file.lastModified, 5);
  assert.strictEqual(received.file.type, 'text/plain');
  assert.strictEqual(await received.file.text(), 'abc');

  // And to a worker and back.
  const { Worker } = require('worker_threads');
  const worker = new Worker(`
    const { parentPort } = require('worker_threads');
    parentPort.once('message', async (f) => {
      parentPort.postMessage({ back: f, seen: [f instanceof File, f.name, await f.text()] });
    });`, { eval: true });
  const reply = await new Promise((resolve) => {
    worker.once('message', resolve);
    worker.postMessage(file);
  });
  await worker.terminate();
  assert.deepStrictEqual(reply.seen, [true, 'f.txt', 'abc']);
  assert.ok(reply.back instanceof File);
  assert.strictEqual(reply.back.lastModified, 5);

  const getters = ['name', 'lastModified'];
  for (const key of getters) {
    const get = Object.getOwnPropertyDescriptor(File.prototype, key).get;
    for (const receiver of [{}, new Blob(), null, undefined, File.prototype]) {
      assert.throws(() => get.call(receiver), {
        name: 'TypeError',
        code: 'ERR_INVALID_THIS',
        message: 'Value of "this" must be of type File',
      });
    }
  }
  assert.throws(() => File.prototype.name, { code: 'ERR_INVALID_THIS' });
  console.log('ok');
})().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});

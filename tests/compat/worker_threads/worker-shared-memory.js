'use strict';
// Between threads: SharedArrayBuffers are shared memory (Atomics.wait/notify across
// threads), ArrayBuffers move with transfer lists, MessagePorts can be handed to a worker
// to talk to it directly, and workers can start workers.
const { Worker, MessageChannel } = require('worker_threads');

async function main() {
  {
    const sab = new SharedArrayBuffer(16);
    const counters = new Int32Array(sab);
    counters[0] = 123;
    const worker = new Worker(`
      const { workerData, parentPort } = require('worker_threads');
      const counters = new Int32Array(workerData.sab);
      parentPort.postMessage(['same memory', workerData.sab instanceof SharedArrayBuffer, counters[0]]);
      for (let i = 0; i < 1000; i++) Atomics.add(counters, 1, 1);
      // Wait for the parent's signal on counters[2].
      const result = Atomics.wait(counters, 2, 0, 10000);
      parentPort.postMessage(['woken', result, Atomics.load(counters, 3)]);
    `, { eval: true, workerData: { sab } });
    worker.on('message', (m) => {
      console.log('worker said', m);
      if (m[0] === 'same memory') {
        setTimeout(() => {
          Atomics.store(counters, 3, 77);
          Atomics.store(counters, 2, 1);
          Atomics.notify(counters, 2);
        }, 20);
      }
    });
    await new Promise((resolve) => worker.on('exit', resolve));
    console.log('parent sees the additions of the worker', Atomics.load(counters, 1));
  }
  {
    const ab = new ArrayBuffer(1 << 16);
    new Uint8Array(ab)[0] = 1;
    const worker = new Worker(`
      const { parentPort } = require('worker_threads');
      parentPort.once('message', ({ ab }) => {
        const bytes = new Uint8Array(ab);
        bytes[1] = bytes[0] + 1;
        parentPort.postMessage(ab, [ab]);
        parentPort.postMessage(['worker copy after transfer', ab.byteLength]);
      });
    `, { eval: true });
    worker.postMessage({ ab }, [ab]);
    console.log('parent copy after transfer', ab.byteLength);
    const messages = [];
    worker.on('message', (m) => messages.push(m));
    await new Promise((resolve) => worker.on('exit', resolve));
    console.log('returned', messages[0].byteLength, new Uint8Array(messages[0])[1], messages[1]);
  }
  {
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(`
      const { parentPort } = require('worker_threads');
      parentPort.once('message', ({ port }) => {
        port.on('message', (m) => {
          port.postMessage(m.toUpperCase());
          if (m === 'last') port.close();
        });
      });
    `, { eval: true });
    worker.postMessage({ port: port2 }, [port2]);
    const got = [];
    port1.on('message', (m) => got.push(m));
    port1.on('close', () => console.log('direct port closed after', got));
    for (const word of ['one', 'two', 'last']) port1.postMessage(word);
    await new Promise((resolve) => worker.on('exit', resolve));
  }
  {
    const worker = new Worker(`
      const { Worker, parentPort, threadId } = require('worker_threads');
      const inner = new Worker(
        "require('worker_threads').parentPort.postMessage(require('worker_threads').threadId)",
        { eval: true });
      inner.on('message', (id) => parentPort.postMessage(['inner id is larger', id > threadId]));
      inner.on('exit', (code) => parentPort.postMessage(['inner exit', code]));
    `, { eval: true });
    worker.on('message', (m) => console.log('nested:', m));
    await new Promise((resolve) => worker.on('exit', resolve));
  }
  console.log('done');
}
main();

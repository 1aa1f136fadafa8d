'use strict';
// SharedArrayBuffers of several sizes in workerData: each arrives as its own buffer, even
// when the worker's engine collects garbage while the message is unpacked (a 4 MiB buffer
// first makes that likely).
const { Worker } = require('worker_threads');

const sizes = [4 * 1024 * 1024, 128, 1024, 64, 8192, 256];
const N = 12;
let bad = 0;
let done = 0;
for (let k = 0; k < N; k++) {
  const data = {};
  sizes.forEach((s, i) => {
    data['b' + i] = new SharedArrayBuffer(s);
    new Uint8Array(data['b' + i])[0] = i + 1;
  });
  const w = new Worker(`
    const { workerData: d, parentPort } = require('worker_threads');
    const list = Object.values(d);
    parentPort.postMessage([list.map((v) => v.byteLength).join(), new Set(list).size,
      list.map((v) => new Uint8Array(v)[0]).join()]);
  `, { eval: true, workerData: data });
  w.on('message', (m) => {
    if (m[0] !== sizes.join() || m[1] !== sizes.length || m[2] !== '1,2,3,4,5,6') {
      bad++;
      console.log('mismatch', m);
    }
  });
  w.on('exit', () => {
    if (++done === N) console.log('workers', N, 'mismatched', bad);
  });
}

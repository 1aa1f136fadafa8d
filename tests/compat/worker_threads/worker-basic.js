'use strict';
// A worker evaluating code: its thread identity, workerData (cloned), messages both ways,
// console output through the parent, and the 'online', 'message' and 'exit' events in
// order.
const { Worker, threadId } = require('worker_threads');

const worker = new Worker(`
  const wt = require('worker_threads');
  const { parentPort, workerData } = wt;
  console.log('worker: isMainThread', wt.isMainThread, 'threadId', wt.threadId > 0,
              'data', workerData, 'env data', wt.getEnvironmentData('greeting'));
  console.log('worker: argv', process.argv.slice(1), typeof require, __filename);
  parentPort.on('message', (m) => {
    if (m === 'bye') {
      console.log('worker: closing');
      parentPort.close();
      return;
    }
    parentPort.postMessage({ echo: m, doubled: m.n * 2 });
  });
`, { eval: true, workerData: { nested: { list: [1, 2, 3] }, when: new Date(0) } });

require('worker_threads').setEnvironmentData('greeting', 'hello');
console.log('parent: threadId', threadId, 'worker.threadId is', typeof worker.threadId,
            worker.threadId > threadId);

let n = 0;
worker.on('online', () => {
  console.log('parent: online');
  worker.postMessage({ n: ++n });
});
worker.on('message', (m) => {
  console.log('parent: got', m);
  if (n < 3) worker.postMessage({ n: ++n });
  else worker.postMessage('bye');
});
worker.on('error', (err) => console.log('parent: error', err));
worker.on('exit', (code) => {
  console.log('parent: exit', code, 'threadId now', worker.threadId);
});

'use strict';
// worker.terminate(): stops a busy worker (an endless loop) and an idle one, resolves with
// exit code 1 after 'exit', and resolves with undefined once the worker is gone; ref() and
// unref() of a worker; process 'worker' event.
const { Worker } = require('worker_threads');

process.on('worker', (w) => console.log('process worker event', w instanceof Worker));

async function main() {
  {
    const worker = new Worker(`
      require('worker_threads').parentPort.postMessage('spinning');
      for (;;) {}
    `, { eval: true });
    await new Promise((resolve) => worker.once('message', resolve));
    worker.on('exit', (code) => console.log('busy worker exit event', code));
    const code = await worker.terminate();
    console.log('busy worker terminated with', code);
    console.log('terminate again', await worker.terminate(), 'threadId', worker.threadId);
  }
  {
    const worker = new Worker('setInterval(() => {}, 1000);', { eval: true });
    await new Promise((resolve) => worker.once('online', resolve));
    console.log('idle worker terminated with', await worker.terminate());
  }
  {
    // A worker stuck in a chain of timers is stopped too.
    const worker = new Worker(`
      require('worker_threads').parentPort.postMessage('ticking');
      function again() { setImmediate(again); } again();
    `, { eval: true });
    await new Promise((resolve) => worker.once('message', resolve));
    console.log('immediate loop terminated with', await worker.terminate());
  }
  {
    // An unref()ed worker does not keep the process alive, but terminate() still settles.
    const worker = new Worker('setInterval(() => {}, 1000);', { eval: true });
    await new Promise((resolve) => worker.once('online', resolve));
    worker.unref();
    console.log('unrefed worker terminated with', await worker.terminate());
  }
  {
    // Terminating right away, before the worker ran anything.
    const worker = new Worker(`console.log('may or may not run');`, { eval: true, stdout: true });
    const code = await worker.terminate();
    console.log('early terminate', typeof code);
  }
  // A worker left running but unref()ed: the process exits without waiting for it.
  const forgotten = new Worker('setInterval(() => {}, 1000);', { eval: true });
  forgotten.unref();
  console.log('main done');
}
main();
process.on('exit', () => console.log('process exit'));

'use strict';
// Transferable AbortSignals through postMessage: within a thread, to a worker, already
// aborted, transferred twice, and the transferred copy not keeping anything alive.
const util = require('util');
const { Worker, MessageChannel } = require('worker_threads');

const log = (...args) => console.log(...args);

async function sameThread() {
  const ac = util.transferableAbortController();
  const { port1, port2 } = new MessageChannel();
  let received = 0;
  const done = new Promise((resolve) => {
    port1.onmessage = ({ data }) => {
      log('received', data instanceof AbortSignal, data.aborted, data === ac.signal);
      data.addEventListener('abort', () => {
        log('copy aborted', data.reason);
        if (++received === 2) {
          port1.close();
          resolve();
        }
      });
      if (++received === 2) {
        received = 0;
        ac.abort('boom');
      }
    };
  });
  port2.postMessage(ac.signal, [ac.signal]);
  port2.postMessage(ac.signal, [ac.signal]);
  ac.signal.addEventListener('abort', () => log('local still works', ac.signal.reason));
  await done;
}

async function alreadyAborted() {
  const signal = util.transferableAbortSignal(AbortSignal.abort('early'));
  const { port1, port2 } = new MessageChannel();
  await new Promise((resolve) => {
    port1.onmessage = ({ data: { nested } }) => {
      log('aborted copy', nested[0].aborted, nested[0].reason, nested[0] === signal);
      port1.close();
      resolve();
    };
    port2.postMessage({ nested: [signal] }, [signal]);
  });
}

async function toWorker() {
  const ac = util.transferableAbortController();
  const worker = new Worker(`
    const { parentPort } = require('worker_threads');
    parentPort.once('message', ({ signal }) => {
      // The signal's own channel is unreferenced: a timer keeps the worker running.
      const timer = setTimeout(() => {}, 10000);
      signal.onabort = () => {
        parentPort.postMessage('worker saw ' + signal.reason.message + ' ' + signal.aborted);
        clearTimeout(timer);
        parentPort.close();
      };
      parentPort.postMessage('ready ' + signal.aborted);
    });
  `, { eval: true });
  worker.on('message', (message) => {
    log(message);
    if (message.startsWith('ready')) ac.abort(new Error('stop'));
  });
  worker.postMessage({ signal: ac.signal }, [ac.signal]);
  await new Promise((resolve) => worker.on('exit', resolve));
}

function errors() {
  const { port1, port2 } = new MessageChannel();
  const plain = new AbortController().signal;
  try {
    port2.postMessage(plain, [plain]);
  } catch (err) {
    log(err.name, err.code, err.message);
  }
  const signal = util.transferableAbortSignal(new AbortController().signal);
  try {
    port2.postMessage(signal);
  } catch (err) {
    log(err.name, err.code, err.message);
  }
  try {
    port2.postMessage(signal, [signal, signal]);
  } catch (err) {
    log(err.name, err.code, err.message);
  }
  port1.close();
  // structuredClone with a transfer list makes a linked copy too.
  const ac = util.transferableAbortController();
  const copy = structuredClone(ac.signal, { transfer: [ac.signal] });
  copy.onabort = () => log('structuredClone copy aborted', copy.reason);
  ac.abort('cloned');
}

(async () => {
  await sameThread();
  await alreadyAborted();
  await toWorker();
  errors();
  // A transferred, never aborted signal does not keep the process alive.
  const ac = util.transferableAbortController();
  const { port1, port2 } = new MessageChannel();
  port1.onmessage = ({ data }) => {
    log('last copy', data.aborted);
    port1.close();
  };
  port2.postMessage(ac.signal, [ac.signal]);
  port2.close();
})();

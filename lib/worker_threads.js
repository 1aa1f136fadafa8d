'use strict';

// node:worker_threads. The messaging half lives in internal/worker/io, threads in
// internal/worker; what a thread knows about itself (isMainThread, threadId, parentPort,
// workerData, resourceLimits) comes from internal/worker/thread, which the worker entry
// point fills in before user code runs.

const {
  ObjectDefineProperty,
  SymbolFor,
} = primordials;

const io = require('internal/worker/io');
const thread = require('internal/worker/thread');

let lazyWorker;
function loadWorker() {
  lazyWorker ??= require('internal/worker').Worker;
  return lazyWorker;
}

module.exports = {
  isInternalThread: false,
  isMainThread: thread.isMainThread,
  MessagePort: io.MessagePort,
  MessageChannel: io.MessageChannel,
  markAsUncloneable: io.markAsUncloneable,
  markAsUntransferable: io.markAsUntransferable,
  isMarkedAsUntransferable: io.isMarkedAsUntransferable,
  moveMessagePortToContext: io.moveMessagePortToContext,
  receiveMessageOnPort: io.receiveMessageOnPort,
  resourceLimits: thread.resourceLimits,
  postMessageToThread: (...args) => require('internal/worker').postMessageToThread(...args),
  threadId: thread.threadId,
  SHARE_ENV: SymbolFor('nodejs.worker_threads.SHARE_ENV'),
  Worker: undefined,
  parentPort: thread.parentPort,
  workerData: thread.workerData,
  BroadcastChannel: io.BroadcastChannel,
  setEnvironmentData: io.setEnvironmentData,
  getEnvironmentData: io.getEnvironmentData,
};

// Worker loads with its module (threads, stdio streams) when first used.
ObjectDefineProperty(module.exports, 'Worker', {
  __proto__: null,
  get: loadWorker,
  set(value) {
    ObjectDefineProperty(module.exports, 'Worker', {
      __proto__: null, value, writable: true, enumerable: true, configurable: true,
    });
  },
  enumerable: true,
  configurable: true,
});

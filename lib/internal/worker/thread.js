'use strict';

// What the current thread is: the main thread (the defaults below) or a worker, in which
// case the worker entry point (internal/main/worker_thread) calls setWorkerThread() before
// any user code runs.

const state = {
  isMainThread: true,
  threadId: 0,
  parentPort: null,
  workerData: null,
  resourceLimits: {},
};

function setWorkerThread(threadId, parentPort, workerData, resourceLimits) {
  state.isMainThread = false;
  state.threadId = threadId;
  state.parentPort = parentPort;
  state.workerData = workerData;
  state.resourceLimits = resourceLimits;
}

module.exports = state;
module.exports.setWorkerThread = setWorkerThread;

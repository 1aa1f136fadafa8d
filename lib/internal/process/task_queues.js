'use strict';

// process.nextTick, queueMicrotask, and the JavaScript half of the event-loop driver
// (see src/runtime.h). Node's order after every callback from the loop is: the callback,
// then the whole nextTick queue, then promise jobs, repeated until both are empty, then
// unhandled-rejection processing. JavaScriptCore runs promise jobs by itself when the
// outermost engine call returns, so:
//  - callbackTrampoline runs a callback and then the tick queue inside one engine call
//    (promise jobs have not run yet);
//  - C then calls processTicksAndRejections again, each time as a fresh engine call,
//    while the tickInfo flags say ticks or rejections are pending.
// Both run the promise jobs themselves (runMicrotasks) once the tick queue is empty, at
// the point where the engine would have run them on return: in the same order, but
// nested in the current engine call, which is much cheaper per job than the engine's
// own drain outside any JavaScript frame (src/bindings/task_queue.c). C only ever calls
// these two at the outermost level, so no job runs in the middle of other JavaScript.

const {
  Array,
  ArrayPrototypePush,
  FunctionPrototypeCall,
  PromisePrototypeThen,
  PromiseResolve,
  ReflectApply,
} = primordials;

const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');

const {
  tickInfo,
  kHasTickScheduled,
  kHasRejectionToWarn,
  kHasReportedRejections,
  triggerUncaughtException,
  runMicrotasks,
} = internalBinding('task_queue');

// A growable ring buffer of pending ticks. Each tick is { callback, args }.
let ring = new Array(2048);
let mask = 2047;
let head = 0;  // next to run
let tail = 0;  // next free slot

function push(tick) {
  ring[tail] = tick;
  tail = (tail + 1) & mask;
  if (tail === head) {
    // Full: unroll into a buffer twice the size.
    const bigger = new Array(ring.length * 2);
    let n = 0;
    for (let i = head; i < ring.length; i++) bigger[n++] = ring[i];
    for (let i = 0; i < tail; i++) bigger[n++] = ring[i];
    head = 0;
    tail = n;
    ring = bigger;
    mask = bigger.length - 1;
  }
}

function shift() {
  if (head === tail) return null;
  const tick = ring[head];
  ring[head] = undefined;
  head = (head + 1) & mask;
  return tick;
}

function isEmpty() {
  return head === tail;
}

function nextTick(callback, ...args) {
  if (typeof callback !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
  if (process._exiting) return;
  push({ callback, args: args.length === 0 ? undefined : args });
  tickInfo[kHasTickScheduled] = 1;
}

function runTick(tick) {
  const { callback, args } = tick;
  if (args === undefined) {
    callback();
  } else {
    switch (args.length) {
      case 1: callback(args[0]); break;
      case 2: callback(args[0], args[1]); break;
      case 3: callback(args[0], args[1], args[2]); break;
      default: ReflectApply(callback, undefined, args);
    }
  }
}

// Runs every queued tick, including ticks queued by ticks. A tick that throws is reported
// at once (see callbackTrampoline) and the ones after it run, as in node; when a worker
// is stopping, the rest stay queued.
function runTicks() {
  let tick;
  while ((tick = shift()) !== null) {
    try {
      runTick(tick);
    } catch (err) {
      if (!triggerUncaughtException(err, false)) return;
    }
  }
  tickInfo[kHasTickScheduled] = 0;
}

let promises = null;

// The C driver's tick processor: ticks first; only once a call finds the tick queue empty
// (so promise jobs have drained since the last ticks) are rejections processed, and
// otherwise previously reported rejections checked for late handlers.
function processTicksAndRejections() {
  if (!isEmpty()) {
    runTicks();
    runMicrotasks();
    return;
  }
  tickInfo[kHasTickScheduled] = 0;
  if (tickInfo[kHasRejectionToWarn] === 1) {
    promises ??= require('internal/process/promises');
    promises.processPromiseRejections();
  } else if (tickInfo[kHasReportedRejections] === 1) {
    promises ??= require('internal/process/promises');
    promises.checkHandledLater();
  }
}

// What callbackTrampoline returns for a callback that threw (the C driver's sign of it).
const kCallbackFailed = { __proto__: null };

// Runs `callback` with `this` and the remaining arguments, then the tick queue. An
// exception is reported here, while the engine call is still running: left to propagate,
// it would make the engine run the promise jobs already queued before the C driver could
// report it, and node runs its 'uncaughtException' handler before them.
function callbackTrampoline(callback, ...args) {
  let result;
  try {
    result = args.length === 0 ? FunctionPrototypeCall(callback, this) :
      ReflectApply(callback, this, args);
  } catch (err) {
    if (!triggerUncaughtException(err, false)) return kCallbackFailed;
    result = kCallbackFailed;
  }
  if (tickInfo[kHasTickScheduled] === 1) runTicks();
  runMicrotasks();
  return result;
}

// process._tickCallback: run what is queued now.
function runNextTicks() {
  if (tickInfo[kHasTickScheduled] === 1) runTicks();
}

const resolved = PromiseResolve();

function queueMicrotask(callback) {
  if (typeof callback !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
  PromisePrototypeThen(resolved, () => {
    try {
      callback();
    } catch (error) {
      triggerUncaughtException(error, false);
    }
  });
}

// Rejections the engine reported, waiting for internal/process/promises (loaded only
// when a program has one).
let pendingRejections = [];

function onUnhandledRejection(promise, reason) {
  ArrayPrototypePush(pendingRejections, promise, reason);
  tickInfo[kHasRejectionToWarn] = 1;
}

function takePendingRejections() {
  const list = pendingRejections;
  pendingRejections = [];
  return list;
}

function setHasRejectionToWarn(value) {
  tickInfo[kHasRejectionToWarn] = value ? 1 : 0;
}

module.exports = {
  callbackTrampoline,
  kCallbackFailed,
  nextTick,
  onUnhandledRejection,
  processTicksAndRejections,
  takePendingRejections,
  queueMicrotask,
  runNextTicks,
  setHasRejectionToWarn,
};

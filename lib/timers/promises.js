'use strict';

// node:timers/promises: promise-returning setTimeout and setImmediate, setInterval as an
// async iterator, and the scheduler object.
//
// Cancellation takes anything shaped like an AbortSignal: an object with `aborted`,
// `reason`, addEventListener and removeEventListener. Aborting rejects (or throws, for
// setInterval) an AbortError whose `cause` is the signal's reason, and clears the timer.
// Validation errors are returned as rejected promises, never thrown synchronously (for
// setInterval they surface on the iterator's first next()).

const {
  FunctionPrototypeBind,
  Promise,
  PromiseReject,
  ReflectConstruct,
  SafePromisePrototypeFinally,
  Symbol,
  TypeError,
} = primordials;

const {
  Immediate,
  Timeout,
  clearImmediate,
  clearInterval,
  clearTimeout,
  insert,
} = require('internal/timers');
const {
  AbortError,
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateNumber,
  validateObject,
} = require('internal/validators');

const kScheduler = Symbol('kScheduler');
const kNoOptions = { __proto__: null };

// Listeners registered here must run even when another listener stops propagation.
const { kResistStopPropagation } = require('internal/events/symbols');

function abortListenerOptions(once) {
  const options = { __proto__: null };
  if (once) options.once = true;
  options[kResistStopPropagation] = true;
  return options;
}

function abortErrorFor(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

// The 'abort' listener of one pending setTimeout/setImmediate promise; `this` is the
// timer, the other arguments are bound.
function cancelListenerHandler(clear, reject, signal) {
  if (!this._destroyed) {
    clear(this);
    reject(abortErrorFor(signal));
  }
}

// Validates the options of the timers; returns { signal, ref } or throws. Each option
// is read once to test it for undefined, again to validate it and a last time when it is
// taken, because getters on the options object see that sequence of reads in node.
function readOptions(options) {
  validateObject(options, 'options');
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  if (options.ref !== undefined) validateBoolean(options.ref, 'options.ref');
  const { signal, ref = true } = options;
  return { signal, ref };
}

// Runs `start(resolve, reject)` which arms a timer and returns it, wiring `signal` to
// cancel it with `clear`; the listener is removed once the promise settles. The removal
// goes through the safe variant of finally, whose extra promise hops decide when a
// rejection reaches the caller relative to other abort listeners (such as a
// setInterval iterator's), so the order matches node's.
function cancellable(signal, start, clear) {
  let onAbort;
  const promise = new Promise((resolve, reject) => {
    const timer = start(resolve);
    if (signal) {
      onAbort = FunctionPrototypeBind(cancelListenerHandler, timer, clear, reject, signal);
      signal.addEventListener('abort', onAbort, abortListenerOptions(false));
    }
  });
  if (onAbort === undefined) return promise;
  return SafePromisePrototypeFinally(promise,
                                     () => signal.removeEventListener('abort', onAbort));
}

// Resolves with `value` after `after` milliseconds.
function setTimeout(after, value, options = kNoOptions) {
  let signal;
  let ref;
  try {
    if (after !== undefined) validateNumber(after, 'delay');
    ({ signal, ref } = readOptions(options));
  } catch (err) {
    return PromiseReject(err);
  }
  if (signal?.aborted) return PromiseReject(abortErrorFor(signal));
  const args = value !== undefined ? [value] : undefined;
  return cancellable(signal, (resolve) => {
    const timeout = new Timeout(resolve, after, args, false, ref);
    insert(timeout, timeout._idleTimeout);
    return timeout;
  }, clearTimeout);
}

// Resolves with `value` in the loop's next check phase.
function setImmediate(value, options = kNoOptions) {
  let signal;
  let ref;
  try {
    ({ signal, ref } = readOptions(options));
  } catch (err) {
    return PromiseReject(err);
  }
  if (signal?.aborted) return PromiseReject(abortErrorFor(signal));
  return cancellable(signal, (resolve) => {
    const immediate = new Immediate(resolve, [value]);
    if (!ref) immediate.unref();
    return immediate;
  }, clearImmediate);
}

// Yields `value` every `after` milliseconds. Ticks that happen while the consumer is
// busy are not lost: each one is yielded later.
async function* setInterval(after, value, options = kNoOptions) {
  if (after !== undefined) validateNumber(after, 'delay');
  const { signal, ref } = readOptions(options);
  if (signal?.aborted) throw abortErrorFor(signal);
  let onAbort;
  let interval;
  try {
    let pendingTicks = 0;
    let wake;
    interval = new Timeout(() => {
      pendingTicks++;
      if (wake !== undefined) {
        const resolve = wake;
        wake = undefined;
        resolve();
      }
    }, after, undefined, true, ref);
    insert(interval, interval._idleTimeout);
    if (signal) {
      onAbort = () => {
        clearInterval(interval);
        if (wake !== undefined) {
          const resolve = wake;
          wake = undefined;
          resolve(PromiseReject(abortErrorFor(signal)));
        }
      };
      signal.addEventListener('abort', onAbort, abortListenerOptions(true));
    }
    while (!signal?.aborted) {
      if (pendingTicks === 0) {
        await new Promise((resolve) => { wake = resolve; });
      }
      for (; pendingTicks > 0; pendingTicks--) {
        yield value;
      }
    }
    throw abortErrorFor(signal);
  } finally {
    clearInterval(interval);
    signal?.removeEventListener('abort', onAbort);
  }
}

// The receiver check of the scheduler's methods. Without a receiver at all (a detached
// call) the error is the engine's "cannot read properties" one, worded as V8 does.
function checkScheduler(self) {
  if (self === undefined || self === null) {
    throw new TypeError(`Cannot read properties of ${self} (reading 'Symbol(kScheduler)')`);
  }
  if (!self[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
}

class Scheduler {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  // Resolves after the current turn of the event loop (an immediate).
  yield() {
    checkScheduler(this);
    return setImmediate();
  }

  // Resolves after `delay` milliseconds; options as for setTimeout.
  wait(delay, options) {
    checkScheduler(this);
    return setTimeout(delay, undefined, options);
  }
}

// The one Scheduler instance, made without running the throwing constructor.
function makeScheduler() {
  this[kScheduler] = true;
}

module.exports = {
  setTimeout,
  setImmediate,
  setInterval,
  scheduler: ReflectConstruct(makeScheduler, [], Scheduler),
};

'use strict';

// The iterator-helper style methods of Readable: map, filter, flatMap, drop, take and
// compose return a new stream; forEach, toArray, some, every, find and reduce return a
// promise. They consume the stream through its async iterator.
//
// map (and filter, forEach, some, every, find, which are built on it) runs up to
// `concurrency` calls of fn at once and keeps up to `highWaterMark` finished results
// waiting for the consumer, but always yields in input order. Each call of fn gets
// { signal }, aborted when the operation stops early.

const {
  MathFloor,
  Number,
  NumberIsNaN,
  Promise,
  PromiseReject,
  PromiseResolve,
  PromisePrototypeThen,
  Symbol,
} = primordials;

const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateInteger,
  validateObject,
} = require('internal/validators');
// The abort machinery loads on first use (it is not needed to load node:stream).
let abortModule;
let eventTargetModule;
function lazyAbort() {
  abortModule ??= require('internal/abort_controller');
  return abortModule;
}
function lazyEventTarget() {
  eventTargetModule ??= require('internal/event_target');
  return eventTargetModule;
}
const { finished } = require('internal/streams/end-of-stream');
const { addAbortSignalNoValidate } = require('internal/streams/add-abort-signal');
const { isWritable, isNodeStream } = require('internal/streams/utils');

let staticCompose;

const kEmpty = Symbol('kEmpty');
const kEof = Symbol('kEof');

function validateOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options?.signal != null) validateAbortSignal(options.signal, 'options.signal');
}

// compose(stream[, { signal }]): this stream piped through `stream` (see
// stream.compose).
function compose(stream, options) {
  validateOptions(options);
  if (isNodeStream(stream) && !isWritable(stream)) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be writable');
  }
  staticCompose ??= require('internal/streams/compose');
  const composedStream = staticCompose(this, stream);
  if (options?.signal) addAbortSignalNoValidate(options.signal, composedStream);
  return composedStream;
}

function map(fn, options) {
  if (typeof fn !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'AsyncFunction'], fn);
  }
  validateOptions(options);

  let concurrency = 1;
  if (options?.concurrency != null) concurrency = MathFloor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options?.highWaterMark != null) highWaterMark = MathFloor(options.highWaterMark);
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  highWaterMark += concurrency;

  return async function* map() {
    const signal = lazyAbort().AbortSignal.any([options?.signal].filter(Boolean));
    const stream = this;
    // Promises of results (or kEof), in input order.
    const queue = [];
    const signalOpt = { signal };

    let next;         // wakes the consumer when the queue gets an entry
    let resume;       // wakes the pump when there is room again
    let done = false;
    let cnt = 0;      // calls of fn in flight

    function onCatch() {
      done = true;
      afterItemProcessed();
    }

    function afterItemProcessed() {
      cnt -= 1;
      maybeResume();
    }

    function maybeResume() {
      if (resume && !done && cnt < concurrency && queue.length < highWaterMark) {
        resume();
        resume = null;
      }
    }

    async function pump() {
      try {
        for await (let val of stream) {
          if (done) return;
          if (signal.aborted) throw new AbortError();
          try {
            val = fn(val, signalOpt);
            if (val === kEmpty) continue;
            val = PromiseResolve(val);
          } catch (err) {
            val = PromiseReject(err);
          }
          cnt += 1;
          PromisePrototypeThen(val, afterItemProcessed, onCatch);
          queue.push(val);
          if (next) {
            next();
            next = null;
          }
          if (!done && (queue.length >= highWaterMark || cnt >= concurrency)) {
            await new Promise((resolve) => {
              resume = resolve;
            });
          }
        }
        queue.push(kEof);
      } catch (err) {
        const val = PromiseReject(err);
        PromisePrototypeThen(val, afterItemProcessed, onCatch);
        queue.push(val);
      } finally {
        done = true;
        if (next) {
          next();
          next = null;
        }
      }
    }

    pump();

    try {
      while (true) {
        while (queue.length > 0) {
          const val = await queue[0];
          if (val === kEof) return;
          if (signal.aborted) throw new AbortError();
          if (val !== kEmpty) yield val;
          queue.shift();
          maybeResume();
        }
        await new Promise((resolve) => {
          next = resolve;
        });
      }
    } finally {
      done = true;
      if (resume) {
        resume();
        resume = null;
      }
    }
  }.call(this);
}

async function some(fn, options = undefined) {
  for await (const unused of filter.call(this, fn, options)) { // eslint-disable-line no-unused-vars
    return true;
  }
  return false;
}

async function every(fn, options = undefined) {
  if (typeof fn !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'AsyncFunction'], fn);
  }
  // every(fn) is !some(!fn).
  return !(await some.call(this, async (...args) => {
    return !(await fn(...args));
  }, options));
}

async function find(fn, options) {
  for await (const result of filter.call(this, fn, options)) {
    return result;
  }
  return undefined;
}

async function forEach(fn, options) {
  if (typeof fn !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'AsyncFunction'], fn);
  }
  async function forEachFn(value, opts) {
    await fn(value, opts);
    return kEmpty;
  }
  for await (const unused of map.call(this, forEachFn, options)); // eslint-disable-line no-unused-vars
}

function filter(fn, options) {
  if (typeof fn !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'AsyncFunction'], fn);
  }
  async function filterFn(value, opts) {
    if (await fn(value, opts)) return value;
    return kEmpty;
  }
  return map.call(this, filterFn, options);
}

// The error reduce() throws for an empty stream without an initial value.
class ReduceAwareErrMissingArgs extends ERR_MISSING_ARGS {
  constructor() {
    super('reduce');
    this.message = 'Reduce of an empty stream requires an initial value';
  }
}

async function reduce(reducer, initialValue, options) {
  if (typeof reducer !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('reducer', ['Function', 'AsyncFunction'], reducer);
  }
  validateOptions(options);
  let hasInitialValue = arguments.length > 1;
  if (options?.signal?.aborted) {
    const err = new AbortError(undefined, { cause: options.signal.reason });
    this.once('error', () => {}); // The error is reported by the rejection.
    await finished(this.destroy(err));
    throw err;
  }
  const ac = new (lazyAbort().AbortController)();
  const signal = ac.signal;
  if (options?.signal) {
    const { kWeakHandler, kResistStopPropagation } = lazyEventTarget();
    const opts = { once: true, [kWeakHandler]: this, [kResistStopPropagation]: true };
    options.signal.addEventListener('abort', () => ac.abort(), opts);
  }
  let gotAnyItemFromStream = false;
  try {
    for await (const value of this) {
      gotAnyItemFromStream = true;
      if (options?.signal?.aborted) throw new AbortError();
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal });
      }
    }
    if (!gotAnyItemFromStream && !hasInitialValue) throw new ReduceAwareErrMissingArgs();
  } finally {
    ac.abort();
  }
  return initialValue;
}

async function toArray(options) {
  validateOptions(options);
  const result = [];
  for await (const val of this) {
    if (options?.signal?.aborted) {
      throw new AbortError(undefined, { cause: options.signal.reason });
    }
    result.push(val);
  }
  return result;
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return async function* flatMap() {
    for await (const val of values) yield* val;
  }.call(this);
}

function toIntegerOrInfinity(number) {
  number = Number(number);
  if (NumberIsNaN(number)) return 0;
  if (number < 0) throw new ERR_OUT_OF_RANGE('number', '>= 0', number);
  return number;
}

function drop(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return async function* drop() {
    if (options?.signal?.aborted) throw new AbortError();
    for await (const val of this) {
      if (options?.signal?.aborted) throw new AbortError();
      if (number-- <= 0) yield val;
    }
  }.call(this);
}

function take(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return async function* take() {
    if (options?.signal?.aborted) throw new AbortError();
    for await (const val of this) {
      if (options?.signal?.aborted) throw new AbortError();
      if (number-- > 0) yield val;
      // Stop before pulling another value from the source.
      if (number <= 0) return;
    }
  }.call(this);
}

module.exports.streamReturningOperators = {
  drop,
  filter,
  flatMap,
  map,
  take,
  compose,
};

module.exports.promiseReturningOperators = {
  every,
  forEach,
  reduce,
  toArray,
  some,
  find,
};

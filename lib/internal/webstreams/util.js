'use strict';

// Machinery shared by the WHATWG streams (lib/internal/webstreams/*).
//
// Design: every public object (ReadableStream, a reader, a controller, ...) holds one
// private field pointing to an internal record, a plain object whose properties are the
// Streams Standard's internal slots ([[state]], [[queue]], ...). The spec's abstract
// operations work on records; a record keeps the public object it belongs to in `api`,
// which is what user callbacks and results see. Brand checks are the private field's
// `#x in value` test, so objects cannot be forged and user code never sees the slots.
//
// Promises: the spec's "upon fulfillment", "react to" and "transform" become calls to the
// `then` captured at start-up (user code replacing Promise.prototype.then is not
// observed); "a promise resolved with x" is WebIDL's (a new promise that adopts x when x
// is a thenable), which also decides how many promise jobs later things happen.
//
// Timing: where the Standard leaves it open (pipeTo's loop, the async iterator) or where
// node's implementation takes extra promise jobs (BYOB read(), ReadableStream.from), the
// code reproduces node's number of jobs, so that programs observe the same interleaving
// of stream events and other promise callbacks as under node. Those places say so.

const {
  ArrayBufferPrototypeGetByteLength,
  ArrayBufferPrototypeGetDetached,
  ArrayBufferPrototypeSlice,
  ArrayBufferPrototypeTransfer,
  ArrayPrototypeSlice,
  NumberIsNaN,
  ObjectAssign,
  ObjectDefineProperty,
  PromisePrototypeThen,
  PromiseReject,
  PromiseResolve,
  PromiseWithResolvers,
  ReflectApply,
  SymbolFor,
  SymbolToStringTag,
  TypedArrayPrototypeSet,
  Uint8Array,
} = primordials;

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
  },
} = require('internal/errors');
const { isSharedArrayBuffer } = require('internal/util/types');

const kInspect = SymbolFor('nodejs.util.inspect.custom');

let lazyInspectFn;
// node prints a stream object as `Name { field: value, ... }`, inspecting the fields one
// level deeper; with the depth exhausted the fields print as [Object]. Below depth 0 node
// prints `undefined` for these objects, and so does this.
function customInspect(name, fields, depth, options) {
  if (depth < 0) return undefined;
  lazyInspectFn ??= require('internal/util/inspect').inspect;
  const opts = ObjectAssign({}, options, {
    depth: options.depth === null ? null : options.depth - 1,
  });
  return `${name} ${lazyInspectFn(fields, opts)}`;
}

// ---------------------------------------------------------------------------------------
// Promises.

function noop() {}

// { promise, resolve, reject, pending }: a promise with its resolving functions; `pending`
// turns false when settled through settleResolve/settleReject (the spec asks whether some
// promises are still pending).
function newCapability() {
  const cap = PromiseWithResolvers();
  cap.pending = true;
  return cap;
}

function settleResolve(cap, value) {
  if (!cap.pending) return;
  cap.pending = false;
  cap.resolve(value);
}

function settleReject(cap, reason) {
  if (!cap.pending) return;
  cap.pending = false;
  cap.reject(reason);
}

// A capability that is already resolved (or rejected and marked handled).
function resolvedCapability(value) {
  return { promise: PromiseResolve(value), resolve: noop, reject: noop, pending: false };
}

function rejectedCapability(reason) {
  const promise = PromiseReject(reason);
  setPromiseHandled(promise);
  return { promise, resolve: noop, reject: noop, pending: false };
}

// Marks a promise as handled: its rejection is not reported as unhandled.
function setPromiseHandled(promise) {
  PromisePrototypeThen(promise, undefined, noop);
}

// One fulfilled promise serves every internal "promise resolved with undefined" (the
// results of missing or synchronous underlying-source, sink and transformer methods):
// reacting to it queues the same jobs as reacting to a fresh one. It never reaches user
// code.
const kResolvedUndefined = PromiseResolve(undefined);
const resolvedUndefined = () => kResolvedUndefined;

// WebIDL's "a promise resolved with x": a new promise resolved with x. When x is itself a
// promise (or another thenable) the new one adopts its state two promise jobs later;
// Promise.resolve would return a promise as it is, which settles streams sooner than the
// Standard (and node) do.
function promiseResolvedWith(value) {
  if (value === undefined) return kResolvedUndefined;
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    return PromiseResolve(value);
  }
  const { promise, resolve } = PromiseWithResolvers();
  resolve(value);
  return promise;
}

// Calls fn with thisArg and the given arguments, converting the result (or the exception)
// into a promise: the spec's "invoke a callback function ... and return a promise".
function promiseCall0(fn, thisArg) {
  try {
    return promiseResolvedWith(ReflectApply(fn, thisArg, []));
  } catch (err) {
    return PromiseReject(err);
  }
}

function promiseCall1(fn, thisArg, a) {
  try {
    return promiseResolvedWith(ReflectApply(fn, thisArg, [a]));
  } catch (err) {
    return PromiseReject(err);
  }
}

function promiseCall2(fn, thisArg, a, b) {
  try {
    return promiseResolvedWith(ReflectApply(fn, thisArg, [a, b]));
  } catch (err) {
    return PromiseReject(err);
  }
}

// ---------------------------------------------------------------------------------------
// Queues.

// A FIFO with amortised O(1) shift (Array.prototype.shift moves every element). The
// backing array keeps its length between uses: a queue that empties and refills (the
// common case: one chunk at a time) writes into the same slots.
class Queue {
  constructor() {
    this.items = [];
    this.head = 0;
    this.tail = 0;
  }

  get length() {
    return this.tail - this.head;
  }

  push(value) {
    const tail = this.tail;
    if (tail === this.items.length) this.items.push(value);
    else this.items[tail] = value;
    this.tail = tail + 1;
  }

  peek() {
    return this.items[this.head];
  }

  shift() {
    const items = this.items;
    const head = this.head;
    const value = items[head];
    items[head] = undefined;
    if (head + 1 === this.tail) {
      this.head = 0;
      this.tail = 0;
    } else if (head >= 1024 && head * 2 >= this.tail) {
      this.items = ArrayPrototypeSlice(items, head + 1, this.tail);
      this.tail -= head + 1;
      this.head = 0;
    } else {
      this.head = head + 1;
    }
    return value;
  }

  // Removes and returns every element, as an array.
  drain() {
    const items = ArrayPrototypeSlice(this.items, this.head, this.tail);
    this.items = [];
    this.head = 0;
    this.tail = 0;
    return items;
  }
}

// The spec's "queue-with-sizes": values with their sizes and the running total, kept in
// two parallel arrays so that a count strategy allocates nothing per chunk.
class SizedQueue {
  constructor() {
    this.values = [];
    this.sizes = [];
    this.head = 0;
    this.tail = 0;
    this.total = 0;
  }

  get length() {
    return this.tail - this.head;
  }

  // EnqueueValueWithSize; the size was validated by the caller.
  push(value, size) {
    const tail = this.tail;
    if (tail === this.values.length) {
      this.values.push(value);
      this.sizes.push(size);
    } else {
      this.values[tail] = value;
      this.sizes[tail] = size;
    }
    this.tail = tail + 1;
    this.total += size;
  }

  peek() {
    return this.values[this.head];
  }

  // DequeueValue.
  shift() {
    const values = this.values;
    const head = this.head;
    const value = values[head];
    this.total -= this.sizes[head];
    if (this.total < 0) this.total = 0;  // Rounding errors.
    values[head] = undefined;
    if (head + 1 === this.tail) {
      this.head = 0;
      this.tail = 0;
    } else if (head >= 1024 && head * 2 >= this.tail) {
      this.values = ArrayPrototypeSlice(values, head + 1, this.tail);
      this.sizes = ArrayPrototypeSlice(this.sizes, head + 1, this.tail);
      this.tail -= head + 1;
      this.head = 0;
    } else {
      this.head = head + 1;
    }
    return value;
  }

  // ResetQueue.
  reset() {
    this.values = [];
    this.sizes = [];
    this.head = 0;
    this.tail = 0;
    this.total = 0;
  }
}

// Checks a chunk size returned by a strategy (EnqueueValueWithSize's RangeError).
function validateChunkSize(size) {
  if (typeof size !== 'number' || NumberIsNaN(size) || size < 0 || size === Infinity) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('size', size);
  }
}

// ---------------------------------------------------------------------------------------
// Queuing strategies.

// Checks a QueuingStrategy argument: undefined, null or an object.
function validateStrategy(strategy, name) {
  if (strategy !== undefined && strategy !== null && typeof strategy !== 'object' &&
      typeof strategy !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, 'Object', strategy);
  }
}

// ExtractHighWaterMark over a strategy's highWaterMark member (already read; the
// constructors read the members in node's order).
function extractHighWaterMark(highWaterMark, defaultHWM) {
  if (highWaterMark === undefined) return defaultHWM;
  const value = +highWaterMark;
  if (NumberIsNaN(value) || value < 0) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', value);
  }
  return value;
}

const sizeOne = () => 1;

// ExtractSizeAlgorithm over a strategy's size member: the size function called without a
// receiver, or a constant 1.
function extractSizeAlgorithm(size) {
  if (size === undefined) return sizeOne;
  if (typeof size !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('strategy.size', 'Function', size);
  }
  // The callback returns an unrestricted double: the result is converted to a number.
  return (chunk) => +ReflectApply(size, undefined, [chunk]);
}

// Checks an optional callback member of a dictionary (underlying source, sink,
// transformer), with node's error for a value that is not callable.
// A callback member of an underlying source, sink or transformer. Node treats any
// falsy value (null, 0, '', false) as absent and rejects other non-functions; the
// member comes back as the function or undefined.
function validateCallback(value, name) {
  if (!value) return undefined;
  if (typeof value !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
  }
  return value;
}

// ---------------------------------------------------------------------------------------
// ArrayBuffers.

function isDetachedBuffer(buffer) {
  return !isSharedArrayBuffer(buffer) && ArrayBufferPrototypeGetDetached(buffer);
}

// TransferArrayBuffer: detaches buffer and returns a new ArrayBuffer over its memory.
// Throws a TypeError for buffers that cannot be detached (SharedArrayBuffers,
// WebAssembly memory, already detached buffers).
function transferArrayBuffer(buffer) {
  if (isSharedArrayBuffer(buffer)) {
    throw new ERR_INVALID_STATE.TypeError('Cannot transfer a SharedArrayBuffer');
  }
  if (ArrayBufferPrototypeGetDetached(buffer)) {
    throw new ERR_INVALID_STATE.TypeError('The ArrayBuffer is detached');
  }
  return ArrayBufferPrototypeTransfer(buffer);
}

// CloneArrayBuffer(buffer, byteOffset, byteLength): a new ArrayBuffer with a copy of the
// range.
function cloneArrayBuffer(buffer, byteOffset, byteLength) {
  return ArrayBufferPrototypeSlice(buffer, byteOffset, byteOffset + byteLength);
}

// CloneAsUint8Array(view).
function cloneAsUint8Array(view) {
  const buffer = cloneArrayBuffer(view.buffer, view.byteOffset, view.byteLength);
  return new Uint8Array(buffer);
}

// CopyDataBlockBytes(dest, destOffset, src, srcOffset, count).
function copyDataBlockBytes(dest, destOffset, src, srcOffset, count) {
  TypedArrayPrototypeSet(new Uint8Array(dest, destOffset, count),
                         new Uint8Array(src, srcOffset, count));
}

function bufferByteLength(buffer) {
  return ArrayBufferPrototypeGetByteLength(buffer);
}

// ---------------------------------------------------------------------------------------
// Classes.

// Gives a class prototype node's shape: the named members enumerable and a
// Symbol.toStringTag with the class name.
function defineClassShape(Class, name, members) {
  const proto = Class.prototype;
  for (let i = 0; i < members.length; i++) {
    ObjectDefineProperty(proto, members[i], { __proto__: null, enumerable: true });
  }
  ObjectDefineProperty(proto, SymbolToStringTag, {
    __proto__: null, value: name, writable: false, enumerable: false, configurable: true,
  });
}

module.exports = {
  Queue,
  SizedQueue,
  bufferByteLength,
  cloneArrayBuffer,
  cloneAsUint8Array,
  copyDataBlockBytes,
  customInspect,
  defineClassShape,
  extractHighWaterMark,
  extractSizeAlgorithm,
  isDetachedBuffer,
  kInspect,
  newCapability,
  noop,
  promiseCall0,
  promiseCall1,
  promiseCall2,
  promiseResolvedWith,
  rejectedCapability,
  resolvedCapability,
  resolvedUndefined,
  setPromiseHandled,
  settleReject,
  settleResolve,
  sizeOne,
  transferArrayBuffer,
  validateCallback,
  validateChunkSize,
  validateStrategy,
};

'use strict';

// ReadableStream, its readers, controllers and BYOB requests (Streams Standard, section 4):
// default and byte streams, tee, pipeTo/pipeThrough, ReadableStream.from and async
// iteration. The abstract operations follow the spec step by step (their order defines
// when promises settle) and work on internal records (see internal/webstreams/util);
// their names are the spec's, in camelCase.
//
// Records:
//   stream:          { api, state, reader, storedError, disturbed, controller, closedCap }
//   reader:          { api, byob, stream, closed, requests }   (closed: a capability)
//   default control: { api, byte: false, stream, queue (SizedQueue), started,
//                      closeRequested, pullAgain, pulling, hwm, sizeAlgorithm,
//                      pullAlgorithm, cancelAlgorithm }
//   byte control:    { api, byte: true, stream, queue (Queue of { buffer, byteOffset,
//                      byteLength }), queueTotalSize, started, closeRequested, pullAgain,
//                      pulling, hwm, pullAlgorithm, cancelAlgorithm,
//                      autoAllocateChunkSize, pendingPullIntos, byobRequest }
//   BYOB request:    { api, controller, view }
// Read requests are objects with chunk(value), close(value) and error(reason) methods.

const {
  ArrayBuffer,
  ArrayBufferIsView,
  ArrayPrototypePush,
  DataView,
  FunctionPrototypeCall,
  MathMin,
  NumberIsFinite,
  NumberIsInteger,
  NumberMAX_SAFE_INTEGER,
  ObjectCreate,
  ObjectDefineProperty,
  ObjectGetPrototypeOf,
  PromisePrototypeThen,
  PromiseReject,
  PromiseResolve,
  PromiseWithResolvers,
  ReflectApply,
  String,
  Symbol,
  SymbolAsyncIterator,
  SymbolIterator,
  SymbolToStringTag,
  TypedArrayPrototypeGetLength,
  TypedArrayPrototypeGetSymbolToStringTag,
  TypeError,
  Uint8Array,
  AsyncIteratorPrototype,
} = primordials;

const {
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_INVALID_THIS,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
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
  validateCallback,
  isDetachedBuffer,
  kInspect,
  newCapability,
  noop,
  promiseCall1,
  promiseResolvedWith,
  rejectedCapability,
  resolvedCapability,
  resolvedUndefined,
  setPromiseHandled,
  settleReject,
  settleResolve,
  sizeOne,
  transferArrayBuffer,
  validateChunkSize,
  validateStrategy,
} = require('internal/webstreams/util');
const {
  acquireWritableStreamDefaultWriter,
  getWritableStream,
  writableStreamAbort,
  writableStreamCloseQueuedOrInFlight,
  writableStreamDefaultWriterCloseWithErrorPropagation,
  writableStreamDefaultWriterRelease,
  writableStreamDefaultWriterWriteRequest,
} = require('internal/webstreams/writablestream');
const {
  kControllerErrorFunction,
  kIsClosedPromise,
  kIsDisturbed,
  kIsErrored,
  kIsReadable,
} = require('internal/streams/utils');
const { isSharedArrayBuffer } = require('internal/util/types');
const { typedArrayConstructors } = require('internal/util/typed_arrays');

const kInternal = Symbol('kInternal');
const kResolved = PromiseResolve(undefined);

// The spec's "queue a microtask": a job on the engine's promise job queue.
function queueMicrotaskJob(fn) {
  PromisePrototypeThen(kResolved, fn);
}

// ---------------------------------------------------------------------------------------
// ReadableStream.

let getStream;

class ReadableStream {
  #r;

  constructor(underlyingSource = undefined, strategy = undefined) {
    if (underlyingSource === kInternal) {
      this.#r = strategy;
      strategy.api = this;
      return;
    }
    if (underlyingSource === null ||
        (underlyingSource !== undefined && typeof underlyingSource !== 'object' &&
         typeof underlyingSource !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE('source', 'Object', underlyingSource);
    }
    validateStrategy(strategy, 'strategy');
    const source = underlyingSource ?? {};
    // node reads the members in this order (not WebIDL's).
    const size = strategy?.size;
    const highWaterMark = strategy?.highWaterMark;
    const type = source.type;
    const stream = newStreamRecord();
    if (`${type}` === 'bytes') {
      if (size !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.size', size);
      const hwm = extractHighWaterMark(highWaterMark, 0);
      let start = source.start;
      let pull = source.pull;
      let cancel = source.cancel;
      let autoAllocateChunkSize = source.autoAllocateChunkSize;
      start = validateCallback(start, 'source.start');
      pull = validateCallback(pull, 'source.pull');
      cancel = validateCallback(cancel, 'source.cancel');
      if (autoAllocateChunkSize !== undefined) {
        autoAllocateChunkSize = convertChunkSize(autoAllocateChunkSize);
        if (autoAllocateChunkSize === 0) {
          throw new ERR_INVALID_ARG_VALUE('source.autoAllocateChunkSize', autoAllocateChunkSize);
        }
      }
      this.#r = stream;
      stream.api = this;
      const controller = newByteControllerRecord();
      const api = controller.api;
      setUpReadableByteStreamController(
        stream, controller,
        start === undefined ? noStart : () => ReflectApply(start, source, [api]),
        pull === undefined ? resolvedUndefined : () => promiseCall1(pull, source, api),
        cancel === undefined ? resolvedUndefined :
          (reason) => promiseCall1(cancel, source, reason),
        hwm, autoAllocateChunkSize);
    } else {
      if (type !== undefined) throw new ERR_INVALID_ARG_VALUE('source.type', type);
      const hwm = extractHighWaterMark(highWaterMark, 1);
      const sizeAlgorithm = extractSizeAlgorithm(size);
      let start = source.start;
      let pull = source.pull;
      let cancel = source.cancel;
      start = validateCallback(start, 'source.start');
      pull = validateCallback(pull, 'source.pull');
      cancel = validateCallback(cancel, 'source.cancel');
      this.#r = stream;
      stream.api = this;
      const controller = newDefaultControllerRecord();
      const api = controller.api;
      setUpReadableStreamDefaultController(
        stream, controller,
        start === undefined ? noStart : () => ReflectApply(start, source, [api]),
        pull === undefined ? resolvedUndefined : () => promiseCall1(pull, source, api),
        cancel === undefined ? resolvedUndefined :
          (reason) => promiseCall1(cancel, source, reason),
        hwm, sizeAlgorithm);
    }
  }

  get locked() {
    const stream = getStream(this);
    if (stream === undefined) throw new ERR_INVALID_THIS('ReadableStream');
    return stream.reader !== undefined;
  }

  cancel(reason = undefined) {
    const stream = getStream(this);
    if (stream === undefined) return PromiseReject(new ERR_INVALID_THIS('ReadableStream'));
    if (stream.reader !== undefined) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError('ReadableStream is locked'));
    }
    return readableStreamCancel(stream, reason);
  }

  getReader(options = undefined) {
    const stream = getStream(this);
    if (stream === undefined) throw new ERR_INVALID_THIS('ReadableStream');
    validateOptions(options, 'options');
    const mode = options?.mode;
    if (mode === undefined) return acquireReadableStreamDefaultReader(stream).api;
    if (`${mode}` !== 'byob') throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
    return acquireReadableStreamBYOBReader(stream).api;
  }

  pipeThrough(transform, options = undefined) {
    const stream = getStream(this);
    if (stream === undefined) throw new ERR_INVALID_THIS('ReadableStream');
    // The ReadableWritablePair dictionary, then StreamPipeOptions.
    const readable = transform?.readable;
    if (getStream(readable) === undefined) {
      throw new ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    }
    const writable = transform?.writable;
    const dest = getWritableStream(writable);
    if (dest === undefined) {
      throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', writable);
    }
    const opts = convertPipeOptions(options);
    if (stream.reader !== undefined) {
      throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
    }
    if (dest.writer !== undefined) {
      throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
    }
    const promise = readableStreamPipeTo(stream, dest, opts.preventClose, opts.preventAbort,
                                         opts.preventCancel, opts.signal);
    setPromiseHandled(promise);
    return readable;
  }

  pipeTo(destination, options = undefined) {
    try {
      const stream = getStream(this);
      if (stream === undefined) throw new ERR_INVALID_THIS('ReadableStream');
      const dest = getWritableStream(destination);
      if (dest === undefined) {
        throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination);
      }
      const opts = convertPipeOptions(options);
      if (stream.reader !== undefined) {
        throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
      }
      if (dest.writer !== undefined) {
        throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
      }
      return readableStreamPipeTo(stream, dest, opts.preventClose, opts.preventAbort,
                                  opts.preventCancel, opts.signal);
    } catch (err) {
      return PromiseReject(err);
    }
  }

  tee() {
    const stream = getStream(this);
    if (stream === undefined) throw new ERR_INVALID_THIS('ReadableStream');
    const branches = readableStreamTee(stream, false);
    return [branches[0].api, branches[1].api];
  }

  values(options = undefined) {
    const stream = getStream(this);
    if (stream === undefined) throw new ERR_INVALID_THIS('ReadableStream');
    validateOptions(options, 'options');
    const preventCancel = !!options?.preventCancel;
    const reader = acquireReadableStreamDefaultReader(stream);
    return createAsyncIterator(reader, preventCancel);
  }

  static from(asyncIterable) {
    return readableStreamFromIterable(asyncIterable).api;
  }

  [kInspect](depth, options) {
    const stream = getStream(this);
    if (stream === undefined) throw new ERR_INVALID_THIS('ReadableStream');
    return customInspect('ReadableStream', {
      locked: stream.reader !== undefined,
      state: stream.state,
      supportsBYOB: stream.controller.byte,
    }, depth, options);
  }

  // Interoperation with node's streams (finished(), isDisturbed(), addAbortSignal()).
  get [kIsDisturbed]() {
    return getStream(this)?.disturbed;
  }

  get [kIsErrored]() {
    return getStream(this)?.state === 'errored';
  }

  get [kIsReadable]() {
    return getStream(this)?.state === 'readable';
  }

  get [kIsClosedPromise]() {
    const stream = getStream(this);
    if (stream === undefined) return undefined;
    if (stream.closedCap === undefined) {
      if (stream.state === 'closed') {
        stream.closedCap = resolvedCapability(undefined);
      } else if (stream.state === 'errored') {
        stream.closedCap = rejectedCapability(stream.storedError);
      } else {
        stream.closedCap = newCapability();
        setPromiseHandled(stream.closedCap.promise);
      }
    }
    return stream.closedCap;
  }

  get [kControllerErrorFunction]() {
    const stream = getStream(this);
    return (error) => readableStreamControllerError(stream.controller, error);
  }

  static {
    getStream = (value) => {
      if (value === null || typeof value !== 'object' || !(#r in value)) return undefined;
      return value.#r;
    };
  }
}

defineClassShape(ReadableStream, 'ReadableStream',
                 ['locked', 'cancel', 'getReader', 'pipeThrough', 'pipeTo', 'tee', 'values']);
ObjectDefineProperty(ReadableStream.prototype, SymbolAsyncIterator, {
  __proto__: null,
  value: ReadableStream.prototype.values,
  writable: true,
  enumerable: false,
  configurable: true,
});
ObjectDefineProperty(ReadableStream, 'from', { __proto__: null, enumerable: true });

function noStart() {
  return undefined;
}

// options: undefined, null or an object (node's check for dictionary arguments).
function validateOptions(options, name) {
  if (options !== undefined && options !== null && typeof options !== 'object' &&
      typeof options !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, 'Object', options);
  }
}

// The StreamPipeOptions dictionary, in WebIDL's member order.
function convertPipeOptions(options) {
  validateOptions(options, 'options');
  const preventAbort = !!options?.preventAbort;
  const preventCancel = !!options?.preventCancel;
  const preventClose = !!options?.preventClose;
  const signal = options?.signal;
  if (signal !== undefined && !isAbortSignal(signal)) {
    throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  return { preventAbort, preventCancel, preventClose, signal };
}

let lazyAbortSignalCheck;
function isAbortSignal(value) {
  lazyAbortSignalCheck ??= require('internal/abort_controller').isAbortSignal;
  return lazyAbortSignalCheck(value);
}

// [EnforceRange] unsigned long long, for autoAllocateChunkSize.
function convertChunkSize(value) {
  const number = +value;
  if (!NumberIsFinite(number)) {
    throw new ERR_INVALID_ARG_VALUE('source.autoAllocateChunkSize', value);
  }
  const integer = number < 0 ? -MathFloor(-number) : MathFloor(number);
  if (integer < 0 || integer > NumberMAX_SAFE_INTEGER) {
    throw new ERR_INVALID_ARG_VALUE('source.autoAllocateChunkSize', value);
  }
  return integer;
}

function MathFloor(x) {
  return x - (x % 1);
}

// ---------------------------------------------------------------------------------------
// Readers.

let getReader;
let makeDefaultReaderApi;
let getBYOBReader;
let makeBYOBReaderApi;

class ReadableStreamDefaultReader {
  #d;

  constructor(stream) {
    if (stream === kInternal) return;
    const record = getStream(stream);
    if (record === undefined) {
      throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    }
    const reader = newReaderRecord(false, this);
    this.#d = reader;
    setUpReadableStreamDefaultReader(reader, record);
  }

  read() {
    const reader = getReader(this);
    if (reader === undefined || reader.byob) {
      return PromiseReject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    if (reader.stream === undefined) {
      return PromiseReject(
        new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    const request = new DefaultReadRequest();
    readableStreamDefaultReaderRead(reader, request);
    return request.promise;
  }

  releaseLock() {
    const reader = getReader(this);
    if (reader === undefined || reader.byob) {
      throw new ERR_INVALID_THIS('ReadableStreamDefaultReader');
    }
    if (reader.stream === undefined) return;
    readableStreamDefaultReaderRelease(reader);
  }

  get closed() {
    const reader = getReader(this);
    if (reader === undefined || reader.byob) {
      return PromiseReject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    return reader.closed.promise;
  }

  cancel(reason = undefined) {
    const reader = getReader(this);
    if (reader === undefined || reader.byob) {
      return PromiseReject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    if (reader.stream === undefined) {
      return PromiseReject(
        new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    return readableStreamReaderGenericCancel(reader, reason);
  }
  [kInspect](depth, options) {
    const reader = getReader(this);
    if (reader === undefined) throw new ERR_INVALID_THIS('ReadableStreamDefaultReader');
    return customInspect('ReadableStreamDefaultReader', {
      stream: reader.stream?.api,
      readRequests: reader.requests.length,
      close: reader.closed.promise,
    }, depth, options);
  }

  static {
    getReader = (value) => {
      if (value === null || typeof value !== 'object') return undefined;
      if (#d in value) return value.#d;
      return getBYOBReader(value);
    };
    makeDefaultReaderApi = (reader) => {
      const api = new ReadableStreamDefaultReader(kInternal);
      api.#d = reader;
      return api;
    };
  }
}

class ReadableStreamBYOBReader {
  #b;

  constructor(stream) {
    if (stream === kInternal) return;
    const record = getStream(stream);
    if (record === undefined) {
      throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    }
    const reader = newReaderRecord(true, this);
    this.#b = reader;
    setUpReadableStreamBYOBReader(reader, record);
  }

  read(view, options = undefined) {
    const reader = getBYOBReader(this);
    if (reader === undefined) {
      return PromiseReject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    }
    try {
      if (!ArrayBufferIsView(view)) {
        throw new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
      }
      validateOptions(options, 'options');
      const buffer = view.buffer;
      if (isSharedArrayBuffer(buffer)) {
        throw new ERR_INVALID_ARG_VALUE('view', view,
                                        'must not be backed by a SharedArrayBuffer');
      }
      if (view.byteLength === 0 || bufferByteLength(buffer) === 0) {
        throw new ERR_INVALID_STATE.TypeError(
          'View or Viewed ArrayBuffer is zero-length or detached');
      }
      let min = options?.min;
      if (min === undefined) {
        min = 1;
      } else {
        if (typeof min !== 'number') {
          throw new ERR_INVALID_ARG_TYPE('options.min', 'number', min);
        }
        if (!NumberIsInteger(min)) {
          throw new ERR_INVALID_ARG_VALUE('options.min', min, 'must be an integer');
        }
        if (min <= 0) {
          throw new ERR_INVALID_ARG_VALUE('options.min', min, 'must be greater than 0');
        }
        if (isTypedArray(view)) {
          if (min > TypedArrayPrototypeGetLength(view)) {
            throw new ERR_OUT_OF_RANGE('options.min', '<= view.length', min);
          }
        } else if (min > view.byteLength) {
          throw new ERR_OUT_OF_RANGE('options.min', '<= view.byteLength', min);
        }
      }
      if (reader.stream === undefined) {
        throw new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream');
      }
      const request = new ReadIntoRequest();
      readableStreamBYOBReaderRead(reader, view, min, request);
      // node's read() is an async function: its result settles two promise jobs after the
      // read request's.
      return promiseResolvedWith(request.promise);
    } catch (err) {
      return PromiseReject(err);
    }
  }

  releaseLock() {
    const reader = getBYOBReader(this);
    if (reader === undefined) throw new ERR_INVALID_THIS('ReadableStreamBYOBReader');
    if (reader.stream === undefined) return;
    readableStreamBYOBReaderRelease(reader);
  }

  get closed() {
    const reader = getBYOBReader(this);
    if (reader === undefined) {
      return PromiseReject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    }
    return reader.closed.promise;
  }

  cancel(reason = undefined) {
    const reader = getBYOBReader(this);
    if (reader === undefined) {
      return PromiseReject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    }
    if (reader.stream === undefined) {
      return PromiseReject(
        new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    return readableStreamReaderGenericCancel(reader, reason);
  }
  [kInspect](depth, options) {
    const reader = getBYOBReader(this);
    if (reader === undefined) throw new ERR_INVALID_THIS('ReadableStreamBYOBReader');
    return customInspect('ReadableStreamBYOBReader', {
      stream: reader.stream?.api,
      readIntoRequests: reader.requests.length,
      close: reader.closed.promise,
    }, depth, options);
  }

  static {
    getBYOBReader = (value) => {
      if (value === null || typeof value !== 'object' || !(#b in value)) return undefined;
      return value.#b;
    };
    makeBYOBReaderApi = (reader) => {
      const api = new ReadableStreamBYOBReader(kInternal);
      api.#b = reader;
      return api;
    };
  }
}

defineClassShape(ReadableStreamDefaultReader, 'ReadableStreamDefaultReader',
                 ['read', 'releaseLock', 'closed', 'cancel']);
defineClassShape(ReadableStreamBYOBReader, 'ReadableStreamBYOBReader',
                 ['read', 'releaseLock', 'closed', 'cancel']);

function isTypedArray(view) {
  return TypedArrayPrototypeGetSymbolToStringTag(view) !== undefined;
}

// reader.read()'s request: settles the promise it returns.
class DefaultReadRequest {
  constructor() {
    const { promise, resolve, reject } = PromiseWithResolvers();
    this.promise = promise;
    this.resolve = resolve;
    this.reject = reject;
  }

  chunk(value) {
    this.resolve({ value, done: false });
  }

  close() {
    this.resolve({ value: undefined, done: true });
  }

  error(reason) {
    this.reject(reason);
  }
}

// byobReader.read()'s request.
class ReadIntoRequest {
  constructor() {
    const { promise, resolve, reject } = PromiseWithResolvers();
    this.promise = promise;
    this.resolve = resolve;
    this.reject = reject;
  }

  chunk(value) {
    this.resolve({ value, done: false });
  }

  close(value) {
    this.resolve({ value, done: true });
  }

  error(reason) {
    this.reject(reason);
  }
}

function newReaderRecord(byob, api) {
  const reader = {
    api,
    byob,
    stream: undefined,
    closed: undefined,
    requests: new Queue(),
  };
  if (api === undefined) {
    reader.api = byob ? makeBYOBReaderApi(reader) : makeDefaultReaderApi(reader);
  }
  return reader;
}

// ---------------------------------------------------------------------------------------
// Controllers and the BYOB request.

let getDefaultController;

class ReadableStreamDefaultController {
  #c;

  constructor(key = undefined, record = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#c = record;
    record.api = this;
  }

  get desiredSize() {
    const controller = getDefaultController(this);
    if (controller === undefined) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    return readableStreamDefaultControllerGetDesiredSize(controller);
  }

  close() {
    const controller = getDefaultController(this);
    if (controller === undefined) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    readableStreamDefaultControllerClose(controller);
  }

  enqueue(chunk = undefined) {
    const controller = getDefaultController(this);
    if (controller === undefined) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    readableStreamDefaultControllerEnqueue(controller, chunk);
  }

  error(error = undefined) {
    const controller = getDefaultController(this);
    if (controller === undefined) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    readableStreamDefaultControllerError(controller, error);
  }

  [kInspect](depth, options) {
    if (getDefaultController(this) === undefined) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    return customInspect('ReadableStreamDefaultController', {}, depth, options);
  }

  static {
    getDefaultController = (value) => {
      if (value === null || typeof value !== 'object' || !(#c in value)) return undefined;
      return value.#c;
    };
  }
}

let getByteController;

class ReadableByteStreamController {
  #c;

  constructor(key = undefined, record = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#c = record;
    record.api = this;
  }

  get byobRequest() {
    const controller = getByteController(this);
    if (controller === undefined) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    const request = readableByteStreamControllerGetBYOBRequest(controller);
    return request === null ? null : request.api;
  }

  get desiredSize() {
    const controller = getByteController(this);
    if (controller === undefined) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    return readableByteStreamControllerGetDesiredSize(controller);
  }

  close() {
    const controller = getByteController(this);
    if (controller === undefined) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    if (controller.closeRequested) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    if (controller.stream.state !== 'readable') {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is already closed');
    }
    readableByteStreamControllerClose(controller);
  }

  enqueue(chunk) {
    const controller = getByteController(this);
    if (controller === undefined) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    if (!ArrayBufferIsView(chunk)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], chunk);
    }
    const buffer = chunk.buffer;
    if (isSharedArrayBuffer(buffer)) {
      throw new ERR_INVALID_ARG_VALUE('chunk', chunk,
                                      'must not be backed by a SharedArrayBuffer');
    }
    if (chunk.byteLength === 0 || bufferByteLength(buffer) === 0) {
      throw new ERR_INVALID_STATE.TypeError('chunk ArrayBuffer is zero-length or detached');
    }
    if (controller.closeRequested) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    if (controller.stream.state !== 'readable') {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is already closed');
    }
    readableByteStreamControllerEnqueue(controller, chunk);
  }

  error(error = undefined) {
    const controller = getByteController(this);
    if (controller === undefined) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    readableByteStreamControllerError(controller, error);
  }

  [kInspect](depth, options) {
    if (getByteController(this) === undefined) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    return customInspect('ReadableByteStreamController', {}, depth, options);
  }

  static {
    getByteController = (value) => {
      if (value === null || typeof value !== 'object' || !(#c in value)) return undefined;
      return value.#c;
    };
  }
}

let getBYOBRequest;

class ReadableStreamBYOBRequest {
  #q;

  constructor(key = undefined, record = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#q = record;
    record.api = this;
  }

  get view() {
    const request = getBYOBRequest(this);
    if (request === undefined) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    return request.view;
  }

  respond(bytesWritten) {
    const request = getBYOBRequest(this);
    if (request === undefined) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    const bytes = convertBytesWritten(bytesWritten);
    if (request.controller === undefined) {
      throw new ERR_INVALID_STATE.TypeError('This BYOB request has been invalidated');
    }
    if (isDetachedBuffer(request.view.buffer)) {
      throw new ERR_INVALID_STATE.TypeError('Viewed ArrayBuffer is detached');
    }
    readableByteStreamControllerRespond(request.controller, bytes);
  }

  respondWithNewView(view) {
    const request = getBYOBRequest(this);
    if (request === undefined) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    if (!ArrayBufferIsView(view)) {
      throw new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
    }
    if (request.controller === undefined) {
      throw new ERR_INVALID_STATE.TypeError('This BYOB request has been invalidated');
    }
    if (isDetachedBuffer(view.buffer)) {
      throw new ERR_INVALID_STATE.TypeError('Viewed ArrayBuffer is detached');
    }
    readableByteStreamControllerRespondWithNewView(request.controller, view);
  }

  [kInspect](depth, options) {
    const request = getBYOBRequest(this);
    if (request === undefined) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    return customInspect('ReadableStreamBYOBRequest', {
      view: request.view,
      controller: request.controller?.api,
    }, depth, options);
  }

  static {
    getBYOBRequest = (value) => {
      if (value === null || typeof value !== 'object' || !(#q in value)) return undefined;
      return value.#q;
    };
  }
}

defineClassShape(ReadableStreamDefaultController, 'ReadableStreamDefaultController',
                 ['desiredSize', 'close', 'enqueue', 'error']);
defineClassShape(ReadableByteStreamController, 'ReadableByteStreamController',
                 ['byobRequest', 'desiredSize', 'close', 'enqueue', 'error']);
defineClassShape(ReadableStreamBYOBRequest, 'ReadableStreamBYOBRequest',
                 ['view', 'respond', 'respondWithNewView']);

// [EnforceRange] unsigned long long, for bytesWritten.
function convertBytesWritten(value) {
  const number = +value;
  if (!NumberIsFinite(number)) throw new ERR_INVALID_ARG_VALUE('bytesWritten', value);
  const integer = number < 0 ? -MathFloor(-number) : MathFloor(number);
  if (integer < 0 || integer > NumberMAX_SAFE_INTEGER) {
    throw new ERR_INVALID_ARG_VALUE('bytesWritten', value);
  }
  return integer;
}

function readableStreamControllerError(controller, error) {
  if (controller.byte) readableByteStreamControllerError(controller, error);
  else readableStreamDefaultControllerError(controller, error);
}

// ---------------------------------------------------------------------------------------
// Async iteration.
//
// next() and return() chain behind the operation in progress, so calls made without
// waiting still run in order (WebIDL's asynchronous iterator). The timing is node's: the
// first next() starts its read one promise job later (after a stream started in the same
// turn has had its first pull), and a read's result settles next()'s promise directly
// when nothing is in progress. End-of-iteration results are { done: true, value }, in
// node's key order.

const asyncIteratorPrototype = ObjectCreate(AsyncIteratorPrototype);

// A class whose constructor returns its argument: lets IteratorBrand add a private field
// to a plain object created with the iterator prototype.
class ReturnsArgument {
  constructor(object) {
    return object;
  }
}

let getIterator;

class IteratorBrand extends ReturnsArgument {
  #i;

  constructor(object, record) {
    super(object);
    this.#i = record;
  }

  static {
    getIterator = (value) => {
      if (value === null || typeof value !== 'object' || !(#i in value)) return undefined;
      return value.#i;
    };
  }
}

function createAsyncIterator(reader, preventCancel) {
  const iterator = ObjectCreate(asyncIteratorPrototype);
  new IteratorBrand(iterator, {
    reader,
    preventCancel,
    current: undefined,
    started: false,
    done: false,
  });
  return iterator;
}

// The read request of the iterator's next(): settles next()'s promise with the result.
class IteratorReadRequest {
  constructor(it) {
    const { promise, resolve, reject } = PromiseWithResolvers();
    this.promise = promise;
    this.resolve = resolve;
    this.reject = reject;
    this.it = it;
  }

  chunk(value) {
    this.it.current = undefined;
    this.resolve({ value, done: false });
  }

  close() {
    const it = this.it;
    it.current = undefined;
    it.done = true;
    readableStreamDefaultReaderRelease(it.reader);
    this.resolve({ done: true, value: undefined });
  }

  error(reason) {
    const it = this.it;
    it.current = undefined;
    it.done = true;
    readableStreamDefaultReaderRelease(it.reader);
    this.reject(reason);
  }
}

function iteratorNextSteps(it) {
  if (it.done) return PromiseResolve({ done: true, value: undefined });
  if (it.reader.stream === undefined) {
    return PromiseReject(
      new ERR_INVALID_STATE.TypeError('The reader is not bound to a ReadableStream'));
  }
  const request = new IteratorReadRequest(it);
  readableStreamDefaultReaderRead(it.reader, request);
  return request.promise;
}

function iteratorReturnSteps(it, value) {
  if (it.done) return PromiseResolve({ done: true, value });
  it.done = true;
  const reader = it.reader;
  if (reader.stream === undefined) {
    return PromiseReject(
      new ERR_INVALID_STATE.TypeError('The reader is not bound to a ReadableStream'));
  }
  if (!it.preventCancel) {
    const result = readableStreamReaderGenericCancel(reader, value);
    readableStreamDefaultReaderRelease(reader);
    return PromisePrototypeThen(result, () => ({ done: true, value }));
  }
  readableStreamDefaultReaderRelease(reader);
  return PromiseResolve({ done: true, value });
}

const asyncIteratorMethods = {
  next() {
    const it = getIterator(this);
    if (it === undefined) {
      return PromiseReject(new ERR_INVALID_THIS('ReadableStreamAsyncIterator'));
    }
    if (!it.started) {
      it.started = true;
      it.current = kResolved;
    }
    const nextSteps = () => iteratorNextSteps(it);
    it.current = it.current !== undefined ?
      PromisePrototypeThen(it.current, nextSteps, nextSteps) : nextSteps();
    return it.current;
  },

  return(value) {
    const it = getIterator(this);
    if (it === undefined) {
      return PromiseReject(new ERR_INVALID_THIS('ReadableStreamAsyncIterator'));
    }
    it.started = true;
    const returnSteps = () => iteratorReturnSteps(it, value);
    it.current = it.current !== undefined ?
      PromisePrototypeThen(it.current, returnSteps, returnSteps) : returnSteps();
    return it.current;
  },
};

for (const name of ['next', 'return']) {
  ObjectDefineProperty(asyncIteratorPrototype, name, {
    __proto__: null,
    value: asyncIteratorMethods[name],
    writable: true,
    enumerable: true,
    configurable: true,
  });
}
ObjectDefineProperty(asyncIteratorPrototype, SymbolToStringTag, {
  __proto__: null,
  value: 'ReadableStream AsyncIterator',
  writable: false,
  enumerable: false,
  configurable: true,
});

// ---------------------------------------------------------------------------------------
// Records and internal construction.

function newStreamRecord() {
  return {
    api: undefined,
    state: 'readable',
    reader: undefined,
    storedError: undefined,
    disturbed: false,
    controller: undefined,
    closedCap: undefined,
  };
}

function newDefaultControllerRecord() {
  const controller = {
    api: undefined,
    byte: false,
    stream: undefined,
    queue: new SizedQueue(),
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    hwm: 0,
    sizeAlgorithm: undefined,
    pullAlgorithm: undefined,
    cancelAlgorithm: undefined,
  };
  new ReadableStreamDefaultController(kInternal, controller);
  return controller;
}

function newByteControllerRecord() {
  const controller = {
    api: undefined,
    byte: true,
    stream: undefined,
    queue: new Queue(),
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    hwm: 0,
    pullAlgorithm: undefined,
    cancelAlgorithm: undefined,
    autoAllocateChunkSize: undefined,
    pendingPullIntos: [],
    byobRequest: null,
  };
  new ReadableByteStreamController(kInternal, controller);
  return controller;
}

// CreateReadableStream: a stream over internal algorithms. Returns the stream record.
function createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm,
                              highWaterMark = 1, sizeAlgorithm = sizeOne) {
  const stream = newStreamRecord();
  new ReadableStream(kInternal, stream);
  setUpReadableStreamDefaultController(stream, newDefaultControllerRecord(), startAlgorithm,
                                       pullAlgorithm, cancelAlgorithm, highWaterMark,
                                       sizeAlgorithm);
  return stream;
}

// CreateReadableByteStream. Returns the stream record.
function createReadableByteStream(startAlgorithm, pullAlgorithm, cancelAlgorithm) {
  const stream = newStreamRecord();
  new ReadableStream(kInternal, stream);
  setUpReadableByteStreamController(stream, newByteControllerRecord(), startAlgorithm,
                                    pullAlgorithm, cancelAlgorithm, 0, undefined);
  return stream;
}

// ---------------------------------------------------------------------------------------
// Readable stream abstract operations.

function acquireReadableStreamBYOBReader(stream) {
  const reader = newReaderRecord(true, undefined);
  setUpReadableStreamBYOBReader(reader, stream);
  return reader;
}

function acquireReadableStreamDefaultReader(stream) {
  const reader = newReaderRecord(false, undefined);
  setUpReadableStreamDefaultReader(reader, stream);
  return reader;
}

function isReadableStreamLocked(stream) {
  return stream.reader !== undefined;
}

function readableStreamAddReadIntoRequest(stream, request) {
  stream.reader.requests.push(request);
}

function readableStreamAddReadRequest(stream, request) {
  stream.reader.requests.push(request);
}

function readableStreamCancel(stream, reason) {
  stream.disturbed = true;
  if (stream.state === 'closed') return PromiseResolve(undefined);
  if (stream.state === 'errored') return PromiseReject(stream.storedError);
  readableStreamClose(stream);
  const reader = stream.reader;
  if (reader !== undefined && reader.byob) {
    const requests = reader.requests.drain();
    for (let i = 0; i < requests.length; i++) requests[i].close(undefined);
  }
  const controller = stream.controller;
  let sourceCancelPromise;
  // [[CancelSteps]]
  if (controller.byte) {
    readableByteStreamControllerClearPendingPullIntos(controller);
    controller.queue = new Queue();
    controller.queueTotalSize = 0;
    sourceCancelPromise = controller.cancelAlgorithm(reason);
    readableByteStreamControllerClearAlgorithms(controller);
  } else {
    controller.queue.reset();
    sourceCancelPromise = controller.cancelAlgorithm(reason);
    readableStreamDefaultControllerClearAlgorithms(controller);
  }
  return PromisePrototypeThen(sourceCancelPromise, noop);
}

function readableStreamClose(stream) {
  stream.state = 'closed';
  if (stream.closedCap !== undefined) settleResolve(stream.closedCap, undefined);
  const reader = stream.reader;
  if (reader === undefined) return;
  settleResolve(reader.closed, undefined);
  if (!reader.byob) {
    const requests = reader.requests.drain();
    for (let i = 0; i < requests.length; i++) requests[i].close();
  }
}

function readableStreamError(stream, error) {
  stream.state = 'errored';
  stream.storedError = error;
  if (stream.closedCap !== undefined) settleReject(stream.closedCap, error);
  const reader = stream.reader;
  if (reader === undefined) return;
  settleReject(reader.closed, error);
  setPromiseHandled(reader.closed.promise);
  const requests = reader.requests.drain();
  for (let i = 0; i < requests.length; i++) requests[i].error(error);
}

function readableStreamFulfillReadIntoRequest(stream, chunk, done) {
  const request = stream.reader.requests.shift();
  if (done) request.close(chunk);
  else request.chunk(chunk);
}

function readableStreamFulfillReadRequest(stream, chunk, done) {
  const request = stream.reader.requests.shift();
  if (done) request.close();
  else request.chunk(chunk);
}

function readableStreamGetNumReadRequests(stream) {
  return stream.reader.requests.length;
}

function readableStreamHasBYOBReader(stream) {
  const reader = stream.reader;
  return reader !== undefined && reader.byob;
}

function readableStreamHasDefaultReader(stream) {
  const reader = stream.reader;
  return reader !== undefined && !reader.byob;
}

// ---------------------------------------------------------------------------------------
// Reader abstract operations.

function readableStreamReaderGenericCancel(reader, reason) {
  return readableStreamCancel(reader.stream, reason);
}

function readableStreamReaderGenericInitialize(reader, stream) {
  reader.stream = stream;
  stream.reader = reader;
  if (stream.state === 'readable') {
    reader.closed = newCapability();
  } else if (stream.state === 'closed') {
    reader.closed = resolvedCapability(undefined);
  } else {
    reader.closed = rejectedCapability(stream.storedError);
  }
}

function readableStreamReaderGenericRelease(reader) {
  const stream = reader.stream;
  const error = new ERR_INVALID_STATE.TypeError('Reader released');
  if (stream.state === 'readable') {
    settleReject(reader.closed, error);
    setPromiseHandled(reader.closed.promise);
  } else {
    reader.closed = rejectedCapability(error);
  }
  // [[ReleaseSteps]]
  const controller = stream.controller;
  if (controller.byte && controller.pendingPullIntos.length > 0) {
    const first = controller.pendingPullIntos[0];
    first.readerType = 'none';
    controller.pendingPullIntos = [first];
  }
  stream.reader = undefined;
  reader.stream = undefined;
}

function readableStreamBYOBReaderErrorReadIntoRequests(reader, error) {
  const requests = reader.requests.drain();
  for (let i = 0; i < requests.length; i++) requests[i].error(error);
}

function readableStreamBYOBReaderRead(reader, view, min, request) {
  const stream = reader.stream;
  stream.disturbed = true;
  if (stream.state === 'errored') {
    request.error(stream.storedError);
  } else {
    readableByteStreamControllerPullInto(stream.controller, view, min, request);
  }
}

function readableStreamBYOBReaderRelease(reader) {
  readableStreamReaderGenericRelease(reader);
  readableStreamBYOBReaderErrorReadIntoRequests(
    reader, new ERR_INVALID_STATE.TypeError('Releasing reader'));
}

function readableStreamDefaultReaderErrorReadRequests(reader, error) {
  const requests = reader.requests.drain();
  for (let i = 0; i < requests.length; i++) requests[i].error(error);
}

function readableStreamDefaultReaderRead(reader, request) {
  const stream = reader.stream;
  stream.disturbed = true;
  const state = stream.state;
  if (state === 'closed') {
    request.close();
  } else if (state === 'errored') {
    request.error(stream.storedError);
  } else if (stream.controller.byte) {
    readableByteStreamControllerPullSteps(stream.controller, request);
  } else {
    readableStreamDefaultControllerPullSteps(stream.controller, request);
  }
}

function readableStreamDefaultReaderRelease(reader) {
  readableStreamReaderGenericRelease(reader);
  readableStreamDefaultReaderErrorReadRequests(
    reader, new ERR_INVALID_STATE.TypeError('Releasing reader'));
}

function setUpReadableStreamBYOBReader(reader, stream) {
  if (stream.reader !== undefined) {
    throw new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
  }
  if (!stream.controller.byte) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream.api, 'must be a byte stream');
  }
  readableStreamReaderGenericInitialize(reader, stream);
}

function setUpReadableStreamDefaultReader(reader, stream) {
  if (stream.reader !== undefined) {
    throw new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
  }
  readableStreamReaderGenericInitialize(reader, stream);
}

// ---------------------------------------------------------------------------------------
// Default controller abstract operations.

function readableStreamDefaultControllerCallPullIfNeeded(controller) {
  if (!readableStreamDefaultControllerShouldCallPull(controller)) return;
  if (controller.pulling) {
    controller.pullAgain = true;
    return;
  }
  controller.pulling = true;
  PromisePrototypeThen(controller.pullAlgorithm(), () => {
    controller.pulling = false;
    if (controller.pullAgain) {
      controller.pullAgain = false;
      readableStreamDefaultControllerCallPullIfNeeded(controller);
    }
  }, (error) => {
    readableStreamDefaultControllerError(controller, error);
  });
}

function readableStreamDefaultControllerShouldCallPull(controller) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return false;
  if (!controller.started) return false;
  const stream = controller.stream;
  if (stream.reader !== undefined && stream.reader.requests.length > 0) return true;
  return readableStreamDefaultControllerGetDesiredSize(controller) > 0;
}

function readableStreamDefaultControllerClearAlgorithms(controller) {
  controller.pullAlgorithm = undefined;
  controller.cancelAlgorithm = undefined;
  controller.sizeAlgorithm = undefined;
}

function readableStreamDefaultControllerClose(controller) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  controller.closeRequested = true;
  if (controller.queue.length === 0) {
    readableStreamDefaultControllerClearAlgorithms(controller);
    readableStreamClose(controller.stream);
  }
}

function readableStreamDefaultControllerEnqueue(controller, chunk) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const stream = controller.stream;
  if (stream.reader !== undefined && stream.reader.requests.length > 0) {
    readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    let chunkSize;
    try {
      chunkSize = controller.sizeAlgorithm(chunk);
    } catch (err) {
      readableStreamDefaultControllerError(controller, err);
      throw err;
    }
    try {
      validateChunkSize(chunkSize);
    } catch (err) {
      readableStreamDefaultControllerError(controller, err);
      throw err;
    }
    controller.queue.push(chunk, chunkSize);
  }
  readableStreamDefaultControllerCallPullIfNeeded(controller);
}

function readableStreamDefaultControllerError(controller, error) {
  const stream = controller.stream;
  if (stream.state !== 'readable') return;
  controller.queue.reset();
  readableStreamDefaultControllerClearAlgorithms(controller);
  readableStreamError(stream, error);
}

function readableStreamDefaultControllerGetDesiredSize(controller) {
  const state = controller.stream.state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return controller.hwm - controller.queue.total;
}

function readableStreamDefaultControllerHasBackpressure(controller) {
  return !readableStreamDefaultControllerShouldCallPull(controller);
}

function readableStreamDefaultControllerCanCloseOrEnqueue(controller) {
  return !controller.closeRequested && controller.stream.state === 'readable';
}

// [[PullSteps]]
function readableStreamDefaultControllerPullSteps(controller, request) {
  const stream = controller.stream;
  if (controller.queue.length > 0) {
    const chunk = controller.queue.shift();
    if (controller.closeRequested && controller.queue.length === 0) {
      readableStreamDefaultControllerClearAlgorithms(controller);
      readableStreamClose(stream);
    } else {
      readableStreamDefaultControllerCallPullIfNeeded(controller);
    }
    request.chunk(chunk);
  } else {
    readableStreamAddReadRequest(stream, request);
    readableStreamDefaultControllerCallPullIfNeeded(controller);
  }
}

function setUpReadableStreamDefaultController(stream, controller, startAlgorithm,
                                              pullAlgorithm, cancelAlgorithm,
                                              highWaterMark, sizeAlgorithm) {
  controller.stream = stream;
  controller.queue.reset();
  controller.started = false;
  controller.closeRequested = false;
  controller.pullAgain = false;
  controller.pulling = false;
  controller.sizeAlgorithm = sizeAlgorithm;
  controller.hwm = highWaterMark;
  controller.pullAlgorithm = pullAlgorithm;
  controller.cancelAlgorithm = cancelAlgorithm;
  stream.controller = controller;
  const startResult = startAlgorithm();
  PromisePrototypeThen(promiseResolvedWith(startResult), () => {
    controller.started = true;
    readableStreamDefaultControllerCallPullIfNeeded(controller);
  }, (reason) => {
    readableStreamDefaultControllerError(controller, reason);
  });
}

// ---------------------------------------------------------------------------------------
// Byte controller abstract operations.

function readableByteStreamControllerCallPullIfNeeded(controller) {
  if (!readableByteStreamControllerShouldCallPull(controller)) return;
  if (controller.pulling) {
    controller.pullAgain = true;
    return;
  }
  controller.pulling = true;
  PromisePrototypeThen(controller.pullAlgorithm(), () => {
    controller.pulling = false;
    if (controller.pullAgain) {
      controller.pullAgain = false;
      readableByteStreamControllerCallPullIfNeeded(controller);
    }
  }, (error) => {
    readableByteStreamControllerError(controller, error);
  });
}

function readableByteStreamControllerClearAlgorithms(controller) {
  controller.pullAlgorithm = undefined;
  controller.cancelAlgorithm = undefined;
}

function readableByteStreamControllerClearPendingPullIntos(controller) {
  readableByteStreamControllerInvalidateBYOBRequest(controller);
  controller.pendingPullIntos = [];
}

function readableByteStreamControllerClose(controller) {
  const stream = controller.stream;
  if (controller.closeRequested || stream.state !== 'readable') return;
  if (controller.queueTotalSize > 0) {
    controller.closeRequested = true;
    return;
  }
  if (controller.pendingPullIntos.length > 0) {
    const first = controller.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const error = new ERR_INVALID_STATE.TypeError('Partial read');
      readableByteStreamControllerError(controller, error);
      throw error;
    }
  }
  readableByteStreamControllerClearAlgorithms(controller);
  readableStreamClose(stream);
}

function readableByteStreamControllerCommitPullIntoDescriptor(stream, pullInto) {
  let done = false;
  if (stream.state === 'closed') done = true;
  const filledView = readableByteStreamControllerConvertPullIntoDescriptor(pullInto);
  if (pullInto.readerType === 'default') {
    readableStreamFulfillReadRequest(stream, filledView, done);
  } else {
    readableStreamFulfillReadIntoRequest(stream, filledView, done);
  }
}

function readableByteStreamControllerConvertPullIntoDescriptor(pullInto) {
  const buffer = transferArrayBuffer(pullInto.buffer);
  return new pullInto.viewConstructor(buffer, pullInto.byteOffset,
                                      pullInto.bytesFilled / pullInto.elementSize);
}

function readableByteStreamControllerEnqueueChunkToQueue(controller, buffer, byteOffset,
                                                         byteLength) {
  controller.queue.push({ buffer, byteOffset, byteLength });
  controller.queueTotalSize += byteLength;
}

function readableByteStreamControllerEnqueueClonedChunkToQueue(controller, buffer,
                                                               byteOffset, byteLength) {
  let clone;
  try {
    clone = cloneArrayBuffer(buffer, byteOffset, byteLength);
  } catch (err) {
    readableByteStreamControllerError(controller, err);
    throw err;
  }
  readableByteStreamControllerEnqueueChunkToQueue(controller, clone, 0, byteLength);
}

function readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, pullInto) {
  if (pullInto.bytesFilled > 0) {
    readableByteStreamControllerEnqueueClonedChunkToQueue(controller, pullInto.buffer,
                                                          pullInto.byteOffset,
                                                          pullInto.bytesFilled);
  }
  readableByteStreamControllerShiftPendingPullInto(controller);
}

function readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, pullInto) {
  const maxBytesToCopy = MathMin(controller.queueTotalSize,
                                 pullInto.byteLength - pullInto.bytesFilled);
  const maxBytesFilled = pullInto.bytesFilled + maxBytesToCopy;
  let totalBytesToCopyRemaining = maxBytesToCopy;
  let ready = false;
  const remainderBytes = maxBytesFilled % pullInto.elementSize;
  const maxAlignedBytes = maxBytesFilled - remainderBytes;
  if (maxAlignedBytes >= pullInto.minimumFill) {
    totalBytesToCopyRemaining = maxAlignedBytes - pullInto.bytesFilled;
    ready = true;
  }
  const queue = controller.queue;
  while (totalBytesToCopyRemaining > 0) {
    const head = queue.peek();
    const bytesToCopy = MathMin(totalBytesToCopyRemaining, head.byteLength);
    const destStart = pullInto.byteOffset + pullInto.bytesFilled;
    copyDataBlockBytes(pullInto.buffer, destStart, head.buffer, head.byteOffset, bytesToCopy);
    if (head.byteLength === bytesToCopy) {
      queue.shift();
    } else {
      head.byteOffset += bytesToCopy;
      head.byteLength -= bytesToCopy;
    }
    controller.queueTotalSize -= bytesToCopy;
    readableByteStreamControllerFillHeadPullIntoDescriptor(controller, bytesToCopy, pullInto);
    totalBytesToCopyRemaining -= bytesToCopy;
  }
  return ready;
}

function readableByteStreamControllerFillReadRequestFromQueue(controller, request) {
  const entry = controller.queue.shift();
  controller.queueTotalSize -= entry.byteLength;
  readableByteStreamControllerHandleQueueDrain(controller);
  const view = new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength);
  request.chunk(view);
}

function readableByteStreamControllerGetBYOBRequest(controller) {
  if (controller.byobRequest === null && controller.pendingPullIntos.length > 0) {
    const first = controller.pendingPullIntos[0];
    const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled,
                                first.byteLength - first.bytesFilled);
    const request = { api: undefined, controller, view };
    new ReadableStreamBYOBRequest(kInternal, request);
    controller.byobRequest = request;
  }
  return controller.byobRequest;
}

function readableByteStreamControllerGetDesiredSize(controller) {
  const state = controller.stream.state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return controller.hwm - controller.queueTotalSize;
}

function readableByteStreamControllerHandleQueueDrain(controller) {
  if (controller.queueTotalSize === 0 && controller.closeRequested) {
    readableByteStreamControllerClearAlgorithms(controller);
    readableStreamClose(controller.stream);
  } else {
    readableByteStreamControllerCallPullIfNeeded(controller);
  }
}

function readableByteStreamControllerInvalidateBYOBRequest(controller) {
  const request = controller.byobRequest;
  if (request === null) return;
  request.controller = undefined;
  request.view = null;
  controller.byobRequest = null;
}

// Returns the descriptors it filled (the caller commits them).
function readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller) {
  const filled = [];
  while (controller.pendingPullIntos.length > 0) {
    if (controller.queueTotalSize === 0) break;
    const pullInto = controller.pendingPullIntos[0];
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, pullInto)) {
      readableByteStreamControllerShiftPendingPullInto(controller);
      ArrayPrototypePush(filled, pullInto);
    }
  }
  return filled;
}

function readableByteStreamControllerProcessReadRequestsUsingQueue(controller) {
  const reader = controller.stream.reader;
  while (reader.requests.length > 0) {
    if (controller.queueTotalSize === 0) return;
    const request = reader.requests.shift();
    readableByteStreamControllerFillReadRequestFromQueue(controller, request);
  }
}

function readableByteStreamControllerPullInto(controller, view, min, request) {
  const stream = controller.stream;
  let elementSize = 1;
  let ctor = DataView;
  if (isTypedArray(view)) {
    elementSize = view.BYTES_PER_ELEMENT;
    ctor = typedArrayConstructor(view);
  }
  const minimumFill = min * elementSize;
  const byteOffset = view.byteOffset;
  const byteLength = view.byteLength;
  let buffer;
  try {
    buffer = transferArrayBuffer(view.buffer);
  } catch (err) {
    request.error(err);
    return;
  }
  const pullInto = {
    buffer,
    bufferByteLength: bufferByteLength(buffer),
    byteOffset,
    byteLength,
    bytesFilled: 0,
    minimumFill,
    elementSize,
    viewConstructor: ctor,
    readerType: 'byob',
  };
  if (controller.pendingPullIntos.length > 0) {
    ArrayPrototypePush(controller.pendingPullIntos, pullInto);
    readableStreamAddReadIntoRequest(stream, request);
    return;
  }
  if (stream.state === 'closed') {
    request.close(new ctor(pullInto.buffer, pullInto.byteOffset, 0));
    return;
  }
  if (controller.queueTotalSize > 0) {
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, pullInto)) {
      const filledView = readableByteStreamControllerConvertPullIntoDescriptor(pullInto);
      readableByteStreamControllerHandleQueueDrain(controller);
      request.chunk(filledView);
      return;
    }
    if (controller.closeRequested) {
      const error = new ERR_INVALID_STATE.TypeError('Partial read');
      readableByteStreamControllerError(controller, error);
      request.error(error);
      return;
    }
  }
  ArrayPrototypePush(controller.pendingPullIntos, pullInto);
  readableStreamAddReadIntoRequest(stream, request);
  readableByteStreamControllerCallPullIfNeeded(controller);
}

// The intrinsic constructor of a typed array's kind (not its possibly patched
// `constructor` property).
function typedArrayConstructor(view) {
  const name = TypedArrayPrototypeGetSymbolToStringTag(view);
  return typedArrayConstructors[name] ?? ObjectGetPrototypeOf(view).constructor;
}

function readableByteStreamControllerRespond(controller, bytesWritten) {
  const first = controller.pendingPullIntos[0];
  const state = controller.stream.state;
  if (state === 'closed') {
    if (bytesWritten !== 0) {
      throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten);
    }
  } else {
    if (bytesWritten === 0) throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten);
    if (first.bytesFilled + bytesWritten > first.byteLength) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
  }
  first.buffer = transferArrayBuffer(first.buffer);
  readableByteStreamControllerRespondInternal(controller, bytesWritten);
}

function readableByteStreamControllerRespondInClosedState(controller, first) {
  if (first.readerType === 'none') readableByteStreamControllerShiftPendingPullInto(controller);
  const stream = controller.stream;
  if (readableStreamHasBYOBReader(stream)) {
    const filled = [];
    while (filled.length < readableStreamGetNumReadRequests(stream)) {
      ArrayPrototypePush(filled, readableByteStreamControllerShiftPendingPullInto(controller));
    }
    for (let i = 0; i < filled.length; i++) {
      readableByteStreamControllerCommitPullIntoDescriptor(stream, filled[i]);
    }
  }
}

function readableByteStreamControllerRespondInReadableState(controller, bytesWritten,
                                                            pullInto) {
  readableByteStreamControllerFillHeadPullIntoDescriptor(controller, bytesWritten, pullInto);
  const stream = controller.stream;
  if (pullInto.readerType === 'none') {
    readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, pullInto);
    const filled = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (let i = 0; i < filled.length; i++) {
      readableByteStreamControllerCommitPullIntoDescriptor(stream, filled[i]);
    }
    return;
  }
  if (pullInto.bytesFilled < pullInto.minimumFill) return;
  readableByteStreamControllerShiftPendingPullInto(controller);
  const remainderSize = pullInto.bytesFilled % pullInto.elementSize;
  if (remainderSize > 0) {
    const end = pullInto.byteOffset + pullInto.bytesFilled;
    readableByteStreamControllerEnqueueClonedChunkToQueue(controller, pullInto.buffer,
                                                          end - remainderSize, remainderSize);
  }
  pullInto.bytesFilled -= remainderSize;
  const filled = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
  readableByteStreamControllerCommitPullIntoDescriptor(stream, pullInto);
  for (let i = 0; i < filled.length; i++) {
    readableByteStreamControllerCommitPullIntoDescriptor(stream, filled[i]);
  }
}

function readableByteStreamControllerRespondInternal(controller, bytesWritten) {
  const first = controller.pendingPullIntos[0];
  readableByteStreamControllerInvalidateBYOBRequest(controller);
  if (controller.stream.state === 'closed') {
    readableByteStreamControllerRespondInClosedState(controller, first);
  } else {
    readableByteStreamControllerRespondInReadableState(controller, bytesWritten, first);
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerRespondWithNewView(controller, view) {
  const first = controller.pendingPullIntos[0];
  const state = controller.stream.state;
  const viewByteLength = view.byteLength;
  if (state === 'closed') {
    if (viewByteLength !== 0) throw new ERR_INVALID_STATE.TypeError('View is not zero-length');
  } else if (viewByteLength === 0) {
    throw new ERR_INVALID_STATE.TypeError('View is zero-length');
  }
  if (first.byteOffset + first.bytesFilled !== view.byteOffset) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view);
  }
  if (first.bufferByteLength !== bufferByteLength(view.buffer)) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view);
  }
  if (first.bytesFilled + viewByteLength > first.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view);
  }
  first.buffer = transferArrayBuffer(view.buffer);
  readableByteStreamControllerRespondInternal(controller, viewByteLength);
}

function readableByteStreamControllerShiftPendingPullInto(controller) {
  return controller.pendingPullIntos.shift();
}

function readableByteStreamControllerShouldCallPull(controller) {
  const stream = controller.stream;
  if (stream.state !== 'readable') return false;
  if (controller.closeRequested) return false;
  if (!controller.started) return false;
  if (stream.reader !== undefined && stream.reader.requests.length > 0) return true;
  return readableByteStreamControllerGetDesiredSize(controller) > 0;
}

function readableByteStreamControllerEnqueue(controller, chunk) {
  const stream = controller.stream;
  if (controller.closeRequested || stream.state !== 'readable') return;
  const buffer = chunk.buffer;
  const byteOffset = chunk.byteOffset;
  const byteLength = chunk.byteLength;
  if (isDetachedBuffer(buffer)) {
    throw new ERR_INVALID_STATE.TypeError('chunk ArrayBuffer is zero-length or detached');
  }
  const transferredBuffer = transferArrayBuffer(buffer);
  if (controller.pendingPullIntos.length > 0) {
    const first = controller.pendingPullIntos[0];
    if (isDetachedBuffer(first.buffer)) {
      throw new ERR_INVALID_STATE.TypeError(
        'The BYOB request\'s buffer has been detached and so cannot be filled with an ' +
        'enqueued chunk');
    }
    readableByteStreamControllerInvalidateBYOBRequest(controller);
    first.buffer = transferArrayBuffer(first.buffer);
    if (first.readerType === 'none') {
      readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, first);
    }
  }
  if (readableStreamHasDefaultReader(stream)) {
    readableByteStreamControllerProcessReadRequestsUsingQueue(controller);
    if (readableStreamGetNumReadRequests(stream) === 0) {
      readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer,
                                                      byteOffset, byteLength);
    } else {
      if (controller.pendingPullIntos.length > 0) {
        readableByteStreamControllerShiftPendingPullInto(controller);
      }
      const transferredView = new Uint8Array(transferredBuffer, byteOffset, byteLength);
      readableStreamFulfillReadRequest(stream, transferredView, false);
    }
  } else if (readableStreamHasBYOBReader(stream)) {
    readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer,
                                                    byteOffset, byteLength);
    const filled = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (let i = 0; i < filled.length; i++) {
      readableByteStreamControllerCommitPullIntoDescriptor(stream, filled[i]);
    }
  } else {
    readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer,
                                                    byteOffset, byteLength);
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerError(controller, error) {
  const stream = controller.stream;
  if (stream.state !== 'readable') return;
  readableByteStreamControllerClearPendingPullIntos(controller);
  controller.queue = new Queue();
  controller.queueTotalSize = 0;
  readableByteStreamControllerClearAlgorithms(controller);
  readableStreamError(stream, error);
}

function readableByteStreamControllerFillHeadPullIntoDescriptor(controller, size, pullInto) {
  pullInto.bytesFilled += size;
}

// [[PullSteps]]
function readableByteStreamControllerPullSteps(controller, request) {
  const stream = controller.stream;
  if (controller.queueTotalSize > 0) {
    readableByteStreamControllerFillReadRequestFromQueue(controller, request);
    return;
  }
  const autoAllocateChunkSize = controller.autoAllocateChunkSize;
  if (autoAllocateChunkSize !== undefined) {
    let buffer;
    try {
      buffer = new ArrayBuffer(autoAllocateChunkSize);
    } catch (err) {
      request.error(err);
      return;
    }
    ArrayPrototypePush(controller.pendingPullIntos, {
      buffer,
      bufferByteLength: autoAllocateChunkSize,
      byteOffset: 0,
      byteLength: autoAllocateChunkSize,
      bytesFilled: 0,
      minimumFill: 1,
      elementSize: 1,
      viewConstructor: Uint8Array,
      readerType: 'default',
    });
  }
  readableStreamAddReadRequest(stream, request);
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function setUpReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm,
                                           cancelAlgorithm, highWaterMark,
                                           autoAllocateChunkSize) {
  controller.stream = stream;
  controller.pullAgain = false;
  controller.pulling = false;
  controller.byobRequest = null;
  controller.queue = new Queue();
  controller.queueTotalSize = 0;
  controller.closeRequested = false;
  controller.started = false;
  controller.hwm = highWaterMark;
  controller.pullAlgorithm = pullAlgorithm;
  controller.cancelAlgorithm = cancelAlgorithm;
  controller.autoAllocateChunkSize = autoAllocateChunkSize;
  controller.pendingPullIntos = [];
  stream.controller = controller;
  const startResult = startAlgorithm();
  PromisePrototypeThen(promiseResolvedWith(startResult), () => {
    controller.started = true;
    readableByteStreamControllerCallPullIfNeeded(controller);
  }, (reason) => {
    readableByteStreamControllerError(controller, reason);
  });
}

// ---------------------------------------------------------------------------------------
// Tee.

function readableStreamTee(stream, cloneForBranch2) {
  if (stream.controller.byte) return readableByteStreamTee(stream);
  return readableStreamDefaultTee(stream, cloneForBranch2);
}

function readableStreamDefaultTee(stream, cloneForBranch2) {
  const reader = acquireReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelCap = newCapability();

  const readRequest = {
    chunk(chunk) {
      queueMicrotaskJob(() => {
        readAgain = false;
        const chunk1 = chunk;
        const chunk2 = chunk;
        if (!canceled1) readableStreamDefaultControllerEnqueue(branch1.controller, chunk1);
        if (!canceled2) readableStreamDefaultControllerEnqueue(branch2.controller, chunk2);
        reading = false;
        if (readAgain) pullAlgorithm();
      });
    },
    close() {
      // node runs these steps from process.nextTick (after the promise jobs queued so
      // far), not at once as the Standard does; the branches close when they do in node.
      process.nextTick(() => {
        reading = false;
        if (!canceled1) readableStreamDefaultControllerClose(branch1.controller);
        if (!canceled2) readableStreamDefaultControllerClose(branch2.controller);
        if (!canceled1 || !canceled2) settleResolve(cancelCap, undefined);
      });
    },
    error() {
      reading = false;
    },
  };

  function pullAlgorithm() {
    if (reading) {
      readAgain = true;
      return PromiseResolve(undefined);
    }
    reading = true;
    readableStreamDefaultReaderRead(reader, readRequest);
    return PromiseResolve(undefined);
  }

  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) {
      settleResolve(cancelCap, readableStreamCancel(stream, [reason1, reason2]));
    }
    return cancelCap.promise;
  }

  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) {
      settleResolve(cancelCap, readableStreamCancel(stream, [reason1, reason2]));
    }
    return cancelCap.promise;
  }

  branch1 = createReadableStream(noStart, pullAlgorithm, cancel1Algorithm);
  branch2 = createReadableStream(noStart, pullAlgorithm, cancel2Algorithm);

  PromisePrototypeThen(reader.closed.promise, undefined, (r) => {
    readableStreamDefaultControllerError(branch1.controller, r);
    readableStreamDefaultControllerError(branch2.controller, r);
    if (!canceled1 || !canceled2) settleResolve(cancelCap, undefined);
  });

  return [branch1, branch2];
}

function readableByteStreamTee(stream) {
  let reader = acquireReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgainForBranch1 = false;
  let readAgainForBranch2 = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelCap = newCapability();

  function forwardReaderError(thisReader) {
    PromisePrototypeThen(thisReader.closed.promise, undefined, (r) => {
      if (thisReader !== reader) return;
      readableByteStreamControllerError(branch1.controller, r);
      readableByteStreamControllerError(branch2.controller, r);
      if (!canceled1 || !canceled2) settleResolve(cancelCap, undefined);
    });
  }

  function pullAfterChunk() {
    reading = false;
    if (readAgainForBranch1) pull1Algorithm();
    else if (readAgainForBranch2) pull2Algorithm();
  }

  function pullWithDefaultReader() {
    if (reader.byob) {
      readableStreamBYOBReaderRelease(reader);
      reader = acquireReadableStreamDefaultReader(stream);
      forwardReaderError(reader);
    }
    readableStreamDefaultReaderRead(reader, {
      chunk(chunk) {
        queueMicrotaskJob(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const chunk1 = chunk;
          let chunk2 = chunk;
          if (!canceled1 && !canceled2) {
            try {
              chunk2 = cloneAsUint8Array(chunk);
            } catch (err) {
              readableByteStreamControllerError(branch1.controller, err);
              readableByteStreamControllerError(branch2.controller, err);
              settleResolve(cancelCap, readableStreamCancel(stream, err));
              return;
            }
          }
          if (!canceled1) readableByteStreamControllerEnqueue(branch1.controller, chunk1);
          if (!canceled2) readableByteStreamControllerEnqueue(branch2.controller, chunk2);
          pullAfterChunk();
        });
      },
      close() {
        reading = false;
        if (!canceled1) readableByteStreamControllerClose(branch1.controller);
        if (!canceled2) readableByteStreamControllerClose(branch2.controller);
        if (branch1.controller.pendingPullIntos.length > 0) {
          readableByteStreamControllerRespond(branch1.controller, 0);
        }
        if (branch2.controller.pendingPullIntos.length > 0) {
          readableByteStreamControllerRespond(branch2.controller, 0);
        }
        if (!canceled1 || !canceled2) settleResolve(cancelCap, undefined);
      },
      error() {
        reading = false;
      },
    });
  }

  function pullWithBYOBReader(view, forBranch2) {
    if (!reader.byob) {
      readableStreamDefaultReaderRelease(reader);
      reader = acquireReadableStreamBYOBReader(stream);
      forwardReaderError(reader);
    }
    const byobBranch = forBranch2 ? branch2 : branch1;
    const otherBranch = forBranch2 ? branch1 : branch2;
    readableStreamBYOBReaderRead(reader, view, 1, {
      chunk(chunk) {
        queueMicrotaskJob(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const byobCanceled = forBranch2 ? canceled2 : canceled1;
          const otherCanceled = forBranch2 ? canceled1 : canceled2;
          if (!otherCanceled) {
            let clonedChunk;
            try {
              clonedChunk = cloneAsUint8Array(chunk);
            } catch (err) {
              readableByteStreamControllerError(byobBranch.controller, err);
              readableByteStreamControllerError(otherBranch.controller, err);
              settleResolve(cancelCap, readableStreamCancel(stream, err));
              return;
            }
            if (!byobCanceled) {
              readableByteStreamControllerRespondWithNewView(byobBranch.controller, chunk);
            }
            readableByteStreamControllerEnqueue(otherBranch.controller, clonedChunk);
          } else if (!byobCanceled) {
            readableByteStreamControllerRespondWithNewView(byobBranch.controller, chunk);
          }
          pullAfterChunk();
        });
      },
      close(chunk) {
        reading = false;
        const byobCanceled = forBranch2 ? canceled2 : canceled1;
        const otherCanceled = forBranch2 ? canceled1 : canceled2;
        if (!byobCanceled) readableByteStreamControllerClose(byobBranch.controller);
        if (!otherCanceled) readableByteStreamControllerClose(otherBranch.controller);
        if (chunk !== undefined) {
          if (!byobCanceled) {
            readableByteStreamControllerRespondWithNewView(byobBranch.controller, chunk);
          }
          if (!otherCanceled && otherBranch.controller.pendingPullIntos.length > 0) {
            readableByteStreamControllerRespond(otherBranch.controller, 0);
          }
        }
        if (!byobCanceled || !otherCanceled) settleResolve(cancelCap, undefined);
      },
      error() {
        reading = false;
      },
    });
  }

  function pull1Algorithm() {
    if (reading) {
      readAgainForBranch1 = true;
      return PromiseResolve(undefined);
    }
    reading = true;
    const request = readableByteStreamControllerGetBYOBRequest(branch1.controller);
    if (request === null) pullWithDefaultReader();
    else pullWithBYOBReader(request.view, false);
    return PromiseResolve(undefined);
  }

  function pull2Algorithm() {
    if (reading) {
      readAgainForBranch2 = true;
      return PromiseResolve(undefined);
    }
    reading = true;
    const request = readableByteStreamControllerGetBYOBRequest(branch2.controller);
    if (request === null) pullWithDefaultReader();
    else pullWithBYOBReader(request.view, true);
    return PromiseResolve(undefined);
  }

  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) {
      settleResolve(cancelCap, readableStreamCancel(stream, [reason1, reason2]));
    }
    return cancelCap.promise;
  }

  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) {
      settleResolve(cancelCap, readableStreamCancel(stream, [reason1, reason2]));
    }
    return cancelCap.promise;
  }

  branch1 = createReadableByteStream(noStart, pull1Algorithm, cancel1Algorithm);
  branch2 = createReadableByteStream(noStart, pull2Algorithm, cancel2Algorithm);
  forwardReaderError(reader);
  return [branch1, branch2];
}

// ---------------------------------------------------------------------------------------
// Piping.

let lazyEventTarget;
function abortListenerOptions() {
  lazyEventTarget ??= require('internal/event_target');
  return { __proto__: null, once: true, [lazyEventTarget.kResistStopPropagation]: true };
}

// ReadableStreamPipeTo over a stream record and a writable stream record.
function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel,
                              signal) {
  const reader = acquireReadableStreamDefaultReader(source);
  const writer = acquireWritableStreamDefaultWriter(dest);
  source.disturbed = true;
  let shuttingDown = false;
  // The last write started, as a PipeWrite (no promise: nothing outside observes it).
  let currentWrite = kSettledWrite;
  const result = newCapability();
  let abortAlgorithm;

  if (signal !== undefined) {
    abortAlgorithm = () => {
      const error = signal.reason;
      const actions = [];
      if (!preventAbort) {
        ArrayPrototypePush(actions, () => {
          if (dest.state === 'writable') return writableStreamAbort(dest, error);
          return PromiseResolve(undefined);
        });
      }
      if (!preventCancel) {
        ArrayPrototypePush(actions, () => {
          if (source.state === 'readable') return readableStreamCancel(source, error);
          return PromiseResolve(undefined);
        });
      }
      shutdownWithAction(() => waitForAll(actions), true, error);
    };
    if (signal.aborted) {
      abortAlgorithm();
      return result.promise;
    }
    const addEventListener = eventTargetMethod('addEventListener');
    FunctionPrototypeCall(addEventListener, signal, 'abort', abortAlgorithm,
                          abortListenerOptions());
  }

  // The loop: wait until the destination is ready, read one chunk and start writing it;
  // a step resolves with true when the loop must stop. The promise-job timing is node's
  // (async functions awaiting the writer's ready promise, then the read).
  const readRequest = {
    resolve: undefined,
    reject: undefined,
    chunk(chunk) {
      // currentWrite changes once the write has been started (the sink's write() runs
      // synchronously in it and may shut the pipe down, which waits for the previous
      // write, as in the Standard and node).
      const write = new PipeWrite();
      writableStreamDefaultWriterWriteRequest(writer, chunk, write);
      currentWrite = write;
      this.resolve(false);
    },
    close() {
      this.resolve(true);
    },
    error(reason) {
      this.reject(reason);
    },
  };

  async function pipeStep() {
    if (shuttingDown) return true;
    await writer.ready.promise;
    // Nothing more is read once shutting down started.
    if (shuttingDown) return true;
    const { promise, resolve, reject } = PromiseWithResolvers();
    readRequest.resolve = resolve;
    readRequest.reject = reject;
    readableStreamDefaultReaderRead(reader, readRequest);
    return promise;
  }

  async function pipeLoop() {
    while (!await pipeStep());
  }

  // Resolves when the last write started has settled (a failed write counts: the
  // destination's error is handled by the error propagation below). Awaiting a write
  // takes the one promise job that awaiting its promise would.
  async function waitForWritesToFinish() {
    const write = currentWrite;
    await write.settled();
    if (write !== currentWrite) await waitForWritesToFinish();
  }

  function shutdownWithAction(action, originalIsError, originalError) {
    if (shuttingDown) return;
    shuttingDown = true;
    const doTheRest = () => {
      let promise;
      try {
        promise = action();
      } catch (err) {
        promise = PromiseReject(err);
      }
      PromisePrototypeThen(promise, () => finalize(originalIsError, originalError),
                           (newError) => finalize(true, newError));
    };
    if (dest.state === 'writable' && !writableStreamCloseQueuedOrInFlight(dest)) {
      PromisePrototypeThen(waitForWritesToFinish(), doTheRest);
    } else {
      doTheRest();
    }
  }

  function shutdown(isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (dest.state === 'writable' && !writableStreamCloseQueuedOrInFlight(dest)) {
      PromisePrototypeThen(waitForWritesToFinish(), () => finalize(isError, error));
    } else {
      finalize(isError, error);
    }
  }

  function finalize(isError, error) {
    writableStreamDefaultWriterRelease(writer);
    readableStreamDefaultReaderRelease(reader);
    if (signal !== undefined) {
      FunctionPrototypeCall(eventTargetMethod('removeEventListener'), signal, 'abort',
                            abortAlgorithm);
    }
    if (isError) settleReject(result, error);
    else settleResolve(result, undefined);
  }

  setPromiseHandled(pipeLoop());

  // Errors must be propagated forward.
  const onSourceErrored = (storedError) => {
    if (!preventAbort) {
      shutdownWithAction(() => writableStreamAbort(dest, storedError), true, storedError);
    } else {
      shutdown(true, storedError);
    }
  };
  if (source.state === 'errored') onSourceErrored(source.storedError);
  else PromisePrototypeThen(reader.closed.promise, undefined, onSourceErrored);

  // Errors must be propagated backward.
  const onDestErrored = (storedError) => {
    if (!preventCancel) {
      shutdownWithAction(() => readableStreamCancel(source, storedError), true, storedError);
    } else {
      shutdown(true, storedError);
    }
  };
  if (dest.state === 'errored') onDestErrored(dest.storedError);
  else PromisePrototypeThen(writer.closed.promise, undefined, onDestErrored);

  // Closing must be propagated forward.
  const onSourceClosed = () => {
    if (!preventClose) {
      shutdownWithAction(() => writableStreamDefaultWriterCloseWithErrorPropagation(writer));
    } else {
      shutdown();
    }
  };
  if (source.state === 'closed') onSourceClosed();
  else PromisePrototypeThen(reader.closed.promise, onSourceClosed, noop);

  // Closing must be propagated backward.
  if (writableStreamCloseQueuedOrInFlight(dest) || dest.state === 'closed') {
    const destClosed = new ERR_INVALID_STATE.TypeError('Destination WritableStream is closed');
    if (!preventCancel) {
      shutdownWithAction(() => readableStreamCancel(source, destClosed), true, destClosed);
    } else {
      shutdown(true, destClosed);
    }
  }

  return result.promise;
}

// A write request of pipeTo(): settled by the writable stream like a write's promise.
class PipeWrite {
  constructor() {
    this.pending = true;
    this.waiter = undefined;
  }

  resolve() {
    if (this.waiter !== undefined) this.waiter.resolve();
  }

  reject() {
    if (this.waiter !== undefined) this.waiter.resolve();
  }

  // A promise fulfilled once the write has settled.
  settled() {
    if (!this.pending) return kResolved;
    this.waiter ??= PromiseWithResolvers();
    return this.waiter.promise;
  }
}

const kSettledWrite = new PipeWrite();
kSettledWrite.pending = false;

let eventTargetMethods;
function eventTargetMethod(name) {
  if (eventTargetMethods === undefined) {
    lazyEventTarget ??= require('internal/event_target');
    const proto = lazyEventTarget.EventTarget.prototype;
    eventTargetMethods = {
      __proto__: null,
      addEventListener: proto.addEventListener,
      removeEventListener: proto.removeEventListener,
    };
  }
  return eventTargetMethods[name];
}

// A promise for the results of calling each action, rejected with the first rejection
// (the spec's "getting a promise to wait for all"), without Promise.all's lookups of
// `then` on the results. It settles when node's equivalent does: each result passes
// through a wrapper promise, then an aggregate, then an outer promise.
function waitForAll(actions) {
  const total = actions.length;
  const aggregate = PromiseWithResolvers();
  if (total === 0) {
    aggregate.resolve([]);
  } else {
    const values = [];
    let fulfilled = 0;
    let rejected = false;
    for (let i = 0; i < total; i++) {
      const wrapper = PromisePrototypeThen(actions[i](), identity);
      PromisePrototypeThen(wrapper, (value) => {
        values[i] = value;
        fulfilled++;
        if (fulfilled === total) aggregate.resolve(values);
      }, (reason) => {
        if (!rejected) {
          rejected = true;
          aggregate.reject(reason);
        }
      });
    }
  }
  return PromisePrototypeThen(aggregate.promise, identity);
}

// ---------------------------------------------------------------------------------------
// ReadableStream.from.

// The promise-job timing of the algorithms below is node's (whose algorithms are async
// functions returning promises).
function readableStreamFromIterable(asyncIterable) {
  const iteratorRecord = getAsyncIterator(asyncIterable);
  let stream;

  function pullAlgorithm() {
    let nextResult;
    try {
      nextResult = ReflectApply(iteratorRecord.next, iteratorRecord.iterator, []);
      // node words a result that is not even a promise differently from a promise that
      // fulfills with something other than an object.
      if (nextResult === null || (typeof nextResult !== 'object' &&
                                  typeof nextResult !== 'function')) {
        throw new ERR_INVALID_STATE.TypeError(
          'The iterator.next() method must return an object');
      }
    } catch (err) {
      return PromiseReject(err);
    }
    return promiseResolvedWith(PromisePrototypeThen(PromiseResolve(nextResult), (iterResult) => {
      if (iterResult === null || (typeof iterResult !== 'object' &&
                                  typeof iterResult !== 'function')) {
        throw new ERR_INVALID_STATE.TypeError(
          'The promise returned by the iterator.next() method must fulfill with an object');
      }
      if (iterResult.done) {
        readableStreamDefaultControllerClose(stream.controller);
      } else {
        readableStreamDefaultControllerEnqueue(stream.controller, iterResult.value);
      }
    }));
  }

  function cancelAlgorithm(reason) {
    const iterator = iteratorRecord.iterator;
    let returnResult;
    try {
      const returnMethod = iterator.return;
      if (returnMethod === undefined || returnMethod === null) {
        return promiseResolvedWith(PromiseResolve(undefined));
      }
      if (typeof returnMethod !== 'function') {
        throw new ERR_INVALID_ARG_TYPE('iterator.return', 'Function', returnMethod);
      }
      returnResult = ReflectApply(returnMethod, iterator, [reason]);
    } catch (err) {
      return PromiseReject(err);
    }
    return promiseResolvedWith(PromisePrototypeThen(PromiseResolve(returnResult),
                                                    (iterResult) => {
      if (iterResult === null || (typeof iterResult !== 'object' &&
                                  typeof iterResult !== 'function')) {
        throw new ERR_INVALID_STATE.TypeError(
          'The promise returned by the iterator.return() method must fulfill with an object');
      }
    }));
  }

  stream = createReadableStream(noStart, pullAlgorithm, cancelAlgorithm, 0);
  return stream;
}

// GetIterator(obj, async): { iterator, next }; a sync iterator is wrapped as the
// spec's async-from-sync iterator.
function getAsyncIterator(obj) {
  // The argument is an async_iterable<any> in WebIDL: primitives (strings too) are not.
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) {
    throw new ERR_ARG_NOT_ITERABLE(obj);
  }
  let method = obj[SymbolAsyncIterator];
  if (method === undefined || method === null) {
    const syncMethod = obj[SymbolIterator];
    if (typeof syncMethod !== 'function') throw new ERR_ARG_NOT_ITERABLE(obj);
    const syncIterator = ReflectApply(syncMethod, obj, []);
    if (syncIterator === null ||
        (typeof syncIterator !== 'object' && typeof syncIterator !== 'function')) {
      throw new ERR_INVALID_STATE.TypeError('The iterator method must return an object');
    }
    return createAsyncFromSyncIterator(syncIterator, syncIterator.next);
  }
  if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE(obj);
  const iterator = ReflectApply(method, obj, []);
  if (iterator === null || (typeof iterator !== 'object' && typeof iterator !== 'function')) {
    throw new ERR_INVALID_STATE.TypeError('The iterator method must return an object');
  }
  return { iterator, next: iterator.next };
}

// CreateAsyncFromSyncIterator: next() and return() results whose values are awaited;
// a rejected value closes the sync iterator.
function createAsyncFromSyncIterator(syncIterator, syncNext) {
  function continuation(result, done, closeOnRejection) {
    let valueWrapper;
    try {
      valueWrapper = PromiseResolve(result.value);
    } catch (err) {
      if (!done && closeOnRejection) closeSyncIterator(syncIterator);
      return PromiseReject(err);
    }
    return PromisePrototypeThen(valueWrapper, (value) => ({ value, done }), (reason) => {
      if (!done && closeOnRejection) closeSyncIterator(syncIterator);
      throw reason;
    });
  }
  const iterator = {
    next() {
      let result;
      try {
        result = ReflectApply(syncNext, syncIterator, []);
        if (result === null || (typeof result !== 'object' && typeof result !== 'function')) {
          throw new TypeError(`Iterator result ${String(result)} is not an object`);
        }
      } catch (err) {
        return PromiseReject(err);
      }
      const done = !!result.done;
      const promise = PromisePrototypeThen(continuation(result, done, true), identity);
      // One more promise job for a value and two for the end, as when node delegates to
      // the sync iterator from an async generator (`return yield* iterable`): chunks of
      // sync iterables, and the end, arrive when they do in node.
      return done ? PromisePrototypeThen(promise, identity) : promise;
    },
    return(value) {
      let result;
      try {
        const returnMethod = syncIterator.return;
        if (returnMethod === undefined || returnMethod === null) {
          return PromiseResolve({ value, done: true });
        }
        result = ReflectApply(returnMethod, syncIterator, [value]);
        if (result === null || (typeof result !== 'object' && typeof result !== 'function')) {
          throw new TypeError(`Iterator result ${String(result)} is not an object`);
        }
      } catch (err) {
        return PromiseReject(err);
      }
      return continuation(result, !!result.done, false);
    },
  };
  return { iterator, next: iterator.next };
}

function identity(value) {
  return value;
}

function closeSyncIterator(iterator) {
  try {
    const returnMethod = iterator.return;
    if (typeof returnMethod === 'function') ReflectApply(returnMethod, iterator, []);
  } catch {
    // The original rejection is what the caller reports.
  }
}

// A ReadableStream can only be transferred in node (which pipes it through a MessageChannel; nodus
// does not transfer web streams yet): cloning one that is not in the transfer list throws
// node's ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST (a handler without serialize).
require('internal/structured_clone').registerHostHandler({
  name: 'ReadableStream',
  test: (value) => getStream(value) !== undefined,
});

module.exports = {
  ReadableByteStreamController,
  ReadableStream,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableStreamDefaultController,
  ReadableStreamDefaultReader,
  createReadableStream,
  getReadableStream: (value) => getStream(value),
  isReadableStreamLocked,
  readableStreamCancel,
  readableStreamDefaultControllerCanCloseOrEnqueue,
  readableStreamDefaultControllerClose,
  readableStreamDefaultControllerEnqueue,
  readableStreamDefaultControllerError,
  readableStreamDefaultControllerGetDesiredSize,
  readableStreamDefaultControllerHasBackpressure,
  readableStreamPipeTo,
};

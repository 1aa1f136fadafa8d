'use strict';

// WritableStream, WritableStreamDefaultWriter and WritableStreamDefaultController
// (Streams Standard, section 5). The abstract operations follow the spec step by step and
// work on internal records (see internal/webstreams/util); their names are the spec's,
// in camelCase.
//
// Records:
//   stream:     { api, state, storedError, writer, controller, writeRequests,
//                 inFlightWriteRequest, closeRequest, inFlightCloseRequest,
//                 pendingAbortRequest, backpressure, closedCap }
//   writer:     { api, stream, closed, ready } (closed and ready are capabilities)
//   controller: { api, stream, queue, started, hwm, sizeAlgorithm, writeAlgorithm,
//                 closeAlgorithm, abortAlgorithm, abortController }
// Write and close requests are capabilities (util.newCapability).

const {
  PromisePrototypeThen,
  PromiseReject,
  PromiseResolve,
  ReflectApply,
  Symbol,
} = primordials;

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const {
  Queue,
  SizedQueue,
  customInspect,
  defineClassShape,
  extractHighWaterMark,
  extractSizeAlgorithm,
  kInspect,
  newCapability,
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
  validateCallback,
  validateChunkSize,
  validateStrategy,
} = require('internal/webstreams/util');
const {
  kControllerErrorFunction,
  kIsClosedPromise,
  kIsErrored,
  kIsWritable,
} = require('internal/streams/utils');

const kInternal = Symbol('kInternal');
// The close sentinel queued behind the chunks (the spec's "close sentinel").
const kCloseSentinel = Symbol('kCloseSentinel');

let lazyAbortController;
function newAbortController() {
  lazyAbortController ??= require('internal/abort_controller').AbortController;
  return new lazyAbortController();
}

// ---------------------------------------------------------------------------------------
// Public classes.

let getStream;

class WritableStream {
  #r;

  constructor(underlyingSink = undefined, strategy = undefined) {
    if (underlyingSink === kInternal) {
      this.#r = strategy;
      strategy.api = this;
      return;
    }
    if (underlyingSink === null ||
        (underlyingSink !== undefined && typeof underlyingSink !== 'object' &&
         typeof underlyingSink !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE('sink', 'Object', underlyingSink);
    }
    validateStrategy(strategy, 'strategy');
    const sink = underlyingSink ?? {};
    // node reads the members in this order (not WebIDL's).
    const type = sink.type;
    if (type !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('type', type);
    const size = strategy?.size;
    const highWaterMark = strategy?.highWaterMark;
    const hwm = extractHighWaterMark(highWaterMark, 1);
    const sizeAlgorithm = extractSizeAlgorithm(size);
    let start = sink.start;
    let write = sink.write;
    let close = sink.close;
    let abort = sink.abort;
    start = validateCallback(start, 'sink.start');
    write = validateCallback(write, 'sink.write');
    close = validateCallback(close, 'sink.close');
    abort = validateCallback(abort, 'sink.abort');

    const stream = newStreamRecord();
    this.#r = stream;
    stream.api = this;
    setUpControllerFromSink(stream, sink, start, write, close, abort, hwm, sizeAlgorithm);
  }

  get locked() {
    const stream = getStream(this);
    if (stream === undefined) throw new ERR_INVALID_THIS('WritableStream');
    return stream.writer !== undefined;
  }

  abort(reason = undefined) {
    const stream = getStream(this);
    if (stream === undefined) return PromiseReject(new ERR_INVALID_THIS('WritableStream'));
    if (stream.writer !== undefined) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError('WritableStream is locked'));
    }
    return writableStreamAbort(stream, reason);
  }

  close() {
    const stream = getStream(this);
    if (stream === undefined) return PromiseReject(new ERR_INVALID_THIS('WritableStream'));
    if (stream.writer !== undefined) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError('WritableStream is locked'));
    }
    if (writableStreamCloseQueuedOrInFlight(stream)) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError('Failure to close WritableStream'));
    }
    return writableStreamClose(stream);
  }

  getWriter() {
    const stream = getStream(this);
    if (stream === undefined) throw new ERR_INVALID_THIS('WritableStream');
    return acquireWritableStreamDefaultWriter(stream).api;
  }

  [kInspect](depth, options) {
    const stream = getStream(this);
    if (stream === undefined) throw new ERR_INVALID_THIS('WritableStream');
    return customInspect('WritableStream', {
      locked: stream.writer !== undefined,
      state: stream.state,
    }, depth, options);
  }

  // Interoperation with node's streams (finished(), addAbortSignal()).
  get [kIsErrored]() {
    const state = getStream(this)?.state;
    return state === 'errored' || state === 'erroring';
  }

  get [kIsWritable]() {
    const stream = getStream(this);
    return stream !== undefined && stream.state === 'writable' &&
      !writableStreamCloseQueuedOrInFlight(stream);
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
    return (error) => writableStreamDefaultControllerErrorIfNeeded(stream.controller, error);
  }

  static {
    getStream = (value) => {
      if (value === null || typeof value !== 'object' || !(#r in value)) return undefined;
      return value.#r;
    };
  }
}

let getWriter;
let newWriterRecord;

class WritableStreamDefaultWriter {
  #w;

  constructor(stream) {
    if (stream === kInternal) return;
    const record = getStream(stream);
    if (record === undefined) {
      throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    }
    this.#w = newWriterRecord(this);
    setUpWritableStreamDefaultWriter(this.#w, record);
  }

  get closed() {
    const writer = getWriter(this);
    if (writer === undefined) {
      return PromiseReject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    return writer.closed.promise;
  }

  get desiredSize() {
    const writer = getWriter(this);
    if (writer === undefined) throw new ERR_INVALID_THIS('WritableStreamDefaultWriter');
    if (writer.stream === undefined) {
      throw new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream');
    }
    return writableStreamDefaultWriterGetDesiredSize(writer);
  }

  get ready() {
    const writer = getWriter(this);
    if (writer === undefined) {
      return PromiseReject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    return writer.ready.promise;
  }

  abort(reason = undefined) {
    const writer = getWriter(this);
    if (writer === undefined) {
      return PromiseReject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    if (writer.stream === undefined) {
      return PromiseReject(
        new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream'));
    }
    return writableStreamAbort(writer.stream, reason);
  }

  close() {
    const writer = getWriter(this);
    if (writer === undefined) {
      return PromiseReject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    const stream = writer.stream;
    if (stream === undefined) {
      return PromiseReject(
        new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream'));
    }
    if (writableStreamCloseQueuedOrInFlight(stream)) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError('Failure to close WritableStream'));
    }
    return writableStreamClose(stream);
  }

  releaseLock() {
    const writer = getWriter(this);
    if (writer === undefined) throw new ERR_INVALID_THIS('WritableStreamDefaultWriter');
    if (writer.stream === undefined) return;
    writableStreamDefaultWriterRelease(writer);
  }

  write(chunk = undefined) {
    const writer = getWriter(this);
    if (writer === undefined) {
      return PromiseReject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    if (writer.stream === undefined) {
      return PromiseReject(
        new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream'));
    }
    return writableStreamDefaultWriterWrite(writer, chunk);
  }

  [kInspect](depth, options) {
    const writer = getWriter(this);
    if (writer === undefined) throw new ERR_INVALID_THIS('WritableStreamDefaultWriter');
    // node reads desiredSize here, which throws for a released writer.
    return customInspect('WritableStreamDefaultWriter', {
      stream: writer.stream?.api,
      close: writer.closed.promise,
      ready: writer.ready.promise,
      desiredSize: this.desiredSize,
    }, depth, options);
  }

  static {
    getWriter = (value) => {
      if (value === null || typeof value !== 'object' || !(#w in value)) return undefined;
      return value.#w;
    };
    // Makes the public writer for a record created internally.
    newWriterRecord = (api) => {
      const writer = {
        api,
        stream: undefined,
        closed: undefined,
        ready: undefined,
      };
      if (api === undefined) {
        const made = new WritableStreamDefaultWriter(kInternal);
        made.#w = writer;
        writer.api = made;
      }
      return writer;
    };
  }
}

let getController;

class WritableStreamDefaultController {
  #c;

  constructor(key = undefined, record = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#c = record;
    record.api = this;
  }

  get signal() {
    const controller = getController(this);
    if (controller === undefined) throw new ERR_INVALID_THIS('WritableStreamDefaultController');
    return controller.abortController.signal;
  }

  error(error = undefined) {
    const controller = getController(this);
    if (controller === undefined) throw new ERR_INVALID_THIS('WritableStreamDefaultController');
    if (controller.stream.state !== 'writable') return;
    writableStreamDefaultControllerError(controller, error);
  }

  [kInspect](depth, options) {
    const controller = getController(this);
    if (controller === undefined) throw new ERR_INVALID_THIS('WritableStreamDefaultController');
    return customInspect('WritableStreamDefaultController', {
      stream: controller.stream.api,
    }, depth, options);
  }

  static {
    getController = (value) => {
      if (value === null || typeof value !== 'object' || !(#c in value)) return undefined;
      return value.#c;
    };
  }
}

defineClassShape(WritableStream, 'WritableStream', ['locked', 'abort', 'close', 'getWriter']);
defineClassShape(WritableStreamDefaultWriter, 'WritableStreamDefaultWriter',
                 ['closed', 'desiredSize', 'ready', 'abort', 'close', 'releaseLock', 'write']);
defineClassShape(WritableStreamDefaultController, 'WritableStreamDefaultController',
                 ['signal', 'error']);

// ---------------------------------------------------------------------------------------
// Records.

function newStreamRecord() {
  return {
    api: undefined,
    state: 'writable',
    storedError: undefined,
    writer: undefined,
    controller: undefined,
    writeRequests: new Queue(),
    inFlightWriteRequest: undefined,
    closeRequest: undefined,
    inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined,
    backpressure: false,
    closedCap: undefined,
  };
}

// CreateWritableStream: a stream over internal algorithms (used by TransformStream).
// Returns the stream record.
function createWritableStream(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm,
                              highWaterMark, sizeAlgorithm) {
  const stream = newStreamRecord();
  new WritableStream(kInternal, stream);
  setUpWritableStreamDefaultController(stream, newControllerRecord(), startAlgorithm,
                                       writeAlgorithm, closeAlgorithm, abortAlgorithm,
                                       highWaterMark, sizeAlgorithm);
  return stream;
}

function newControllerRecord() {
  const controller = {
    api: undefined,
    stream: undefined,
    queue: new SizedQueue(),
    started: false,
    hwm: 0,
    sizeAlgorithm: undefined,
    writeAlgorithm: undefined,
    closeAlgorithm: undefined,
    abortAlgorithm: undefined,
    abortController: undefined,
  };
  new WritableStreamDefaultController(kInternal, controller);
  return controller;
}

// ---------------------------------------------------------------------------------------
// Writable stream abstract operations.

function acquireWritableStreamDefaultWriter(stream) {
  const writer = newWriterRecord(undefined);
  setUpWritableStreamDefaultWriter(writer, stream);
  return writer;
}

function isWritableStreamLocked(stream) {
  return stream.writer !== undefined;
}

function writableStreamAbort(stream, reason) {
  let state = stream.state;
  if (state === 'closed' || state === 'errored') return PromiseResolve(undefined);
  stream.controller.abortController.abort(reason);
  // Aborting the signal ran its listeners, which may have changed the state.
  state = stream.state;
  if (state === 'closed' || state === 'errored') return PromiseResolve(undefined);
  if (stream.pendingAbortRequest !== undefined) return stream.pendingAbortRequest.cap.promise;
  let wasAlreadyErroring = false;
  if (state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const cap = newCapability();
  stream.pendingAbortRequest = { cap, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) writableStreamStartErroring(stream, reason);
  return cap.promise;
}

function writableStreamClose(stream) {
  const state = stream.state;
  if (state === 'closed' || state === 'errored') {
    return PromiseReject(new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
  }
  const cap = newCapability();
  stream.closeRequest = cap;
  const writer = stream.writer;
  if (writer !== undefined && stream.backpressure && state === 'writable') {
    settleResolve(writer.ready, undefined);
  }
  writableStreamDefaultControllerClose(stream.controller);
  return cap.promise;
}

function writableStreamAddWriteRequest(stream) {
  const cap = newCapability();
  stream.writeRequests.push(cap);
  return cap.promise;
}

function writableStreamDealWithRejection(stream, error) {
  if (stream.state === 'writable') {
    writableStreamStartErroring(stream, error);
    return;
  }
  writableStreamFinishErroring(stream);
}

function writableStreamStartErroring(stream, reason) {
  const controller = stream.controller;
  stream.state = 'erroring';
  stream.storedError = reason;
  const writer = stream.writer;
  if (writer !== undefined) writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, reason);
  if (!writableStreamHasOperationMarkedInFlight(stream) && controller.started) {
    writableStreamFinishErroring(stream);
  }
}

function writableStreamFinishErroring(stream) {
  stream.state = 'errored';
  // [[ErrorSteps]]
  stream.controller.queue.reset();
  const storedError = stream.storedError;
  const requests = stream.writeRequests.drain();
  for (let i = 0; i < requests.length; i++) settleReject(requests[i], storedError);
  const abortRequest = stream.pendingAbortRequest;
  if (abortRequest === undefined) {
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  stream.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    settleReject(abortRequest.cap, storedError);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  // [[AbortSteps]]
  const controller = stream.controller;
  const promise = controller.abortAlgorithm(abortRequest.reason);
  writableStreamDefaultControllerClearAlgorithms(controller);
  PromisePrototypeThen(promise, () => {
    settleResolve(abortRequest.cap, undefined);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  }, (reason) => {
    settleReject(abortRequest.cap, reason);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function writableStreamFinishInFlightWrite(stream) {
  const request = stream.inFlightWriteRequest;
  stream.inFlightWriteRequest = undefined;
  settleResolve(request, undefined);
}

function writableStreamFinishInFlightWriteWithError(stream, error) {
  const request = stream.inFlightWriteRequest;
  stream.inFlightWriteRequest = undefined;
  settleReject(request, error);
  writableStreamDealWithRejection(stream, error);
}

function writableStreamFinishInFlightClose(stream) {
  const request = stream.inFlightCloseRequest;
  stream.inFlightCloseRequest = undefined;
  settleResolve(request, undefined);
  if (stream.state === 'erroring') {
    stream.storedError = undefined;
    if (stream.pendingAbortRequest !== undefined) {
      settleResolve(stream.pendingAbortRequest.cap, undefined);
      stream.pendingAbortRequest = undefined;
    }
  }
  stream.state = 'closed';
  const writer = stream.writer;
  if (writer !== undefined) settleResolve(writer.closed, undefined);
  if (stream.closedCap !== undefined) settleResolve(stream.closedCap, undefined);
}

function writableStreamFinishInFlightCloseWithError(stream, error) {
  const request = stream.inFlightCloseRequest;
  stream.inFlightCloseRequest = undefined;
  settleReject(request, error);
  if (stream.pendingAbortRequest !== undefined) {
    settleReject(stream.pendingAbortRequest.cap, error);
    stream.pendingAbortRequest = undefined;
  }
  writableStreamDealWithRejection(stream, error);
}

function writableStreamCloseQueuedOrInFlight(stream) {
  return stream.closeRequest !== undefined || stream.inFlightCloseRequest !== undefined;
}

function writableStreamHasOperationMarkedInFlight(stream) {
  return stream.inFlightWriteRequest !== undefined || stream.inFlightCloseRequest !== undefined;
}

function writableStreamMarkCloseRequestInFlight(stream) {
  stream.inFlightCloseRequest = stream.closeRequest;
  stream.closeRequest = undefined;
}

function writableStreamMarkFirstWriteRequestInFlight(stream) {
  stream.inFlightWriteRequest = stream.writeRequests.shift();
}

function writableStreamRejectCloseAndClosedPromiseIfNeeded(stream) {
  const storedError = stream.storedError;
  if (stream.closeRequest !== undefined) {
    settleReject(stream.closeRequest, storedError);
    stream.closeRequest = undefined;
  }
  const writer = stream.writer;
  if (writer !== undefined) {
    settleReject(writer.closed, storedError);
    setPromiseHandled(writer.closed.promise);
  }
  if (stream.closedCap !== undefined) settleReject(stream.closedCap, storedError);
}

function writableStreamUpdateBackpressure(stream, backpressure) {
  const writer = stream.writer;
  if (writer !== undefined && backpressure !== stream.backpressure) {
    if (backpressure) {
      writer.ready = newCapability();
    } else {
      settleResolve(writer.ready, undefined);
    }
  }
  stream.backpressure = backpressure;
}

// ---------------------------------------------------------------------------------------
// Writer abstract operations.

function setUpWritableStreamDefaultWriter(writer, stream) {
  if (stream.writer !== undefined) {
    throw new ERR_INVALID_STATE.TypeError('WritableStream is locked');
  }
  writer.stream = stream;
  stream.writer = writer;
  const state = stream.state;
  if (state === 'writable') {
    if (!writableStreamCloseQueuedOrInFlight(stream) && stream.backpressure) {
      writer.ready = newCapability();
    } else {
      writer.ready = resolvedCapability(undefined);
    }
    writer.closed = newCapability();
  } else if (state === 'erroring') {
    writer.ready = rejectedCapability(stream.storedError);
    writer.closed = newCapability();
  } else if (state === 'closed') {
    writer.ready = resolvedCapability(undefined);
    writer.closed = resolvedCapability(undefined);
  } else {
    writer.ready = rejectedCapability(stream.storedError);
    writer.closed = rejectedCapability(stream.storedError);
  }
}

function writableStreamDefaultWriterCloseWithErrorPropagation(writer) {
  const stream = writer.stream;
  const state = stream.state;
  if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') {
    return PromiseResolve(undefined);
  }
  if (state === 'errored') return PromiseReject(stream.storedError);
  return writableStreamClose(stream);
}

function writableStreamDefaultWriterEnsureClosedPromiseRejected(writer, error) {
  if (writer.closed.pending) {
    settleReject(writer.closed, error);
    setPromiseHandled(writer.closed.promise);
  } else {
    writer.closed = rejectedCapability(error);
  }
}

function writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, error) {
  if (writer.ready.pending) {
    settleReject(writer.ready, error);
    setPromiseHandled(writer.ready.promise);
  } else {
    writer.ready = rejectedCapability(error);
  }
}

function writableStreamDefaultWriterGetDesiredSize(writer) {
  const stream = writer.stream;
  const state = stream.state;
  if (state === 'errored' || state === 'erroring') return null;
  if (state === 'closed') return 0;
  return writableStreamDefaultControllerGetDesiredSize(stream.controller);
}

function writableStreamDefaultWriterRelease(writer) {
  const stream = writer.stream;
  const releasedError = new ERR_INVALID_STATE.TypeError('Writer has been released');
  writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, releasedError);
  writableStreamDefaultWriterEnsureClosedPromiseRejected(writer, releasedError);
  stream.writer = undefined;
  writer.stream = undefined;
}

function writableStreamDefaultWriterWrite(writer, chunk) {
  const stream = writer.stream;
  const controller = stream.controller;
  const chunkSize = writableStreamDefaultControllerGetChunkSize(controller, chunk);
  if (stream !== writer.stream) {
    return PromiseReject(
      new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream'));
  }
  const state = stream.state;
  if (state === 'errored') return PromiseReject(stream.storedError);
  if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') {
    return PromiseReject(new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
  }
  if (state === 'erroring') return PromiseReject(stream.storedError);
  const promise = writableStreamAddWriteRequest(stream);
  writableStreamDefaultControllerWrite(controller, chunk, chunkSize);
  return promise;
}

// WritableStreamDefaultWriterWrite for pipeTo(), which never hands the write's promise to
// user code: request is an object with pending, resolve(value) and reject(reason), settled
// where the promise would be.
function writableStreamDefaultWriterWriteRequest(writer, chunk, request) {
  const stream = writer.stream;
  const controller = stream.controller;
  const chunkSize = writableStreamDefaultControllerGetChunkSize(controller, chunk);
  if (stream !== writer.stream) {
    settleReject(request,
                 new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream'));
    return;
  }
  const state = stream.state;
  if (state === 'errored') {
    settleReject(request, stream.storedError);
    return;
  }
  if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') {
    settleReject(request, new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
    return;
  }
  if (state === 'erroring') {
    settleReject(request, stream.storedError);
    return;
  }
  stream.writeRequests.push(request);
  writableStreamDefaultControllerWrite(controller, chunk, chunkSize);
}

// ---------------------------------------------------------------------------------------
// Controller abstract operations.

function setUpWritableStreamDefaultController(stream, controller, startAlgorithm,
                                              writeAlgorithm, closeAlgorithm,
                                              abortAlgorithm, highWaterMark,
                                              sizeAlgorithm) {
  controller.stream = stream;
  stream.controller = controller;
  controller.queue.reset();
  controller.abortController = newAbortController();
  controller.started = false;
  controller.sizeAlgorithm = sizeAlgorithm;
  controller.hwm = highWaterMark;
  controller.writeAlgorithm = writeAlgorithm;
  controller.closeAlgorithm = closeAlgorithm;
  controller.abortAlgorithm = abortAlgorithm;
  writableStreamUpdateBackpressure(stream,
                                   writableStreamDefaultControllerGetBackpressure(controller));
  const startResult = startAlgorithm();
  PromisePrototypeThen(promiseResolvedWith(startResult), () => {
    controller.started = true;
    writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  }, (reason) => {
    controller.started = true;
    writableStreamDealWithRejection(stream, reason);
  });
}

function setUpControllerFromSink(stream, sink, start, write, close, abort, hwm, size) {
  const controller = newControllerRecord();
  const api = controller.api;
  const startAlgorithm = start === undefined ? undefined :
    () => ReflectApply(start, sink, [api]);
  const writeAlgorithm = write === undefined ? resolvedUndefined :
    (chunk) => promiseCall2(write, sink, chunk, api);
  const closeAlgorithm = close === undefined ? resolvedUndefined :
    () => promiseCall0(close, sink);
  const abortAlgorithm = abort === undefined ? resolvedUndefined :
    (reason) => promiseCall1(abort, sink, reason);
  setUpWritableStreamDefaultController(stream, controller, startAlgorithm ?? noStart,
                                       writeAlgorithm, closeAlgorithm, abortAlgorithm,
                                       hwm, size);
}

function noStart() {
  return undefined;
}

function writableStreamDefaultControllerAdvanceQueueIfNeeded(controller) {
  const stream = controller.stream;
  if (!controller.started) return;
  if (stream.inFlightWriteRequest !== undefined) return;
  if (stream.state === 'erroring') {
    writableStreamFinishErroring(stream);
    return;
  }
  if (controller.queue.length === 0) return;
  const value = controller.queue.peek();
  if (value === kCloseSentinel) {
    writableStreamDefaultControllerProcessClose(controller);
  } else {
    writableStreamDefaultControllerProcessWrite(controller, value);
  }
}

function writableStreamDefaultControllerClearAlgorithms(controller) {
  controller.writeAlgorithm = undefined;
  controller.closeAlgorithm = undefined;
  controller.abortAlgorithm = undefined;
  controller.sizeAlgorithm = undefined;
}

function writableStreamDefaultControllerClose(controller) {
  controller.queue.push(kCloseSentinel, 0);
  writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}

function writableStreamDefaultControllerError(controller, error) {
  writableStreamDefaultControllerClearAlgorithms(controller);
  writableStreamStartErroring(controller.stream, error);
}

function writableStreamDefaultControllerErrorIfNeeded(controller, error) {
  if (controller.stream.state === 'writable') {
    writableStreamDefaultControllerError(controller, error);
  }
}

function writableStreamDefaultControllerGetBackpressure(controller) {
  return writableStreamDefaultControllerGetDesiredSize(controller) <= 0;
}

function writableStreamDefaultControllerGetChunkSize(controller, chunk) {
  const sizeAlgorithm = controller.sizeAlgorithm;
  if (sizeAlgorithm === undefined) return 1;
  try {
    return sizeAlgorithm(chunk);
  } catch (err) {
    writableStreamDefaultControllerErrorIfNeeded(controller, err);
    return 1;
  }
}

function writableStreamDefaultControllerGetDesiredSize(controller) {
  return controller.hwm - controller.queue.total;
}

function writableStreamDefaultControllerProcessClose(controller) {
  const stream = controller.stream;
  writableStreamMarkCloseRequestInFlight(stream);
  controller.queue.shift();
  const sinkClosePromise = controller.closeAlgorithm();
  writableStreamDefaultControllerClearAlgorithms(controller);
  PromisePrototypeThen(sinkClosePromise, () => {
    writableStreamFinishInFlightClose(stream);
  }, (reason) => {
    writableStreamFinishInFlightCloseWithError(stream, reason);
  });
}

function writableStreamDefaultControllerProcessWrite(controller, chunk) {
  const stream = controller.stream;
  writableStreamMarkFirstWriteRequestInFlight(stream);
  const sinkWritePromise = controller.writeAlgorithm(chunk);
  PromisePrototypeThen(sinkWritePromise, () => {
    writableStreamFinishInFlightWrite(stream);
    const state = stream.state;
    controller.queue.shift();
    if (!writableStreamCloseQueuedOrInFlight(stream) && state === 'writable') {
      writableStreamUpdateBackpressure(
        stream, writableStreamDefaultControllerGetBackpressure(controller));
    }
    writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  }, (reason) => {
    if (stream.state === 'writable') writableStreamDefaultControllerClearAlgorithms(controller);
    writableStreamFinishInFlightWriteWithError(stream, reason);
  });
}

function writableStreamDefaultControllerWrite(controller, chunk, chunkSize) {
  try {
    validateChunkSize(chunkSize);
    controller.queue.push(chunk, chunkSize);
  } catch (err) {
    writableStreamDefaultControllerErrorIfNeeded(controller, err);
    return;
  }
  const stream = controller.stream;
  if (!writableStreamCloseQueuedOrInFlight(stream) && stream.state === 'writable') {
    writableStreamUpdateBackpressure(stream,
                                     writableStreamDefaultControllerGetBackpressure(controller));
  }
  writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}

// A WritableStream can only be transferred in node (which pipes it through a MessageChannel; nodus
// does not transfer web streams yet): cloning one that is not in the transfer list throws
// node's ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST (a handler without serialize).
require('internal/structured_clone').registerHostHandler({
  name: 'WritableStream',
  test: (value) => getStream(value) !== undefined,
});

module.exports = {
  WritableStream,
  WritableStreamDefaultController,
  WritableStreamDefaultWriter,
  acquireWritableStreamDefaultWriter,
  createWritableStream,
  getWritableStream: (value) => getStream(value),
  getWritableStreamDefaultWriter: (value) => getWriter(value),
  isWritableStreamLocked,
  writableStreamAbort,
  writableStreamClose,
  writableStreamCloseQueuedOrInFlight,
  writableStreamDefaultControllerErrorIfNeeded,
  writableStreamDefaultWriterCloseWithErrorPropagation,
  writableStreamDefaultWriterRelease,
  writableStreamDefaultWriterWrite,
  writableStreamDefaultWriterWriteRequest,
};

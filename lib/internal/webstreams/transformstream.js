'use strict';

// TransformStream and TransformStreamDefaultController (Streams Standard, section 6): a
// writable side whose writes run the transformer and a readable side that receives what
// it enqueues, with backpressure between the two. The abstract operations follow the
// spec step by step over internal records (see internal/webstreams/util).
//
// Records:
//   stream:     { api, readable, writable, backpressure, backpressureChange, controller }
//               (readable and writable are stream records; backpressureChange is a
//               capability)
//   controller: { api, stream, transformAlgorithm, flushAlgorithm, cancelAlgorithm,
//                 finishPromise }

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
  customInspect,
  defineClassShape,
  extractHighWaterMark,
  extractSizeAlgorithm,
  kInspect,
  newCapability,
  promiseCall1,
  promiseCall2,
  resolvedUndefined,
  settleReject,
  settleResolve,
  sizeOne,
  validateCallback,
  validateStrategy,
} = require('internal/webstreams/util');
const {
  createReadableStream,
  readableStreamDefaultControllerCanCloseOrEnqueue,
  readableStreamDefaultControllerClose,
  readableStreamDefaultControllerEnqueue,
  readableStreamDefaultControllerError,
  readableStreamDefaultControllerGetDesiredSize,
  readableStreamDefaultControllerHasBackpressure,
} = require('internal/webstreams/readablestream');
const {
  createWritableStream,
  writableStreamDefaultControllerErrorIfNeeded,
} = require('internal/webstreams/writablestream');

const kInternal = Symbol('kInternal');

let getStream;

class TransformStream {
  #t;

  constructor(transformer = undefined, writableStrategy = undefined,
              readableStrategy = undefined) {
    if (transformer === kInternal) {
      this.#t = writableStrategy;
      writableStrategy.api = this;
      return;
    }
    if (transformer === null ||
        (transformer !== undefined && typeof transformer !== 'object' &&
         typeof transformer !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE('transformer', 'Object', transformer);
    }
    validateStrategy(writableStrategy, 'writableStrategy');
    validateStrategy(readableStrategy, 'readableStrategy');
    const dict = transformer ?? {};
    // node reads the members in this order (not WebIDL's).
    const readableType = dict.readableType;
    const writableType = dict.writableType;
    const start = dict.start;
    if (readableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.readableType', readableType);
    }
    if (writableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.writableType', writableType);
    }
    const readableHWM = readableStrategy?.highWaterMark;
    const readableSize = readableStrategy?.size;
    const writableHWM = writableStrategy?.highWaterMark;
    const writableSize = writableStrategy?.size;
    const readableHighWaterMark = extractHighWaterMark(readableHWM, 0);
    const readableSizeAlgorithm = extractSizeAlgorithm(readableSize);
    const writableHighWaterMark = extractHighWaterMark(writableHWM, 1);
    const writableSizeAlgorithm = extractSizeAlgorithm(writableSize);
    let transform = dict.transform;
    let flush = dict.flush;
    let cancel = dict.cancel;
    // Unlike the other members, node calls any start that is not undefined, so a
    // falsy non-function start is an error too.
    if (start !== undefined && typeof start !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('transformer.start', 'Function', start);
    }
    transform = validateCallback(transform, 'transformer.transform');
    flush = validateCallback(flush, 'transformer.flush');
    cancel = validateCallback(cancel, 'transformer.cancel');

    const stream = newStreamRecord();
    this.#t = stream;
    stream.api = this;
    const startCap = newCapability();
    initializeTransformStream(stream, startCap.promise, writableHighWaterMark,
                              writableSizeAlgorithm, readableHighWaterMark,
                              readableSizeAlgorithm);
    const controller = newControllerRecord();
    const api = controller.api;
    setUpTransformStreamDefaultController(
      stream, controller,
      transform === undefined ? identityTransform(controller) :
        (chunk) => promiseCall2(transform, dict, chunk, api),
      flush === undefined ? resolvedUndefined : () => promiseCall1(flush, dict, api),
      cancel === undefined ? resolvedUndefined :
        (reason) => promiseCall1(cancel, dict, reason));
    if (start !== undefined) {
      settleResolve(startCap, ReflectApply(start, dict, [api]));
    } else {
      settleResolve(startCap, undefined);
    }
  }

  get readable() {
    const stream = getStream(this);
    if (stream === undefined) throw new ERR_INVALID_THIS('TransformStream');
    return stream.readable.api;
  }

  get writable() {
    const stream = getStream(this);
    if (stream === undefined) throw new ERR_INVALID_THIS('TransformStream');
    return stream.writable.api;
  }

  [kInspect](depth, options) {
    const stream = getStream(this);
    if (stream === undefined) throw new ERR_INVALID_THIS('TransformStream');
    return customInspect('TransformStream', {
      readable: stream.readable.api,
      writable: stream.writable.api,
      backpressure: stream.backpressure,
    }, depth, options);
  }

  static {
    getStream = (value) => {
      if (value === null || typeof value !== 'object' || !(#t in value)) return undefined;
      return value.#t;
    };
  }
}

let getController;

class TransformStreamDefaultController {
  #c;

  constructor(key = undefined, record = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#c = record;
    record.api = this;
  }

  get desiredSize() {
    const controller = getController(this);
    if (controller === undefined) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    return readableStreamDefaultControllerGetDesiredSize(
      controller.stream.readable.controller);
  }

  enqueue(chunk = undefined) {
    const controller = getController(this);
    if (controller === undefined) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    transformStreamDefaultControllerEnqueue(controller, chunk);
  }

  error(reason = undefined) {
    const controller = getController(this);
    if (controller === undefined) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    transformStreamError(controller.stream, reason);
  }

  terminate() {
    const controller = getController(this);
    if (controller === undefined) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    transformStreamDefaultControllerTerminate(controller);
  }

  [kInspect](depth, options) {
    const controller = getController(this);
    if (controller === undefined) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    return customInspect('TransformStreamDefaultController', {
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

defineClassShape(TransformStream, 'TransformStream', ['readable', 'writable']);
defineClassShape(TransformStreamDefaultController, 'TransformStreamDefaultController',
                 ['desiredSize', 'enqueue', 'error', 'terminate']);

// ---------------------------------------------------------------------------------------
// Records.

function newStreamRecord() {
  return {
    api: undefined,
    readable: undefined,
    writable: undefined,
    backpressure: undefined,
    backpressureChange: undefined,
    controller: undefined,
  };
}

function newControllerRecord() {
  const controller = {
    api: undefined,
    stream: undefined,
    transformAlgorithm: undefined,
    flushAlgorithm: undefined,
    cancelAlgorithm: undefined,
    finishPromise: undefined,
  };
  new TransformStreamDefaultController(kInternal, controller);
  return controller;
}

// The transform of a transformer without one: enqueues the chunk unchanged.
function identityTransform(controller) {
  return (chunk) => {
    try {
      transformStreamDefaultControllerEnqueue(controller, chunk);
    } catch (err) {
      return PromiseReject(err);
    }
    return PromiseResolve(undefined);
  };
}

// Creates a TransformStream over internal algorithms (TextEncoderStream and friends):
// transform(chunk, controllerRecord) and flush(controllerRecord) return promises.
// Returns the stream record.
function createTransformStream(transformAlgorithm, flushAlgorithm,
                               cancelAlgorithm = resolvedUndefined,
                               writableHighWaterMark = 1,
                               readableHighWaterMark = 0,
                               readableSizeAlgorithm = sizeOne) {
  const stream = newStreamRecord();
  new TransformStream(kInternal, stream);
  const startCap = newCapability();
  initializeTransformStream(stream, startCap.promise, writableHighWaterMark, sizeOne,
                            readableHighWaterMark, readableSizeAlgorithm);
  const controller = newControllerRecord();
  setUpTransformStreamDefaultController(
    stream, controller,
    (chunk) => transformAlgorithm(chunk, controller),
    () => flushAlgorithm(controller),
    cancelAlgorithm);
  settleResolve(startCap, undefined);
  return stream;
}

// ---------------------------------------------------------------------------------------
// Transform stream abstract operations.

function initializeTransformStream(stream, startPromise, writableHighWaterMark,
                                   writableSizeAlgorithm, readableHighWaterMark,
                                   readableSizeAlgorithm) {
  const startAlgorithm = () => startPromise;
  stream.writable = createWritableStream(
    startAlgorithm,
    (chunk) => transformStreamDefaultSinkWriteAlgorithm(stream, chunk),
    () => transformStreamDefaultSinkCloseAlgorithm(stream),
    (reason) => transformStreamDefaultSinkAbortAlgorithm(stream, reason),
    writableHighWaterMark, writableSizeAlgorithm);
  stream.readable = createReadableStream(
    startAlgorithm,
    () => transformStreamDefaultSourcePullAlgorithm(stream),
    (reason) => transformStreamDefaultSourceCancelAlgorithm(stream, reason),
    readableHighWaterMark, readableSizeAlgorithm);
  stream.backpressure = undefined;
  stream.backpressureChange = undefined;
  transformStreamSetBackpressure(stream, true);
  stream.controller = undefined;
}

function transformStreamError(stream, error) {
  readableStreamDefaultControllerError(stream.readable.controller, error);
  transformStreamErrorWritableAndUnblockWrite(stream, error);
}

function transformStreamErrorWritableAndUnblockWrite(stream, error) {
  transformStreamDefaultControllerClearAlgorithms(stream.controller);
  writableStreamDefaultControllerErrorIfNeeded(stream.writable.controller, error);
  transformStreamUnblockWrite(stream);
}

function transformStreamSetBackpressure(stream, backpressure) {
  if (stream.backpressureChange !== undefined) {
    settleResolve(stream.backpressureChange, undefined);
  }
  stream.backpressureChange = newCapability();
  stream.backpressure = backpressure;
}

function transformStreamUnblockWrite(stream) {
  if (stream.backpressure) transformStreamSetBackpressure(stream, false);
}

// ---------------------------------------------------------------------------------------
// Controller abstract operations.

function setUpTransformStreamDefaultController(stream, controller, transformAlgorithm,
                                               flushAlgorithm, cancelAlgorithm) {
  controller.stream = stream;
  stream.controller = controller;
  controller.transformAlgorithm = transformAlgorithm;
  controller.flushAlgorithm = flushAlgorithm;
  controller.cancelAlgorithm = cancelAlgorithm;
}

function transformStreamDefaultControllerClearAlgorithms(controller) {
  controller.transformAlgorithm = undefined;
  controller.flushAlgorithm = undefined;
  controller.cancelAlgorithm = undefined;
}

function transformStreamDefaultControllerEnqueue(controller, chunk) {
  const stream = controller.stream;
  const readableController = stream.readable.controller;
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(readableController)) {
    throw new ERR_INVALID_STATE.TypeError('Unable to enqueue');
  }
  try {
    readableStreamDefaultControllerEnqueue(readableController, chunk);
  } catch (err) {
    transformStreamErrorWritableAndUnblockWrite(stream, err);
    throw stream.readable.storedError;
  }
  const backpressure = readableStreamDefaultControllerHasBackpressure(readableController);
  if (backpressure !== stream.backpressure) transformStreamSetBackpressure(stream, true);
}

function transformStreamDefaultControllerPerformTransform(controller, chunk) {
  const transformAlgorithm = controller.transformAlgorithm;
  if (transformAlgorithm === undefined) {
    // The readable side was cancelled (or the stream errored) while this write waited for
    // backpressure to clear; the Standard would call the cleared algorithm. The write
    // fails with the error the writable side gets once the cancellation completes.
    const writable = controller.stream.writable;
    const fail = () => { throw writable.storedError; };
    const finish = controller.finishPromise;
    if (finish !== undefined) return PromisePrototypeThen(finish.promise, fail, fail);
    return PromiseReject(writable.storedError);
  }
  const transformPromise = transformAlgorithm(chunk);
  return PromisePrototypeThen(transformPromise, undefined, (reason) => {
    transformStreamError(controller.stream, reason);
    throw reason;
  });
}

function transformStreamDefaultControllerTerminate(controller) {
  const stream = controller.stream;
  readableStreamDefaultControllerClose(stream.readable.controller);
  const error = new ERR_INVALID_STATE.TypeError('TransformStream has been terminated');
  transformStreamErrorWritableAndUnblockWrite(stream, error);
}

// ---------------------------------------------------------------------------------------
// Sink and source algorithms.

function transformStreamDefaultSinkWriteAlgorithm(stream, chunk) {
  const controller = stream.controller;
  if (stream.backpressure) {
    return PromisePrototypeThen(stream.backpressureChange.promise, () => {
      const writable = stream.writable;
      if (writable.state === 'erroring') throw writable.storedError;
      return transformStreamDefaultControllerPerformTransform(controller, chunk);
    });
  }
  return transformStreamDefaultControllerPerformTransform(controller, chunk);
}

function transformStreamDefaultSinkAbortAlgorithm(stream, reason) {
  const controller = stream.controller;
  if (controller.finishPromise !== undefined) return controller.finishPromise.promise;
  const readable = stream.readable;
  const finish = newCapability();
  controller.finishPromise = finish;
  const cancelPromise = controller.cancelAlgorithm(reason);
  transformStreamDefaultControllerClearAlgorithms(controller);
  PromisePrototypeThen(cancelPromise, () => {
    if (readable.state === 'errored') {
      settleReject(finish, readable.storedError);
    } else {
      readableStreamDefaultControllerError(readable.controller, reason);
      settleResolve(finish, undefined);
    }
  }, (r) => {
    readableStreamDefaultControllerError(readable.controller, r);
    settleReject(finish, r);
  });
  return finish.promise;
}

function transformStreamDefaultSinkCloseAlgorithm(stream) {
  const controller = stream.controller;
  if (controller.finishPromise !== undefined) return controller.finishPromise.promise;
  const readable = stream.readable;
  const finish = newCapability();
  controller.finishPromise = finish;
  const flushPromise = controller.flushAlgorithm();
  transformStreamDefaultControllerClearAlgorithms(controller);
  PromisePrototypeThen(flushPromise, () => {
    if (readable.state === 'errored') {
      settleReject(finish, readable.storedError);
    } else {
      readableStreamDefaultControllerClose(readable.controller);
      settleResolve(finish, undefined);
    }
  }, (r) => {
    readableStreamDefaultControllerError(readable.controller, r);
    settleReject(finish, r);
  });
  return finish.promise;
}

function transformStreamDefaultSourceCancelAlgorithm(stream, reason) {
  const controller = stream.controller;
  if (controller.finishPromise !== undefined) return controller.finishPromise.promise;
  const writable = stream.writable;
  const finish = newCapability();
  controller.finishPromise = finish;
  const cancelPromise = controller.cancelAlgorithm(reason);
  transformStreamDefaultControllerClearAlgorithms(controller);
  PromisePrototypeThen(cancelPromise, () => {
    if (writable.state === 'errored') {
      settleReject(finish, writable.storedError);
    } else {
      writableStreamDefaultControllerErrorIfNeeded(writable.controller, reason);
      transformStreamUnblockWrite(stream);
      settleResolve(finish, undefined);
    }
  }, (r) => {
    writableStreamDefaultControllerErrorIfNeeded(writable.controller, r);
    transformStreamUnblockWrite(stream);
    settleReject(finish, r);
  });
  return finish.promise;
}

function transformStreamDefaultSourcePullAlgorithm(stream) {
  transformStreamSetBackpressure(stream, false);
  return stream.backpressureChange.promise;
}

// A TransformStream can only be transferred in node (which pipes it through a MessageChannel; nodus
// does not transfer web streams yet): cloning one that is not in the transfer list throws
// node's ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST (a handler without serialize).
require('internal/structured_clone').registerHostHandler({
  name: 'TransformStream',
  test: (value) => getStream(value) !== undefined,
});

module.exports = {
  TransformStream,
  TransformStreamDefaultController,
  createTransformStream,
  getTransformStream: (value) => getStream(value),
  transformStreamDefaultControllerEnqueue,
  transformStreamError,
};

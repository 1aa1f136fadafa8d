'use strict';

// Conversions between node streams and web streams: Readable.toWeb/fromWeb,
// Writable.toWeb/fromWeb and Duplex.toWeb/fromWeb.
//
// A web stream made from a node stream pulls with resume()/pause() and writes through
// write()/'drain', and follows the node stream's end through finished(). A node stream
// made from a web stream owns a reader or writer of it: reads and writes go through that
// reader/writer, destroying the node stream cancels or aborts the web stream, and the
// web stream closing or erroring ends or destroys the node stream.

const {
  ArrayIsArray,
  ArrayPrototypeFilter,
  PromisePrototypeThen,
  PromiseResolve,
  SafePromiseAll,
  Uint8Array,
} = primordials;

const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_STREAM_PREMATURE_CLOSE,
  },
} = require('internal/errors');
const { validateBoolean, validateObject } = require('internal/validators');
const { createDeferredPromise, kEmptyObject, normalizeEncoding } = require('internal/util');
const { Buffer } = require('buffer');
const { TextEncoder } = require('internal/encoding');
const {
  ReadableStream,
  getReadableStream,
} = require('internal/webstreams/readablestream');
const {
  WritableStream,
  getWritableStream,
} = require('internal/webstreams/writablestream');
const {
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
} = require('internal/webstreams/queuingstrategies');
const {
  isDestroyed,
  isReadable,
  isWritable,
  isWritableEnded,
} = require('internal/streams/utils');
const { destroyer: destroy } = require('internal/streams/destroy');
const finished = require('internal/streams/end-of-stream');

let Readable;
let Writable;
let Duplex;
function loadStreamClasses() {
  // The stream classes require this module lazily themselves; load them the same way
  // so that neither side sees a half-initialised module.
  Readable ??= require('internal/streams/readable');
  Writable ??= require('internal/streams/writable');
  Duplex ??= require('internal/streams/duplex');
}

let encoder;

// Brand checks: only genuine web streams are accepted (not look-alikes).
function isReadableStream(value) {
  return value !== null && typeof value === 'object' && getReadableStream(value) !== undefined;
}

function isWritableStream(value) {
  return value !== null && typeof value === 'object' && getWritableStream(value) !== undefined;
}

// The error a web stream reports for the way its node stream ended: a premature close
// becomes an AbortError (with the original as its cause); anything else passes through.
function webErrorFor(cause) {
  if (cause?.code === 'ERR_STREAM_PREMATURE_CLOSE') {
    return new AbortError(undefined, { cause });
  }
  return cause;
}

// Turns a string written to a web-backed Writable into bytes, as the Writable's
// decodeStrings option asks.
function encodeChunk(chunk, encoding) {
  if (normalizeEncoding(encoding) === 'utf8') {
    encoder ??= new TextEncoder();
    return encoder.encode(chunk);
  }
  const buffer = Buffer.from(chunk, encoding);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

// Calls a stream implementation callback; an exception it throws destroys the stream on
// the next tick instead of escaping into a promise reaction, where nobody would see it.
function callOrDestroy(stream, callback, error) {
  try {
    callback(error);
  } catch (err) {
    process.nextTick(() => destroy(stream, err));
  }
}

// Calls a destroy() callback; an exception it throws is rethrown as an uncaught exception
// for the same reason.
function callOrThrow(callback, error) {
  try {
    callback(error);
  } catch (err) {
    process.nextTick(() => { throw err; });
  }
}

// The write side shared by web-backed Writables and Duplexes.
function writeThrough(stream, writer, chunk, encoding, callback, decodeStrings, objectMode) {
  if (typeof chunk === 'string' && decodeStrings && !objectMode) {
    chunk = encodeChunk(chunk, encoding);
  }
  const done = (error) => callOrDestroy(stream, callback, error);
  PromisePrototypeThen(writer.ready, () => {
    PromisePrototypeThen(writer.write(chunk), done, done);
  }, done);
}

function writevThrough(stream, writer, chunks, callback) {
  const done = (errors) => {
    // SafePromiseAll settles with the values (all undefined) or with the first error.
    const list = ArrayPrototypeFilter(
      ArrayIsArray(errors) ? errors : [errors], (e) => e);
    callOrDestroy(stream, callback, list.length === 0 ? undefined : list[0]);
  };
  PromisePrototypeThen(writer.ready, () => {
    PromisePrototypeThen(SafePromiseAll(chunks, (data) => writer.write(data.chunk)),
                         done, done);
  }, done);
}

// ---------------------------------------------------------------------------------------
// node Writable -> WritableStream

function newWritableStreamFromStreamWritable(streamWritable) {
  // Anything with write() and on() is accepted, like node does (so that writable-like
  // objects such as http.OutgoingMessage convert); one that is not a writable node stream
  // becomes an already closed WritableStream below.
  if (typeof streamWritable?.write !== 'function' ||
      typeof streamWritable?.on !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
  }

  if (isDestroyed(streamWritable) || !isWritable(streamWritable)) {
    const writable = new WritableStream();
    writable.close();
    return writable;
  }

  const highWaterMark = streamWritable.writableHighWaterMark;
  const strategy = streamWritable.writableObjectMode ?
    new CountQueuingStrategy({ highWaterMark }) :
    { highWaterMark };

  let controller;
  let backpressure;
  let closed;

  function onDrain() {
    if (backpressure !== undefined) backpressure.resolve();
  }

  const cleanup = finished(streamWritable, (error) => {
    error = webErrorFor(error);
    cleanup();
    // A legacy stream may emit 'error' again after finishing; that must not crash.
    streamWritable.on('error', () => {});
    if (error != null) {
      if (backpressure !== undefined) backpressure.reject(error);
      if (closed !== undefined) {
        closed.reject(error);
        closed = undefined;
      }
      controller.error(error);
      controller = undefined;
      return;
    }
    if (closed !== undefined) {
      closed.resolve();
      closed = undefined;
      return;
    }
    controller.error(new AbortError());
    controller = undefined;
  });

  streamWritable.on('drain', onDrain);

  return new WritableStream({
    start(c) { controller = c; },

    write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        backpressure = createDeferredPromise();
        const settled = () => { backpressure = undefined; };
        return PromisePrototypeThen(backpressure.promise, settled, (error) => {
          settled();
          throw error;
        });
      }
      return undefined;
    },

    abort(reason) {
      destroy(streamWritable, reason);
    },

    close() {
      if (closed === undefined && !isWritableEnded(streamWritable)) {
        closed = createDeferredPromise();
        streamWritable.end();
        return closed.promise;
      }
      controller = undefined;
      return PromiseResolve();
    },
  }, strategy);
}

// ---------------------------------------------------------------------------------------
// WritableStream -> node Writable

function newStreamWritableFromWritableStream(writableStream, options = kEmptyObject) {
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const {
    highWaterMark,
    decodeStrings = true,
    objectMode = false,
    signal,
  } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateBoolean(decodeStrings, 'options.decodeStrings');
  loadStreamClasses();

  const writer = writableStream.getWriter();
  let closed = false;

  const writable = new Writable({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,

    writev(chunks, callback) {
      writevThrough(writable, writer, chunks, callback);
    },

    write(chunk, encoding, callback) {
      writeThrough(writable, writer, chunk, encoding, callback, decodeStrings, objectMode);
    },

    destroy(error, callback) {
      const done = () => callOrThrow(callback, error);
      if (!closed) {
        if (error != null) {
          PromisePrototypeThen(writer.abort(error), done, done);
        } else {
          PromisePrototypeThen(writer.close(), done, done);
        }
        return;
      }
      done();
    },

    final(callback) {
      const done = (error) => callOrDestroy(writable, callback, error);
      if (!closed) PromisePrototypeThen(writer.close(), done, done);
    },
  });

  PromisePrototypeThen(writer.closed, () => {
    // The web stream closed by itself: unless the Writable ended, that is premature.
    closed = true;
    if (!isWritableEnded(writable)) destroy(writable, new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    closed = true;
    destroy(writable, error);
  });

  return writable;
}

// ---------------------------------------------------------------------------------------
// node Readable -> ReadableStream

function newReadableStreamFromStreamReadable(streamReadable, options = kEmptyObject) {
  if (typeof streamReadable?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }

  if (isDestroyed(streamReadable) || !isReadable(streamReadable)) {
    const readable = new ReadableStream();
    readable.cancel();
    return readable;
  }

  const objectMode = streamReadable.readableObjectMode;
  const highWaterMark = streamReadable.readableHighWaterMark;

  // Without a strategy the web queue holds what the node stream would buffer: chunks
  // counted in object mode, bytes otherwise.
  let strategy = options?.strategy;
  if (!strategy) {
    strategy = objectMode ?
      new CountQueuingStrategy({ highWaterMark }) :
      new ByteLengthQueuingStrategy({ highWaterMark });
  }

  let controller;

  function onData(chunk) {
    // A Buffer becomes a plain Uint8Array (a copy) so that web code never sees Buffer.
    if (Buffer.isBuffer(chunk) && !objectMode) chunk = new Uint8Array(chunk);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  }

  // The node stream flows only while the web stream pulls: paused first, the 'data'
  // listener below does not start it.
  streamReadable.pause();

  const cleanup = finished(streamReadable, (error) => {
    error = webErrorFor(error);
    cleanup();
    // A legacy stream may emit 'error' again after finishing; that must not crash.
    streamReadable.on('error', () => {});
    if (error) return controller.error(error);
    controller.close();
  });

  streamReadable.on('data', onData);

  return new ReadableStream({
    start(c) { controller = c; },

    pull() { streamReadable.resume(); },

    cancel(reason) { destroy(streamReadable, reason); },
  }, strategy);
}

// ---------------------------------------------------------------------------------------
// ReadableStream -> node Readable

function newStreamReadableFromReadableStream(readableStream, options = kEmptyObject) {
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }
  validateObject(options, 'options');
  const {
    highWaterMark,
    encoding,
    objectMode = false,
    signal,
  } = options;
  if (encoding !== undefined && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE(encoding, 'options.encoding');
  }
  validateBoolean(objectMode, 'options.objectMode');
  loadStreamClasses();

  const reader = readableStream.getReader();
  let closed = false;

  const readable = new Readable({
    objectMode,
    highWaterMark,
    encoding,
    signal,

    read() {
      PromisePrototypeThen(reader.read(), (chunk) => {
        if (chunk.done) {
          readable.push(null);
        } else {
          readable.push(chunk.value);
        }
      }, (error) => destroy(readable, error));
    },

    destroy(error, callback) {
      const done = () => callOrThrow(callback, error);
      if (!closed) {
        PromisePrototypeThen(reader.cancel(error), done, done);
        return;
      }
      done();
    },
  });

  PromisePrototypeThen(reader.closed, () => {
    closed = true;
  }, (error) => {
    closed = true;
    destroy(readable, error);
  });

  return readable;
}

// ---------------------------------------------------------------------------------------
// node Duplex <-> { readable, writable }

function newReadableWritablePairFromDuplex(duplex) {
  if (typeof duplex?._writableState !== 'object' ||
      typeof duplex?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
  }

  if (isDestroyed(duplex)) {
    const writable = new WritableStream();
    const readable = new ReadableStream();
    writable.close();
    readable.cancel();
    return { readable, writable };
  }

  let writable;
  if (isWritable(duplex)) {
    writable = newWritableStreamFromStreamWritable(duplex);
  } else {
    writable = new WritableStream();
    writable.close();
  }

  let readable;
  if (isReadable(duplex)) {
    readable = newReadableStreamFromStreamReadable(duplex);
  } else {
    readable = new ReadableStream();
    readable.cancel();
  }

  return { writable, readable };
}

function newStreamDuplexFromReadableWritablePair(pair = kEmptyObject, options = kEmptyObject) {
  validateObject(pair, 'pair');
  const {
    readable: readableStream,
    writable: writableStream,
  } = pair;

  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  }
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  }

  validateObject(options, 'options');
  const {
    allowHalfOpen = false,
    objectMode = false,
    encoding,
    decodeStrings = true,
    highWaterMark,
    signal,
  } = options;

  validateBoolean(objectMode, 'options.objectMode');
  if (encoding !== undefined && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE(encoding, 'options.encoding');
  }
  loadStreamClasses();

  const writer = writableStream.getWriter();
  const reader = readableStream.getReader();
  let writableClosed = false;
  let readableClosed = false;

  const duplex = new Duplex({
    allowHalfOpen,
    highWaterMark,
    objectMode,
    encoding,
    decodeStrings,
    signal,

    writev(chunks, callback) {
      writevThrough(duplex, writer, chunks, callback);
    },

    write(chunk, encoding, callback) {
      writeThrough(duplex, writer, chunk, encoding, callback, decodeStrings, objectMode);
    },

    final(callback) {
      const done = (error) => callOrDestroy(duplex, callback, error);
      if (!writableClosed) PromisePrototypeThen(writer.close(), done, done);
    },

    read() {
      PromisePrototypeThen(reader.read(), (chunk) => {
        if (chunk.done) {
          duplex.push(null);
        } else {
          duplex.push(chunk.value);
        }
      }, (error) => destroy(duplex, error));
    },

    destroy(error, callback) {
      const done = () => callOrThrow(callback, error);
      if (writableClosed && readableClosed) {
        done();
        return;
      }
      const closeWriter = writableClosed ? undefined : writer.abort(error);
      const closeReader = readableClosed ? undefined : reader.cancel(error);
      PromisePrototypeThen(SafePromiseAll([closeWriter, closeReader]), done, done);
    },
  });

  PromisePrototypeThen(writer.closed, () => {
    writableClosed = true;
    if (!isWritableEnded(duplex)) destroy(duplex, new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroy(duplex, error);
  });

  PromisePrototypeThen(reader.closed, () => {
    readableClosed = true;
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroy(duplex, error);
  });

  return duplex;
}

module.exports = {
  newReadableStreamFromStreamReadable,
  newReadableWritablePairFromDuplex,
  newStreamDuplexFromReadableWritablePair,
  newStreamReadableFromReadableStream,
  newStreamWritableFromWritableStream,
  newWritableStreamFromStreamWritable,
};

'use strict';

// CompressionStream and DecompressionStream (Compression Standard): transform streams
// whose chunks go through a node:zlib stream; the readable side receives zlib's output
// as Uint8Arrays. Formats: "deflate" (zlib wrapper), "deflate-raw" and "gzip".

const {
  ArrayBufferIsView,
  PromiseReject,
  PromiseWithResolvers,
  Uint8Array,
} = primordials;

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { isAnyArrayBuffer } = require('internal/util/types');
const {
  customInspect,
  defineClassShape,
  kInspect,
  resolvedUndefined,
} = require('internal/webstreams/util');
const {
  readableStreamDefaultControllerCanCloseOrEnqueue,
} = require('internal/webstreams/readablestream');
const {
  createTransformStream,
  transformStreamDefaultControllerEnqueue,
  transformStreamError,
} = require('internal/webstreams/transformstream');
const compressors = {
  __proto__: null,
  'deflate': 'createDeflate',
  'deflate-raw': 'createDeflateRaw',
  'gzip': 'createGzip',
};

const decompressors = {
  __proto__: null,
  'deflate': 'createInflate',
  'deflate-raw': 'createInflateRaw',
  'gzip': 'createGunzip',
};

// A TransformStream over a zlib stream: a chunk is written to zlib and the transform
// completes once zlib has room for more; flush ends zlib's input and completes when
// zlib's output has ended. zlib's output
// is enqueued as it comes. A zlib error errors the stream (its message and code are
// zlib's, as in node). Returns the transform stream record.
function makeTransform(zstream) {
  let failure;
  // The transform or flush waiting for zlib: { resolve, reject }.
  let pending;
  let controller;

  function fail(err) {
    if (failure !== undefined) return;
    failure = { err };
    if (pending !== undefined) {
      const { reject } = pending;
      pending = undefined;
      reject(err);
    } else if (controller !== undefined) {
      transformStreamError(controller.stream, err);
    }
  }

  // A promise for a zlib operation that calls back once.
  function operation(start) {
    if (failure !== undefined) return PromiseReject(failure.err);
    const capability = PromiseWithResolvers();
    pending = capability;
    start(() => {
      if (pending === capability) {
        pending = undefined;
        capability.resolve();
      }
    });
    return capability.promise;
  }

  zstream.on('data', (data) => {
    if (failure !== undefined || controller === undefined) return;
    const readableController = controller.stream.readable.controller;
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(readableController)) return;
    transformStreamDefaultControllerEnqueue(
      controller, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  });
  zstream.on('error', fail);
  let ended = false;
  let onEnd;
  zstream.on('end', () => {
    ended = true;
    onEnd?.();
  });

  return createTransformStream((chunk, c) => {
    controller = c;
    let copy;
    if (typeof chunk === 'string') {
      // node writes strings as UTF-8 (the Standard accepts only buffer sources).
      copy = lazyTextEncoder().encode(chunk);
    } else if (ArrayBufferIsView(chunk) || isAnyArrayBuffer(chunk)) {
      // zlib keeps the chunk until it is consumed: give it a copy the caller cannot change.
      copy = new Uint8Array(isAnyArrayBuffer(chunk) ? new Uint8Array(chunk) :
        new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    } else {
      return PromiseReject(new ERR_INVALID_ARG_TYPE(
        'chunk', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], chunk));
    }
    // As node's pair over a duplex does, a write completes as soon as zlib accepts the
    // chunk without backpressure (otherwise on 'drain'); a zlib error that comes later
    // errors the stream rather than this write.
    if (failure !== undefined) return PromiseReject(failure.err);
    if (zstream.write(copy)) return resolvedUndefined();
    return operation((done) => zstream.once('drain', done));
  }, (c) => {
    controller = c;
    return operation((done) => {
      if (ended) {
        done();
        return;
      }
      onEnd = done;
      zstream.end();
    });
  }, () => {
    zstream.destroy();
    return resolvedUndefined();
  }, 1, kReadableBytes, byteLength);
}

// The readable side buffers up to this many bytes before writes wait for reads (node's
// CompressionStream lets a small output be written and closed without being read).
const kReadableBytes = 16384;
const byteLength = (chunk) => chunk.byteLength;

let textEncoder;
function lazyTextEncoder() {
  textEncoder ??= new (require('internal/encoding').TextEncoder)();
  return textEncoder;
}

function lazyZlib() {
  return require('zlib');
}

let getCompression;

class CompressionStream {
  #p;

  constructor(format) {
    const method = compressors[format];
    if (method === undefined) throw new ERR_INVALID_ARG_VALUE('format', format);
    this.#p = makeTransform(lazyZlib()[method]());
  }

  get readable() {
    const pair = getCompression(this);
    if (pair === undefined) throw new ERR_INVALID_THIS('CompressionStream');
    return pair.readable.api;
  }

  get writable() {
    const pair = getCompression(this);
    if (pair === undefined) throw new ERR_INVALID_THIS('CompressionStream');
    return pair.writable.api;
  }

  [kInspect](depth, options) {
    const pair = getCompression(this);
    if (pair === undefined) throw new ERR_INVALID_THIS('CompressionStream');
    return customInspect('CompressionStream', {
      readable: pair.readable.api,
      writable: pair.writable.api,
    }, depth, options);
  }

  static {
    getCompression = (value) => {
      if (value === null || typeof value !== 'object' || !(#p in value)) return undefined;
      return value.#p;
    };
  }
}

let getDecompression;

class DecompressionStream {
  #p;

  constructor(format) {
    const method = decompressors[format];
    if (method === undefined) throw new ERR_INVALID_ARG_VALUE('format', format);
    this.#p = makeTransform(lazyZlib()[method]());
  }

  get readable() {
    const pair = getDecompression(this);
    if (pair === undefined) throw new ERR_INVALID_THIS('DecompressionStream');
    return pair.readable.api;
  }

  get writable() {
    const pair = getDecompression(this);
    if (pair === undefined) throw new ERR_INVALID_THIS('DecompressionStream');
    return pair.writable.api;
  }

  [kInspect](depth, options) {
    const pair = getDecompression(this);
    if (pair === undefined) throw new ERR_INVALID_THIS('DecompressionStream');
    return customInspect('DecompressionStream', {
      readable: pair.readable.api,
      writable: pair.writable.api,
    }, depth, options);
  }

  static {
    getDecompression = (value) => {
      if (value === null || typeof value !== 'object' || !(#p in value)) return undefined;
      return value.#p;
    };
  }
}

defineClassShape(CompressionStream, 'CompressionStream', ['readable', 'writable']);
defineClassShape(DecompressionStream, 'DecompressionStream', ['readable', 'writable']);

module.exports = {
  CompressionStream,
  DecompressionStream,
};

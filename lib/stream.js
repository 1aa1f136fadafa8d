'use strict';

// node:stream. The module itself is the legacy Stream class (so `require('stream')`
// can be subclassed and piped), carrying the stream classes and utilities.

const {
  ObjectDefineProperty,
} = primordials;

const { kCustomPromisifiedSymbol } = require('internal/util');
const { FastBuffer } = require('internal/buffer');
const { isArrayBufferView, isUint8Array } = require('internal/util/types');
const utils = require('internal/streams/utils');
const { pipeline } = require('internal/streams/pipeline');
const eos = require('internal/streams/end-of-stream');
const destroyImpl = require('internal/streams/destroy');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const {
  getDefaultHighWaterMark,
  setDefaultHighWaterMark,
} = require('internal/streams/state');

const Stream = module.exports = require('internal/streams/legacy').Stream;

let promises;
function lazyPromises() {
  promises ??= require('stream/promises');
  return promises;
}

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;

Stream.Readable = require('internal/streams/readable');
Stream.Writable = require('internal/streams/writable');
Stream.Duplex = require('internal/streams/duplex');
Stream.Transform = require('internal/streams/transform');
Stream.PassThrough = require('internal/streams/passthrough');
Stream.duplexPair = require('internal/streams/duplexpair');
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyImpl.destroyer;
Stream.compose = require('internal/streams/compose');
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;

ObjectDefineProperty(Stream, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    return lazyPromises();
  },
});

// util.promisify(stream.pipeline) and util.promisify(stream.finished) are the
// stream/promises functions.
ObjectDefineProperty(pipeline, kCustomPromisifiedSymbol, {
  __proto__: null,
  enumerable: true,
  get() {
    return lazyPromises().pipeline;
  },
});

ObjectDefineProperty(eos, kCustomPromisifiedSymbol, {
  __proto__: null,
  enumerable: true,
  get() {
    return lazyPromises().finished;
  },
});

// Backwards-compatible access to the legacy class and old helpers.
Stream.Stream = Stream;

Stream._isArrayBufferView = isArrayBufferView;
Stream._isUint8Array = isUint8Array;
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
  return new FastBuffer(chunk.buffer, chunk.byteOffset, chunk.byteLength);
};

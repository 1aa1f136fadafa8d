'use strict';

// node:zlib: deflate/inflate/gzip/gunzip/raw/unzip over zlib and brotli over libbrotli,
// as Transform streams, one-shot convenience functions (callback and Sync forms) and
// crc32. The compression itself runs in C (internalBinding('zlib'), src/bindings/zlib.c):
// a stream owns a native handle and feeds it (input range, output range) pairs; the
// handle reports how much of each is left in the stream's _writeState.
//
// Output is produced into a chunkSize buffer (_outBuffer); every write that produced
// bytes pushes a view of the new bytes, and the buffer is replaced once it is full.
// A write whose output space ran out is repeated with the remaining input until the
// library leaves output space unused, which means it wants more input.

const {
  ArrayIsArray,
  ArrayPrototypePush,
  Error,
  FunctionPrototypeBind,
  NumberIsFinite,
  NumberIsInteger,
  NumberIsNaN,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectFreeze,
  ObjectKeys,
  ObjectSetPrototypeOf,
  ReflectApply,
  StringPrototypeStartsWith,
  Symbol,
  TypedArrayPrototypeFill,
  Uint32Array,
  Uint8Array,
} = primordials;

const binding = internalBinding('zlib');
// The handle constructors are named here: from C the name could only be assigned, which
// would run a 'name' setter a program put on Object.prototype.
for (const name of ['Zlib', 'BrotliEncoder', 'BrotliDecoder']) {
  ObjectDefineProperty(binding[name], 'name', {
    __proto__: null, value: name, writable: false, enumerable: false, configurable: true,
  });
}
const { Buffer, kMaxLength } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const Transform = require('internal/streams/transform');
const assert = require('internal/assert');
const {
  codes: {
    ERR_BROTLI_INVALID_PARAM,
    ERR_BUFFER_TOO_LARGE,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
    ERR_ZLIB_INITIALIZATION_FAILED,
  },
} = require('internal/errors');
const { validateFunction, validateNumber, validateUint32 } = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView, isUint8Array } = require('internal/util/types');
const { deprecate } = require('internal/util');

let finished;
function lazyFinished() {
  finished ??= require('internal/streams/end-of-stream');
  return finished;
}

// ---------------------------------------------------------------------------------------
// Constants, in the order node lists them.

const constants = { __proto__: null };
{
  const table = [
    ['Z_NO_FLUSH', 0], ['Z_PARTIAL_FLUSH', 1], ['Z_SYNC_FLUSH', 2], ['Z_FULL_FLUSH', 3],
    ['Z_FINISH', 4], ['Z_BLOCK', 5],
    ['Z_OK', 0], ['Z_STREAM_END', 1], ['Z_NEED_DICT', 2], ['Z_ERRNO', -1],
    ['Z_STREAM_ERROR', -2], ['Z_DATA_ERROR', -3], ['Z_MEM_ERROR', -4], ['Z_BUF_ERROR', -5],
    ['Z_VERSION_ERROR', -6],
    ['Z_NO_COMPRESSION', 0], ['Z_BEST_SPEED', 1], ['Z_BEST_COMPRESSION', 9],
    ['Z_DEFAULT_COMPRESSION', -1],
    ['Z_FILTERED', 1], ['Z_HUFFMAN_ONLY', 2], ['Z_RLE', 3], ['Z_FIXED', 4],
    ['Z_DEFAULT_STRATEGY', 0],
    ['ZLIB_VERNUM', binding.ZLIB_VERNUM],
    ['DEFLATE', 1], ['INFLATE', 2], ['GZIP', 3], ['GUNZIP', 4], ['DEFLATERAW', 5],
    ['INFLATERAW', 6], ['UNZIP', 7], ['BROTLI_DECODE', 8], ['BROTLI_ENCODE', 9],
    ['Z_MIN_WINDOWBITS', 8], ['Z_MAX_WINDOWBITS', 15], ['Z_DEFAULT_WINDOWBITS', 15],
    ['Z_MIN_CHUNK', 64], ['Z_MAX_CHUNK', Infinity], ['Z_DEFAULT_CHUNK', 16 * 1024],
    ['Z_MIN_MEMLEVEL', 1], ['Z_MAX_MEMLEVEL', 9], ['Z_DEFAULT_MEMLEVEL', 8],
    ['Z_MIN_LEVEL', -1], ['Z_MAX_LEVEL', 9], ['Z_DEFAULT_LEVEL', -1],
    ['BROTLI_OPERATION_PROCESS', 0], ['BROTLI_OPERATION_FLUSH', 1],
    ['BROTLI_OPERATION_FINISH', 2], ['BROTLI_OPERATION_EMIT_METADATA', 3],
    ['BROTLI_PARAM_MODE', 0], ['BROTLI_MODE_GENERIC', 0], ['BROTLI_MODE_TEXT', 1],
    ['BROTLI_MODE_FONT', 2], ['BROTLI_DEFAULT_MODE', 0],
    ['BROTLI_PARAM_QUALITY', 1], ['BROTLI_MIN_QUALITY', 0], ['BROTLI_MAX_QUALITY', 11],
    ['BROTLI_DEFAULT_QUALITY', 11],
    ['BROTLI_PARAM_LGWIN', 2], ['BROTLI_MIN_WINDOW_BITS', 10], ['BROTLI_MAX_WINDOW_BITS', 24],
    ['BROTLI_LARGE_MAX_WINDOW_BITS', 30], ['BROTLI_DEFAULT_WINDOW', 22],
    ['BROTLI_PARAM_LGBLOCK', 3], ['BROTLI_MIN_INPUT_BLOCK_BITS', 16],
    ['BROTLI_MAX_INPUT_BLOCK_BITS', 24],
    ['BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING', 4], ['BROTLI_PARAM_SIZE_HINT', 5],
    ['BROTLI_PARAM_LARGE_WINDOW', 6], ['BROTLI_PARAM_NPOSTFIX', 7],
    ['BROTLI_PARAM_NDIRECT', 8],
    ['BROTLI_DECODER_RESULT_ERROR', 0], ['BROTLI_DECODER_RESULT_SUCCESS', 1],
    ['BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT', 2], ['BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT', 3],
    ['BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION', 0],
    ['BROTLI_DECODER_PARAM_LARGE_WINDOW', 1],
    ['BROTLI_DECODER_NO_ERROR', 0], ['BROTLI_DECODER_SUCCESS', 1],
    ['BROTLI_DECODER_NEEDS_MORE_INPUT', 2], ['BROTLI_DECODER_NEEDS_MORE_OUTPUT', 3],
    ['BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE', -1],
    ['BROTLI_DECODER_ERROR_FORMAT_RESERVED', -2],
    ['BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE', -3],
    ['BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET', -4],
    ['BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME', -5],
    ['BROTLI_DECODER_ERROR_FORMAT_CL_SPACE', -6],
    ['BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE', -7],
    ['BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT', -8],
    ['BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1', -9],
    ['BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2', -10],
    ['BROTLI_DECODER_ERROR_FORMAT_TRANSFORM', -11],
    ['BROTLI_DECODER_ERROR_FORMAT_DICTIONARY', -12],
    ['BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS', -13],
    ['BROTLI_DECODER_ERROR_FORMAT_PADDING_1', -14],
    ['BROTLI_DECODER_ERROR_FORMAT_PADDING_2', -15],
    ['BROTLI_DECODER_ERROR_FORMAT_DISTANCE', -16],
    ['BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET', -19],
    ['BROTLI_DECODER_ERROR_INVALID_ARGUMENTS', -20],
    ['BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES', -21],
    ['BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS', -22],
    ['BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP', -25],
    ['BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1', -26],
    ['BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2', -27],
    ['BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES', -30],
    ['BROTLI_DECODER_ERROR_UNREACHABLE', -31],
  ];
  for (let i = 0; i < table.length; i++) {
    ObjectDefineProperty(constants, table[i][0], {
      __proto__: null, value: table[i][1], writable: false, enumerable: true, configurable: false,
    });
  }
}

const {
  Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH,
  Z_MIN_CHUNK, Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS,
  Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION, Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL,
  Z_DEFAULT_MEMLEVEL, Z_DEFAULT_STRATEGY, Z_FIXED, Z_DEFAULT_CHUNK,
  DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP,
  BROTLI_DECODE, BROTLI_ENCODE,
  BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH, BROTLI_OPERATION_FINISH,
  BROTLI_OPERATION_EMIT_METADATA,
} = constants;

// zlib.codes: the result codes by name and by number.
const codes = {
  Z_OK: constants.Z_OK,
  Z_STREAM_END: constants.Z_STREAM_END,
  Z_NEED_DICT: constants.Z_NEED_DICT,
  Z_ERRNO: constants.Z_ERRNO,
  Z_STREAM_ERROR: constants.Z_STREAM_ERROR,
  Z_DATA_ERROR: constants.Z_DATA_ERROR,
  Z_MEM_ERROR: constants.Z_MEM_ERROR,
  Z_BUF_ERROR: constants.Z_BUF_ERROR,
  Z_VERSION_ERROR: constants.Z_VERSION_ERROR,
};
{
  const names = ObjectKeys(codes);
  for (let i = 0; i < names.length; i++) codes[codes[names[i]]] = names[i];
  ObjectFreeze(codes);
}

// The highest parameter number either brotli side accepts (BROTLI_PARAM_NDIRECT).
const kMaxBrotliParam = 8;
const kBrotliUnset = 0xFFFFFFFF;

// Flush values ordered by strength: when the last chunk carries its own flush value,
// the stronger of it and the finishing flush is used.
const kFlushRank = [];
kFlushRank[Z_NO_FLUSH] = 0;
kFlushRank[Z_BLOCK] = 1;
kFlushRank[Z_PARTIAL_FLUSH] = 2;
kFlushRank[Z_SYNC_FLUSH] = 3;
kFlushRank[Z_FULL_FLUSH] = 4;
kFlushRank[Z_FINISH] = 5;

function strongerFlush(a, b) {
  return kFlushRank[a] > kFlushRank[b] ? a : b;
}

// flush(kind) writes one of these empty buffers; _transform reads the kind back.
const kFlushFlag = Symbol('kFlushFlag');
const kFlushBuffers = [];
for (let i = Z_NO_FLUSH; i <= Z_BLOCK; i++) {
  kFlushBuffers[i] = Buffer.alloc(0);
  kFlushBuffers[i][kFlushFlag] = i;
}

const kOwner = Symbol('owner');
const kError = Symbol('kError');
const kJob = Symbol('kJob');
// A write to the thread pool may fill up to 1 + kMaxExtraWindows windows of chunkSize
// bytes (src/bindings/zlib.c, ND_ZLIB_MAX_WINDOWS); _writeState has room to report them.
const kMaxExtraWindows = 8;
const kWindows = 1 + kMaxExtraWindows;
const kWriteStateLength = 3 + kMaxExtraWindows;
const kResume = Symbol('kResume');

const zlibFlushDefaults = { flush: Z_NO_FLUSH, finishFlush: Z_FINISH, fullFlush: Z_FULL_FLUSH };
const brotliFlushDefaults = {
  flush: BROTLI_OPERATION_PROCESS,
  finishFlush: BROTLI_OPERATION_FINISH,
  fullFlush: BROTLI_OPERATION_FLUSH,
};

// ---------------------------------------------------------------------------------------
// Option checks with node's errors.

// True for a finite number; false for undefined and NaN (use the default); throws for
// anything else.
function isFiniteOption(value, name) {
  if (value === undefined) return false;
  if (NumberIsFinite(value)) return true;
  if (NumberIsNaN(value)) return false;
  validateNumber(value, name);
  throw new ERR_OUT_OF_RANGE(name, 'a finite number', value);
}

// The option's value when it is a finite number within [lower, upper], the default when
// it is undefined or NaN; throws otherwise.
function rangeOption(value, name, lower, upper, fallback) {
  if (!isFiniteOption(value, name)) return fallback;
  if (value < lower || value > upper) {
    throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, value);
  }
  return value;
}

// A typed-array view of any ArrayBufferView, for the binding (which cannot read a
// DataView's bytes).
function asBytes(view) {
  if (isUint8Array(view)) return view;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// ---------------------------------------------------------------------------------------
// The native handle's callbacks (`this` is the handle).

function onHandleError(message, errno, code) {
  const self = this[kOwner];
  const error = new Error(message);
  error.errno = errno;
  error.code = code;
  self.destroy(error);
  self[kError] = error;
}

function reportHandleError(self, tuple) {
  ReflectApply(onHandleError, self._handle, tuple);
}

// A write on the thread pool finished. It made 1 + state[2] writes, one per window of
// chunkSize bytes of _outBuffer (src/bindings/zlib.c); the output of each is pushed as
// its own chunk, one window per turn of the event loop and not past backpressure, as if
// each write had been a trip of its own: readers see the chunks they would see then.
function onWriteComplete() {
  const self = this[kOwner];
  const job = self[kJob];
  if (self.destroyed) {
    finishJob(job);
    return;
  }
  const state = self._writeState;
  const windows = state[2];
  job.windows = windows;
  job.next = 0;
  job.outLeft = state[0];
  let lefts = job.lefts;
  if (lefts === undefined) lefts = job.lefts = new Uint32Array(kWindows);
  for (let i = 0; i < windows; i++) lefts[i] = state[3 + i];
  lefts[windows] = state[1];
  deliverWindow(self, job);
}

// The next window comes later, as the output of a trip to the thread pool would.
function deliverLater(self, job) {
  if (job.cb === null) return;
  if (job.windows < 0) {
    // A reset() dropped the trip's remaining windows: its input is compressed again.
    if (job.restart) {
      job.restart = false;
      if (self.destroyed) finishJob(job);
      else continueJob(self, job);
    }
    return;
  }
  if (self.destroyed) {
    finishJob(job);
    return;
  }
  deliverWindow(self, job);
}

// Pushes the output of window job.next of the trip that came back.
function deliverWindow(self, job) {
  const chunkSize = self._chunkSize;
  const i = job.next++;
  const last = i === job.windows;
  const left = job.lefts[i];
  const consumed = job.inLen - left;
  self.bytesWritten += consumed;
  job.inOff += consumed;
  job.inLen = left;
  const outLeft = last ? job.outLeft : 0;
  // Offsets are relative to the trip's buffer, whose window i starts at i * chunkSize.
  const produced = (i + 1) * chunkSize - self._outOffset - outLeft;
  let backedUp = false;
  if (produced > 0) {
    const out = self._outBuffer.slice(self._outOffset, self._outOffset + produced);
    self._outOffset += produced;
    backedUp = !self.push(out);
  }
  if (self.destroyed) {
    finishJob(job);
    return;
  }
  if (!last) {
    // A trip of its own would have let the reader run first. A flowing reader gets the
    // next window after a turn of the event loop; a paused one, or one that reads
    // ('readable', async iteration), when it reads again (_read), as it would get the
    // output of a trip made then.
    if (backedUp || self.readableFlowing !== true) self[kResume] = true;
    else setImmediate(deliverLater, self, job);
    return;
  }
  const buffer = self._outBuffer;
  const windows = job.windows;
  if (outLeft === 0 || self._outOffset >= (windows + 1) * chunkSize) {
    if (buffer.length >= (windows + 2) * chunkSize) {
      // The windows after the ones written are the next output buffer.
      self._outBuffer = buffer.subarray((windows + 1) * chunkSize);
    } else {
      // While the output keeps filling the buffer, the next one has room for several
      // windows, which one trip to the thread pool fills.
      self._outBuffer = Buffer.allocUnsafe(outLeft === 0 ? chunkSize * kWindows : chunkSize);
    }
    self._outOffset = 0;
  } else if (windows > 0) {
    self._outBuffer = buffer.subarray(windows * chunkSize);
    self._outOffset -= windows * chunkSize;
  }
  job.windows = -1;
  if (outLeft === 0) {
    // The output filled up: there may be more. Continue with the rest of the input,
    // once the reader wants data when the readable side is full.
    if (backedUp) self[kResume] = true;
    else continueJob(self, job);
    return;
  }
  if (job.inLen > 0) {
    // Output space is left and input too: the compressed stream ended before its
    // input did. What follows the end is not data.
    self.push(null);
  }
  finishJob(job);
}

function finishJob(job) {
  const cb = job.cb;
  job.chunk = null;
  job.cb = null;
  job.windows = -1;
  cb();
}

function continueJob(self, job) {
  const handle = self._handle;
  const chunkSize = self._chunkSize;
  job.outLen = chunkSize - self._outOffset;
  // _outBuffer is at least chunkSize long; what follows its first window is room for
  // more windows of output in the same trip.
  handle.write(job.flush, job.chunk, job.inOff, job.inLen, self._outBuffer, self._outOffset,
               job.outLen, self._outBuffer.length - chunkSize, chunkSize);
}

// Compresses/decompresses one chunk on the thread pool; cb runs when all of its output
// has been pushed.
function processChunk(self, chunk, flushFlag, cb) {
  const handle = self._handle;
  if (!handle) {
    process.nextTick(cb);
    return;
  }
  let job = self[kJob];
  if (job === undefined) {
    job = { chunk: null, cb: null, flush: 0, inOff: 0, inLen: 0, outLen: 0, windows: -1,
            next: 0, outLeft: 0, lefts: undefined, restart: false };
    self[kJob] = job;
  }
  job.chunk = asBytes(chunk);
  job.cb = cb;
  job.flush = flushFlag;
  job.inOff = 0;
  job.inLen = chunk.byteLength;
  continueJob(self, job);
}

// The same, synchronously: returns the output as one Buffer and closes the engine
// (the Sync convenience functions use each engine once).
function processChunkSync(self, chunk, flushFlag) {
  const handle = self._handle;
  const state = self._writeState;
  const bytes = asBytes(chunk);
  let inOff = 0;
  let inLen = chunk.byteLength;
  let outLen = self._chunkSize - self._outOffset;
  const buffers = [];
  let nread = 0;
  let inputRead = 0;
  for (;;) {
    const failure = handle.writeSync(flushFlag, bytes, inOff, inLen, self._outBuffer,
                                     self._outOffset, outLen);
    if (failure !== undefined) throwSyncFailure(self, failure);
    const outLeft = state[0];
    const inLeft = state[1];
    const consumed = inLen - inLeft;
    inputRead += consumed;
    const produced = outLen - outLeft;
    if (produced > 0) {
      ArrayPrototypePush(buffers,
                         self._outBuffer.slice(self._outOffset, self._outOffset + produced));
      self._outOffset += produced;
      nread += produced;
      if (nread > self._maxOutputLength) throwTooLarge(self);
    }
    if (outLeft === 0 || self._outOffset >= self._chunkSize) {
      outLen = self._chunkSize;
      self._outOffset = 0;
      self._outBuffer = Buffer.allocUnsafe(self._chunkSize);
    }
    if (outLeft !== 0) break;
    inOff += consumed;
    inLen = inLeft;
  }
  self.bytesWritten = inputRead;
  closeHandle(self);
  if (nread === 0) return Buffer.alloc(0);
  return buffers.length === 1 ? buffers[0] : Buffer.concat(buffers, nread);
}

// The Sync convenience functions' whole conversion in one native call (the output is
// gathered in C instead of chunkSize pieces); the result and errors are those of
// processChunkSync, and the engine is closed afterwards.
function processAllSync(self, chunk, flushFlag) {
  const handle = self._handle;
  const result = handle.processAllSync(flushFlag, asBytes(chunk), 0, chunk.byteLength,
                                       self._chunkSize, self._maxOutputLength);
  if (result === null) throwTooLarge(self);
  if (ArrayIsArray(result)) throwSyncFailure(self, result);
  self.bytesWritten = chunk.byteLength - self._writeState[1];
  closeHandle(self);
  return result === undefined ? Buffer.alloc(0) : new FastBuffer(result);
}

// A library error in a synchronous conversion: the stream is destroyed with the error as
// for an asynchronous failure, and the error is thrown here, so the 'error' event must not
// become uncaught.
function throwSyncFailure(self, failure) {
  if (self.listenerCount('error') === 0) self.on('error', noop);
  reportHandleError(self, failure);
  throw self[kError];
}

function throwTooLarge(self) {
  closeHandle(self);
  throw new ERR_BUFFER_TOO_LARGE(self._maxOutputLength);
}

function noop() {}

function closeHandle(engine) {
  if (!engine._handle) return;
  engine._handle.close();
  engine._handle = null;
}

// ---------------------------------------------------------------------------------------
// ZlibBase: what every zlib and brotli stream shares.

function ZlibBase(opts, mode, handle, { flush, finishFlush, fullFlush }) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  const brotli = mode === BROTLI_ENCODE || mode === BROTLI_DECODE;
  const maxFlushValue = brotli ? BROTLI_OPERATION_EMIT_METADATA : Z_BLOCK;
  if (opts) {
    chunkSize = opts.chunkSize;
    if (!isFiniteOption(chunkSize, 'options.chunkSize')) {
      chunkSize = Z_DEFAULT_CHUNK;
    } else if (chunkSize < Z_MIN_CHUNK) {
      throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
    }
    flush = rangeOption(opts.flush, 'options.flush', 0, maxFlushValue, flush);
    finishFlush = rangeOption(opts.finishFlush, 'options.finishFlush', 0, maxFlushValue,
                              finishFlush);
    maxOutputLength = rangeOption(opts.maxOutputLength, 'options.maxOutputLength', 1,
                                  kMaxLength, kMaxLength);
    // The streams carry bytes: decoding and object mode do not apply.
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = { ...opts, encoding: null, objectMode: false, writableObjectMode: false };
    }
  }
  ReflectApply(Transform, this, [{ autoDestroy: true, ...opts }]);
  this[kError] = null;
  this.bytesWritten = 0;
  this._handle = handle;
  handle[kOwner] = this;
  handle.onerror = onHandleError;
  handle.oncomplete = onWriteComplete;
  this._outBuffer = Buffer.allocUnsafe(chunkSize);
  this._outOffset = 0;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = fullFlush;
  this._info = opts && opts.info;
  this._maxOutputLength = maxOutputLength;
}
ObjectSetPrototypeOf(ZlibBase.prototype, Transform.prototype);
ObjectSetPrototypeOf(ZlibBase, Transform);

ObjectDefineProperty(ZlibBase.prototype, '_closed', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    return !this._handle;
  },
});

// The number of bytes consumed so far, under its old name.
ObjectDefineProperty(ZlibBase.prototype, 'bytesRead', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get: deprecate(function() {
    return this.bytesWritten;
  }, 'zlib.bytesRead is deprecated and will change its meaning in the future. ' +
     'Use zlib.bytesWritten instead.', 'DEP0108'),
  set: deprecate(function(value) {
    this.bytesWritten = value;
  }, 'Setting zlib.bytesRead is deprecated. ' +
     'This feature will be removed in the future.', 'DEP0108'),
});

ZlibBase.prototype.reset = function() {
  assert(this._handle, 'zlib binding closed');
  // Windows of a trip not handed out yet were made with the state before the reset; node,
  // which makes one trip per window, would make them after it. They are dropped, and the
  // input they took is compressed again once the stream is reset (deliverLater, _read).
  const job = this[kJob];
  if (job !== undefined && job.cb !== null && job.windows >= 0 && job.next <= job.windows) {
    job.windows = -1;
    job.restart = true;
    this._outBuffer = Buffer.allocUnsafe(this._chunkSize * kWindows);
    this._outOffset = 0;
  }
  const failure = this._handle.reset();
  if (failure !== undefined) reportHandleError(this, failure);
};

// The end of the input: one last empty write with the finishing flush.
ZlibBase.prototype._flush = function(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

ZlibBase.prototype._final = function(callback) {
  callback();
};

// flush([kind][, callback]): makes the compressor emit what it holds, as a write of its
// own in the stream's order.
ZlibBase.prototype.flush = function(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    this.write(kFlushBuffers[kind], '', callback);
  }
};

ZlibBase.prototype.close = function(callback) {
  if (callback) lazyFinished()(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function(err, callback) {
  closeHandle(this);
  callback(err);
};

ZlibBase.prototype._transform = function(chunk, encoding, cb) {
  let flushFlag = this._defaultFlushFlag;
  if (typeof chunk[kFlushFlag] === 'number') flushFlag = chunk[kFlushFlag];
  // The chunk given to end() (or the empty one from _flush) finishes the stream.
  if (this.writableEnded && this.writableLength === chunk.byteLength) {
    flushFlag = strongerFlush(flushFlag, this._finishFlushFlag);
  }
  processChunk(this, chunk, flushFlag, cb);
};

ZlibBase.prototype._processChunk = function(chunk, flushFlag, cb) {
  if (typeof cb === 'function') {
    processChunk(this, chunk, flushFlag, cb);
    return;
  }
  return processChunkSync(this, chunk, flushFlag);
};

// A continuation held back because the reader was full resumes when it reads.
ZlibBase.prototype._read = function(n) {
  if (this[kResume]) {
    this[kResume] = false;
    const job = this[kJob];
    if (this._handle && job && job.cb) {
      // Either the windows of a trip are still being delivered, or the next trip.
      if (job.windows >= 0) setImmediate(deliverLater, this, job);
      else {
        job.restart = false;
        continueJob(this, job);
      }
    }
  }
  ReflectApply(Transform.prototype._read, this, [n]);
};

// ---------------------------------------------------------------------------------------
// zlib streams.

function Zlib(opts, mode) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_COMPRESSION;
  let memLevel = Z_DEFAULT_MEMLEVEL;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary;
  if (opts) {
    // Inflating modes may leave the window size to the stream's header (0); gzip
    // needs at least 9 bits to write one.
    if ((opts.windowBits == null || opts.windowBits === 0) &&
        (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
      windowBits = 0;
    } else {
      windowBits = rangeOption(opts.windowBits, 'options.windowBits',
                               Z_MIN_WINDOWBITS + (mode === GZIP ? 1 : 0), Z_MAX_WINDOWBITS,
                               Z_DEFAULT_WINDOWBITS);
    }
    level = rangeOption(opts.level, 'options.level', Z_MIN_LEVEL, Z_MAX_LEVEL,
                        Z_DEFAULT_COMPRESSION);
    memLevel = rangeOption(opts.memLevel, 'options.memLevel', Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL,
                           Z_DEFAULT_MEMLEVEL);
    strategy = rangeOption(opts.strategy, 'options.strategy', Z_DEFAULT_STRATEGY, Z_FIXED,
                           Z_DEFAULT_STRATEGY);
    dictionary = opts.dictionary;
    if (dictionary !== undefined && !isArrayBufferView(dictionary)) {
      if (isAnyArrayBuffer(dictionary)) {
        dictionary = Buffer.from(dictionary);
      } else {
        throw new ERR_INVALID_ARG_TYPE('options.dictionary',
                                       ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'],
                                       dictionary);
      }
    }
  }
  const handle = new binding.Zlib(mode);
  this._writeState = new Uint32Array(kWriteStateLength);
  if (!handle.init(windowBits, level, memLevel, strategy, this._writeState,
                   dictionary === undefined ? undefined : asBytes(dictionary))) {
    throw new ERR_ZLIB_INITIALIZATION_FAILED();
  }
  ReflectApply(ZlibBase, this, [opts, mode, handle, zlibFlushDefaults]);
  this._level = level;
  this._strategy = strategy;
}
ObjectSetPrototypeOf(Zlib.prototype, ZlibBase.prototype);
ObjectSetPrototypeOf(Zlib, ZlibBase);

function afterParamsFlush(level, strategy, callback) {
  assert(this._handle, 'zlib binding closed');
  const failure = this._handle.params(level, strategy);
  if (failure !== undefined) reportHandleError(this, failure);
  if (!this.destroyed) {
    this._level = level;
    this._strategy = strategy;
    if (callback) callback();
  }
}

// params(level, strategy[, callback]): flushes what was written so far with the old
// settings, then switches.
Zlib.prototype.params = function params(level, strategy, callback) {
  rangeOption(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  rangeOption(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);
  if (this._level !== level || this._strategy !== strategy) {
    this.flush(Z_SYNC_FLUSH,
               FunctionPrototypeBind(afterParamsFlush, this, level, strategy, callback));
  } else {
    process.nextTick(callback);
  }
};

function defineZlibClass(name, mode) {
  const ctor = {
    [name]: function(opts) {
      if (!(this instanceof ctor)) return new ctor(opts);
      ReflectApply(Zlib, this, [opts, mode]);
    },
  }[name];
  ObjectSetPrototypeOf(ctor.prototype, Zlib.prototype);
  ObjectSetPrototypeOf(ctor, Zlib);
  return ctor;
}

const Deflate = defineZlibClass('Deflate', DEFLATE);
const Inflate = defineZlibClass('Inflate', INFLATE);
const Gzip = defineZlibClass('Gzip', GZIP);
const Gunzip = defineZlibClass('Gunzip', GUNZIP);
const DeflateRaw = defineZlibClass('DeflateRaw', DEFLATERAW);
const InflateRaw = defineZlibClass('InflateRaw', INFLATERAW);
const Unzip = defineZlibClass('Unzip', UNZIP);

// ---------------------------------------------------------------------------------------
// brotli streams.

const kBrotliParams = new Uint32Array(kMaxBrotliParam + 1);

function Brotli(opts, mode) {
  TypedArrayPrototypeFill(kBrotliParams, kBrotliUnset);
  if (opts && opts.params) {
    const keys = ObjectKeys(opts.params);
    for (let i = 0; i < keys.length; i++) {
      const name = keys[i];
      const key = +name;
      if (!NumberIsInteger(key) || key < 0 || key > kMaxBrotliParam ||
          kBrotliParams[key] !== kBrotliUnset) {
        throw new ERR_BROTLI_INVALID_PARAM(name);
      }
      const value = opts.params[name];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        throw new ERR_INVALID_ARG_TYPE('options.params[key]', 'number', opts.params[name]);
      }
      kBrotliParams[key] = value;
    }
  }
  const handle = mode === BROTLI_ENCODE ?
    new binding.BrotliEncoder(mode) : new binding.BrotliDecoder(mode);
  this._writeState = new Uint32Array(kWriteStateLength);
  if (!handle.init(kBrotliParams, this._writeState)) {
    throw new ERR_ZLIB_INITIALIZATION_FAILED();
  }
  ReflectApply(ZlibBase, this, [opts, mode, handle, brotliFlushDefaults]);
}
// Node chains brotli streams through the zlib class, so they inherit params(): it
// flushes, then the handle ignores the new settings (brotli has no on-the-fly change).
ObjectSetPrototypeOf(Brotli.prototype, Zlib.prototype);
ObjectSetPrototypeOf(Brotli, Zlib);

function defineBrotliClass(name, mode) {
  const ctor = {
    [name]: function(opts) {
      if (!(this instanceof ctor)) return new ctor(opts);
      ReflectApply(Brotli, this, [opts, mode]);
    },
  }[name];
  ObjectSetPrototypeOf(ctor.prototype, Brotli.prototype);
  ObjectSetPrototypeOf(ctor, Brotli);
  return ctor;
}

const BrotliCompress = defineBrotliClass('BrotliCompress', BROTLI_ENCODE);
const BrotliDecompress = defineBrotliClass('BrotliDecompress', BROTLI_DECODE);

// ---------------------------------------------------------------------------------------
// Convenience functions: the whole input at once.

function zlibBufferOnData(chunk) {
  if (!this.buffers) this.buffers = [chunk];
  else ArrayPrototypePush(this.buffers, chunk);
  this.nread += chunk.length;
  if (this.nread > this._maxOutputLength) {
    this.close();
    this.removeAllListeners('end');
    this.cb(new ERR_BUFFER_TOO_LARGE(this._maxOutputLength));
  }
}

function zlibBufferOnError(err) {
  this.removeAllListeners('end');
  this.cb(err);
}

function zlibBufferOnEnd() {
  let buffer;
  if (this.nread === 0) {
    buffer = Buffer.alloc(0);
  } else {
    const buffers = this.buffers;
    buffer = buffers.length === 1 ? buffers[0] : Buffer.concat(buffers, this.nread);
  }
  this.close();
  if (this._info) this.cb(null, { buffer, engine: this });
  else this.cb(null, buffer);
}

function zlibBuffer(engine, buffer, callback) {
  validateFunction(callback, 'callback');
  // The streams take Uint8Arrays: other views are read through a Buffer over the same
  // memory.
  if (isArrayBufferView(buffer) && !isUint8Array(buffer)) {
    buffer = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } else if (isAnyArrayBuffer(buffer)) {
    buffer = Buffer.from(buffer);
  }
  engine.buffers = null;
  engine.nread = 0;
  engine.cb = callback;
  engine.on('data', zlibBufferOnData);
  engine.on('error', zlibBufferOnError);
  engine.on('end', zlibBufferOnEnd);
  engine.end(buffer);
}

function zlibBufferSync(engine, buffer) {
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (!isArrayBufferView(buffer)) {
    if (isAnyArrayBuffer(buffer)) {
      buffer = Buffer.from(buffer);
    } else {
      throw new ERR_INVALID_ARG_TYPE('buffer',
                                     ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'],
                                     buffer);
    }
  }
  buffer = processAllSync(engine, buffer, engine._finishFlushFlag);
  if (engine._info) return { buffer, engine };
  return buffer;
}

function makeConvenience(ctor) {
  function asyncBufferWrapper(buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    return zlibBuffer(new ctor(opts), buffer, callback);
  }
  function syncBufferWrapper(buffer, opts) {
    return zlibBufferSync(new ctor(opts), buffer);
  }
  return [asyncBufferWrapper, syncBufferWrapper];
}

// createX(options): factories, named like node's.
function makeFactory(ctor) {
  return {
    value(options) {
      return new ctor(options);
    },
  }.value;
}

// crc32(data[, value]): the CRC-32 of data (strings as UTF-8), continuing from value.
function crc32(data, value = 0) {
  if (typeof data !== 'string' && !isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  validateUint32(value, 'value');
  return binding.crc32(typeof data === 'string' ? data : asBytes(data), value);
}

// ---------------------------------------------------------------------------------------
// Exports.

const [deflate, deflateSync] = makeConvenience(Deflate);
const [gzip, gzipSync] = makeConvenience(Gzip);
const [deflateRaw, deflateRawSync] = makeConvenience(DeflateRaw);
const [unzip, unzipSync] = makeConvenience(Unzip);
const [inflate, inflateSync] = makeConvenience(Inflate);
const [gunzip, gunzipSync] = makeConvenience(Gunzip);
const [inflateRaw, inflateRawSync] = makeConvenience(InflateRaw);
const [brotliCompress, brotliCompressSync] = makeConvenience(BrotliCompress);
const [brotliDecompress, brotliDecompressSync] = makeConvenience(BrotliDecompress);

module.exports = {
  crc32,
  Deflate,
  Inflate,
  Gzip,
  Gunzip,
  DeflateRaw,
  InflateRaw,
  Unzip,
  BrotliCompress,
  BrotliDecompress,
  deflate,
  deflateSync,
  gzip,
  gzipSync,
  deflateRaw,
  deflateRawSync,
  unzip,
  unzipSync,
  inflate,
  inflateSync,
  gunzip,
  gunzipSync,
  inflateRaw,
  inflateRawSync,
  brotliCompress,
  brotliCompressSync,
  brotliDecompress,
  brotliDecompressSync,
};

ObjectDefineProperties(module.exports, {
  createDeflate: { __proto__: null, configurable: true, enumerable: true, writable: false,
                   value: makeFactory(Deflate) },
  createInflate: { __proto__: null, configurable: true, enumerable: true, writable: false,
                   value: makeFactory(Inflate) },
  createDeflateRaw: { __proto__: null, configurable: true, enumerable: true, writable: false,
                      value: makeFactory(DeflateRaw) },
  createInflateRaw: { __proto__: null, configurable: true, enumerable: true, writable: false,
                      value: makeFactory(InflateRaw) },
  createGzip: { __proto__: null, configurable: true, enumerable: true, writable: false,
                value: makeFactory(Gzip) },
  createGunzip: { __proto__: null, configurable: true, enumerable: true, writable: false,
                  value: makeFactory(Gunzip) },
  createUnzip: { __proto__: null, configurable: true, enumerable: true, writable: false,
                 value: makeFactory(Unzip) },
  createBrotliCompress: { __proto__: null, configurable: true, enumerable: true, writable: false,
                          value: makeFactory(BrotliCompress) },
  createBrotliDecompress: { __proto__: null, configurable: true, enumerable: true,
                            writable: false, value: makeFactory(BrotliDecompress) },
  constants: { __proto__: null, configurable: false, enumerable: true, value: constants },
  codes: { __proto__: null, configurable: false, enumerable: true, value: codes },
});

// The zlib constants are also properties of the module itself (not brotli's), hidden
// from enumeration as in node.
{
  const names = ObjectKeys(constants);
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (StringPrototypeStartsWith(name, 'BROTLI')) continue;
    ObjectDefineProperty(module.exports, name, {
      __proto__: null, enumerable: false, value: constants[name], writable: false,
    });
  }
}

'use strict';

// stream.Writable.
//
// write() hands one chunk at a time to the implementation's _write(chunk, encoding,
// callback); chunks written while one is in progress (or while corked, or before
// _construct() called back) wait in `buffered`, and are handed over one by one or all
// at once to _writev() when the implementation has one. write() returns false once
// the bytes (objects) not yet written reach highWaterMark; 'drain' follows when they
// are all written.
//
// Timing follows node: a _write() that calls back synchronously has its user callback
// (and 'drain') deferred to the next tick, with consecutive synchronous writes sharing
// one tick; end() runs _final() at once when nothing is pending, then 'prefinish' and,
// on a later tick, 'finish' and (autoDestroy) destroy() and 'close'.

const {
  ArrayBufferIsView,
  ArrayPrototypeSlice,
  ArrayPrototypeSplice,
  FunctionPrototypeSymbolHasInstance,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectSetPrototypeOf,
  Promise,
  StringPrototypeToLowerCase,
  Symbol,
  SymbolAsyncDispose,
  SymbolHasInstance,
} = primordials;

const EE = require('events');
const { Stream } = require('internal/streams/legacy');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const destroyImpl = require('internal/streams/destroy');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const {
  getHighWaterMark,
  getDefaultHighWaterMark,
} = require('internal/streams/state');
const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_MULTIPLE_CALLBACK,
    ERR_STREAM_ALREADY_FINISHED,
    ERR_STREAM_CANNOT_PIPE,
    ERR_STREAM_DESTROYED,
    ERR_STREAM_NULL_VALUES,
    ERR_STREAM_WRITE_AFTER_END,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const eos = require('internal/streams/end-of-stream');

const { errorOrDestroy } = destroyImpl;

let Duplex;
let webAdapters;

function nop() {}

ObjectSetPrototypeOf(Writable.prototype, Stream.prototype);
ObjectSetPrototypeOf(Writable, Stream);

// Callbacks passed to end(), called at 'finish' (or with the error).
const kOnFinished = Symbol('kOnFinished');

// The state of a Writable (or of the writable side of a Duplex).
function WritableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') {
    Duplex ??= require('internal/streams/duplex');
    isDuplex = stream instanceof Duplex;
  }

  this.objectMode = !!(options && options.objectMode);
  if (isDuplex) this.objectMode ||= !!(options && options.writableObjectMode);

  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'writableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);

  this.finalCalled = false;   // _final() was called
  this.needDrain = false;     // a write() returned false: emit 'drain' when empty
  this.ending = false;        // end() was called
  this.ended = false;         // end() returned
  this.finished = false;      // 'finish' was emitted
  this.destroyed = false;

  // Strings are converted to Buffers before _write() unless decodeStrings is false.
  this.decodeStrings = !(options && options.decodeStrings === false);
  this.defaultEncoding = checkDefaultEncoding(options);

  // Bytes (objects) written but not yet acknowledged by _write(), including buffered.
  this.length = 0;
  this.writing = false;       // a _write() is in progress
  this.corked = 0;
  // True while _write() runs: a synchronous callback defers its work to the next tick.
  this.sync = true;
  this.bufferProcessing = false;
  this.onwrite = (er) => onwrite(stream, er);
  // The user callback of the write in progress (nop when none was given), null when
  // no write is waiting for its callback.
  this.writecb = null;
  this.writelen = 0;          // its size
  // Consecutive synchronous writes with the same callback share one deferred tick;
  // afterWritePending says such a tick is queued.
  this.afterWriteTickInfo = null;
  this.afterWritePending = false;

  // The writes waiting for their turn: { chunk, encoding, callback }, from bufferedIndex.
  this.buffered = [];
  this.bufferedIndex = 0;
  this.allBuffers = true;
  this.allNoop = true;

  // Callbacks not yet called (plus one while 'finish' is scheduled).
  this.pendingcb = 0;
  this.constructed = true;
  this.prefinished = false;
  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  // false when the writable side of a Duplex is disabled (undefined otherwise).
  this.writable = undefined;
  this[kOnFinished] = [];
}

// The defaultEncoding option, validated ('utf-8' is stored as 'utf8').
function checkDefaultEncoding(options) {
  const encoding = options ? options.defaultEncoding : null;
  if (encoding == null || encoding === 'utf8' || encoding === 'utf-8') return 'utf8';
  if (!Buffer.isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding);
  return encoding;
}

function resetBuffer(state) {
  state.buffered = [];
  state.bufferedIndex = 0;
  state.allBuffers = true;
  state.allNoop = true;
}

WritableState.prototype.getBuffer = function getBuffer() {
  return ArrayPrototypeSlice(this.buffered, this.bufferedIndex);
};

ObjectDefineProperty(WritableState.prototype, 'bufferedRequestCount', {
  __proto__: null,
  get() { return this.buffered.length - this.bufferedIndex; },
  configurable: true,
});

function Writable(options) {
  // (Duplex, which is "instanceof Writable" through Symbol.hasInstance below, builds
  // its own states and never gets here.)
  if (!(this instanceof Writable)) return new Writable(options);

  // Event slots as in Readable (see there).
  this._events ??= {
    close: undefined,
    error: undefined,
    prefinish: undefined,
    finish: undefined,
    drain: undefined,
  };
  this._writableState = new WritableState(options, this, false);

  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) addAbortSignal(options.signal, this);
  }

  Stream.call(this, options);
  destroyImpl.construct(this, () => writableConstructed(this));
}

function writableConstructed(stream) {
  const state = stream._writableState;
  if (!state.writing) clearBuffer(stream, state);
  finishMaybe(stream, state);
}
require('internal/streams/sides').writableConstructed = writableConstructed;

// Duplex streams (which inherit from Readable) count as Writables too.
ObjectDefineProperty(Writable, SymbolHasInstance, {
  __proto__: null,
  value: function(object) {
    if (FunctionPrototypeSymbolHasInstance(this, object)) return true;
    if (this !== Writable) return false;
    return !!object && object._writableState instanceof WritableState;
  },
});

Writable.WritableState = WritableState;

// A Writable cannot be a pipe source.
Writable.prototype.pipe = function() {
  errorOrDestroy(this, new ERR_STREAM_CANNOT_PIPE());
};

// Validates and normalises one write; returns true/false as write() does, or the
// error when the write was refused after end() or destroy() (reported through the
// callback and 'error').
function writeChunk(stream, chunk, encoding, cb) {
  const state = stream._writableState;
  if (typeof cb !== 'function') cb = nop;

  if (chunk === null) throw new ERR_STREAM_NULL_VALUES();
  // In object mode chunks and encodings reach _write() as given.
  if (!state.objectMode) {
    if (!encoding) {
      encoding = state.defaultEncoding;
    } else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (typeof chunk === 'string') {
      if (state.decodeStrings !== false) {
        chunk = Buffer.from(chunk, encoding);
        encoding = 'buffer';
      }
    } else if (chunk instanceof Buffer) {
      encoding = 'buffer';
    } else if (ArrayBufferIsView(chunk)) {
      chunk = new FastBuffer(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      encoding = 'buffer';
    } else {
      throw new ERR_INVALID_ARG_TYPE(
        'chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
  }

  let err;
  if (state.ending) err = new ERR_STREAM_WRITE_AFTER_END();
  else if (state.destroyed) err = new ERR_STREAM_DESTROYED('write');
  if (err) {
    process.nextTick(cb, err);
    errorOrDestroy(stream, err, true);
    return err;
  }
  state.pendingcb++;
  return writeOrBuffer(stream, state, chunk, encoding, cb);
}

// write(chunk[, encoding][, callback]): returns whether more may be written now.
Writable.prototype.write = function(chunk, encoding, cb) {
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  return writeChunk(this, chunk, encoding, cb) === true;
};

Writable.prototype.cork = function() {
  this._writableState.corked++;
};

Writable.prototype.uncork = function() {
  const state = this._writableState;
  if (state.corked) {
    state.corked--;
    if (!state.writing) clearBuffer(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = StringPrototypeToLowerCase(encoding);
  if (!Buffer.isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

// Starts the write now when possible, else queues it. The result is computed after a
// synchronous _write() had its chance to complete, so a stream that writes
// synchronously never asks for 'drain'.
function writeOrBuffer(stream, state, chunk, encoding, callback) {
  const len = state.objectMode ? 1 : chunk.length;
  state.length += len;

  if (state.writing || state.corked || state.errored || !state.constructed) {
    state.buffered.push({ chunk, encoding, callback });
    if (state.allBuffers && encoding !== 'buffer') state.allBuffers = false;
    if (state.allNoop && callback !== nop) state.allNoop = false;
  } else {
    state.writelen = len;
    state.writecb = callback;
    state.writing = true;
    state.sync = true;
    stream._write(chunk, encoding, state.onwrite);
    state.sync = false;
  }

  const ret = state.length < state.highWaterMark || state.length === 0;
  if (!ret) state.needDrain = true;
  // false also when errored or destroyed, to stop synchronous write loops.
  return ret && !state.errored && !state.destroyed;
}

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  state.writecb = cb;
  state.writing = true;
  state.sync = true;
  if (state.destroyed) state.onwrite(new ERR_STREAM_DESTROYED('write'));
  else if (writev) stream._writev(chunk, state.onwrite);
  else stream._write(chunk, encoding, state.onwrite);
  state.sync = false;
}

function onwriteError(stream, state, er, cb) {
  --state.pendingcb;
  cb(er);
  // Fail the queued writes too: nothing more will be written.
  errorBuffer(state);
  errorOrDestroy(stream, er);
}

// The callback _write() and _writev() get (bound to the stream as state.onwrite).
function onwrite(stream, er) {
  const state = stream._writableState;
  const sync = state.sync;
  const cb = state.writecb;

  if (typeof cb !== 'function') {
    errorOrDestroy(stream, new ERR_MULTIPLE_CALLBACK());
    return;
  }

  state.writing = false;
  state.writecb = null;
  state.length -= state.writelen;
  state.writelen = 0;

  if (er) {
    er.stack; // eslint-disable-line no-unused-expressions
    if (!state.errored) state.errored = er;
    // A Duplex's readable side reports the same error.
    if (stream._readableState && !stream._readableState.errored) {
      stream._readableState.errored = er;
    }
    if (sync) process.nextTick(onwriteError, stream, state, er, cb);
    else onwriteError(stream, state, er, cb);
  } else {
    if (state.buffered.length > state.bufferedIndex) clearBuffer(stream, state);

    if (sync) {
      // A write that completed within _write(): its callback (and 'drain') wait for
      // the next tick. Writes without a callback need no tick unless 'drain' is due
      // (node also defers them in object mode, which is kept for identical timing).
      const needTick = (state.needDrain && state.length === 0) || state.objectMode ||
        cb !== nop;
      const info = state.afterWriteTickInfo;
      if (cb === nop) {
        if (!state.afterWritePending && needTick) {
          process.nextTick(afterWrite, stream, state, 1, cb);
          state.afterWritePending = true;
        } else {
          state.pendingcb--;
          if (state.ending) finishMaybe(stream, state, true);
        }
      } else if (info !== null && info.cb === cb) {
        info.count++;
      } else {
        state.afterWriteTickInfo = { count: 1, cb, stream, state };
        process.nextTick(afterWriteTick, state.afterWriteTickInfo);
        state.afterWritePending = true;
      }
    } else {
      afterWrite(stream, state, 1, cb);
    }
  }
}

function afterWriteTick({ stream, state, count, cb }) {
  state.afterWriteTickInfo = null;
  return afterWrite(stream, state, count, cb);
}

function afterWrite(stream, state, count, cb) {
  state.afterWritePending = false;
  const needDrain = !state.ending && !state.destroyed && state.needDrain &&
    state.length === 0;
  if (needDrain) {
    state.needDrain = false;
    stream.emit('drain');
  }
  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }
  if (state.destroyed) errorBuffer(state);
  if (state.ending) finishMaybe(stream, state, true);
}

// Fails every queued write and end() callback (the stream was destroyed or errored).
function errorBuffer(state) {
  if (state.writing) return;
  for (let n = state.bufferedIndex; n < state.buffered.length; ++n) {
    const { chunk, callback } = state.buffered[n];
    state.length -= state.objectMode ? 1 : chunk.length;
    callback(state.errored ?? new ERR_STREAM_DESTROYED('write'));
  }
  const onfinishCallbacks = ArrayPrototypeSplice(state[kOnFinished], 0);
  for (let i = 0; i < onfinishCallbacks.length; i++) {
    onfinishCallbacks[i](state.errored ?? new ERR_STREAM_DESTROYED('end'));
  }
  resetBuffer(state);
}

// Writes what is queued: everything at once through _writev() when there is more than
// one chunk and the implementation has _writev(), else one chunk at a time for as
// long as _write() calls back synchronously.
function clearBuffer(stream, state) {
  if (state.corked || state.bufferProcessing || state.destroyed || !state.constructed) {
    return;
  }
  const { buffered, bufferedIndex, objectMode } = state;
  const bufferedLength = buffered.length - bufferedIndex;
  if (!bufferedLength) return;

  let i = bufferedIndex;
  state.bufferProcessing = true;
  if (bufferedLength > 1 && stream._writev) {
    state.pendingcb -= bufferedLength - 1;
    const callback = state.allNoop ? nop : (err) => {
      for (let n = i; n < buffered.length; ++n) buffered[n].callback(err);
    };
    const chunks = state.allNoop && i === 0 ? buffered : ArrayPrototypeSlice(buffered, i);
    chunks.allBuffers = state.allBuffers;
    doWrite(stream, state, true, state.length, chunks, '', callback);
    resetBuffer(state);
  } else {
    do {
      const { chunk, encoding, callback } = buffered[i];
      buffered[i++] = null;
      const len = objectMode ? 1 : chunk.length;
      doWrite(stream, state, false, len, chunk, encoding, callback);
    } while (i < buffered.length && !state.writing);

    if (i === buffered.length) {
      resetBuffer(state);
    } else if (i > 256) {
      ArrayPrototypeSplice(buffered, 0, i);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = i;
    }
  }
  state.bufferProcessing = false;
}

// The default _write() forwards to _writev() when only that is implemented.
Writable.prototype._write = function(chunk, encoding, cb) {
  if (this._writev) {
    this._writev([{ chunk, encoding }], cb);
  } else {
    throw new ERR_METHOD_NOT_IMPLEMENTED('_write()');
  }
};

Writable.prototype._writev = null;

// end([chunk[, encoding]][, callback]): writes the last chunk and finishes the stream;
// callback runs at 'finish' or with the error that prevented it.
Writable.prototype.end = function(chunk, encoding, cb) {
  const state = this._writableState;

  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }

  let err;
  if (chunk != null) {
    const ret = writeChunk(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }

  // end() uncorks completely.
  if (state.corked) {
    state.corked = 1;
    this.uncork();
  }

  if (err) {
    // The write was refused and reported; end() adds nothing.
  } else if (!state.errored && !state.ending) {
    state.ending = true;
    finishMaybe(this, state, true);
    state.ended = true;
  } else if (state.finished) {
    err = new ERR_STREAM_ALREADY_FINISHED('end');
  } else if (state.destroyed) {
    err = new ERR_STREAM_DESTROYED('end');
  }

  if (typeof cb === 'function') {
    if (err) process.nextTick(cb, err);
    else if (state.errored) process.nextTick(cb, state.errored);
    else if (state.finished) process.nextTick(cb, null);
    else state[kOnFinished].push(cb);
  }
  return this;
};

function needFinish(state) {
  return state.ending &&
    !state.destroyed &&
    state.constructed &&
    state.length === 0 &&
    !state.errored &&
    state.buffered.length === 0 &&
    !state.finished &&
    !state.writing &&
    !state.errorEmitted &&
    !state.closeEmitted;
}

function callFinal(stream, state) {
  function onFinish(err) {
    // A second call after success is an error (a second failure is reported again).
    if (state.prefinished) {
      errorOrDestroy(stream, err ?? new ERR_MULTIPLE_CALLBACK());
      return;
    }
    state.pendingcb--;
    if (err) {
      const callbacks = ArrayPrototypeSplice(state[kOnFinished], 0);
      for (let i = 0; i < callbacks.length; i++) callbacks[i](err);
      errorOrDestroy(stream, err, state.sync);
    } else if (needFinish(state)) {
      state.prefinished = true;
      stream.emit('prefinish');
      // 'finish' on the next tick, counted as pending until then.
      state.pendingcb++;
      process.nextTick(finish, stream, state);
    }
  }

  state.sync = true;
  state.pendingcb++;
  try {
    stream._final(onFinish);
  } catch (err) {
    onFinish(err);
  }
  state.sync = false;
}

function prefinish(stream, state) {
  if (state.prefinished || state.finalCalled) return;
  state.finalCalled = true;
  if (typeof stream._final === 'function' && !state.destroyed) {
    callFinal(stream, state);
  } else {
    state.prefinished = true;
    stream.emit('prefinish');
  }
}

// Emits 'prefinish'/'finish' once end() was called and everything is written; with
// sync (called from end()), 'finish' waits for the next tick.
function finishMaybe(stream, state, sync) {
  if (needFinish(state)) {
    prefinish(stream, state);
    if (state.pendingcb === 0) {
      if (sync) {
        state.pendingcb++;
        process.nextTick(finishIfStillDone, stream, state);
      } else if (needFinish(state)) {
        state.pendingcb++;
        finish(stream, state);
      }
    }
  }
}

function finishIfStillDone(stream, state) {
  if (needFinish(state)) finish(stream, state);
  else state.pendingcb--;
}

function finish(stream, state) {
  state.pendingcb--;
  state.finished = true;

  const callbacks = ArrayPrototypeSplice(state[kOnFinished], 0);
  for (let i = 0; i < callbacks.length; i++) callbacks[i](null);

  stream.emit('finish');

  if (state.autoDestroy) {
    // Destroy once both sides are done.
    const r = stream._readableState;
    const autoDestroy = !r || (r.autoDestroy && (r.endEmitted || r.readable === false));
    if (autoDestroy) stream.destroy();
  }
}

ObjectDefineProperties(Writable.prototype, {
  closed: {
    __proto__: null,
    get() { return this._writableState ? this._writableState.closed : false; },
  },
  destroyed: {
    __proto__: null,
    get() { return this._writableState ? this._writableState.destroyed : false; },
    set(value) {
      if (this._writableState) this._writableState.destroyed = value;
    },
  },
  writable: {
    __proto__: null,
    get() {
      const w = this._writableState;
      return !!w && w.writable !== false && !w.destroyed && !w.errored &&
        !w.ending && !w.ended;
    },
    set(val) {
      if (this._writableState) this._writableState.writable = !!val;
    },
  },
  writableFinished: {
    __proto__: null,
    get() { return this._writableState ? this._writableState.finished : false; },
  },
  writableObjectMode: {
    __proto__: null,
    get() { return this._writableState ? this._writableState.objectMode : false; },
  },
  writableBuffer: {
    __proto__: null,
    get() { return this._writableState && this._writableState.getBuffer(); },
  },
  writableEnded: {
    __proto__: null,
    get() { return this._writableState ? this._writableState.ending : false; },
  },
  writableNeedDrain: {
    __proto__: null,
    get() {
      const w = this._writableState;
      if (!w) return false;
      return !w.destroyed && !w.ending && w.needDrain;
    },
  },
  writableHighWaterMark: {
    __proto__: null,
    get() { return this._writableState && this._writableState.highWaterMark; },
  },
  writableCorked: {
    __proto__: null,
    get() { return this._writableState ? this._writableState.corked : 0; },
  },
  writableLength: {
    __proto__: null,
    get() { return this._writableState && this._writableState.length; },
  },
  errored: {
    __proto__: null,
    enumerable: false,
    get() { return this._writableState ? this._writableState.errored : null; },
  },
  writableAborted: {
    __proto__: null,
    enumerable: false,
    get: function() {
      const w = this._writableState;
      return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
    },
  },
});

// destroy() also fails the queued writes and end() callbacks, on the next tick.
Writable.prototype.destroy = function(err, cb) {
  const state = this._writableState;
  if (!state.destroyed &&
      (state.bufferedIndex < state.buffered.length || state[kOnFinished].length)) {
    process.nextTick(errorBuffer, state);
  }
  destroyImpl.destroy.call(this, err, cb);
  return this;
};

Writable.prototype._undestroy = destroyImpl.undestroy;
Writable.prototype._destroy = function(err, cb) {
  cb(err);
};

Writable.prototype[EE.captureRejectionSymbol] = function(err) {
  this.destroy(err);
};

Writable.prototype[SymbolAsyncDispose] = function() {
  let err;
  if (!this.destroyed) {
    err = this.writableFinished ? null : new AbortError();
    this.destroy(err);
  }
  return new Promise((resolve, reject) => {
    eos(this, (error) => (error && error.name !== 'AbortError' ? reject(error) : resolve(null)));
  });
};

function lazyWebAdapters() {
  webAdapters ??= require('internal/webstreams/adapters');
  return webAdapters;
}

Writable.fromWeb = function(writableStream, options) {
  return lazyWebAdapters().newStreamWritableFromWritableStream(writableStream, options);
};

Writable.toWeb = function(streamWritable) {
  return lazyWebAdapters().newWritableStreamFromStreamWritable(streamWritable);
};

module.exports = Writable;

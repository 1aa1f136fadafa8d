'use strict';

// stream.Readable.
//
// A Readable holds a buffer of chunks between the implementation, which supplies them
// with push() from _read(size), and the consumer. The consumer either pulls with read()
// ("paused" mode, usually driven by 'readable' events) or lets the stream hand out
// chunks with 'data' events ("flowing" mode, entered by resume(), pipe() or a 'data'
// listener). Event timing follows node exactly, because programs depend on it:
//  - 'readable' is emitted on a later tick (emitReadable), at most once until read()
//    is called again;
//  - in flowing mode a chunk pushed asynchronously into an empty buffer is emitted as
//    'data' at once; chunks pushed from within _read() are buffered and handed out by
//    the read() loop in flow();
//  - after push(null), 'end' follows on a later tick once the buffer is drained, then
//    (autoDestroy) destroy() and 'close' on the tick after that;
//  - the buffer is refilled up to highWaterMark on a later tick (maybeReadMore).
//
// State lives on `_readableState` (a ReadableState); fields are plain properties so
// that the engine's inline caches keep per-chunk work cheap.

const {
  ArrayBufferIsView,
  FunctionPrototypeCall,
  NumberIsInteger,
  NumberIsNaN,
  NumberParseInt,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectGetOwnPropertySymbols,
  ObjectKeys,
  ObjectSetPrototypeOf,
  Promise,
  ReflectApply,
  SafeSet,
  Symbol,
  SymbolAsyncDispose,
  SymbolAsyncIterator,
} = primordials;

const EE = require('events');
const { Stream, prependListener } = require('internal/streams/legacy');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const destroyImpl = require('internal/streams/destroy');
const BufferList = require('internal/streams/buffer_list');
const {
  getHighWaterMark,
  getDefaultHighWaterMark,
} = require('internal/streams/state');
const {
  aggregateTwoErrors,
  AbortError,
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
    ERR_STREAM_PUSH_AFTER_EOF,
    ERR_STREAM_UNSHIFT_AFTER_END_EVENT,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const eos = require('internal/streams/end-of-stream');

const { errorOrDestroy } = destroyImpl;

let StringDecoder;
let Duplex;
let fromImpl;
let webAdapters;

function lazyDuplex() {
  Duplex ??= require('internal/streams/duplex');
  return Duplex;
}

function nop() {}

const kPaused = Symbol('kPaused');

// Emitting 'data' once per chunk through EventEmitter's general emit (rest arguments and
// Reflect.apply) was about half the cost of a Readable's per-chunk work here. When the
// stream uses EventEmitter's own emit and does not capture listener rejections (the
// listener's return value is then ignored), the listeners are called directly, exactly as
// emit would call them; anything else (an overridden or patched emit, captureRejections)
// goes through stream.emit.
const eeEmit = EE.prototype.emit;
const kCapture = ObjectGetOwnPropertySymbols(EE.prototype)
  .find((symbol) => symbol.description === 'kCapture');

function emitData(stream, chunk) {
  if (stream.emit !== eeEmit || kCapture === undefined || stream[kCapture]) {
    stream.emit('data', chunk);
    return;
  }
  const events = stream._events;
  if (events === undefined) return;
  const handler = events.data;
  if (handler === undefined) return;
  // Direct .call: the engine inlines it, where Reflect.apply costs a varargs call.
  if (typeof handler === 'function') {
    handler.call(stream, chunk);
    return;
  }
  // Listeners added or removed by a listener do not change this round.
  const count = handler.length;
  const listeners = new Array(count);
  for (let i = 0; i < count; i++) listeners[i] = handler[i];
  for (let i = 0; i < count; i++) listeners[i].call(stream, chunk);
}

ObjectSetPrototypeOf(Readable.prototype, Stream.prototype);
ObjectSetPrototypeOf(Readable, Stream);

// The state of a Readable (or of the readable side of a Duplex).
function ReadableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof lazyDuplex();

  // In object mode any value but null is a chunk, and length counts chunks.
  this.objectMode = !!(options && options.objectMode);
  if (isDuplex) this.objectMode ||= !!(options && options.readableObjectMode);

  // _read() is not called again while length >= highWaterMark.
  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);

  this.buffer = new BufferList();
  this.length = 0;
  this.pipes = [];
  // null: nobody asked yet; true: flowing; false: paused explicitly or by 'readable'.
  this.flowing = null;
  this.ended = false;       // push(null) was called
  this.endEmitted = false;
  this.reading = false;     // a _read() call is waiting for its push()
  // False until _construct() calls back.
  this.constructed = true;
  // True while _read() runs synchronously: a push() then only buffers, and 'readable'
  // is deferred to a later tick.
  this.sync = true;
  this.needReadable = false;
  this.emittedReadable = false;
  this.readableListening = false;
  // Whether 'data' listeners were added (and not all removed with removeListener).
  this.dataListening = false;
  this.resumeScheduled = false;
  // null until pause() or resume() is called; then whether the last call was pause().
  this[kPaused] = null;
  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.destroyed = false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  this.defaultEncoding = checkDefaultEncoding(options);
  // The writers a pipe() waits on for 'drain': one stream, or a Set once there are
  // several pipes (multiAwaitDrain).
  this.awaitDrainWriters = null;
  this.multiAwaitDrain = false;
  this.readingMore = false;
  this.dataEmitted = false;
  this.decoder = null;
  this.encoding = null;
  // false when the readable side of a Duplex is disabled (undefined otherwise).
  this.readable = undefined;
  if (options && options.encoding) {
    StringDecoder ??= require('string_decoder').StringDecoder;
    this.decoder = new StringDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}

// The defaultEncoding option, validated ('utf-8' is stored as 'utf8').
function checkDefaultEncoding(options) {
  const encoding = options?.defaultEncoding;
  if (encoding == null || encoding === 'utf8' || encoding === 'utf-8') return 'utf8';
  if (!Buffer.isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding);
  return encoding;
}

ObjectDefineProperties(ReadableState.prototype, {
  pipesCount: {
    __proto__: null,
    get() { return this.pipes.length; },
  },
  // Whether pause() was the last of pause()/resume() called.
  paused: {
    __proto__: null,
    get() { return this[kPaused] === true; },
    set(value) { this[kPaused] = !!value; },
  },
});

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);

  // As in node, the common events have slots from the start: the emitter then keeps
  // its shape (removing a listener leaves the slot, without a 'removeListener' event).
  this._events ??= {
    close: undefined,
    error: undefined,
    data: undefined,
    end: undefined,
    readable: undefined,
  };
  // (Duplex builds its own states; a Readable reads only the plain options.)
  this._readableState = new ReadableState(options, this, false);

  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) addAbortSignal(options.signal, this);
  }

  Stream.call(this, options);
  destroyImpl.construct(this, () => readableConstructed(this));
}

function readableConstructed(stream) {
  const state = stream._readableState;
  if (state.needReadable) maybeReadMore(stream, state);
}
require('internal/streams/sides').readableConstructed = readableConstructed;

Readable.ReadableState = ReadableState;

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function(err, cb) {
  cb(err);
};

Readable.prototype[EE.captureRejectionSymbol] = function(err) {
  this.destroy(err);
};

Readable.prototype[SymbolAsyncDispose] = function() {
  let error;
  if (!this.destroyed) {
    error = this.readableEnded ? null : new AbortError();
    this.destroy(error);
  }
  return new Promise((resolve, reject) => {
    eos(this, (err) => (err && err !== error ? reject(err) : resolve(null)));
  });
};

// push(chunk[, encoding]): adds a chunk at the end of the buffer (null ends the
// stream). Returns false once the buffer reached highWaterMark, telling _read to stop.
Readable.prototype.push = function(chunk, encoding) {
  const state = this._readableState;
  // The common case of an object-mode stream that is open and has no decoder takes the
  // steps addChunkFrom() would take without its checks: the engine then optimizes this
  // small function early, where addChunkFrom() is large and compiled late.
  if (state.objectMode && chunk !== null && state.decoder === null && !state.ended &&
      !state.destroyed && !state.errored) {
    state.reading = false;
    addChunk(this, state, chunk, false);
    return !state.ended && (state.length < state.highWaterMark || state.length === 0);
  }
  return addChunkFrom(this, chunk, encoding, false);
};

// unshift(chunk[, encoding]): puts a chunk back at the front of the buffer.
Readable.prototype.unshift = function(chunk, encoding) {
  return addChunkFrom(this, chunk, encoding, true);
};

function addChunkFrom(stream, chunk, encoding, toFront) {
  const state = stream._readableState;

  if (!state.objectMode) {
    if (typeof chunk === 'string') {
      encoding ||= state.defaultEncoding;
      if (state.encoding !== encoding) {
        if (toFront && state.encoding) {
          // Put back text in the encoding the buffer already holds.
          chunk = Buffer.from(chunk, encoding).toString(state.encoding);
        } else {
          chunk = Buffer.from(chunk, encoding);
          encoding = '';
        }
      }
    } else if (chunk instanceof Buffer) {
      encoding = '';
    } else if (chunk != null && ArrayBufferIsView(chunk)) {
      chunk = new FastBuffer(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      encoding = '';
    } else if (chunk != null) {
      errorOrDestroy(stream, new ERR_INVALID_ARG_TYPE(
        'chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk));
      return false;
    }
  }

  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
  } else if (state.objectMode || (chunk && chunk.length > 0)) {
    if (toFront) {
      if (state.endEmitted) {
        errorOrDestroy(stream, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
      } else if (state.destroyed || state.errored) {
        return false;
      } else {
        addChunk(stream, state, chunk, true);
      }
    } else if (state.ended) {
      errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
    } else if (state.destroyed || state.errored) {
      return false;
    } else {
      state.reading = false;
      if (state.decoder !== null && !encoding) {
        chunk = state.decoder.write(chunk);
        if (state.objectMode || chunk.length !== 0) addChunk(stream, state, chunk, false);
        else maybeReadMore(stream, state);
      } else {
        addChunk(stream, state, chunk, false);
      }
    }
  } else if (!toFront) {
    // An empty chunk: the read is over but nothing was added.
    state.reading = false;
    maybeReadMore(stream, state);
  }

  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

function addChunk(stream, state, chunk, toFront) {
  if (state.flowing && state.length === 0 && !state.sync && state.dataListening) {
    // Flowing with nothing queued: hand the chunk out directly.
    if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
    state.dataEmitted = true;
    emitData(stream, chunk);
  } else {
    state.length += state.objectMode ? 1 : chunk.length;
    if (toFront) state.buffer.unshift(chunk);
    else state.buffer.push(chunk);
    if (state.needReadable) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

Readable.prototype.isPaused = function() {
  const state = this._readableState;
  return state[kPaused] === true || state.flowing === false;
};

// setEncoding(enc): chunks are decoded to strings from now on, including what is
// already buffered.
Readable.prototype.setEncoding = function(enc) {
  StringDecoder ??= require('string_decoder').StringDecoder;
  const decoder = new StringDecoder(enc);
  const state = this._readableState;
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  let content = '';
  for (let entry = state.buffer.head; entry !== null; entry = entry.next) {
    content += decoder.write(entry.data);
  }
  state.buffer.clear();
  if (content !== '') state.buffer.push(content);
  state.length = content.length;
  return this;
};

// The largest highWaterMark read(n) may raise the mark to.
const kMaxHighWaterMark = 0x40000000;

// The next power of two at or above n.
function computeNewHighWaterMark(n) {
  if (n > kMaxHighWaterMark) throw new ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  n++;
  return n;
}

// How much read(n) can return now: everything for NaN (one chunk when flowing), one
// chunk in object mode, n when buffered, or what is left once the stream ended.
function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (NumberIsNaN(n)) {
    if (state.flowing && state.length) {
      const first = state.buffer.head.data;
      return first.length;
    }
    return state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

// read([size]): returns size bytes (all buffered data without size; one chunk in object
// mode) or null when that much is not available, asking _read() for more as needed.
// read(0) only triggers a refill or a 'readable' event.
Readable.prototype.read = function(n) {
  if (n === undefined) {
    n = NaN;
  } else if (!NumberIsInteger(n)) {
    n = NumberParseInt(n, 10);
  }
  const state = this._readableState;
  const nOrig = n;

  // The per-object path of flowing and async-iterated object streams.
  if (state.objectMode && NumberIsNaN(n) && state.length !== 0) return readObject(this, state);

  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
  if (n !== 0) state.emittedReadable = false;

  // read(0) with enough buffered (or at the end) only announces it.
  if (n === 0 && state.needReadable &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) ||
       state.ended)) {
    if (state.length === 0 && state.ended) endReadable(this);
    else emitReadable(this);
    return null;
  }

  n = howMuchToRead(n, state);

  if (n === 0 && state.ended) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  // Ask _read() for more when below the mark after this read, unless the stream is
  // over, a read is already pending, or it is not constructed yet.
  let doRead = state.needReadable;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;
  if (state.ended || state.reading || state.destroyed || state.errored || !state.constructed) {
    doRead = false;
  } else if (doRead) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) state.needReadable = true;
    callRead(this, state);
    state.sync = false;
    // A synchronous push() may have made more available.
    if (!state.reading) n = howMuchToRead(nOrig, state);
  }

  let ret = n > 0 ? fromList(n, state) : null;

  if (ret === null) {
    if (state.length <= state.highWaterMark) state.needReadable = true;
    n = 0;
  } else {
    state.length -= n;
    if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
  }

  if (state.length === 0) {
    if (!state.ended) state.needReadable = true;
    if (nOrig !== n && state.ended) endReadable(this);
  }

  if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    emitData(this, ret);
  }
  return ret;
};
const readableRead = Readable.prototype.read;

// read() in object mode without a size while objects are buffered: the steps of the
// general read() for that case (one object, refill below the mark, 'data', the end
// once drained), kept in a small function the engine optimizes early.
function readObject(stream, state) {
  state.emittedReadable = false;
  if (!state.ended && !state.reading && !state.destroyed && !state.errored &&
      state.constructed &&
      (state.needReadable || state.length - 1 < state.highWaterMark)) {
    state.reading = true;
    state.sync = true;
    callRead(stream, state);
    state.sync = false;
  }

  let ret = null;
  if (state.length !== 0) {
    ret = state.buffer.shift();
    state.length -= 1;
    if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
  } else if (state.length <= state.highWaterMark) {
    state.needReadable = true;
  }

  if (state.length === 0) {
    if (!state.ended) state.needReadable = true;
    else endReadable(stream);
  }

  if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    emitData(stream, ret);
  }
  return ret;
}

// Calls _read(), turning a throw into an error of the stream (read() and readObject()
// share it; keeping the try block out of them also keeps them small to optimize).
function callRead(stream, state) {
  try {
    stream._read(state.highWaterMark);
  } catch (err) {
    errorOrDestroy(stream, err);
  }
}

// Takes n units (see howMuchToRead) from the buffer.
function fromList(n, state) {
  if (state.length === 0) return null;
  const list = state.buffer;
  if (state.objectMode) return list.shift();
  if (!n || n >= state.length) {
    let ret;
    if (state.decoder !== null) ret = list.join('');
    else if (list.length === 1) ret = list.head.data;
    else ret = list.concat(state.length);
    list.clear();
    return ret;
  }
  return list.consume(n, state.decoder !== null);
}

function onEofChunk(stream, state) {
  if (state.ended) return;
  if (state.decoder !== null) {
    const rest = state.decoder.end();
    if (rest && rest.length) {
      state.buffer.push(rest);
      state.length += state.objectMode ? 1 : rest.length;
    }
  }
  state.ended = true;
  if (state.sync) {
    // Pushed from within _read(): let the read() that called it see the end first.
    emitReadable(stream);
  } else {
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadableNow(stream);
  }
}

// Schedules one 'readable' event (and a flow() pass) on the next tick.
function emitReadable(stream) {
  const state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    process.nextTick(emitReadableNow, stream);
  }
}

function emitReadableNow(stream) {
  const state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit('readable');
    state.emittedReadable = false;
  }
  // Another 'readable' is wanted once the consumer drained the buffer below the mark
  // (in flowing mode flow() takes care of the data).
  if (!state.flowing && !state.ended && state.length <= state.highWaterMark) {
    state.needReadable = true;
  }
  flow(stream);
}

// Refills the buffer up to highWaterMark on a later tick (one pass at a time).
function maybeReadMore(stream, state) {
  if (!state.readingMore && state.constructed) {
    state.readingMore = true;
    process.nextTick(readMore, stream, state);
  }
}

function readMore(stream, state) {
  // Stops when a read is pending, the stream ended, the buffer is full, or a read(0)
  // produced nothing (the implementation will push asynchronously).
  while (!state.reading && !state.ended &&
         (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
    const before = state.length;
    stream.read(0);
    if (before === state.length) break;
  }
  state.readingMore = false;
}

// The default _read: implementations must provide one.
Readable.prototype._read = function(size) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

// pipe(dest[, { end }]): writes every chunk to dest, pausing while dest.write() returns
// false until dest emits 'drain'; ends dest after 'end' unless end is false (never for
// process.stdout and process.stderr). Unpipes when dest closes, finishes or errors.
// Returns dest.
Readable.prototype.pipe = function(dest, pipeOpts) {
  const src = this;
  const state = this._readableState;

  if (state.pipes.length === 1 && !state.multiAwaitDrain) {
    state.multiAwaitDrain = true;
    state.awaitDrainWriters =
      new SafeSet(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }
  state.pipes.push(dest);

  const doEnd = (!pipeOpts || pipeOpts.end !== false) &&
    dest !== process.stdout && dest !== process.stderr;
  const endFn = doEnd ? onend : unpipe;
  if (state.endEmitted) process.nextTick(endFn);
  else src.once('end', endFn);

  dest.on('unpipe', onunpipe);
  function onunpipe(readable, unpipeInfo) {
    if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      cleanup();
    }
  }

  function onend() {
    dest.end();
  }

  let ondrain;
  let cleanedUp = false;
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;
    // A pipe that was waiting for this dest's 'drain' must not wait forever.
    if (ondrain && state.awaitDrainWriters &&
        (!dest._writableState || dest._writableState.needDrain)) {
      ondrain();
    }
  }

  function pause() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state.multiAwaitDrain = false;
      } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      ondrain = pipeOnDrain(src, dest);
      dest.on('drain', ondrain);
    }
  }

  src.on('data', ondata);
  function ondata(chunk) {
    if (dest.write(chunk) === false) pause();
  }

  // An error on dest stops the piping; it is rethrown on dest when nobody else
  // listens for it.
  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      const s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, er);
      else dest.emit('error', er);
    }
  }
  prependListener(dest, 'error', onerror);

  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  dest.once('close', onclose);
  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  dest.once('finish', onfinish);

  function unpipe() {
    src.unpipe(dest);
  }

  dest.emit('pipe', src);

  if (dest.writableNeedDrain === true) {
    pause();
  } else if (!state.flowing) {
    src.resume();
  }
  return dest;
};

function pipeOnDrain(src, dest) {
  return function pipeOnDrainFunctionResult() {
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) {
      state.awaitDrainWriters = null;
    } else if (state.multiAwaitDrain) {
      state.awaitDrainWriters.delete(dest);
    }
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) &&
        state.dataListening) {
      src.resume();
    }
  };
}

// unpipe([dest]): stops piping into dest (into every destination without one).
Readable.prototype.unpipe = function(dest) {
  const state = this._readableState;
  if (state.pipes.length === 0) return this;

  if (!dest) {
    const dests = state.pipes;
    state.pipes = [];
    this.pause();
    for (let i = 0; i < dests.length; i++) {
      dests[i].emit('unpipe', this, { hasUnpiped: false });
    }
    return this;
  }

  const index = state.pipes.indexOf(dest);
  if (index === -1) return this;
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, { hasUnpiped: false });
  return this;
};

// Adding a 'data' listener starts the flow (unless paused explicitly); adding a
// 'readable' listener switches to paused mode and announces buffered data.
Readable.prototype.on = function(ev, fn) {
  const res = FunctionPrototypeCall(Stream.prototype.on, this, ev, fn);
  const state = this._readableState;

  if (ev === 'data') {
    state.dataListening = true;
    // Noted here so that resume() below leaves the flow to 'readable'.
    if (this.listenerCount('readable') > 0) state.readableListening = true;
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) {
        emitReadable(this);
      } else if (!state.reading) {
        process.nextTick(readZeroNT, this);
      }
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function(ev, fn) {
  const res = FunctionPrototypeCall(Stream.prototype.removeListener, this, ev, fn);
  if (ev === 'readable') {
    // After the current tick, so that a listener swap does not start the flow.
    process.nextTick(updateReadableListening, this);
  } else if (ev === 'data' && this.listenerCount('data') === 0) {
    this._readableState.dataListening = false;
  }
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function(ev) {
  const res = ReflectApply(Stream.prototype.removeAllListeners, this, arguments);
  if (ev === 'readable' || ev === undefined) {
    process.nextTick(updateReadableListening, this);
  }
  return res;
};

function updateReadableListening(self) {
  const state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;
  if (state.resumeScheduled && state[kPaused] === false) {
    // resume() was called while 'readable' listeners were attached.
    state.flowing = true;
  } else if (state.dataListening) {
    // (Still set after removeAllListeners(), as in node.)
    self.resume();
  } else if (!state.readableListening) {
    state.flowing = null;
  }
}

function readZeroNT(self) {
  self.read(0);
}

// resume(): switches to flowing mode (no-op while 'readable' listeners decide); the
// flow starts on the next tick with a 'resume' event.
Readable.prototype.resume = function() {
  const state = this._readableState;
  if (!state.flowing) {
    state.flowing = !state.readableListening;
    if (!state.resumeScheduled) {
      state.resumeScheduled = true;
      process.nextTick(resumeNT, this, state);
    }
  }
  state[kPaused] = false;
  return this;
};

function resumeNT(stream, state) {
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  stream.emit('resume');
  flow(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

// pause(): leaves flowing mode; 'pause' is emitted when the stream was not paused.
Readable.prototype.pause = function() {
  const state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  state[kPaused] = true;
  return this;
};

// Hands out buffered chunks as 'data' events while flowing.
function flow(stream) {
  const state = stream._readableState;
  if (state.objectMode) {
    // While read() is Readable's own, what it would do for a buffered object is called
    // directly: one call and the argument checks less per object.
    while (state.flowing) {
      const chunk = state.length !== 0 && stream.read === readableRead ?
        readObject(stream, state) : stream.read();
      if (chunk === null) return;
    }
    return;
  }
  while (state.flowing && stream.read() !== null);
}

// wrap(oldStream): a Readable fed by an old-style stream ('data'/'end' events,
// pause()/resume()). The old stream's methods become methods of this one.
Readable.prototype.wrap = function(stream) {
  let paused = false;

  stream.on('data', (chunk) => {
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => {
    this.push(null);
  });
  stream.on('error', (err) => {
    errorOrDestroy(this, err);
  });
  stream.on('close', () => {
    this.destroy();
  });
  stream.on('destroy', () => {
    this.destroy();
  });

  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };

  const keys = ObjectKeys(stream);
  for (let j = 1; j < keys.length; j++) {
    const key = keys[j];
    if (this[key] === undefined && typeof stream[key] === 'function') {
      this[key] = stream[key].bind(stream);
    }
  }
  return this;
};

Readable.prototype[SymbolAsyncIterator] = function() {
  return streamToAsyncIterator(this);
};

// iterator({ destroyOnReturn }): the async iterator, optionally leaving the stream
// open when the loop is left early.
Readable.prototype.iterator = function(options) {
  if (options !== undefined) validateObject(options, 'options');
  return streamToAsyncIterator(this, options);
};

function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') {
    stream = Readable.wrap(stream, { objectMode: true });
  }
  const iter = createAsyncIterator(stream, options);
  iter.stream = stream;
  return iter;
}

// The async iterator: takes chunks with read(), waits for 'readable' or the end when
// there are none, and throws the stream's error. Leaving the loop early destroys the
// stream (unless destroyOnReturn is false and the stream did not fail).
async function* createAsyncIterator(stream, options) {
  let callback = nop;

  function next(resolve) {
    if (this === stream) {
      callback();
      callback = nop;
    } else {
      callback = resolve;
    }
  }

  stream.on('readable', next);

  let error;
  const cleanup = eos(stream, { writable: false }, (err) => {
    error = err ? aggregateTwoErrors(error, err) : null;
    callback();
    callback = nop;
  });

  // While read() is Readable's own, a buffered object is taken with what read() would do
  // for it (as flow() does): read() itself then stays out of the hot loop, so the engine
  // does not spend its optimizing compiler on the whole of read() in a short run.
  const state = stream._readableState;
  try {
    while (true) {
      const chunk = stream.destroyed ? null :
        state !== undefined && state.objectMode && state.length !== 0 &&
        stream.read === readableRead ? readObject(stream, state) : stream.read();
      if (chunk !== null) {
        yield chunk;
      } else if (error) {
        throw error;
      } else if (error === null) {
        return;
      } else {
        await new Promise(next);
      }
    }
  } catch (err) {
    error = aggregateTwoErrors(error, err);
    throw error;
  } finally {
    if ((error || options?.destroyOnReturn !== false) &&
        (error === undefined || stream._readableState.autoDestroy)) {
      destroyImpl.destroyer(stream, null);
    } else {
      stream.off('readable', next);
      cleanup();
    }
  }
}

// Accessors. Where node returns a fallback for objects without a state (Readable's
// prototype used on a plain object), these do too.
ObjectDefineProperties(Readable.prototype, {
  readable: {
    __proto__: null,
    get() {
      const r = this._readableState;
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
    },
    set(val) {
      if (this._readableState) this._readableState.readable = !!val;
    },
  },
  readableDidRead: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState.dataEmitted; },
  },
  readableAborted: {
    __proto__: null,
    enumerable: false,
    get() {
      const r = this._readableState;
      return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
    },
  },
  readableHighWaterMark: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState.highWaterMark; },
  },
  readableBuffer: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState && this._readableState.buffer; },
  },
  readableFlowing: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState.flowing; },
    set(state) {
      if (this._readableState) this._readableState.flowing = state;
    },
  },
  readableLength: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState.length; },
  },
  readableObjectMode: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.objectMode : false; },
  },
  readableEncoding: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.encoding : null; },
  },
  errored: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.errored : null; },
  },
  closed: {
    __proto__: null,
    get() { return this._readableState ? this._readableState.closed : false; },
  },
  destroyed: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.destroyed : false; },
    set(value) {
      if (!this._readableState) return;
      this._readableState.destroyed = value;
    },
  },
  readableEnded: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.endEmitted : false; },
  },
});

// Schedules 'end' once the buffer is drained (after push(null)).
function endReadable(stream) {
  const state = stream._readableState;
  if (!state.endEmitted) {
    state.ended = true;
    process.nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
    state.endEmitted = true;
    stream.emit('end');

    if (stream.writable && stream.allowHalfOpen === false) {
      // A Duplex without half-open support ends its writable side with the readable.
      process.nextTick(endWritableNT, stream);
    } else if (state.autoDestroy) {
      // Destroy once both sides are done.
      const w = stream._writableState;
      const autoDestroy = !w || (w.autoDestroy && (w.finished || w.writable === false));
      if (autoDestroy) stream.destroy();
    }
  }
}

function endWritableNT(stream) {
  if (stream.writable && !stream.writableEnded && !stream.destroyed) stream.end();
}

Readable._fromList = fromList;

// Readable.from(iterable[, options]): see internal/streams/from.
Readable.from = function(iterable, opts) {
  fromImpl ??= require('internal/streams/from');
  return fromImpl(Readable, iterable, opts);
};

// Conversions to and from web streams. They are implemented with the web streams
// (internal/webstreams/adapters), which load on first use.
function lazyWebAdapters() {
  webAdapters ??= require('internal/webstreams/adapters');
  return webAdapters;
}

Readable.fromWeb = function(readableStream, options) {
  return lazyWebAdapters().newStreamReadableFromReadableStream(readableStream, options);
};

Readable.toWeb = function(streamReadable, options) {
  return lazyWebAdapters().newReadableStreamFromStreamReadable(streamReadable, options);
};

// Readable.wrap(src[, options]): a Readable over an old-style stream that destroys
// src when destroyed itself.
Readable.wrap = function(src, options) {
  return new Readable({
    objectMode: src.readableObjectMode ?? src.objectMode ?? true,
    ...options,
    destroy(err, callback) {
      destroyImpl.destroyer(src, err);
      callback(err);
    },
  }).wrap(src);
};

module.exports = Readable;

// The operators (map, filter, toArray, ...). Those returning a stream wrap their async
// generator with Readable.from.
{
  const {
    streamReturningOperators,
    promiseReturningOperators,
  } = require('internal/streams/operators');

  const define = (key, fn, op) => {
    ObjectDefineProperty(fn, 'name', { __proto__: null, value: op.name });
    ObjectDefineProperty(fn, 'length', { __proto__: null, value: op.length });
    ObjectDefineProperty(Readable.prototype, key, {
      __proto__: null,
      value: fn,
      enumerable: false,
      configurable: true,
      writable: true,
    });
  };

  for (const key of ObjectKeys(streamReturningOperators)) {
    const op = streamReturningOperators[key];
    function fn(...args) {
      if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
      return Readable.from(ReflectApply(op, this, args));
    }
    define(key, fn, op);
  }
  for (const key of ObjectKeys(promiseReturningOperators)) {
    const op = promiseReturningOperators[key];
    function fn(...args) {
      if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
      return ReflectApply(op, this, args);
    }
    define(key, fn, op);
  }
}

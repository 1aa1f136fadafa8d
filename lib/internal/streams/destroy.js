'use strict';

// Destruction and construction shared by every stream class.
//
// destroy(err, cb) marks both sides destroyed at once (so nothing else is emitted),
// records err as the stream's error, calls the implementation's _destroy(err, done),
// and once done is called emits 'error' (if any) and then 'close' on the next tick.
// When the stream is still being constructed (_construct has not called back), the
// _destroy call waits for construction to end.

const {
  Symbol,
} = primordials;

const {
  aggregateTwoErrors,
  codes: { ERR_MULTIPLE_CALLBACK },
  AbortError,
} = require('internal/errors');

const {
  kIsDestroyed,
  isDestroyed,
  isFinished,
  isServerRequest,
} = require('internal/streams/utils');

// Private events: construction finished (or failed) and "run the deferred _destroy".
const kDestroy = Symbol('kDestroy');
const kConstruct = Symbol('kConstruct');

// Records err on both sides (the first error wins). Reading err.stack makes the engine
// compute the stack now, while the frames that explain the error are still known.
function recordError(err, w, r) {
  if (!err) return;
  err.stack; // eslint-disable-line no-unused-expressions
  if (w && !w.errored) w.errored = err;
  if (r && !r.errored) r.errored = err;
}

// stream.destroy([err][, cb]) for Readable, Writable and Duplex. Returns the stream.
function destroy(err, cb) {
  const r = this._readableState;
  const w = this._writableState;
  const s = w || r;

  if ((w && w.destroyed) || (r && r.destroyed)) {
    if (typeof cb === 'function') cb();
    return this;
  }

  recordError(err, w, r);
  if (w) w.destroyed = true;
  if (r) r.destroyed = true;

  if (!s.constructed) {
    this.once(kDestroy, function(constructErr) {
      runDestroy(this, aggregateTwoErrors(constructErr, err), cb);
    });
  } else {
    runDestroy(this, err, cb);
  }
  return this;
}

function runDestroy(self, err, cb) {
  let called = false;
  function onDestroy(destroyErr) {
    if (called) return;
    called = true;
    const r = self._readableState;
    const w = self._writableState;
    recordError(destroyErr, w, r);
    if (w) w.closed = true;
    if (r) r.closed = true;
    if (typeof cb === 'function') cb(destroyErr);
    if (destroyErr) process.nextTick(emitErrorCloseNT, self, destroyErr);
    else process.nextTick(emitCloseNT, self);
  }
  try {
    self._destroy(err || null, onDestroy);
  } catch (thrown) {
    onDestroy(thrown);
  }
}

function emitErrorCloseNT(self, err) {
  emitErrorNT(self, err);
  emitCloseNT(self);
}

function emitCloseNT(self) {
  const r = self._readableState;
  const w = self._writableState;
  if (w) w.closeEmitted = true;
  if (r) r.closeEmitted = true;
  if ((w && w.emitClose) || (r && r.emitClose)) self.emit('close');
}

// Emits 'error' once per stream.
function emitErrorNT(self, err) {
  const r = self._readableState;
  const w = self._writableState;
  if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
  if (w) w.errorEmitted = true;
  if (r) r.errorEmitted = true;
  self.emit('error', err);
}

// Brings a destroyed stream back to its initial state (used by implementations that
// reuse stream objects, such as net.Socket on reconnect).
function undestroy() {
  const r = this._readableState;
  const w = this._writableState;
  if (r) {
    r.constructed = true;
    r.closed = false;
    r.closeEmitted = false;
    r.destroyed = false;
    r.errored = null;
    r.errorEmitted = false;
    r.reading = false;
    r.ended = r.readable === false;
    r.endEmitted = r.readable === false;
  }
  if (w) {
    w.constructed = true;
    w.destroyed = false;
    w.closed = false;
    w.closeEmitted = false;
    w.errored = null;
    w.errorEmitted = false;
    w.finalCalled = false;
    w.prefinished = false;
    w.ended = w.writable === false;
    w.ending = w.writable === false;
    w.finished = w.writable === false;
  }
}

// Reports err the way the stream is configured to: destroy(err) for auto-destroying
// streams, otherwise record it and emit 'error' (on the next tick when sync is true).
function errorOrDestroy(stream, err, sync) {
  const r = stream._readableState;
  const w = stream._writableState;
  if ((w && w.destroyed) || (r && r.destroyed)) return;
  if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
    stream.destroy(err);
  } else if (err) {
    recordError(err, w, r);
    if (sync) process.nextTick(emitErrorNT, stream, err);
    else emitErrorNT(stream, err);
  }
}

// Runs stream._construct(callback) on the next tick if the implementation has one;
// `onConstructed` runs once it succeeded. A Duplex registers one onConstructed per side
// but _construct runs once.
function construct(stream, onConstructed) {
  if (typeof stream._construct !== 'function') return;
  const r = stream._readableState;
  const w = stream._writableState;
  if (r) r.constructed = false;
  if (w) w.constructed = false;
  stream.once(kConstruct, onConstructed);
  if (stream.listenerCount(kConstruct) > 1) return;
  process.nextTick(runConstruct, stream);
}

function runConstruct(stream) {
  let called = false;
  function onConstruct(err) {
    if (called) {
      errorOrDestroy(stream, err ?? new ERR_MULTIPLE_CALLBACK());
      return;
    }
    called = true;
    const r = stream._readableState;
    const w = stream._writableState;
    const s = w || r;
    if (r) r.constructed = true;
    if (w) w.constructed = true;
    if (s.destroyed) stream.emit(kDestroy, err);
    else if (err) errorOrDestroy(stream, err, true);
    else stream.emit(kConstruct);
  }
  try {
    stream._construct((err) => {
      process.nextTick(onConstruct, err);
    });
  } catch (err) {
    process.nextTick(onConstruct, err);
  }
}

// Ends any stream-like object as forcefully as it allows (pipeline and the async
// iterator use it): http requests are aborted, streams destroyed, objects with close()
// closed, and bare emitters get 'error' or 'close'. A stream that had not finished is
// destroyed with an AbortError when no error is given.
function destroyer(stream, err) {
  if (!stream || isDestroyed(stream)) return;
  if (!err && !isFinished(stream)) err = new AbortError();

  if (isServerRequest(stream)) {
    stream.socket = null;
    stream.destroy(err);
  } else if (isRequest(stream)) {
    stream.abort();
  } else if (isRequest(stream.req)) {
    stream.req.abort();
  } else if (typeof stream.destroy === 'function') {
    stream.destroy(err);
  } else if (typeof stream.close === 'function') {
    stream.close();
  } else if (err) {
    process.nextTick(emitErrorThenClose, stream, err);
  } else {
    process.nextTick(emitCloseOnly, stream);
  }
  if (!stream.destroyed) stream[kIsDestroyed] = true;
}

function isRequest(stream) {
  return stream?.setHeader && typeof stream.abort === 'function';
}

// A bare emitter gets 'error', then 'close' on the following tick.
function emitErrorThenClose(stream, err) {
  stream.emit('error', err);
  process.nextTick(emitCloseOnly, stream);
}

function emitCloseOnly(stream) {
  stream.emit('close');
}

module.exports = {
  construct,
  destroy,
  destroyer,
  errorOrDestroy,
  kConstruct,
  kDestroy,
  undestroy,
};

'use strict';

// stream.finished(stream[, options], callback): calls back once the stream can no
// longer be used: after 'end' (readable side) and 'finish' (writable side), or with the
// error, or with ERR_STREAM_PREMATURE_CLOSE when it closes before getting there. A
// stream that will emit 'close' by itself is only reported done at 'close', so that
// the callback runs after every event. A stream that is already done is reported on
// the next tick. Returns a function that removes every listener it added.

const {
  Promise,
  ReflectApply,
  SymbolDispose,
} = primordials;

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_PREMATURE_CLOSE },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateObject,
} = require('internal/validators');
const {
  isClosed,
  isNodeStream,
  isReadable,
  isReadableErrored,
  isReadableFinished,
  isReadableNodeStream,
  isReadableStream,
  isRequest,
  isWritable,
  isWritableErrored,
  isWritableFinished,
  isWritableNodeStream,
  isWritableStream,
  kIsClosedPromise,
  willEmitClose: willEmitCloseOf,
} = require('internal/streams/utils');

const kNoOptions = { __proto__: null };
function nop() {}

let addAbortListener;

function callOnce(fn) {
  let called = false;
  return function(...args) {
    if (called) return;
    called = true;
    ReflectApply(fn, this, args);
  };
}

function eos(stream, options, callback) {
  if (arguments.length === 2) {
    callback = options;
    options = kNoOptions;
  } else if (options == null) {
    options = kNoOptions;
  } else {
    validateObject(options, 'options');
  }
  validateFunction(callback, 'callback');
  validateAbortSignal(options.signal, 'options.signal');

  callback = callOnce(callback);

  if (isReadableStream(stream) || isWritableStream(stream)) {
    return eosWeb(stream, options, callback);
  }
  if (!isNodeStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }

  const readable = options.readable ?? isReadableNodeStream(stream);
  const writable = options.writable ?? isWritableNodeStream(stream);
  const wState = stream._writableState;
  const rState = stream._readableState;

  // Whether to wait for 'close' after 'end'/'finish': only when the stream will emit it
  // and the caller asks about exactly the sides the stream has.
  let waitForClose = willEmitCloseOf(stream) &&
    isReadableNodeStream(stream) === readable &&
    isWritableNodeStream(stream) === writable;

  let writableFinished = isWritableFinished(stream, false);
  let readableFinished = isReadableFinished(stream, false);
  let closed = isClosed(stream);

  const onfinish = () => {
    writableFinished = true;
    if (stream.destroyed) waitForClose = false;
    if (waitForClose && (!stream.readable || readable)) return;
    if (!readable || readableFinished) callback.call(stream);
  };

  const onend = () => {
    readableFinished = true;
    if (stream.destroyed) waitForClose = false;
    if (waitForClose && (!stream.writable || writable)) return;
    if (!writable || writableFinished) callback.call(stream);
  };

  // Streams without a writable state (old-style) finish when they stop being writable.
  const onlegacyfinish = () => {
    if (!stream.writable) onfinish();
  };

  const onerror = (err) => {
    callback.call(stream, err);
  };

  const onclose = () => {
    closed = true;
    const errored = isWritableErrored(stream) || isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') {
      callback.call(stream, errored);
      return;
    }
    if (readable && !readableFinished && isReadableNodeStream(stream, true) &&
        !isReadableFinished(stream, false)) {
      callback.call(stream, new ERR_STREAM_PREMATURE_CLOSE());
      return;
    }
    if (writable && !writableFinished && !isWritableFinished(stream, false)) {
      callback.call(stream, new ERR_STREAM_PREMATURE_CLOSE());
      return;
    }
    callback.call(stream);
  };

  // For streams that are already done when finished() is called.
  const onclosed = () => {
    closed = true;
    const errored = isWritableErrored(stream) || isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') {
      callback.call(stream, errored);
      return;
    }
    callback.call(stream);
  };

  const onrequest = () => {
    stream.req.on('finish', onfinish);
  };

  if (isRequest(stream)) {
    stream.on('complete', onfinish);
    if (!waitForClose) stream.on('abort', onclose);
    if (stream.req) onrequest();
    else stream.on('request', onrequest);
  } else if (writable && !wState) {
    stream.on('end', onlegacyfinish);
    stream.on('close', onlegacyfinish);
  }

  // Old http messages report an aborted request with 'aborted'.
  if (!waitForClose && typeof stream.aborted === 'boolean') stream.on('aborted', onclose);

  stream.on('end', onend);
  stream.on('finish', onfinish);
  if (options.error !== false) stream.on('error', onerror);
  stream.on('close', onclose);

  if (closed) {
    process.nextTick(onclose);
  } else if (wState?.errorEmitted || rState?.errorEmitted) {
    if (!waitForClose) process.nextTick(onclosed);
  } else if (!readable && (!waitForClose || isReadable(stream)) &&
             (writableFinished || isWritable(stream) === false)) {
    process.nextTick(onclosed);
  } else if (!writable && (!waitForClose || isWritable(stream)) &&
             (readableFinished || isReadable(stream) === false)) {
    process.nextTick(onclosed);
  } else if (rState && stream.req && stream.aborted) {
    process.nextTick(onclosed);
  }

  const cleanup = () => {
    callback = nop;
    stream.removeListener('aborted', onclose);
    stream.removeListener('complete', onfinish);
    stream.removeListener('abort', onclose);
    stream.removeListener('request', onrequest);
    if (stream.req) stream.req.removeListener('finish', onfinish);
    stream.removeListener('end', onlegacyfinish);
    stream.removeListener('close', onlegacyfinish);
    stream.removeListener('finish', onfinish);
    stream.removeListener('end', onend);
    stream.removeListener('error', onerror);
    stream.removeListener('close', onclose);
  };

  if (options.signal && !closed) {
    const signal = options.signal;
    const abort = () => {
      const endCallback = callback;
      cleanup();
      endCallback.call(stream, new AbortError(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) {
      process.nextTick(abort);
    } else {
      addAbortListener ??= require('events').addAbortListener;
      const disposable = addAbortListener(signal, abort);
      const original = callback;
      callback = callOnce(function(...args) {
        disposable[SymbolDispose]();
        ReflectApply(original, stream, args);
      });
    }
  }

  return cleanup;
}

// finished() for web streams: they expose a promise that settles when they close.
function eosWeb(stream, options, callback) {
  let aborted = false;
  let abort = nop;
  if (options.signal) {
    const signal = options.signal;
    abort = () => {
      aborted = true;
      callback.call(stream, new AbortError(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) {
      process.nextTick(abort);
    } else {
      addAbortListener ??= require('events').addAbortListener;
      const disposable = addAbortListener(signal, abort);
      const original = callback;
      callback = callOnce(function(...args) {
        disposable[SymbolDispose]();
        ReflectApply(original, stream, args);
      });
    }
  }
  const resolverFn = (...args) => {
    if (!aborted) process.nextTick(() => ReflectApply(callback, stream, args));
  };
  const closedPromise = stream[kIsClosedPromise]?.promise;
  if (closedPromise) closedPromise.then(resolverFn, resolverFn);
  return nop;
}

// The promise form (stream/promises finished): resolves when done, rejects with the
// error. options.cleanup removes the listeners once settled.
function finished(stream, opts) {
  let autoCleanup = false;
  if (opts === null) opts = kNoOptions;
  if (opts?.cleanup) {
    validateBoolean(opts.cleanup, 'cleanup');
    autoCleanup = opts.cleanup;
  }
  return new Promise((resolve, reject) => {
    const cleanup = eos(stream, opts, (err) => {
      if (autoCleanup) cleanup();
      if (err) reject(err);
      else resolve();
    });
  });
}

eos.finished = finished;

module.exports = eos;

'use strict';

// stream.addAbortSignal(signal, stream): destroys the stream with an AbortError (whose
// cause is the signal's reason) when the signal aborts; immediately when it already
// has. Web streams are errored through their controller instead.

const {
  SymbolDispose,
} = primordials;

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const {
  isNodeStream,
  isWebStream,
  kControllerErrorFunction,
} = require('internal/streams/utils');

let eos;
let addAbortListener;

// Unlike the general validator, undefined is not accepted here.
function validateSignal(signal, name) {
  if (typeof signal !== 'object' || !('aborted' in signal)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

function addAbortSignal(signal, stream) {
  validateSignal(signal, 'signal');
  if (!isNodeStream(stream) && !isWebStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== 'object' || !('aborted' in signal)) return stream;
  const onAbort = isNodeStream(stream) ?
    () => { stream.destroy(new AbortError(undefined, { cause: signal.reason })); } :
    () => { stream[kControllerErrorFunction](new AbortError(undefined, { cause: signal.reason })); };
  if (signal.aborted) {
    onAbort();
  } else {
    addAbortListener ??= require('events').addAbortListener;
    const disposable = addAbortListener(signal, onAbort);
    eos ??= require('internal/streams/end-of-stream');
    eos(stream, disposable[SymbolDispose]);
  }
  return stream;
}

module.exports = { addAbortSignal, addAbortSignalNoValidate };

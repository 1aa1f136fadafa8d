'use strict';

// The JavaScript half of the stream handles (src/stream_wrap.h): how a stream object
// (net.Socket, and through it tty streams, process stdio and child process pipes) reads
// from and writes to its handle.
//
// Protocol with the handle:
//  - reads arrive as handle.onread(nread, arrayBuffer) with `this` the handle;
//    handle[kOwner] is the stream object. nread > 0 is a chunk (the ArrayBuffer holds
//    exactly nread bytes and is the stream's to keep), UV_EOF the end, < 0 an error.
//  - a write method returns 0 when the bytes went out at once, 1 when the rest was
//    queued (req.oncomplete(status) follows), or a negative errno.
// The stream object provides [kUpdateTimer]() (activity: restart the idle timeout) and
// [kAfterAsyncWrite]() (a queued write finished), and keeps its handle in _handle.

const {
  NumberIsFinite,
  Symbol,
} = primordials;

const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const {
  errnoException,
  codes: {
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateFunction, validateNumber } = require('internal/validators');
const { UV_EOF } = internalBinding('uv');

const kOwner = Symbol('owner_symbol');
const kUpdateTimer = Symbol('kUpdateTimer');
const kAfterAsyncWrite = Symbol('kAfterAsyncWrite');
const kHandle = Symbol('kHandle');
const kSession = Symbol('kSession');
const kBuffer = Symbol('kBuffer');
const kBufferGen = Symbol('kBufferGen');
const kBufferCb = Symbol('kBufferCb');
// The part of a chunk not yet handed to an onread callback that paused the socket.
const kBufferRest = Symbol('kBufferRest');
const kTimeout = Symbol('timeout');
const kLastWriteQueueSize = Symbol('lastWriteQueueSize');

// A write or shutdown in flight. `callback` runs once it is done; `owner` is the stream.
class WriteWrap {
  constructor(owner, callback) {
    this.owner = owner;
    this.callback = callback;
    this.oncomplete = onWriteComplete;
    this.async = false;
    this.bytes = 0;
  }
}

class ShutdownWrap {
  constructor(owner, callback) {
    this.owner = owner;
    this.callback = callback;
    this.oncomplete = onShutdownComplete;
  }
}

// Hands a chunk to the handle's write method for its encoding. Encodings the handle does
// not encode itself are converted to a Buffer here.
function dispatchWrite(handle, req, data, encoding) {
  switch (encoding) {
    case 'buffer':
      return handle.writeBuffer(req, data);
    case 'utf8':
    case 'utf-8':
      return handle.writeUtf8String(req, data);
    case 'latin1':
    case 'binary':
      return handle.writeLatin1String(req, data);
    case 'ascii':
      return handle.writeAsciiString(req, data);
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return handle.writeUcs2String(req, data);
    default:
      return handle.writeBuffer(req, Buffer.from(data, encoding));
  }
}

// What happens right after a write was handed to the handle: an immediate failure or
// completion calls cb now (the stream machinery defers the user's callback itself).
function afterWriteDispatched(req, status, cb) {
  if (status < 0) {
    cb(errnoException(status, 'write'));
    return;
  }
  if (status === 0) {
    cb();
    return;
  }
  req.async = true;
}

// Writes one chunk through the stream's handle. Returns the request.
function writeGeneric(self, data, encoding, cb) {
  const req = new WriteWrap(self, cb);
  const handle = self._handle;
  if (typeof data !== 'string') {
    req.bytes = data.byteLength;
  }
  afterWriteDispatched(req, dispatchWrite(handle, req, data, encoding), cb);
  return req;
}

const kHandleEncodings = {
  __proto__: null,
  'buffer': true, 'utf8': true, 'utf-8': true, 'latin1': true, 'binary': true,
  'ascii': true, 'ucs2': true, 'ucs-2': true, 'utf16le': true, 'utf-16le': true,
};

// Writes the queued chunks ([{ chunk, encoding }], with .allBuffers) in one call.
function writevGeneric(self, data, cb) {
  const req = new WriteWrap(self, cb);
  const allBuffers = data.allBuffers;
  let chunks;
  if (allBuffers) {
    chunks = new Array(data.length);
    for (let i = 0; i < data.length; i++) chunks[i] = data[i].chunk;
  } else {
    chunks = new Array(data.length * 2);
    for (let i = 0; i < data.length; i++) {
      let { chunk, encoding } = data[i];
      if (typeof chunk === 'string' && kHandleEncodings[encoding] !== true) {
        chunk = Buffer.from(chunk, encoding);
        encoding = 'buffer';
      }
      chunks[i * 2] = chunk;
      chunks[i * 2 + 1] = encoding;
    }
  }
  afterWriteDispatched(req, self._handle.writev(req, chunks, allBuffers), cb);
  return req;
}

// req.oncomplete for a queued write (this = req).
function onWriteComplete(status) {
  const stream = this.owner;
  const callback = this.callback;
  if (stream.destroyed) {
    if (typeof callback === 'function') callback(null);
    return;
  }
  if (status < 0) {
    const ex = errnoException(status, 'write');
    if (typeof callback === 'function') callback(ex);
    else stream.destroy(ex);
    return;
  }
  stream[kUpdateTimer]();
  stream[kAfterAsyncWrite]();
  if (typeof callback === 'function') callback(null);
}

function onShutdownComplete(status) {
  this.callback(status);
}

// Stops reading from the handle (the stream's buffer is full, or it is paused).
function stopReading(stream, handle) {
  handle.reading = false;
  if (!stream.destroyed) {
    const err = handle.readStop();
    if (err) stream.destroy(errnoException(err, 'read'));
  }
}

// handle.onread (this = handle).
function onStreamRead(nread, arrayBuffer) {
  const handle = this;
  const stream = handle[kOwner];
  if (stream === undefined) return;
  stream[kUpdateTimer]();

  if (nread > 0) {
    if (stream.destroyed) return;
    const chunk = new FastBuffer(arrayBuffer, 0, nread);
    if (stream[kBuffer]) {
      deliverToUserBuffer(stream, handle, chunk);
      return;
    }
    if (!stream.push(chunk)) stopReading(stream, handle);
    return;
  }

  if (nread === 0) return;

  if (nread !== UV_EOF) {
    stream.destroy(errnoException(nread, 'read'));
    return;
  }

  // The end. Most streams deliver nothing after it; a TTY may be started again.
  if (stream[kBuffer]) {
    // node asks the user's buffer function for a buffer before every read, including
    // the one that finds the end; callers count those calls.
    if (stream[kBuffer] === true) stream[kBufferGen]();
    stream.push(null);
    // As below, a stream nobody reads still ends; reading is marked off only afterwards,
    // so that this read does not start the handle again.
    if (!stream._readableState.endEmitted) stream.read(0);
    handle.reading = false;
    return;
  }
  if (!stream._readableState.endEmitted) {
    stream.push(null);
    stream.read(0);
  }
}

// The `onread` option of net.connect(): chunks are copied into the user's buffer (in
// pieces when they do not fit) and handed to the user's callback; a callback returning
// false stops reading until the socket is resumed. So does a callback that pauses the
// socket: then the rest of the chunk waits (kBufferRest) for resumeUserBuffer(), as it
// would wait in the kernel for node's next read.
function deliverToUserBuffer(stream, handle, chunk) {
  let offset = 0;
  while (offset < chunk.length) {
    let buffer = stream[kBuffer];
    // kBuffer is true when the user gave a function that makes a buffer per read.
    if (buffer === true) buffer = stream[kBufferGen]();
    const room = buffer.length;
    const n = chunk.length - offset < room ? chunk.length - offset : room;
    buffer.set(chunk.subarray(offset, offset + n));
    offset += n;
    const pause = stream[kBufferCb](n, buffer) === false;
    if (pause && handle.reading) stopReading(stream, handle);
    if (!handle.reading && offset < chunk.length) {
      stream[kBufferRest] = chunk.subarray(offset);
      return;
    }
  }
}

// Called when a socket with a user buffer resumes: what a pause held back is delivered
// before anything newly read (I/O callbacks run after this tick).
function resumeUserBuffer(stream) {
  const rest = stream[kBufferRest];
  if (rest === undefined || rest === null) return;
  stream[kBufferRest] = null;
  process.nextTick(() => {
    const handle = stream._handle;
    if (handle && !stream.destroyed) deliverToUserBuffer(stream, handle, rest);
  });
}

// socket.setTimeout(msecs[, callback]): 'timeout' after msecs of inactivity (0 turns the
// timer off). The timer does not keep the process alive.
function getTimerDuration(msecs, name) {
  validateNumber(msecs, name);
  if (msecs < 0 || !NumberIsFinite(msecs)) {
    throw new ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }
  // Timers take at most a 32-bit signed delay; longer ones become that.
  return msecs > 2147483647 ? 2147483647 : msecs;
}

let internalTimers;
function lazyTimers() {
  internalTimers ??= require('internal/timers');
  return internalTimers;
}

function setStreamTimeout(msecs, callback) {
  if (this.destroyed) return this;
  this.timeout = msecs;
  msecs = getTimerDuration(msecs, 'msecs');
  const timers = lazyTimers();
  if (this[kTimeout]) {
    timers.clearTimeout(this[kTimeout]);
    this[kTimeout] = null;
  }
  if (msecs === 0) {
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
  } else {
    this[kTimeout] = lazyTimers().setUnrefTimeout(this._onTimeout.bind(this), msecs);
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
  }
  return this;
}

module.exports = {
  getTimerDuration,
  kAfterAsyncWrite,
  kBuffer,
  kBufferCb,
  kBufferGen,
  kHandle,
  kLastWriteQueueSize,
  kOwner,
  kSession,
  kTimeout,
  kUpdateTimer,
  onStreamRead,
  resumeUserBuffer,
  setStreamTimeout,
  ShutdownWrap,
  stopReading,
  WriteWrap,
  writeGeneric,
  writevGeneric,
};

'use strict';

// node:net: TCP and Unix-domain (pipe) sockets and servers over the tcp_wrap and
// pipe_wrap handles (src/stream_wrap.h has the handle protocol, and
// internal/stream_base_commons the JavaScript half of reads and writes).
//
// A Socket is a stream.Duplex around a handle. It gets its handle three ways: accepted
// by a Server, made by connect() (a TCP or Pipe handle, connected after an optional DNS
// lookup), or given by the caller ({ handle } or { fd }), which is how terminals, process
// stdio and child process pipes become sockets. Event order follows node's:
//  - connect: 'lookup' (host names only), 'connectionAttempt', then 'connect' and
//    'ready' together, or 'connectionAttemptFailed' and 'error' then 'close';
//  - end of input: 'end', then (allowHalfOpen false) the writable side ends by itself;
//    once both sides are done the socket destroys itself and 'close' follows when the
//    handle has closed, with hadError;
//  - a failure: 'error' on the next tick, then 'close' (true) once the handle closed.
// Reading stops while the readable buffer is full (push() returned false) and starts
// again when the stream machinery calls _read().

const {
  ArrayIsArray,
  ArrayPrototypeIncludes,
  ArrayPrototypeIndexOf,
  ArrayPrototypePush,
  ArrayPrototypeSplice,
  Boolean,
  FunctionPrototypeBind,
  FunctionPrototypeCall,
  MathMax,
  Number,
  ObjectDefineProperty,
  ObjectSetPrototypeOf,
  Symbol,
  SymbolAsyncDispose,
} = primordials;

const EventEmitter = require('events');
const stream = require('stream');
const { Buffer } = require('buffer');
const {
  AbortError,
  errnoException,
  exceptionWithHostPort,
  genericNodeError,
  uvExceptionWithHostPort,
  codes: {
    ERR_INVALID_ADDRESS_FAMILY,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FD_TYPE,
    ERR_INVALID_HANDLE_TYPE,
    ERR_INVALID_IP_ADDRESS,
    ERR_MISSING_ARGS,
    ERR_SERVER_ALREADY_LISTEN,
    ERR_SERVER_NOT_RUNNING,
    ERR_SOCKET_CLOSED,
    ERR_SOCKET_CLOSED_BEFORE_CONNECTION,
    ERR_SOCKET_CONNECTION_TIMEOUT,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInt32,
  validateNumber,
  validatePort,
  validateString,
} = require('internal/validators');
const { isIP, isIPv4, isIPv6, normalizedArgsSymbol } = require('internal/net');
const {
  kAfterAsyncWrite,
  kBuffer,
  kBufferCb,
  kBufferGen,
  kLastWriteQueueSize,
  kOwner,
  kTimeout,
  kUpdateTimer,
  onStreamRead,
  resumeUserBuffer,
  setStreamTimeout,
  ShutdownWrap,
  writeGeneric,
  writevGeneric,
} = require('internal/stream_base_commons');
const { kEmptyObject } = require('internal/util');
const { isUint8Array } = require('internal/util/types');
const { getDefaultHighWaterMark } = require('internal/streams/state');
// The channels node's net publishes sockets on (APM and tracing libraries subscribe).
const dc = require('diagnostics_channel');
const netClientSocketChannel = dc.channel('net.client.socket');
const netServerSocketChannel = dc.channel('net.server.socket');

const { TCP, constants: TCPConstants } = internalBinding('tcp_wrap');
const { Pipe, constants: PipeConstants } = internalBinding('pipe_wrap');
const { UV_EINVAL, UV_ENOTCONN, UV_ECANCELED, UV_ETIMEDOUT } = internalBinding('uv');

const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kSetKeepAliveInitialDelay = Symbol('kSetKeepAliveInitialDelay');
const kBytesRead = Symbol('kBytesRead');
const kBytesWritten = Symbol('kBytesWritten');
const kAsyncId = Symbol('asyncId');
const kReinitializeHandle = Symbol('kReinitializeHandle');

const DEFAULT_IPV4_ADDR = '0.0.0.0';
const DEFAULT_IPV6_ADDR = '::';

let dns;
function lazyDns() {
  dns ??= require('dns');
  return dns;
}

let timers;
function lazyTimers() {
  timers ??= require('internal/timers');
  return timers;
}

let autoSelectFamilyDefault = true;
let autoSelectFamilyAttemptTimeoutDefault = 250;

function noop() {}

// ---------------------------------------------------------------------------------------
// Arguments.

// Number(value) when it is a non-negative number, else false.
function toNumber(value) {
  value = Number(value);
  return value >= 0 ? value : false;
}

// A string that is not a number names a pipe (a Unix socket path).
function isPipeName(s) {
  return typeof s === 'string' && toNumber(s) === false;
}

// The argument forms of connect() and listen(): (options[, cb]), (path[, cb]) and
// (port[, host][, cb]). Returns [options, cb or null].
function normalizeArgs(args) {
  let normalized;
  if (args.length === 0) {
    normalized = [{}, null];
    normalized[normalizedArgsSymbol] = true;
    return normalized;
  }
  const first = args[0];
  let options = {};
  if (typeof first === 'object' && first !== null) {
    options = first;
  } else if (isPipeName(first)) {
    options.path = first;
  } else {
    options.port = first;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  normalized = [options, typeof cb === 'function' ? cb : null];
  normalized[normalizedArgsSymbol] = true;
  return normalized;
}

// A handle for an existing descriptor: a Pipe for pipes and Unix sockets, a TCP handle
// for TCP sockets.
function createHandle(fd, isServer) {
  validateInt32(fd, 'fd', 0);
  const type = internalBinding('tty_wrap').guessHandleType(fd);
  if (type === 'PIPE') {
    return new Pipe(isServer ? PipeConstants.SERVER : PipeConstants.SOCKET);
  }
  if (type === 'TCP') {
    return new TCP(isServer ? TCPConstants.SERVER : TCPConstants.SOCKET);
  }
  throw new ERR_INVALID_FD_TYPE(type);
}

function getFlags(ipv6Only) {
  return ipv6Only === true ? TCPConstants.UV_TCP_IPV6ONLY : 0;
}

function socketToDnsFamily(family) {
  switch (family) {
    case 'IPv4':
      return 4;
    case 'IPv6':
      return 6;
  }
  return family;
}

// ---------------------------------------------------------------------------------------
// Socket.

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (options?.objectMode) {
    throw new ERR_INVALID_ARG_VALUE('options.objectMode', options.objectMode, 'is not supported');
  } else if (options?.readableObjectMode || options?.writableObjectMode) {
    throw new ERR_INVALID_ARG_VALUE(
      `options.${options.readableObjectMode ? 'readableObjectMode' : 'writableObjectMode'}`,
      options.readableObjectMode || options.writableObjectMode, 'is not supported');
  }
  if (typeof options?.keepAliveInitialDelay !== 'undefined') {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }

  this.connecting = false;
  this._hadError = false;
  this._parent = null;
  this._host = null;
  this[kLastWriteQueueSize] = 0;
  this[kTimeout] = null;
  this[kBuffer] = null;
  this[kBufferCb] = null;
  this[kBufferGen] = null;
  this._closeAfterHandlingError = false;

  if (typeof options === 'number') {
    options = { fd: options };
  } else {
    options = { ...options };
  }
  // Half-open sockets are off unless asked for; the socket emits 'close' itself (with
  // hadError) once its handle closed; strings reach the handle undecoded.
  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  options.emitClose = false;
  options.autoDestroy = true;
  options.decodeStrings = false;
  // The socket watches options.signal itself (addClientAbortSignalOption below), so the
  // stream must not add a second listener of its own; the check (and its wording) is the
  // stream's.
  if (options.signal) validateAbortSignal(options.signal, 'signal');
  FunctionPrototypeCall(stream.Duplex, this, { __proto__: options, signal: undefined });

  if (options.handle) {
    this._handle = options.handle;
    this[kAsyncId] = getAsyncIdOf(this._handle);
  } else if (options.fd !== undefined) {
    const { fd } = options;
    this._handle = createHandle(fd, false);
    const err = this._handle.open(fd);
    if (err) throw errnoException(err, 'open');
    this[kAsyncId] = this._handle.getAsyncId();
  } else {
    this._handle = null;
  }

  const onread = options.onread;
  if (onread !== null && typeof onread === 'object' &&
      (isUint8Array(onread.buffer) || typeof onread.buffer === 'function') &&
      typeof onread.callback === 'function') {
    if (typeof onread.buffer === 'function') {
      this[kBuffer] = true;
      this[kBufferGen] = onread.buffer;
    } else {
      this[kBuffer] = onread.buffer;
    }
    this[kBufferCb] = onread.callback;
  }

  this[kSetNoDelay] = Boolean(options.noDelay);
  this[kSetKeepAlive] = Boolean(options.keepAlive);
  this[kSetKeepAliveInitialDelay] = ~~(options.keepAliveInitialDelay / 1000);

  this.on('end', onReadableStreamEnd);

  initSocketHandle(this);

  this._pendingData = null;
  this._pendingEncoding = '';

  // A socket over an existing handle starts reading now (unless asked not to); a
  // connecting socket starts once connected.
  if (this._handle && options.readable !== false) {
    if (options.pauseOnCreate) {
      this._handle.reading = false;
      this._handle.readStop();
      this.readableFlowing = false;
    } else if (!options.manualStart) {
      this.read(0);
    }
  }

  if (options.signal) addClientAbortSignalOption(this, options);

  this.server = null;
  this._server = null;

  // Counters kept for after destroy(), when the handle is gone.
  this[kBytesRead] = 0;
  this[kBytesWritten] = 0;
}
ObjectSetPrototypeOf(Socket.prototype, stream.Duplex.prototype);
ObjectSetPrototypeOf(Socket, stream.Duplex);

function getAsyncIdOf(handle) {
  return typeof handle.getAsyncId === 'function' ? handle.getAsyncId() : -1;
}

// Links the socket and its (new) handle.
function initSocketHandle(self) {
  self._undestroy();
  self._sockname = null;
  if (self._handle) {
    self._handle[kOwner] = self;
    self._handle.onread = onStreamRead;
    self[kAsyncId] = getAsyncIdOf(self._handle);
  }
}

function addClientAbortSignalOption(self, options) {
  validateAbortSignal(options.signal, 'options.signal');
  const { signal } = options;
  function onAbort() {
    signal.removeEventListener('abort', onAbort);
    self._aborted = true;
    self.destroy(new AbortError(undefined, { cause: signal.reason }));
  }
  if (signal.aborted) {
    process.nextTick(onAbort);
  } else {
    signal.addEventListener('abort', onAbort);
    self.once('close', () => signal.removeEventListener('abort', onAbort));
  }
}

// After the peer's FIN, a socket that is not half-open refuses writes.
function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) {
    return FunctionPrototypeCall(stream.Duplex.prototype.write, this, chunk, encoding, cb);
  }
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  const err = genericNodeError('This socket has been ended by the other party',
                               { code: 'EPIPE' });
  if (typeof cb === 'function') process.nextTick(cb, err);
  this.destroy(err);
  return false;
}

Socket.prototype._unrefTimer = function _unrefTimer() {
  for (let s = this; s !== null; s = s._parent) {
    if (s[kTimeout]) s[kTimeout].refresh();
  }
};
Socket.prototype[kUpdateTimer] = Socket.prototype._unrefTimer;

Socket.prototype[kAfterAsyncWrite] = function() {
  this[kLastWriteQueueSize] = 0;
};

Socket.prototype[kReinitializeHandle] = function(handle) {
  this._handle?.close();
  this._handle = handle;
  this._handle[kOwner] = this;
  initSocketHandle(this);
};

// The writable side ends: shut the connection down for writing once the queued writes
// are out.
Socket.prototype._final = function(cb) {
  if (this.pending) {
    return this.once('connect', () => this._final(cb));
  }
  if (!this._handle) return cb();
  const req = new ShutdownWrap(this, () => cb());
  const err = this._handle.shutdown(req);
  if (err === 1 || err === UV_ENOTCONN) return cb();
  if (err !== 0) return cb(errnoException(err, 'shutdown'));
};

Socket.prototype.setTimeout = setStreamTimeout;

Socket.prototype._onTimeout = function() {
  const handle = this._handle;
  const lastWriteQueueSize = this[kLastWriteQueueSize];
  if (lastWriteQueueSize > 0 && handle) {
    // A write is still draining: that is activity too.
    const { writeQueueSize } = handle;
    if (lastWriteQueueSize !== writeQueueSize) {
      this[kLastWriteQueueSize] = writeQueueSize;
      this._unrefTimer();
      return;
    }
  }
  this.emit('timeout');
};

Socket.prototype.setNoDelay = function(enable) {
  // No argument means true, as it always has.
  enable = Boolean(enable === undefined ? true : enable);
  if (!this._handle) {
    this[kSetNoDelay] = enable;
    return this;
  }
  if (this._handle.setNoDelay && enable !== this[kSetNoDelay]) {
    this[kSetNoDelay] = enable;
    this._handle.setNoDelay(enable);
  }
  return this;
};

Socket.prototype.setKeepAlive = function(enable, initialDelayMsecs) {
  enable = Boolean(enable);
  const initialDelay = ~~(initialDelayMsecs / 1000);
  if (!this._handle) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    return this;
  }
  if (!this._handle.setKeepAlive) return this;
  if (enable !== this[kSetKeepAlive] ||
      (enable && this[kSetKeepAliveInitialDelay] !== initialDelay)) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    this._handle.setKeepAlive(enable, initialDelay);
  }
  return this;
};

Socket.prototype.address = function() {
  return this._getsockname();
};

ObjectDefineProperty(Socket.prototype, '_connecting', {
  __proto__: null,
  get() { return this.connecting; },
});

ObjectDefineProperty(Socket.prototype, 'pending', {
  __proto__: null,
  get() { return !this._handle || this.connecting; },
  configurable: true,
});

ObjectDefineProperty(Socket.prototype, 'readyState', {
  __proto__: null,
  get() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  },
});

ObjectDefineProperty(Socket.prototype, 'bufferSize', {
  __proto__: null,
  get() {
    if (this._handle) return this.writableLength;
    return undefined;
  },
});

ObjectDefineProperty(Socket.prototype, kUpdateTimer, {
  __proto__: null,
  value: Socket.prototype._unrefTimer,
  writable: true,
  configurable: true,
});

// Reading. The handle reads while the stream wants data; _read() (re)starts it.
function tryReadStart(socket) {
  socket._handle.reading = true;
  const err = socket._handle.readStart();
  if (err) socket.destroy(errnoException(err, 'read'));
}

Socket.prototype._read = function(n) {
  if (this.connecting || !this._handle) {
    this.once('connect', () => this._read(n));
  } else if (!this._handle.reading) {
    tryReadStart(this);
  }
};

Socket.prototype.end = function(data, encoding, callback) {
  FunctionPrototypeCall(stream.Duplex.prototype.end, this, data, encoding, callback);
  return this;
};

// With a user buffer (the onread option) the stream's own buffer is bypassed, so
// pausing and resuming act on the handle directly.
Socket.prototype.pause = function() {
  if (this[kBuffer] && !this.connecting && this._handle && this._handle.reading) {
    this._handle.reading = false;
    if (!this.destroyed) {
      const err = this._handle.readStop();
      if (err) this.destroy(errnoException(err, 'read'));
    }
  }
  return FunctionPrototypeCall(stream.Duplex.prototype.pause, this);
};

Socket.prototype.resume = function() {
  if (this[kBuffer] && !this.connecting && this._handle && !this._handle.reading) {
    resumeUserBuffer(this);
    tryReadStart(this);
  }
  return FunctionPrototypeCall(stream.Duplex.prototype.resume, this);
};

Socket.prototype.read = function(n) {
  if (this[kBuffer] && !this.connecting && this._handle && !this._handle.reading) {
    resumeUserBuffer(this);
    tryReadStart(this);
  }
  return FunctionPrototypeCall(stream.Duplex.prototype.read, this, n);
};

// Ends the writable side, then destroys the socket once that is done.
Socket.prototype.destroySoon = function() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype._destroy = function(exception, cb) {
  this.connecting = false;
  for (let s = this; s !== null; s = s._parent) {
    if (s[kTimeout]) {
      lazyTimers().clearTimeout(s[kTimeout]);
      s[kTimeout] = null;
    }
  }

  if (this._handle) {
    const isException = exception ? true : false;
    // The counters stay readable after the handle is gone.
    this[kBytesRead] = this._handle.bytesRead;
    this[kBytesWritten] = this._handle.bytesWritten;

    if (this.resetAndClosing) {
      this.resetAndClosing = false;
      const err = this._handle.reset(() => this.emit('close', isException));
      if (err) this.emit('error', errnoException(err, 'reset'));
    } else if (this._closeAfterHandlingError) {
      // Let 'error' handlers (on the next tick) still see the handle.
      queueMicrotask(() => closeSocketHandle(this, isException));
    } else {
      closeSocketHandle(this, isException);
    }

    this._handle.onread = noop;
    this._handle = null;
    this._sockname = null;
    cb(exception);
  } else {
    cb(exception);
    process.nextTick(emitCloseNT, this);
  }

  if (this._server) {
    this._server._connections--;
    if (this._server._emitCloseIfDrained) this._server._emitCloseIfDrained();
  }
};

function closeSocketHandle(self, isException) {
  if (self._handle) {
    self._handle.close(() => {
      self.emit('close', isException);
    });
  }
}

function emitCloseNT(self) {
  self.emit('close');
}

// Closes the connection with a TCP RST instead of a FIN.
Socket.prototype.resetAndDestroy = function() {
  if (this._handle) {
    if (!(this._handle instanceof TCP)) throw new ERR_INVALID_HANDLE_TYPE();
    if (this.connecting) {
      this.once('connect', () => this._reset());
    } else {
      this._reset();
    }
  } else {
    this.destroy(new ERR_SOCKET_CLOSED());
  }
  return this;
};

Socket.prototype._reset = function() {
  this.resetAndClosing = true;
  return this.destroy();
};

Socket.prototype._getpeername = function() {
  if (!this._handle || !this._handle.getpeername || this.connecting) {
    return this._peername || {};
  } else if (!this._peername) {
    const out = {};
    const err = this._handle.getpeername(out);
    if (err) return out;
    this._peername = out;
  }
  return this._peername;
};

function protoGetter(name, get) {
  ObjectDefineProperty(Socket.prototype, name, {
    __proto__: null,
    configurable: false,
    enumerable: true,
    get,
  });
}

protoGetter('bytesRead', function bytesRead() {
  return this._handle ? this._handle.bytesRead : this[kBytesRead];
});

protoGetter('remoteAddress', function remoteAddress() {
  return this._getpeername().address;
});

protoGetter('remoteFamily', function remoteFamily() {
  return this._getpeername().family;
});

protoGetter('remotePort', function remotePort() {
  return this._getpeername().port;
});

Socket.prototype._getsockname = function() {
  if (!this._handle || !this._handle.getsockname) return {};
  if (!this._sockname) {
    this._sockname = {};
    this._handle.getsockname(this._sockname);
  }
  return this._sockname;
};

protoGetter('localAddress', function localAddress() {
  return this._getsockname().address;
});

protoGetter('localPort', function localPort() {
  return this._getsockname().port;
});

protoGetter('localFamily', function localFamily() {
  return this._getsockname().family;
});

// Bytes written, including what is still queued in the stream.
protoGetter('bytesWritten', function bytesWritten() {
  let bytes = this._handle ? this._handle.bytesWritten : this[kBytesWritten];
  const writableBuffer = this.writableBuffer;
  if (!writableBuffer) return undefined;
  for (const entry of writableBuffer) {
    bytes += entry.chunk instanceof Buffer ?
      entry.chunk.length : Buffer.byteLength(entry.chunk, entry.encoding);
  }
  const data = this._pendingData;
  const encoding = this._pendingEncoding;
  if (ArrayIsArray(data)) {
    for (let i = 0; i < data.length; i++) {
      const { chunk, encoding: enc } = data[i];
      bytes += chunk instanceof Buffer ? chunk.length : Buffer.byteLength(chunk, enc);
    }
  } else if (data) {
    bytes += typeof data !== 'string' ? data.length : Buffer.byteLength(data, encoding);
  }
  return bytes;
});

Socket.prototype._writeGeneric = function(writev, data, encoding, cb) {
  // While connecting, keep this chunk until 'connect' (the stream buffers the rest).
  if (this.connecting) {
    this._pendingData = data;
    this._pendingEncoding = encoding;
    function onClose() {
      cb(new ERR_SOCKET_CLOSED_BEFORE_CONNECTION());
    }
    this.once('connect', function connect() {
      this.off('close', onClose);
      this._writeGeneric(writev, data, encoding, cb);
    });
    this.once('close', onClose);
    return;
  }
  this._pendingData = null;
  this._pendingEncoding = '';

  if (!this._handle) {
    cb(new ERR_SOCKET_CLOSED());
    return false;
  }

  this._unrefTimer();

  const req = writev ? writevGeneric(this, data, cb) : writeGeneric(this, data, encoding, cb);
  if (req.async) this[kLastWriteQueueSize] = req.bytes;
};

Socket.prototype._writev = function(chunks, cb) {
  this._writeGeneric(true, chunks, '', cb);
};

Socket.prototype._write = function(data, encoding, cb) {
  this._writeGeneric(false, data, encoding, cb);
};

Socket.prototype.connect = function(...args) {
  let normalized;
  // A caller may pass normalizeArgs' result itself.
  if (ArrayIsArray(args[0]) && args[0][normalizedArgsSymbol]) {
    normalized = args[0];
  } else {
    normalized = normalizeArgs(args);
  }
  const options = normalized[0];
  const cb = normalized[1];

  if (options.port === undefined && options.path == null) {
    throw new ERR_MISSING_ARGS(['options', 'port', 'path']);
  }

  // A socket that ended by the peer's FIN may be reused.
  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;

  if (this.destroyed) {
    this._handle = null;
    this._peername = null;
    this._sockname = null;
    this._undestroy();
  }

  const { path } = options;
  const pipe = !!path;

  if (!this._handle) {
    this._handle = pipe ? new Pipe(PipeConstants.SOCKET) : new TCP(TCPConstants.SOCKET);
    initSocketHandle(this);
  }

  if (cb !== null) this.once('connect', cb);

  this._unrefTimer();
  this.connecting = true;

  if (pipe) {
    validateString(path, 'options.path');
    internalConnect(this, path);
  } else {
    lookupAndConnect(this, options);
  }
  return this;
};

Socket.prototype.ref = function() {
  if (!this._handle) {
    this.once('connect', this.ref);
    return this;
  }
  if (typeof this._handle.ref === 'function') this._handle.ref();
  return this;
};

Socket.prototype.unref = function() {
  if (!this._handle) {
    this.once('connect', this.unref);
    return this;
  }
  if (typeof this._handle.unref === 'function') this._handle.unref();
  return this;
};

// ---------------------------------------------------------------------------------------
// Connecting.

function lookupAndConnect(self, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port, autoSelectFamilyAttemptTimeout, autoSelectFamily } = options;

  if (localAddress && !isIP(localAddress)) {
    throw new ERR_INVALID_IP_ADDRESS(localAddress);
  }
  if (localPort) validateNumber(localPort, 'options.localPort');

  if (typeof port !== 'undefined') {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    validatePort(port);
  }
  port |= 0;

  if (autoSelectFamily != null) {
    validateBoolean(autoSelectFamily, 'options.autoSelectFamily');
  } else {
    autoSelectFamily = autoSelectFamilyDefault;
  }
  if (autoSelectFamilyAttemptTimeout != null) {
    validateInt32(autoSelectFamilyAttemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
    if (autoSelectFamilyAttemptTimeout < 10) autoSelectFamilyAttemptTimeout = 10;
  } else {
    autoSelectFamilyAttemptTimeout = autoSelectFamilyAttemptTimeoutDefault;
  }

  // An address needs no lookup (and emits no 'lookup').
  const addressType = isIP(host);
  if (addressType) {
    process.nextTick(() => {
      if (self.connecting) {
        internalConnect(self, host, port, addressType, localAddress, localPort);
      }
    });
    return;
  }

  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');

  const dnsModule = lazyDns();
  const dnsopts = {
    family: socketToDnsFamily(options.family),
    hints: options.hints || 0,
  };
  if (dnsopts.family !== 4 && dnsopts.family !== 6 && dnsopts.hints === 0) {
    dnsopts.hints = dnsModule.ADDRCONFIG;
  }

  self._host = host;
  self._port = port;
  const lookup = options.lookup || dnsModule.lookup;

  if (dnsopts.family !== 4 && dnsopts.family !== 6 && !localAddress && autoSelectFamily) {
    dnsopts.all = true;
    lookupAndConnectMultiple(self, lookup, host, options, dnsopts, port, localAddress,
                             localPort, autoSelectFamilyAttemptTimeout);
    return;
  }

  lookup(host, dnsopts, function emitLookup(err, ip, family) {
    self.emit('lookup', err, ip, family, host);
    // The socket may have been destroyed meanwhile.
    if (!self.connecting) return;
    if (err) {
      process.nextTick(connectErrorNT, self, err);
    } else if (!isIP(ip)) {
      process.nextTick(connectErrorNT, self, new ERR_INVALID_IP_ADDRESS(ip));
    } else if (family !== 4 && family !== 6) {
      process.nextTick(connectErrorNT, self,
                       new ERR_INVALID_ADDRESS_FAMILY(family, options.host, options.port));
    } else {
      self._unrefTimer();
      internalConnect(self, ip, port, family, localAddress, localPort);
    }
  });
}

// Happy eyeballs: the lookup returns every address; they are tried alternating between
// the families, each attempt getting `timeout` ms before the next one starts.
function lookupAndConnectMultiple(self, lookup, host, options, dnsopts, port, localAddress,
                                  localPort, timeout) {
  lookup(host, dnsopts, function emitLookup(err, addresses) {
    if (!self.connecting) return;
    if (err) {
      self.emit('lookup', err, undefined, undefined, host);
      process.nextTick(connectErrorNT, self, err);
      return;
    }
    // [preferred family, other family], each without duplicates.
    const byFamily = [[], []];
    const seen = [[], []];
    let firstFamily = 0;
    for (let i = 0; i < addresses.length; i++) {
      const entry = addresses[i];
      const { address: ip, family } = entry;
      self.emit('lookup', err, ip, family, host);
      if (!self.connecting) return;
      if (isIP(ip) && (family === 4 || family === 6)) {
        firstFamily ||= family;
        const slot = family === firstFamily ? 0 : 1;
        if (!ArrayPrototypeIncludes(seen[slot], ip)) {
          ArrayPrototypePush(byFamily[slot], entry);
          ArrayPrototypePush(seen[slot], ip);
        }
      }
    }

    if (byFamily[0].length === 0 && byFamily[1].length === 0) {
      const { address: ip, family } = addresses[0];
      if (!isIP(ip)) {
        process.nextTick(connectErrorNT, self, new ERR_INVALID_IP_ADDRESS(ip));
      } else if (family !== 4 && family !== 6) {
        process.nextTick(connectErrorNT, self,
                         new ERR_INVALID_ADDRESS_FAMILY(family, options.host, options.port));
      }
      return;
    }

    const toAttempt = [];
    const longest = MathMax(byFamily[0].length, byFamily[1].length);
    for (let i = 0; i < longest; i++) {
      if (i < byFamily[0].length) ArrayPrototypePush(toAttempt, byFamily[0][i]);
      if (i < byFamily[1].length) ArrayPrototypePush(toAttempt, byFamily[1][i]);
    }

    if (toAttempt.length === 1) {
      const { address: ip, family } = toAttempt[0];
      self._unrefTimer();
      internalConnect(self, ip, port, family, localAddress, localPort);
      return;
    }

    self.autoSelectFamilyAttemptedAddresses = [];
    const context = {
      socket: self,
      addresses: toAttempt,
      current: 0,
      port,
      localPort,
      timeout,
      [kTimeout]: null,
      errors: [],
    };
    self._unrefTimer();
    internalConnectMultiple(context);
  });
}

function connectErrorNT(self, err) {
  self.destroy(err);
}

// The error of a failed connection attempt, with the local side when it was bound.
function connectionError(req, status) {
  let details;
  if (req.localAddress && req.localPort) {
    details = `${req.localAddress}:${req.localPort}`;
  }
  const ex = exceptionWithHostPort(status, 'connect', req.address, req.port, details);
  if (details) {
    ex.localAddress = req.localAddress;
    ex.localPort = req.localPort;
  }
  return ex;
}

class TCPConnectWrap {
  constructor(oncomplete, address, port, localAddress, localPort, addressType) {
    this.oncomplete = oncomplete;
    this.address = address;
    this.port = port;
    this.localAddress = localAddress;
    this.localPort = localPort;
    this.addressType = addressType;
  }
}

class PipeConnectWrap {
  constructor(oncomplete, address) {
    this.oncomplete = oncomplete;
    this.address = address;
  }
}

function internalConnect(self, address, port, addressType, localAddress, localPort, flags) {
  let err;
  if (localAddress || localPort) {
    if (addressType === 4) {
      localAddress ||= DEFAULT_IPV4_ADDR;
      err = self._handle.bind(localAddress, localPort);
    } else {
      localAddress ||= DEFAULT_IPV6_ADDR;
      err = self._handle.bind6(localAddress, localPort, flags);
    }
    if (err) {
      self.destroy(exceptionWithHostPort(err, 'bind', localAddress, localPort));
      return;
    }
  }

  if (addressType === 6 || addressType === 4) {
    const req = new TCPConnectWrap(afterConnect, address, port, localAddress, localPort,
                                   addressType);
    self.emit('connectionAttempt', address, port, addressType);
    if (addressType === 4) {
      err = self._handle.connect(req, address, port);
    } else {
      err = self._handle.connect6(req, address, port);
    }
  } else {
    const req = new PipeConnectWrap(afterConnect, address);
    err = self._handle.connect(req, address);
  }

  if (err) {
    const sockname = self._getsockname();
    let details;
    if (sockname && sockname.address !== undefined) {
      details = `${sockname.address}:${sockname.port}`;
    }
    self.destroy(exceptionWithHostPort(err, 'connect', address, port, details));
  }
}

function internalConnectMultiple(context, canceled) {
  lazyTimers().clearTimeout(context[kTimeout]);
  const self = context.socket;

  if (self._aborted) return;

  // Every address failed.
  if (canceled || context.current === context.addresses.length) {
    if (context.errors.length === 0) {
      self.destroy(new ERR_SOCKET_CONNECTION_TIMEOUT());
      return;
    }
    self.destroy(new AggregateError(context.errors));
    return;
  }

  const current = context.current++;
  if (current > 0) self[kReinitializeHandle](new TCP(TCPConstants.SOCKET));

  const { localPort, port } = context;
  const { address, family: addressType } = context.addresses[current];
  let localAddress;
  let err;

  if (localPort) {
    if (addressType === 4) {
      localAddress = DEFAULT_IPV4_ADDR;
      err = self._handle.bind(localAddress, localPort);
    } else {
      localAddress = DEFAULT_IPV6_ADDR;
      err = self._handle.bind6(localAddress, localPort, 0);
    }
    if (err) {
      ArrayPrototypePush(context.errors,
                         exceptionWithHostPort(err, 'bind', localAddress, localPort));
      internalConnectMultiple(context);
      return;
    }
  }

  const req = new TCPConnectWrap(undefined, address, port, localAddress, localPort,
                                 addressType);
  req.oncomplete = FunctionPrototypeBind(afterConnectMultiple, undefined, context, current);
  ArrayPrototypePush(self.autoSelectFamilyAttemptedAddresses, `${address}:${port}`);
  self.emit('connectionAttempt', address, port, addressType);
  if (addressType === 4) {
    err = self._handle.connect(req, address, port);
  } else {
    err = self._handle.connect6(req, address, port);
  }

  if (err) {
    const sockname = self._getsockname();
    let details;
    if (sockname && sockname.address !== undefined) {
      details = `${sockname.address}:${sockname.port}`;
    }
    const ex = exceptionWithHostPort(err, 'connect', address, port, details);
    ArrayPrototypePush(context.errors, ex);
    self.emit('connectionAttemptFailed', address, port, addressType, ex);
    internalConnectMultiple(context);
    return;
  }

  if (current < context.addresses.length - 1) {
    context[kTimeout] = lazyTimers().setTimeout(internalConnectMultipleTimeout,
                                                context.timeout, context, req, self._handle);
  }
}

function internalConnectMultipleTimeout(context, req, handle) {
  req.oncomplete = undefined;
  ArrayPrototypePush(context.errors, connectionError(req, UV_ETIMEDOUT));
  handle.close();
  if (context.socket.connecting) {
    context.socket.emit('connectionAttemptTimeout', req.address, req.port, req.addressType);
    internalConnectMultiple(context);
  }
}

function afterConnectMultiple(context, current, status, handle, req, readable, writable) {
  const self = context.socket;
  // An attempt that finished after a later one started (or after destroy()) is ignored.
  if (current !== context.current - 1 || self.destroyed) return;
  lazyTimers().clearTimeout(context[kTimeout]);

  if (status !== 0) {
    const ex = connectionError(req, status);
    ArrayPrototypePush(context.errors, ex);
    self.emit('connectionAttemptFailed', req.address, req.port, req.addressType, ex);
    if (self.connecting) internalConnectMultiple(context, status === UV_ECANCELED);
    return;
  }
  afterConnect(status, self._handle, req, readable, writable);
}

function afterConnect(status, handle, req, readable, writable) {
  const self = handle[kOwner];
  // destroy() may have come first.
  if (self === undefined || self.destroyed) return;

  self.connecting = false;
  self._sockname = null;

  if (status === 0) {
    if (self.readable && !readable) {
      self.push(null);
      self.read();
    }
    if (self.writable && !writable) self.end();
    self._unrefTimer();

    if (self[kSetNoDelay] && self._handle.setNoDelay) self._handle.setNoDelay(true);
    if (self[kSetKeepAlive] && self._handle.setKeepAlive) {
      self._handle.setKeepAlive(true, self[kSetKeepAliveInitialDelay]);
    }

    self.emit('connect');
    self.emit('ready');

    // Start reading (or see an immediate end) unless the user paused the socket.
    if (readable && !self.isPaused()) self.read(0);
  } else {
    const ex = connectionError(req, status);
    if (req.addressType !== undefined) {
      self.emit('connectionAttemptFailed', req.address, req.port, req.addressType, ex);
    }
    self.destroy(ex);
  }
}

// ---------------------------------------------------------------------------------------
// Server.

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);

  FunctionPrototypeCall(EventEmitter, this);

  if (typeof options === 'function') {
    connectionListener = options;
    options = kEmptyObject;
    this.on('connection', connectionListener);
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
    if (typeof connectionListener === 'function') {
      this.on('connection', connectionListener);
    }
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  if (options.keepAliveInitialDelay !== undefined) {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }
  if (options.highWaterMark !== undefined) {
    validateNumber(options.highWaterMark, 'options.highWaterMark');
    if (options.highWaterMark < 0) options.highWaterMark = getDefaultHighWaterMark();
  }

  this._connections = 0;
  this[kAsyncId] = -1;
  this._handle = null;
  this._usingWorkers = false;
  this._workers = [];
  this._unref = false;
  this._listeningId = 1;

  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
  this.highWaterMark = options.highWaterMark ?? getDefaultHighWaterMark();
}
ObjectSetPrototypeOf(Server.prototype, EventEmitter.prototype);
ObjectSetPrototypeOf(Server, EventEmitter);

// A bound handle for a server, or a negative errno. Without an address the server
// listens on every interface: '::' (which also accepts IPv4) when IPv6 is available,
// else '0.0.0.0'.
function createServerHandle(address, port, addressType, fd, flags) {
  let err = 0;
  let handle;
  let isTCP = false;
  if (typeof fd === 'number' && fd >= 0) {
    try {
      handle = createHandle(fd, true);
    } catch {
      return UV_EINVAL;
    }
    err = handle.open(fd);
    if (err) return err;
  } else if (port === -1 && addressType === -1) {
    handle = new Pipe(PipeConstants.SERVER);
  } else {
    handle = new TCP(TCPConstants.SERVER);
    isTCP = true;
  }

  if (address || port || isTCP) {
    if (!address) {
      err = handle.bind6(DEFAULT_IPV6_ADDR, port, flags);
      if (err) {
        handle.close();
        return createServerHandle(DEFAULT_IPV4_ADDR, port);
      }
    } else if (addressType === 6) {
      err = handle.bind6(address, port, flags);
    } else {
      err = handle.bind(address, port);
    }
  }

  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

function setupListenHandle(address, port, addressType, backlog, fd, flags) {
  if (!this._handle) {
    let rval = null;
    if (!address && typeof fd !== 'number') {
      rval = createServerHandle(DEFAULT_IPV6_ADDR, port, 6, fd, flags);
      if (typeof rval === 'number') {
        rval = null;
        address = DEFAULT_IPV4_ADDR;
        addressType = 4;
      } else {
        address = DEFAULT_IPV6_ADDR;
        addressType = 6;
      }
    }
    if (rval === null) rval = createServerHandle(address, port, addressType, fd, flags);
    if (typeof rval === 'number') {
      process.nextTick(emitErrorNT, this, uvExceptionWithHostPort(rval, 'listen', address, port));
      return;
    }
    this._handle = rval;
  }

  this[kAsyncId] = getAsyncIdOf(this._handle);
  this._handle.onconnection = onconnection;
  this._handle[kOwner] = this;

  // 511 gives the kernel's 512-entry queue (it rounds backlog + 1 up to a power of 2).
  const err = this._handle.listen(backlog || 511);
  if (err) {
    const ex = uvExceptionWithHostPort(err, 'listen', address, port);
    this._handle.close();
    this._handle = null;
    process.nextTick(emitErrorNT, this, ex);
    return;
  }

  this._connectionKey = `${addressType}:${address}:${port}`;
  if (this._unref) this.unref();
  process.nextTick(emitListeningNT, this);
}

Server.prototype._listen2 = setupListenHandle;

function emitErrorNT(self, err) {
  self.emit('error', err);
}

function emitListeningNT(self) {
  // close() may have come first.
  if (self._handle) self.emit('listening');
}

// No cluster in nodus: every server listens itself.
function listenInCluster(server, address, port, addressType, backlog, fd, exclusive, flags) {
  FunctionPrototypeCall(server._listen2, server, address, port, addressType, backlog, fd,
                        flags);
}

function addServerAbortSignalOption(self, options) {
  if (options?.signal === undefined) return;
  validateAbortSignal(options.signal, 'options.signal');
  const { signal } = options;
  const onAborted = () => self.close();
  if (signal.aborted) {
    process.nextTick(onAborted);
  } else {
    signal.addEventListener('abort', onAborted);
    self.once('close', () => signal.removeEventListener('abort', onAborted));
  }
}

Server.prototype.listen = function(...args) {
  const normalized = normalizeArgs(args);
  let options = normalized[0];
  const cb = normalized[1];

  if (this._handle) throw new ERR_SERVER_ALREADY_LISTEN();

  if (cb !== null) this.once('listening', cb);

  // listen(port, backlog) and listen(port, host, backlog).
  const backlogFromArgs = toNumber(args.length > 1 && args[1]) ||
    toNumber(args.length > 2 && args[2]);

  options = options._handle || options.handle || options;
  const flags = getFlags(options.ipv6Only);
  // A listen() still waiting for its lookup is superseded.
  this._listeningId++;

  // listen(handle) with a handle object.
  if (options instanceof TCP) {
    this._handle = options;
    this[kAsyncId] = this._handle.getAsyncId();
    listenInCluster(this, null, -1, -1, backlogFromArgs);
    return this;
  }

  addServerAbortSignalOption(this, options);

  // listen({ fd }).
  if (typeof options.fd === 'number' && options.fd >= 0) {
    listenInCluster(this, null, null, null, backlogFromArgs, options.fd);
    return this;
  }

  // listen(), listen(null), listen(cb), listen({ port: undefined | null }): any port.
  if (args.length === 0 || typeof args[0] === 'function' ||
      (typeof options.port === 'undefined' && 'port' in options) ||
      options.port === null) {
    options.port = 0;
  }

  let backlog;
  if (typeof options.port === 'number' || typeof options.port === 'string') {
    validatePort(options.port, 'options.port');
    backlog = options.backlog || backlogFromArgs;
    if (options.host) {
      lookupAndListen(this, options.port | 0, options.host, backlog, options.exclusive, flags);
    } else {
      listenInCluster(this, null, options.port | 0, 4, backlog, undefined, options.exclusive,
                      flags);
    }
    return this;
  }

  if (options.path && isPipeName(options.path)) {
    const pipeName = this._pipeName = options.path;
    backlog = options.backlog || backlogFromArgs;
    listenInCluster(this, pipeName, -1, -1, backlog, undefined, options.exclusive);
    // A failure is reported on the next tick.
    if (!this._handle) return this;
    let mode = 0;
    if (options.readableAll === true) mode |= PipeConstants.UV_READABLE;
    if (options.writableAll === true) mode |= PipeConstants.UV_WRITABLE;
    if (mode !== 0) {
      const err = this._handle.fchmod(mode);
      if (err) {
        this._handle.close();
        this._handle = null;
        throw errnoException(err, 'uv_pipe_chmod');
      }
    }
    return this;
  }

  if (!('port' in options || 'path' in options)) {
    throw new ERR_INVALID_ARG_VALUE('options', options,
                                    'must have the property "port" or "path"');
  }
  throw new ERR_INVALID_ARG_VALUE('options', options);
};

function lookupAndListen(self, port, address, backlog, exclusive, flags) {
  const listeningId = self._listeningId;
  lazyDns().lookup(address, function doListen(err, ip, addressType) {
    if (listeningId !== self._listeningId) return;
    if (err) {
      self.emit('error', err);
    } else {
      addressType = ip ? addressType : 4;
      listenInCluster(self, ip, port, addressType, backlog, undefined, exclusive, flags);
    }
  });
}

ObjectDefineProperty(Server.prototype, 'listening', {
  __proto__: null,
  get() { return !!(this._handle && this._connectionKey); },
  configurable: true,
  enumerable: true,
});

Server.prototype.address = function() {
  if (this._handle && this._handle.getsockname) {
    const out = {};
    const err = this._handle.getsockname(out);
    if (err) throw errnoException(err, 'address');
    return out;
  } else if (this._pipeName) {
    return this._pipeName;
  }
  return null;
};

function onconnection(err, clientHandle) {
  const self = this[kOwner];
  if (err) {
    self.emit('error', errnoException(err, 'accept'));
    return;
  }

  if (self.maxConnections && self._connections >= self.maxConnections) {
    if (clientHandle.getsockname || clientHandle.getpeername) {
      const data = { __proto__: null };
      if (clientHandle.getsockname) {
        const local = { __proto__: null };
        clientHandle.getsockname(local);
        data.localAddress = local.address;
        data.localPort = local.port;
        data.localFamily = local.family;
      }
      if (clientHandle.getpeername) {
        const remote = { __proto__: null };
        clientHandle.getpeername(remote);
        data.remoteAddress = remote.address;
        data.remotePort = remote.port;
        data.remoteFamily = remote.family;
      }
      self.emit('drop', data);
    } else {
      self.emit('drop');
    }
    clientHandle.close();
    return;
  }

  const socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: self.allowHalfOpen,
    pauseOnCreate: self.pauseOnConnect,
    readable: true,
    writable: true,
    keepAlive: self.keepAlive,
    keepAliveInitialDelay: self.keepAliveInitialDelay,
    highWaterMark: self.highWaterMark,
  });

  if (self.noDelay && clientHandle.setNoDelay) {
    socket[kSetNoDelay] = true;
    clientHandle.setNoDelay(true);
  }
  if (self.keepAlive && clientHandle.setKeepAlive) {
    socket[kSetKeepAlive] = true;
    socket[kSetKeepAliveInitialDelay] = self.keepAliveInitialDelay;
    clientHandle.setKeepAlive(true, self.keepAliveInitialDelay);
  }

  self._connections++;
  socket.server = self;
  socket._server = self;
  self.emit('connection', socket);
  if (netServerSocketChannel.hasSubscribers) netServerSocketChannel.publish({ socket });
}

Server.prototype.getConnections = function(cb) {
  if (!this._usingWorkers) {
    process.nextTick(cb, null, this._connections);
    return this;
  }
  // Sockets sent to other processes (child_process send()) are counted there: ask them.
  let left = this._workers.length;
  let total = this._connections;
  let done = false;
  const end = (err, count) => {
    if (done) return;
    done = true;
    cb(err, count);
  };
  if (left === 0) {
    process.nextTick(end, null, total);
    return this;
  }
  for (let n = 0; n < this._workers.length; n++) {
    this._workers[n].getConnections((err, count) => {
      if (err) return end(err);
      total += count;
      if (--left === 0) end(null, total);
    });
  }
  return this;
};

Server.prototype.close = function(cb) {
  // A listen() still waiting for its host lookup is cancelled.
  this._listeningId++;
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', function close() {
        cb(new ERR_SERVER_NOT_RUNNING());
      });
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  if (this._usingWorkers) {
    // 'close' waits until the processes that received sockets of this server have
    // closed them; the extra count keeps it from coming twice meanwhile.
    let left = this._workers.length;
    const onWorkerClose = () => {
      if (--left !== 0) return;
      this._connections = 0;
      this._emitCloseIfDrained();
    };
    this._connections++;
    for (let n = 0; n < this._workers.length; n++) this._workers[n].close(onWorkerClose);
  } else {
    this._emitCloseIfDrained();
  }
  return this;
};

Server.prototype[SymbolAsyncDispose] = async function() {
  if (!this._handle) return;
  return new Promise((resolve, reject) => {
    this.close((err) => (err ? reject(err) : resolve()));
  });
};

Server.prototype._emitCloseIfDrained = function() {
  if (this._handle || this._connections) return;
  process.nextTick(emitCloseNT, this);
};

Server.prototype[EventEmitter.captureRejectionSymbol] = function(err, event, sock) {
  if (event === 'connection') {
    sock.destroy(err);
  } else {
    this.emit('error', err);
  }
};

Server.prototype.ref = function() {
  this._unref = false;
  if (this._handle) this._handle.ref();
  return this;
};

Server.prototype.unref = function() {
  this._unref = true;
  if (this._handle) this._handle.unref();
  return this;
};

// Registers a list of sockets of this server living in another process
// (internal/child_process/socket_list).
Server.prototype._setupWorker = function(socketList) {
  this._usingWorkers = true;
  ArrayPrototypePush(this._workers, socketList);
  socketList.once('exit', (list) => {
    const index = ArrayPrototypeIndexOf(this._workers, list);
    if (index !== -1) ArrayPrototypeSplice(this._workers, index, 1);
  });
};

let warnedConnections = false;
ObjectDefineProperty(Server.prototype, 'connections', {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get() {
    if (!warnedConnections) {
      warnedConnections = true;
      process.emitWarning('Server.connections property is deprecated. ' +
                          'Use Server.getConnections method instead.',
                          'DeprecationWarning', 'DEP0020');
    }
    return this._usingWorkers ? null : this._connections;
  },
  set(value) {
    if (!warnedConnections) {
      warnedConnections = true;
      process.emitWarning('Server.connections property is deprecated.',
                          'DeprecationWarning', 'DEP0020');
    }
    ObjectDefineProperty(this, 'connections', {
      __proto__: null, writable: true, enumerable: true, configurable: true, value,
    });
  },
});

// ---------------------------------------------------------------------------------------
// Module functions.

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

// connect(options[, cb]), connect(path[, cb]), connect(port[, host][, cb]).
function connect(...args) {
  const normalized = normalizeArgs(args);
  const options = normalized[0];
  const socket = new Socket(options);
  if (netClientSocketChannel.hasSubscribers) netClientSocketChannel.publish({ socket });
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

function getDefaultAutoSelectFamily() {
  return autoSelectFamilyDefault;
}

function setDefaultAutoSelectFamily(value) {
  validateBoolean(value, 'value');
  autoSelectFamilyDefault = value;
}

function getDefaultAutoSelectFamilyAttemptTimeout() {
  return autoSelectFamilyAttemptTimeoutDefault;
}

function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInt32(value, 'value', 1);
  if (value < 10) value = 10;
  autoSelectFamilyAttemptTimeoutDefault = value;
}

// A Windows-only tuning knob in node; elsewhere it does nothing but warn (once) that it is
// deprecated (DEP0121).
let simultaneousAcceptsWarned = false;
function setSimultaneousAccepts() {
  if (simultaneousAcceptsWarned) return;
  simultaneousAcceptsWarned = true;
  process.emitWarning('net._setSimultaneousAccepts() is deprecated and will be removed.',
                      'DeprecationWarning', 'DEP0121');
}

module.exports = {
  _createServerHandle: createServerHandle,
  _normalizeArgs: normalizeArgs,
  _setSimultaneousAccepts: setSimultaneousAccepts,
  BlockList: undefined,
  SocketAddress: undefined,
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
};

// BlockList and SocketAddress load on first use.
ObjectDefineProperty(module.exports, 'BlockList', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return require('internal/blocklist').BlockList; },
  set(value) {
    ObjectDefineProperty(this, 'BlockList', {
      __proto__: null, value, writable: true, enumerable: true, configurable: true,
    });
  },
});
ObjectDefineProperty(module.exports, 'SocketAddress', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return require('internal/socketaddress').SocketAddress; },
  set(value) {
    ObjectDefineProperty(this, 'SocketAddress', {
      __proto__: null, value, writable: true, enumerable: true, configurable: true,
    });
  },
});

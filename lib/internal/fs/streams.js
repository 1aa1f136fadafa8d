'use strict';

// fs.ReadStream and fs.WriteStream: node:stream's Readable and Writable over file
// descriptors. The descriptor is opened in _construct (so 'open' and 'ready' follow the
// stream's own construction), reads and writes go through the fs callback API (or the
// `fs` option's replacements, or a FileHandle's methods), and _destroy closes the
// descriptor once no read or write is in flight.

const {
  ArrayPrototypeMap,
  FunctionPrototypeBind,
  MathMin,
  ObjectDefineProperties,
  ObjectSetPrototypeOf,
  ReflectApply,
  Symbol,
} = primordials;

const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const binding = internalBinding('fs');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
    ERR_STREAM_DESTROYED,
  },
  makeSystemErrorWithCode,
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateInteger,
} = require('internal/validators');
const {
  allocReadBuffer,
  copyObject,
  getOptions,
  getValidatedFd,
  getValidatedPath,
  isFsRead,
  toPathIfFileURL,
} = require('internal/fs/utils');
const { Readable, Writable, finished } = require('stream');
const { errorOrDestroy } = require('internal/streams/destroy');
const { deprecate, kEmptyObject } = require('internal/util');

// node reports a write that keeps writing nothing with a SystemError made from a bare
// message (so its message reads "... undefined returned undefined (undefined)").
const ERR_SYSTEM_ERROR = makeSystemErrorWithCode('ERR_SYSTEM_ERROR');

const kIoDone = Symbol('kIoDone');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');

let fsModule;
function lazyFs() {
  fsModule ??= require('fs');
  return fsModule;
}

let fsPromisesInternals;
function lazyFsPromises() {
  fsPromisesInternals ??= require('internal/fs/promises');
  return fsPromisesInternals;
}

function isFileHandle(value) {
  return value instanceof lazyFsPromises().FileHandle;
}

// fs-like callback operations over a FileHandle's promise methods.
function fileHandleOperations(handle) {
  const settle = (promise, cb, pick) => {
    promise.then((result) => cb(null, ...pick(result)), (err) => cb(err));
  };
  return {
    open: (path, flags, mode, cb) => {
      throw new ERR_METHOD_NOT_IMPLEMENTED('open()');
    },
    close: (fd, cb) => {
      // The stream gives up the reference it took (see importFd), then closes the handle
      // (which waits for other users of the descriptor).
      handle[lazyFsPromises().kUnref]();
      settle(handle.close(), cb, () => []);
    },
    read: (fd, buffer, offset, length, position, cb) => {
      settle(handle.read(buffer, offset, length, position), cb,
             (r) => [r.bytesRead, r.buffer]);
    },
    write: (fd, buffer, offset, length, position, cb) => {
      settle(handle.write(buffer, offset, length, position), cb,
             (r) => [r.bytesWritten, r.buffer]);
    },
    writev: (fd, buffers, position, cb) => {
      settle(handle.writev(buffers, position), cb, (r) => [r.bytesWritten, r.buffers]);
    },
    fsync: (fd, cb) => {
      settle(handle.sync(), cb, () => []);
    },
  };
}

// The descriptor given as options.fd: a number, or a FileHandle whose 'close' closes the
// stream. Sets the stream's fs operations accordingly.
function importFd(stream, options) {
  if (typeof options.fd === 'number') {
    stream[kFs] = options.fs || lazyFs();
    return options.fd;
  }
  if (typeof options.fd === 'object' && isFileHandle(options.fd)) {
    if (options.fs) throw new ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
    stream[kHandle] = options.fd;
    stream[kFs] = fileHandleOperations(options.fd);
    // The stream uses the descriptor until it closes: the handle cannot close it (nor be
    // transferred) meanwhile.
    options.fd[lazyFsPromises().kRef]();
    options.fd.on('close', FunctionPrototypeBind(stream.close, stream));
    return options.fd.fd;
  }
  throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], options.fd);
}

function construct(callback) {
  const stream = this;
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  if (stream.open !== openReadFs && stream.open !== openWriteFs) {
    // A subclass or program replaced open(): it is called, and the first 'open' or
    // 'error' it emits tells when it is done, as in node's streams before _construct
    // existed. That 'error' is not emitted as such: it fails the construction, which
    // destroys the stream and then emits it once.
    const ownEmit = stream.emit;
    stream.emit = function emit(event, ...args) {
      if (event === 'open') {
        stream.emit = ownEmit;
        callback();
        return ReflectApply(ownEmit, this, [event, ...args]);
      }
      if (event === 'error') {
        stream.emit = ownEmit;
        callback(args[0]);
        return true;
      }
      return ReflectApply(ownEmit, this, [event, ...args]);
    };
    stream.open();
    return;
  }
  stream[kFs].open(stream.path, stream.flags, stream.mode, (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    stream.fd = fd;
    callback();
    stream.emit('open', stream.fd);
    stream.emit('ready');
  });
}

// stream.fd still names the descriptor while close() is called (a replaced fs.close may
// look at it) and becomes null right after.
function closeDescriptor(stream, err, cb) {
  stream[kFs].close(stream.fd, (closeErr) => cb(closeErr || err));
  stream.fd = null;
}

function closeStream(stream, err, cb) {
  if (!stream.fd) {
    cb(err);
    return;
  }
  if (stream.flush) {
    stream[kFs].fsync(stream.fd, (flushErr) => closeDescriptor(stream, err || flushErr, cb));
    return;
  }
  closeDescriptor(stream, err, cb);
}

// Closing waits for a read or write in flight: its buffer is still in use.
function destroy(err, cb) {
  if (this[kIsPerformingIO]) {
    this.once(kIoDone, (ioErr) => closeStream(this, err || ioErr, cb));
  } else {
    closeStream(this, err, cb);
  }
}

function validateFsMethods(fsImpl, names) {
  for (let i = 0; i < names.length; i++) {
    validateFunction(fsImpl[names[i]], `options.fs.${names[i]}`);
  }
}

// ---------------------------------------------------------------------------------------
// ReadStream

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);

  options = copyObject(getOptions(options, kEmptyObject));
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;

  if (options.fd == null) {
    this.fd = null;
    this[kFs] = options.fs || lazyFs();
    validateFsMethods(this[kFs], ['open', 'read', 'close']);
    this.path = toPathIfFileURL(path);
    // Only a stream that opens its file has flags and a mode, as in node.
    this.flags = options.flags === undefined ? 'r' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
    getValidatedPath(this.path);
  } else {
    // A stream over a given descriptor has no path property at all, as in node.
    this.fd = getValidatedFd(importFd(this, options));
    if (options.fs) validateFsMethods(this[kFs], ['read', 'close']);
  }
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;

  this.start = options.start;
  this.end = options.end;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;

  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (this.end === undefined) {
    this.end = Infinity;
  } else if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }

  ReflectApply(Readable, this, [options]);
}
ObjectSetPrototypeOf(ReadStream.prototype, Readable.prototype);
ObjectSetPrototypeOf(ReadStream, Readable);

ObjectDefineProperties(ReadStream.prototype, {
  autoClose: {
    __proto__: null,
    get() { return this._readableState.autoDestroy; },
    set(value) { this._readableState.autoDestroy = value; },
  },
  pending: {
    __proto__: null,
    get() { return this.fd === null; },
    configurable: true,
  },
});

const openReadFs = deprecate(function open() {
  // Reopening is not supported: the stream opens itself when constructed.
}, 'ReadStream.prototype.open() is deprecated', 'DEP0135');
ReadStream.prototype.open = openReadFs;

ReadStream.prototype._construct = construct;

ReadStream.prototype._read = function _read(n) {
  n = this.pos !== undefined ?
    MathMin(this.end - this.pos + 1, n) :
    MathMin(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  this[kIsPerformingIO] = true;
  const fsImpl = this[kFs];
  if (isFsRead(fsImpl.read) && (this.fd | 0) === this.fd && this.fd >= 0) {
    // fs.read itself: the binding reads into a chunk the engine allocates (see readChunk
    // in src/bindings/fs.c), and the request carries the stream and the chunk only until
    // it completes, so that a collection during the next read does not find the previous
    // chunk still reachable (and move it to the old generation, which only a full
    // collection frees).
    const req = { oncomplete: onChunkRead, stream: this, chunk: new FastBuffer(n) };
    binding.readChunk(this.fd, req.chunk, this.pos ?? -1, req);
    return;
  }
  const buffer = allocReadBuffer(n);
  fsImpl.read(this.fd, buffer, 0, n, this.pos, (err, bytesRead) => {
    afterRead(this, buffer, err, bytesRead);
  });
};

function onChunkRead(err, bytesRead) {
  const { stream, chunk } = this;
  this.stream = null;
  this.chunk = null;
  afterRead(stream, chunk, err, bytesRead);
}

function afterRead(stream, buffer, err, bytesRead) {
  stream[kIsPerformingIO] = false;
  if (stream.destroyed) {
    // _destroy is waiting for this read to finish before closing the descriptor.
    stream.emit(kIoDone, err);
    return;
  }
  if (err) {
    errorOrDestroy(stream, err);
    return;
  }
  if (bytesRead > 0) {
    if (stream.pos !== undefined) stream.pos += bytesRead;
    stream.bytesRead += bytesRead;
    if (bytesRead !== buffer.length) {
      // A short read keeps only what was read, in a copy of its own (so the rest can be
      // freed) that, like every chunk, has its memory to itself.
      const copy = new FastBuffer(bytesRead);
      copy.set(buffer.subarray(0, bytesRead));
      buffer = copy;
    }
    stream.push(buffer);
  } else {
    stream.push(null);
  }
}

ReadStream.prototype._destroy = destroy;

ReadStream.prototype.close = function close(cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

// ---------------------------------------------------------------------------------------
// WriteStream

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);

  options = copyObject(getOptions(options, kEmptyObject));
  // Strings are turned into buffers by Writable; the file only sees bytes.
  options.decodeStrings = true;

  if (options.fd == null) {
    this.fd = null;
    this[kFs] = options.fs || lazyFs();
    validateFunction(this[kFs].open, 'options.fs.open');
    this.path = toPathIfFileURL(path);
    getValidatedPath(this.path);
  } else {
    this.fd = getValidatedFd(importFd(this, options));
  }
  const fsImpl = this[kFs];
  if (!fsImpl.write && !fsImpl.writev) {
    throw new ERR_INVALID_ARG_TYPE('options.fs.write', 'function', fsImpl.write);
  }
  // The prototype's _write and _writev (which subclasses may override) stay unless the
  // fs implementation lacks the call they make, as in node.
  if (fsImpl.write) {
    validateFunction(fsImpl.write, 'options.fs.write');
  } else {
    this._write = null;
  }
  if (fsImpl.writev) {
    validateFunction(fsImpl.writev, 'options.fs.writev');
  } else {
    this._writev = null;
  }
  validateFunction(fsImpl.close, 'options.fs.close');

  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;

  if (this.fd === null) {
    // Only a stream that opens its file has flags and a mode, as in node.
    this.flags = options.flags === undefined ? 'w' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
  }
  this.flush = options.flush === undefined ? false : options.flush;
  validateBoolean(this.flush, 'options.flush');
  if (this.flush) validateFunction(fsImpl.fsync, 'options.fs.fsync');
  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;

  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }

  ReflectApply(Writable, this, [options]);

  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
ObjectSetPrototypeOf(WriteStream.prototype, Writable.prototype);
ObjectSetPrototypeOf(WriteStream, Writable);

ObjectDefineProperties(WriteStream.prototype, {
  autoClose: {
    __proto__: null,
    get() { return this._writableState.autoDestroy; },
    set(value) { this._writableState.autoDestroy = value; },
  },
  pending: {
    __proto__: null,
    get() { return this.fd === null; },
    configurable: true,
  },
});

const openWriteFs = deprecate(function open() {
  // Reopening is not supported: the stream opens itself when constructed.
}, 'WriteStream.prototype.open() is deprecated', 'DEP0135');
WriteStream.prototype.open = openWriteFs;

WriteStream.prototype._construct = construct;
WriteStream.prototype._write = writeOne;
WriteStream.prototype._writev = writeMany;

// A write's completion: a stream destroyed meanwhile lets _destroy close the descriptor.
function writeDone(stream, cb, err) {
  stream[kIsPerformingIO] = false;
  if (stream.destroyed) {
    cb(err);
    stream.emit(kIoDone, err);
    return;
  }
  cb(err);
}

// Writes all of data at pos (undefined: the current position) as node does: EAGAIN counts
// as nothing written, a short write continues with the rest, and five writes in a row
// that write nothing give up. A stream destroyed while a write was in flight stops with
// ERR_STREAM_DESTROYED.
function writeAll(stream, data, size, pos, cb, retries) {
  stream[kFs].write(stream.fd, data, 0, size, pos, (err, bytes, buffer) => {
    if (err?.code === 'EAGAIN') {
      err = null;
      bytes = 0;
    }
    if (stream.destroyed || err) {
      cb(err || new ERR_STREAM_DESTROYED('write'));
      return;
    }
    stream.bytesWritten += bytes;
    retries = bytes ? 0 : retries + 1;
    size -= bytes;
    if (pos !== undefined) pos += bytes;
    if (retries > 5) {
      cb(new ERR_SYSTEM_ERROR('write failed'));
    } else if (size) {
      writeAll(stream, (buffer ?? data).subarray(bytes), size, pos, cb, retries);
    } else {
      cb();
    }
  });
}

function writevAll(stream, chunks, size, pos, cb, retries) {
  stream[kFs].writev(stream.fd, chunks, pos ?? null, (err, bytes, buffers) => {
    if (err?.code === 'EAGAIN') {
      err = null;
      bytes = 0;
    }
    if (stream.destroyed || err) {
      cb(err || new ERR_STREAM_DESTROYED('writev'));
      return;
    }
    stream.bytesWritten += bytes;
    retries = bytes ? 0 : retries + 1;
    size -= bytes;
    if (pos !== undefined) pos += bytes;
    if (retries > 5) {
      cb(new ERR_SYSTEM_ERROR('writev failed'));
    } else if (size) {
      // The rest continues as one chunk.
      const rest = Buffer.concat(buffers ?? chunks).subarray(bytes);
      writevAll(stream, [rest], size, pos, cb, retries);
    } else {
      cb();
    }
  });
}

function writeOne(data, encoding, cb) {
  this[kIsPerformingIO] = true;
  writeAll(this, data, data.length, this.pos, (err) => writeDone(this, cb, err), 0);
  if (this.pos !== undefined) this.pos += data.length;
}

function writeMany(data, cb) {
  const chunks = ArrayPrototypeMap(data, (entry) => entry.chunk);
  let size = 0;
  for (let i = 0; i < chunks.length; i++) size += chunks[i].length;
  this[kIsPerformingIO] = true;
  writevAll(this, chunks, size, this.pos, (err) => writeDone(this, cb, err), 0);
  if (this.pos !== undefined) this.pos += size;
}

WriteStream.prototype._destroy = destroy;

WriteStream.prototype.close = function close(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  // Without autoClose, ending alone would leave the descriptor open.
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

// Kept for compatibility with very old code: the same as end().
WriteStream.prototype.destroySoon = WriteStream.prototype.end;

function createReadStream(path, options) {
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  return new WriteStream(path, options);
}

module.exports = {
  ReadStream,
  WriteStream,
  createReadStream,
  createWriteStream,
};

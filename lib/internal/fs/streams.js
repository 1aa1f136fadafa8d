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
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
  },
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
  toPathIfFileURL,
} = require('internal/fs/utils');
const { Readable, Writable, finished } = require('stream');
const { errorOrDestroy } = require('internal/streams/destroy');
const { deprecate, kEmptyObject } = require('internal/util');

const kIoDone = Symbol('kIoDone');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');

let fsModule;
function lazyFs() {
  fsModule ??= require('fs');
  return fsModule;
}

let FileHandleClass;
function isFileHandle(value) {
  FileHandleClass ??= require('internal/fs/promises').FileHandle;
  return value instanceof FileHandleClass;
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
    getValidatedPath(this.path);
  } else {
    // A stream over a given descriptor has no path property at all, as in node.
    this.fd = getValidatedFd(importFd(this, options));
    if (options.fs) validateFsMethods(this[kFs], ['read', 'close']);
  }
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;

  this.flags = options.flags === undefined ? 'r' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
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
  const buffer = allocReadBuffer(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buffer, 0, n, this.pos, (err, bytesRead) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      // _destroy is waiting for this read to finish before closing the descriptor.
      this.emit(kIoDone, err);
      return;
    }
    if (err) {
      errorOrDestroy(this, err);
      return;
    }
    if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      // A short read keeps only what was read (a copy, so the rest can be freed).
      this.push(bytesRead === buffer.length ? buffer :
        Buffer.from(buffer.subarray(0, bytesRead)));
    } else {
      this.push(null);
    }
  });
};

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
  if (fsImpl.write) {
    validateFunction(fsImpl.write, 'options.fs.write');
    this._write = writeOne;
  } else {
    this._write = null;
  }
  if (fsImpl.writev) {
    validateFunction(fsImpl.writev, 'options.fs.writev');
    this._writev = writeMany;
  } else {
    this._writev = null;
  }
  validateFunction(fsImpl.close, 'options.fs.close');

  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;

  this.flags = options.flags === undefined ? 'w' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
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

function writeOne(data, encoding, cb) {
  this[kIsPerformingIO] = true;
  this[kFs].write(this.fd, data, 0, data.length, this.pos, (err, bytes) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(err);
      this.emit(kIoDone, err);
      return;
    }
    if (err) {
      cb(err);
      return;
    }
    this.bytesWritten += bytes;
    cb();
  });
  if (this.pos !== undefined) this.pos += data.length;
}

function writeMany(data, cb) {
  const chunks = ArrayPrototypeMap(data, (entry) => entry.chunk);
  let size = 0;
  for (let i = 0; i < chunks.length; i++) size += chunks[i].length;
  this[kIsPerformingIO] = true;
  this[kFs].writev(this.fd, chunks, this.pos ?? null, (err, bytes) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(err);
      this.emit(kIoDone, err);
      return;
    }
    if (err) {
      cb(err);
      return;
    }
    this.bytesWritten += bytes;
    cb();
  });
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

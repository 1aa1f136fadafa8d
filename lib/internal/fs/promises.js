'use strict';

// node:fs/promises: the promise forms of node:fs and FileHandle. Each operation is the
// binding's asynchronous form with a request that settles a promise.

const {
  ArrayPrototypePush,
  MathMin,
  ObjectDefineProperty,
  Promise,
  PromiseResolve,
  SafeFinalizationRegistry,
  Symbol,
  SymbolAsyncDispose,
} = primordials;

const binding = internalBinding('fs');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const EventEmitter = require('events');
const pathModule = require('path');
const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
  },
} = require('internal/errors');
const {
  parseFileMode,
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInteger,
  validateEncoding,
  validateObject,
} = require('internal/validators');
const { kEmptyObject, normalizeEncoding } = require('internal/util');
const {
  allocReadBuffer,
  decodeFileContents,
  fileEncodingId,
  constants,
  copyObject,
  emitRecursiveRmdirWarning,
  encodeResult,
  getDirents,
  getOptions,
  getStatFsFromBinding,
  getStatsFromBinding,
  getValidatedFd,
  getValidAccessMode,
  getValidatedPath,
  statOptions,
  validateSymlinkType,
  isArrayBufferView,
  stringToFlags,
  toBytes,
  toUnixTimestamp,
  validateId,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  validateRmdirOptions,
  wantsBytes,
  warnOnNonPortableTemplate,
} = require('internal/fs/utils');

const kHandle = Symbol('kHandle');
const kFd = Symbol('kFd');
const kClosePromise = Symbol('kClosePromise');
const kRefs = Symbol('kRefs');
const kRef = Symbol('kRef');
const kUnref = Symbol('kUnref');
const kCloseSettle = Symbol('kCloseSettle');
const kTransferred = Symbol('kTransferred');
const kReadChunk = 512 * 1024;
const kWriteChunk = 512 * 1024;
const kIoMaxLength = 2 ** 31 - 1;

// Runs a binding operation in its asynchronous form and settles a promise with it.
function call(fn, ...args) {
  return new Promise((resolve, reject) => {
    const req = {
      oncomplete(err, result) {
        if (err) reject(err);
        else resolve(result);
      },
    };
    // Buffers taking part in the call stay referenced by the request.
    req.args = args;
    fn(...args, req);
  });
}

function checkAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}


// A FileHandle whose descriptor was never closed is closed when it is collected, with
// node's warning.
const closeOnCollect = new SafeFinalizationRegistry((fd) => {
  process.emitWarning(`Closing file descriptor ${fd} on garbage collection`);
  try {
    binding.close(fd, undefined);
  } catch {
    // Already gone.
  }
  process.emitWarning('Closing a FileHandle object on garbage collection is deprecated. ' +
    'Please close FileHandle objects explicitly using FileHandle.prototype.close(). In the ' +
    'future, an error will be thrown if a file descriptor is closed during garbage ' +
    'collection.', 'DeprecationWarning', 'DEP0137');
});

// Set on a FileHandle once it gave out its web stream.
const kWebStreamTaken = Symbol('kWebStreamTaken');

// A FileHandle counts references to its descriptor: one for its owner (given up by
// close()), one for each operation in progress and one for each stream reading or writing
// through it. The descriptor is closed when the count reaches zero, so close() waits for
// the operations and streams that use the handle, as node's does.
class FileHandle extends EventEmitter {
  #brand = undefined;

  static isFileHandle(value) {
    return value !== null && typeof value === 'object' && #brand in value;
  }

  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosePromise] = null;
    this[kCloseSettle] = undefined;
    // True when the descriptor went to another thread (it stays open there).
    this[kTransferred] = fd === -1;
    if (fd !== -1) closeOnCollect.register(this, fd, this);
  }

  getAsyncId() {
    return this[kFd];
  }

  get fd() {
    return this[kFd];
  }

  // The options of readFile, writeFile and appendFile are checked once the handle is
  // known to be open, and their errors reject, as for every other method.
  appendFile(data, options) {
    return withRef(this, onOpenHandle, 'writeFile', appendFile, data, options);
  }

  chmod(mode) {
    return withRef(this, fsCall, binding.fchmod, (fd) => [fd, parseFileMode(mode, 'mode')]);
  }

  chown(uid, gid) {
    return withRef(this, fsCall, binding.fchown, (fd) => {
      validateId(uid, 'uid');
      validateId(gid, 'gid');
      return [fd, uid, gid];
    });
  }

  datasync() {
    return withRef(this, fsCall, binding.fdatasync, (fd) => [fd]);
  }

  sync() {
    return withRef(this, fsCall, binding.fsync, (fd) => [fd]);
  }

  read(bufferOrOptions, offset, length, position) {
    return withRef(this, readFileHandle, bufferOrOptions, offset, length, position);
  }

  readv(buffers, position) {
    return withRef(this, vectorCall, binding.readBuffers, buffers, position);
  }

  readFile(options) {
    return withRef(this, onOpenHandle, 'readFile', readFile, options);
  }

  readLines(options = undefined) {
    return require('readline').createInterface({
      input: this.createReadStream(options),
      crlfDelay: Infinity,
    });
  }

  stat(options) {
    return withRef(this, fsCall, binding.fstat, (fd) => [fd, statOptions(options).bigint === true])
      .then(getStatsFromBinding);
  }

  truncate(len = 0) {
    return withRef(this, fsCall, binding.ftruncate, (fd) => {
      validateInteger(len, 'len');
      return [fd, len < 0 ? 0 : len];
    });
  }

  utimes(atime, mtime) {
    return withRef(this, fsCall, binding.futimes, (fd) => [
      fd, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime')]);
  }

  write(buffer, offsetOrOptions, length, position) {
    return withRef(this, writeFileHandleChunk, buffer, offsetOrOptions, length, position);
  }

  writev(buffers, position) {
    return withRef(this, vectorCall, binding.writeBuffers, buffers, position);
  }

  writeFile(data, options) {
    return withRef(this, onOpenHandle, 'writeFile', writeFile, data, options);
  }

  // close is an arrow function held by each handle rather than a method, as in node: it
  // can be passed around detached (stream.finished(..., handle.close), a `using` helper)
  // and always closes the handle it came from.
  close = () => {
    if (this[kFd] === -1) return PromiseResolve();
    if (this[kClosePromise]) return this[kClosePromise];
    if (--this[kRefs] === 0) {
      this[kClosePromise] = closeDescriptor(this).finally(() => {
        this[kClosePromise] = undefined;
      });
    } else {
      // Operations or streams still use the descriptor: the last of them closes it.
      this[kClosePromise] = new Promise((resolve, reject) => {
        this[kCloseSettle] = { resolve, reject };
      }).finally(() => {
        this[kClosePromise] = undefined;
        this[kCloseSettle] = undefined;
      });
    }
    this.emit('close');
    return this[kClosePromise];
  };

  // Node 22's form: always a byte stream (a byob reader may be used), read from the
  // file's current position in chunks of 16 KiB; `type` is only warned about, and
  // `autoClose` closes the handle once the stream ends or is cancelled. The stream holds
  // a reference to the descriptor, and closing the handle cancels it.
  readableWebStream(options = kEmptyObject) {
    if (this[kFd] === -1) throw new ERR_INVALID_STATE('The FileHandle is closed');
    if (this[kClosePromise]) throw new ERR_INVALID_STATE('The FileHandle is closing');
    // A handle gives out one web stream in its life, as in node: it counts as given out
    // even when the options are then refused.
    if (this[kWebStreamTaken]) throw new ERR_INVALID_STATE('The FileHandle is locked');
    this[kWebStreamTaken] = true;
    validateObject(options, 'options');
    const { type = 'bytes', autoClose = false } = options;
    validateBoolean(autoClose, 'options.autoClose');
    if (type !== 'bytes') {
      process.emitWarning('A non-"bytes" options.type has no effect. A byte-oriented ' +
                          'steam is always created.', 'ExperimentalWarning');
    }
    const { ReadableStream, getReadableStream, readableStreamCancel } =
      require('internal/webstreams/readablestream');
    const handle = this;
    const ondone = async () => {
      handle[kUnref]();
      if (autoClose) await handle.close();
    };
    const readable = new ReadableStream({
      type: 'bytes',
      autoAllocateChunkSize: 16384,
      async pull(controller) {
        const view = controller.byobRequest.view;
        // The view's byteOffset is passed as the offset into the view itself, as node
        // does (views the stream allocates start at 0).
        const { bytesRead } = await handle.read(view, view.byteOffset, view.byteLength);
        if (bytesRead === 0) {
          controller.close();
          await ondone();
        }
        controller.byobRequest.respond(bytesRead);
      },
      async cancel() {
        await ondone();
      },
    });
    this[kRef]();
    // Cancelled even when a reader holds it (which readable.cancel() would refuse).
    this.once('close', () => {
      readableStreamCancel(getReadableStream(readable));
    });
    return readable;
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }

  async [SymbolAsyncDispose]() {
    return this.close();
  }

  [kRef]() {
    this[kRefs]++;
  }

  [kUnref]() {
    if (--this[kRefs] !== 0) return;
    const settle = this[kCloseSettle];
    const closing = closeDescriptor(this);
    if (settle !== undefined) closing.then(settle.resolve, settle.reject);
  }
}

// The system call each descriptor operation of a FileHandle stands for: node names it in
// the EBADF error of a handle that was closed already.
const syscallOf = new Map([
  [binding.fchmod, 'fchmod'], [binding.fchown, 'fchown'], [binding.fdatasync, 'fdatasync'],
  [binding.fsync, 'fsync'], [binding.fstat, 'fstat'], [binding.ftruncate, 'ftruncate'],
  [binding.futimes, 'futimes'], [binding.readBuffers, 'readv'],
  [binding.writeBuffers, 'writev'],
]);

// Closes the handle's descriptor; the handle reads as closed (fd -1) from now on.
function closeDescriptor(handle) {
  const fd = handle[kFd];
  handle[kFd] = -1;
  closeOnCollect.unregister(handle);
  return call(binding.close, fd);
}

// Runs fn(handle, ...args), an operation of the handle's, holding a reference to the
// descriptor until it settles. A closed handle takes no reference: fn fails at once.
async function withRef(handle, fn, ...args) {
  if (handle[kFd] === -1) return fn(handle, ...args);
  handle[kRef]();
  try {
    return await fn(handle, ...args);
  } finally {
    handle[kUnref]();
  }
}

function checkOpen(handle, syscall) {
  if (handle[kFd] === -1) {
    const err = new Error('file closed');
    err.code = 'EBADF';
    err.syscall = syscall;
    throw err;
  }
}

// fn(handle, ...args), one of the path functions given the handle as its path, once the
// handle is known to be open.
async function onOpenHandle(handle, syscall, fn, ...args) {
  checkOpen(handle, syscall);
  return fn(handle, ...args);
}

// A descriptor operation of the binding; argsOf(fd) validates and lists its arguments
// once the handle is known to be open.
async function fsCall(handle, fn, argsOf) {
  checkOpen(handle, syscallOf.get(fn));
  return call(fn, ...argsOf(handle[kFd]));
}

async function vectorCall(handle, fn, buffers, position) {
  checkOpen(handle, syscallOf.get(fn));
  if (!Array.isArray(buffers) || !buffers.every(isArrayBufferView)) {
    throw new ERR_INVALID_ARG_TYPE('buffers', 'ArrayBufferView[]', buffers);
  }
  // Writing nothing succeeds without a system call (writev(2) of no buffers would be
  // EINVAL); reading into nothing is EINVAL, as in node.
  if (buffers.length === 0 && fn === binding.writeBuffers) {
    return { __proto__: null, bytesWritten: 0, buffers };
  }
  const views = buffers.map(toBytes);
  for (const v of views) void v.buffer;
  const count = await call(fn, handle[kFd], views, typeof position === 'number' ? position : -1);
  return fn === binding.readBuffers ? { __proto__: null, bytesRead: count, buffers } :
    { __proto__: null, bytesWritten: count, buffers };
}

async function readFileHandle(handle, bufferOrOptions, offset, length, position) {
  checkOpen(handle, 'read');
  let buffer = bufferOrOptions;
  if (!isArrayBufferView(buffer)) {
    const options = buffer ?? {};
    validateObject(options, 'options', 1);
    ({ buffer = Buffer.alloc(16384), offset = 0, length = buffer.byteLength - offset,
      position = null } = options);
    if (!isArrayBufferView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
    }
  }
  if (offset !== null && typeof offset === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
  }
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length ??= buffer.byteLength - offset;
  if (length === 0) return { __proto__: null, bytesRead: 0, buffer };
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) {
    position = -1;
  } else {
    // A bigint stays one: positions beyond 2^53 are exact only as bigints.
    validatePosition(position, 'position', length);
  }
  const bytes = toBytes(buffer);
  void bytes.buffer;
  const bytesRead = await call(binding.read, handle[kFd], bytes, offset, length, position);
  return { __proto__: null, bytesRead, buffer };
}

async function writeFileHandleChunk(handle, buffer, offsetOrOptions, length, position) {
  checkOpen(handle, 'write');
  if (isArrayBufferView(buffer)) {
    let offset = offsetOrOptions;
    // Unlike read(), write() takes a null offset for an empty options object, whose
    // defaults replace the length and the position given.
    if (typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset ?? {});
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = -1;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    const bytes = toBytes(buffer);
    void bytes.buffer;
    const bytesWritten = await call(binding.writeBuffer, handle[kFd], bytes, offset, length,
                                    position);
    return { __proto__: null, bytesWritten, buffer };
  }
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'],
                                   buffer);
  }
  // As fs.write: an odd-length hex string is refused, and an encoding node's native layer
  // does not know writes UTF-8.
  validateEncoding(buffer, length);
  const known = typeof length === 'string' ? normalizeEncoding(length) : undefined;
  const bytes = Buffer.from(buffer, known === undefined ? 'utf8' : known);
  const pos = typeof offsetOrOptions === 'number' ? offsetOrOptions : -1;
  const bytesWritten = await call(binding.writeBuffer, handle[kFd], bytes, 0, bytes.length, pos);
  return { __proto__: null, bytesWritten, buffer };
}

async function readFileHandleAll(handle, options) {
  checkOpen(handle, 'readFile');
  // Node decodes through a StringDecoder made before anything is read, which refuses
  // 'buffer' (an encoding getOptions lets through) whatever the file holds.
  if (options.encoding === 'buffer') {
    throw new (require('internal/errors').codes.ERR_UNKNOWN_ENCODING)('buffer');
  }
  const signal = options.signal;
  checkAborted(signal);
  const stats = await call(binding.fstat, handle[kFd], false);
  const isRegular = (stats[1] & constants.S_IFMT) === constants.S_IFREG;
  const size = isRegular ? stats[8] : 0;
  if (size > kIoMaxLength) {
    throw new (require('internal/errors').codes.ERR_FS_FILE_TOO_LARGE)(size);
  }
  const chunks = [];
  let total = 0;
  // A known size is read straight into one buffer of that size (no chunks to concatenate).
  const whole = size > 0 ? allocReadBuffer(size) : undefined;
  for (;;) {
    checkAborted(signal);
    const length = size > 0 ? MathMin(size - total, kReadChunk) : kReadChunk;
    if (size > 0 && length <= 0) break;
    const chunk = whole ?? allocReadBuffer(length);
    const n = await call(binding.read, handle[kFd], chunk, whole === undefined ? 0 : total,
                         length, -1);
    if (n === 0) break;
    if (whole === undefined) {
      ArrayPrototypePush(chunks, n === length ? chunk : chunk.subarray(0, n));
    }
    total += n;
  }
  const buffer = whole === undefined ? Buffer.concat(chunks, total) :
    total === whole.length ? whole : whole.subarray(0, total);
  const encoding = options.encoding;
  // 'buffer' is no encoding here: node's toString refuses it (ERR_UNKNOWN_ENCODING).
  return encoding ? decodeFileContents(buffer, encoding) : buffer;
}

function toData(data, encoding) {
  if (isArrayBufferView(data)) return toBytes(data);
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  return undefined;
}

async function writeFileHandle(handle, data, options) {
  checkOpen(handle, 'writeFile');
  validateBoolean(options.flush ?? false, 'options.flush');
  const signal = options.signal;
  checkAborted(signal);
  let bytes = toData(data, options.encoding);
  if (bytes === undefined) {
    if (data != null && (typeof data[Symbol.asyncIterator] === 'function' ||
                         typeof data[Symbol.iterator] === 'function')) {
      for await (const chunk of data) {
        checkAborted(signal);
        // A chunk that is not a string or a view goes through Buffer.from, as in node
        // (arrays of bytes and ArrayBuffers are written; other values fail there).
        const bytes = toData(chunk, options.encoding) ??
          Buffer.from(chunk, options.encoding || 'utf8');
        await writeAllBytes(handle, bytes, signal);
      }
      return;
    }
    failData(data);
  }
  await writeAllBytes(handle, bytes, signal);
  if (options.flush === true) await call(binding.fsync, handle[kFd]);
}

function failData(data) {
  throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

// Writes in chunks of at most kWriteChunk bytes, so that an abort is noticed between
// two of them (and right after the last one, as node does).
async function writeAllBytes(handle, bytes, signal) {
  void bytes.buffer;
  let offset = 0;
  while (offset < bytes.length) {
    checkAborted(signal);
    offset += await call(binding.writeBuffer, handle[kFd], bytes, offset,
                         MathMin(bytes.length - offset, kWriteChunk), -1);
    checkAborted(signal);
  }
}

// ---------------------------------------------------------------------------------------
// Path functions.

async function access(path, mode) {
  path = getValidatedPath(path);
  mode = getValidAccessMode(mode, constants.F_OK);
  return call(binding.access, path, mode);
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return new FileHandle(await call(binding.open, path, flagsNumber, mode));
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  const flag = options.flag || 'r';
  if (path instanceof FileHandle) return readFileHandleAll(path, options);
  checkAborted(options.signal);
  // 'buffer' takes the slow path, whose refusal of it comes after the file was opened
  // (a missing file is ENOENT, a directory still the encoding error), as in node.
  if (options.signal == null && options.encoding !== 'buffer') {
    // Nothing can interrupt the reads: the binding opens, reads and closes on the thread
    // pool and settles once, with the text already decoded when there is an encoding.
    path = getValidatedPath(path);
    const data = await call(binding.readFile, path, stringToFlags(flag),
                            fileEncodingId(options.encoding));
    if (typeof data === 'string') return data;
    if (typeof data === 'number') {
      throw new (require('internal/errors').codes.ERR_FS_FILE_TOO_LARGE)(data);
    }
    // Bytes with an encoding only for one the binding does not decode.
    return options.encoding ? decodeFileContents(new FastBuffer(data), options.encoding) :
      new FastBuffer(data);
  }
  const handle = await open(path, flag, 0o666);
  try {
    return await readFileHandleAll(handle, options);
  } finally {
    await handle.close();
  }
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  validateBoolean(options.flush ?? false, 'options.flush');
  const flag = options.flag || 'w';
  const bytes = toData(data, options.encoding);
  if (bytes === undefined && !(data != null &&
      (typeof data[Symbol.asyncIterator] === 'function' ||
       typeof data[Symbol.iterator] === 'function'))) {
    failData(data);
  }
  if (path instanceof FileHandle) return writeFileHandle(path, data, options);
  checkAborted(options.signal);
  if (bytes !== undefined && options.signal == null) {
    // Bytes that nothing can interrupt: open, writes, fsync and close are chained by the
    // binding on the thread pool, with one completion (the validation is open()'s).
    path = getValidatedPath(path);
    const flagsNumber = stringToFlags(flag);
    const mode = parseFileMode(options.mode, 'mode', 0o666);
    void bytes.buffer;
    await call(binding.writeFile, path, bytes, flagsNumber, mode, options.flush === true);
    return;
  }
  const handle = await open(path, flag, options.mode);
  try {
    await writeFileHandle(handle, data, options);
  } finally {
    await handle.close();
  }
}

async function appendFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = copyObject(options);
  options.flag ||= 'a';
  return writeFile(path, data, options);
}

async function stat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatsFromBinding(await call(binding.stat, path, statOptions(options).bigint === true));
}

async function lstat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatsFromBinding(await call(binding.lstat, path, statOptions(options).bigint === true));
}

async function statfs(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  const bigint = statOptions(options).bigint === true;
  return getStatFsFromBinding(await call(binding.statfs, path, bigint), bigint);
}

async function rename(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return call(binding.rename, oldPath, newPath);
}

async function link(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return call(binding.link, existingPath, newPath);
}

async function symlink(target, path, type) {
  type = typeof type === 'string' ? type : null;
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  validateSymlinkType(type);
  return call(binding.symlink, target, path, 0);
}

async function unlink(path) {
  return call(binding.unlink, getValidatedPath(path));
}

async function readlink(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return encodeResult(await call(binding.readlink, path, wantsBytes(options)),
                      options.encoding);
}

async function realpath(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeResult(await call(binding.realpath, path, wantsBytes(options)),
                      options.encoding);
}

async function copyFile(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidAccessMode(mode, 0);
  return call(binding.copyFile, src, dest, mode);
}

async function mkdir(path, options) {
  const fs = require('fs');
  return new Promise((resolve, reject) => {
    fs.mkdir(path, options, (err, first) => (err ? reject(err) : resolve(first)));
  });
}

async function mkdtemp(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  return encodeResult(await call(binding.mkdtemp, prefix, wantsBytes(options)),
                      options.encoding);
}

// Unlike fs.readdir, node's promise form takes any value as `recursive` (truthy or not).
async function readdir(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive) {
    return require('internal/fs/readdir_recursive').readdirRecursivePromise(path, options);
  }
  const flat = { encoding: options.encoding, withFileTypes: options.withFileTypes };
  const fs = require('fs');
  return new Promise((resolve, reject) => {
    fs.readdir(path, flat, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

// Like fs.rmdir, except that node's promise form checks a recursive target with stat.
async function rmdir(path, options) {
  path = getValidatedPath(path);
  // The options are checked before the deprecation warning of a recursive rmdir, as node.
  validateRmdirOptions(options);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    options = validateRmdirOptions({ ...options, force: false },
                                   { force: false, recursive: false, retryDelay: 100,
                                     maxRetries: 0 });
    const st = await call(binding.stat, path, false);
    if ((st[1] & constants.S_IFMT) === constants.S_IFDIR) return rm(path, options);
  }
  return call(binding.rmdir, path);
}

async function rm(path, options) {
  const fs = require('fs');
  return new Promise((resolve, reject) => {
    fs.rm(path, options, (err) => (err ? reject(err) : resolve()));
  });
}

async function chmod(path, mode) {
  path = getValidatedPath(path);
  return call(binding.chmod, path, parseFileMode(mode, 'mode'));
}

// Linux has no lchmod(2): node rejects before looking at the arguments.
async function lchmod(path, mode) {
  throw new (require('internal/errors').codes.ERR_METHOD_NOT_IMPLEMENTED)('lchmod()');
}

async function chown(path, uid, gid) {
  path = getValidatedPath(path);
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  return call(binding.chown, path, uid, gid);
}

async function lchown(path, uid, gid) {
  path = getValidatedPath(path);
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  return call(binding.lchown, path, uid, gid);
}

async function utimes(path, atime, mtime) {
  path = getValidatedPath(path);
  return call(binding.utimes, path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

async function lutimes(path, atime, mtime) {
  path = getValidatedPath(path);
  return call(binding.lutimes, path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

async function truncate(path, len = 0) {
  const handle = await open(path, 'r+');
  try {
    await handle.truncate(len);
  } finally {
    await handle.close();
  }
}

async function opendir(path, options) {
  const { opendir: opendirCb } = require('internal/fs/dir');
  return new Promise((resolve, reject) => {
    opendirCb(path, options, (err, dir) => (err ? reject(err) : resolve(dir)));
  });
}
// node's is the callback form promisified, which keeps its length (3).
ObjectDefineProperty(opendir, 'length', { __proto__: null, value: 3, configurable: true });

async function cp(src, dest, options) {
  const { cpPromise } = require('internal/fs/cp');
  return cpPromise(src, dest, options);
}

const promiseExports = {
  access,
  copyFile,
  cp,
  glob: undefined,
  open,
  opendir,
  rename,
  truncate,
  rm,
  rmdir,
  mkdir,
  readdir,
  readlink,
  symlink,
  lstat,
  stat,
  statfs,
  link,
  unlink,
  chmod,
  lchmod,
  lchown,
  chown,
  utimes,
  lutimes,
  realpath,
  mkdtemp,
  writeFile,
  appendFile,
  readFile,
  watch: undefined,
  constants,
};
ObjectDefineProperty(promiseExports, 'watch', {
  __proto__: null,
  get() { return require('internal/fs/watchers').watchPromise; },
  enumerable: true,
  configurable: true,
});
ObjectDefineProperty(promiseExports, 'glob', {
  __proto__: null,
  get() { return require('internal/fs/glob').globPromise; },
  enumerable: true,
  configurable: true,
});

void pathModule;
void validateAbortSignal;
void validateBoolean;
void validateFunction;
void getDirents;
void getValidatedFd;
void ERR_INVALID_STATE;

// ---------------------------------------------------------------------------------------
// Transfer to other threads.

// A FileHandle listed in a transfer list moves to the receiving thread: the descriptor
// (process-wide) stays open, the receiver gets a FileHandle over it, and this one reads as
// closed without emitting 'close'. The structured clone module is large and FileHandles
// are common, so the handler registers only once both modules are loaded: here when the
// clone module loaded first, and from the clone module when it loads after this one.
let transferHandlerRegistered = false;

function registerTransferHandler() {
  if (transferHandlerRegistered) return;
  transferHandlerRegistered = true;
  const { dataCloneError, registerHostHandler } = require('internal/structured_clone');
  registerHostHandler({
    __proto__: null,
    name: 'FileHandle',
    test: (value) => FileHandle.isFileHandle(value),
    duplicateMessage: 'Transfer list contains duplicate FileHandle',
    // The handle's state is checked when it moves, after the whole transfer list was
    // checked and the message serialized, as in node.
    transfer(handle) {
      if (handle[kClosePromise] || handle[kRefs] > 1) {
        throw dataCloneError('Cannot transfer FileHandle while in use');
      }
      // A closed handle has nothing to move (a transferred one moves as closed).
      if (handle[kFd] === -1 && !handle[kTransferred]) {
        throw dataCloneError('Cannot transfer object of unsupported type.');
      }
      const fd = handle[kFd];
      if (fd !== -1) closeOnCollect.unregister(handle);
      handle[kFd] = -1;
      handle[kRefs] = 0;
      handle[kTransferred] = true;
      return { __proto__: null, fd };
    },
    deserialize: (data) => new FileHandle(data.fd),
  });
}

{
  const { BuiltinModule } = require('internal/bootstrap/realm');
  if (BuiltinModule.map.get('internal/structured_clone')?.loaded) registerTransferHandler();
}

module.exports = {
  exports: promiseExports,
  FileHandle,
  kRef,
  kUnref,
  registerTransferHandler,
};

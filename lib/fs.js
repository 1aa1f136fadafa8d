'use strict';

// node:fs: synchronous and callback forms over src/bindings/fs.c. A synchronous call
// passes no request and the binding throws node's error; an asynchronous call passes a
// request object whose oncomplete(err, result) the binding calls from the loop.
// Arguments are validated here, before any system call, with node's errors.

const {
  ArrayPrototypePush,
  MathMin,
  ObjectDefineProperties,
  ObjectDefineProperty,
  Promise,
  ReflectApply,
  StringPrototypeEndsWith,
  StringPrototypeSlice,
  StringPrototypeSplit,
} = primordials;

const binding = internalBinding('fs');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const pathModule = require('path');
const {
  codedError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  parseFileMode,
  validateBoolean,
  validateFunction,
  validateInteger,
  kValidateObjectAllowNullable,
  validateObject,
  validateEncoding,
  validateString,
} = require('internal/validators');
const { normalizeEncoding } = require('internal/util');
const {
  allocReadBuffer,
  decodeFileContents,
  fileEncodingId,
  Dirent,
  Stats,
  BigIntStats,
  StatFs,
  constants,
  copyObject,
  emitRecursiveRmdirWarning,
  encodeResult,
  getDirents,
  getDirentsCallback,
  getOptions,
  getStatFsFromBinding,
  getStatsFromBinding,
  getValidatedFd,
  getValidatedFdNative,
  statOptions,
  getValidAccessMode,
  getValidatedPath,
  validateSymlinkType,
  isArrayBufferView,
  makeCallback,
  registerFsRead,
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

const {
  F_OK, R_OK, W_OK, X_OK,
  O_WRONLY, O_SYNC, O_CREAT, O_TRUNC, O_APPEND,
} = constants;

const kIoMaxLength = 2 ** 31 - 1;
const kReadFileChunk = 512 * 1024;

// A request object for the binding's asynchronous form.
function request(callback) {
  return { oncomplete: callback };
}

function requestMapped(callback, map) {
  return {
    oncomplete(err, result) {
      if (err) callback(err);
      else callback(null, map(result));
    },
  };
}


// ---------------------------------------------------------------------------------------
// access, exists

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  // node checks the mode natively, after the callback.
  callback = makeCallback(callback);
  mode = getValidMode(mode, 'access');
  binding.access(path, mode, request(callback));
}

function accessSync(path, mode) {
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  binding.access(path, mode, undefined);
}

function getValidMode(mode) {
  return getValidAccessMode(mode, F_OK);
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  function suppressed(err) {
    callback(!err);
  }
  try {
    access(path, F_OK, suppressed);
  } catch {
    return callback(false);
  }
}
// exists() calls back with a boolean and no error first, so its promise form is its own.
ObjectDefineProperty(exists, require('internal/util').promisify.custom, {
  __proto__: null,
  value: function exists(path) {
    return new Promise((resolve) => module.exports.exists(path, resolve));
  },
  enumerable: false,
  writable: false,
  configurable: true,
});

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  try {
    binding.access(path, F_OK, undefined);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------
// open, close, read, write

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  callback = makeCallback(callback);
  binding.open(path, flagsNumber, mode, request(callback));
}

function openSync(path, flags, mode) {
  path = getValidatedPath(path);
  return binding.open(path, stringToFlags(flags), parseFileMode(mode, 'mode', 0o666), undefined);
}

function close(fd, callback = defaultCloseCallback) {
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  fd = getValidatedFdNative(fd);
  binding.close(fd, request(callback));
}

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function closeSync(fd) {
  fd = getValidatedFdNative(fd);
  binding.close(fd, undefined);
}

function validateReadBuffer(buffer) {
  if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

// The options object of read(): missing members default to the whole buffer from the
// current file position. Destructuring reads each member once, as node does.
function readOptions(options, buffer) {
  const { offset = 0, length = buffer?.byteLength - offset, position = null } =
    options ?? {};
  return { offset, length, position };
}

// The checks read() and readSync() share once the buffer and numbers are known. A length
// that is not a positive number reads nothing (node truncates it with `| 0`).
function checkReadRange(buffer, offset, length, position, nullOffsetIsZero = true) {
  // read() takes a null offset as 0; readSync() only an undefined one.
  if (offset === undefined || (offset === null && nullOffsetIsZero)) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length |= 0;
  if (length === 0) return { offset, length, position, empty: true };
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
  return { offset, length, position, empty: false };
}

// fs.read(fd, callback), fs.read(fd, bufferOrOptions, callback) and
// fs.read(fd, buffer, options, callback) are told apart by the number of arguments; with
// more, the arguments are positional and the callback is always the sixth.
function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  const argc = arguments.length;
  if (argc <= 4) {
    let options;
    if (argc === 4) {
      validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
      options = offsetOrOptions;
      callback = length;
    } else if (argc === 3) {
      callback = offsetOrOptions;
      if (!isArrayBufferView(buffer)) {
        options = buffer;
        buffer = options?.buffer;
        if (buffer === undefined) buffer = Buffer.alloc(16384);
        // fs.read(fd, undefined, callback) reads into a new buffer, as with no options.
        if (options !== undefined) {
          validateObject(options, 'options', kValidateObjectAllowNullable);
        }
      }
    } else {
      callback = buffer;
      buffer = Buffer.alloc(16384);
    }
    ({ offset, length, position } = readOptions(options, buffer));
  }
  validateReadBuffer(buffer);
  validateFunction(callback, 'cb');
  const range = checkReadRange(buffer, offset, length, position);
  if (range.empty) {
    process.nextTick(callback, null, 0, buffer);
    return;
  }
  const req = request((err, bytesRead) => {
    if (err) return callback(err);
    callback(null, bytesRead, buffer);
  });
  req.buffer = buffer;
  void buffer.buffer;
  binding.read(fd, toBytes(buffer), range.offset, range.length, range.position, req);
}
ObjectDefineProperty(read, require('internal/util').customPromisifyArgs, {
  __proto__: null, value: ['bytesRead', 'buffer'], enumerable: false,
});
registerFsRead(read);

// readSync(fd, buffer[, options]) takes an options object as its third argument (or any
// object there, null included); otherwise offset, length and position are positional.
function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateReadBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) {
      validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
    }
    ({ offset, length, position } = readOptions(offsetOrOptions, buffer));
  }
  const range = checkReadRange(buffer, offset, length, position, false);
  if (range.empty) return 0;
  return binding.read(fd, toBytes(buffer), range.offset, range.length, range.position,
                      undefined);
}

// The buffer form of write()/writeSync(): an object third argument (null included) is an
// options object whose members replace the offset, the length and the position, as
// node's destructuring does.
function writeBufferArguments(buffer, offset, length, position) {
  if (typeof offset === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset ?? {});
  }
  if (offset == null || typeof offset === 'function') offset = 0;
  else validateInteger(offset, 'offset', 0);
  if (typeof length !== 'number') length = buffer.byteLength - offset;
  if (typeof position !== 'number') position = -1;
  validateOffsetLengthWrite(offset, length, buffer.byteLength);
  return { bytes: toBytes(buffer), offset, length, position };
}

// The string form: node hands the encoding to its native layer, which writes UTF-8 for
// a name it does not know (or a value that is not a string) instead of failing.
function encodeWriteString(string, encoding) {
  validateEncoding(string, encoding);
  const known = typeof encoding === 'string' ? normalizeEncoding(encoding) : undefined;
  return Buffer.from(string, known === undefined || known === 'buffer' ? 'utf8' : known);
}

function validateWriteData(buffer) {
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'],
                                   buffer);
  }
}

// write(fd, buffer[, offset[, length[, position]]], callback) and
// write(fd, string[, position[, encoding]], callback): the callback is the first function
// found from the end of the arguments node looks at, not simply the last argument.
function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    callback ||= position || length || offset;
    validateFunction(callback, 'cb');
    const w = writeBufferArguments(buffer, offset, length, position);
    writeBytes(fd, w, buffer, callback);
    return;
  }
  validateWriteData(buffer);
  if (typeof position !== 'function') {
    if (typeof offset === 'function') {
      position = offset;
      offset = null;
    } else {
      position = length;
    }
    length = 'utf8';
  }
  const bytes = encodeWriteString(buffer, length);
  callback = position;
  validateFunction(callback, 'cb');
  writeBytes(fd, { bytes, offset: 0, length: bytes.length,
                   position: typeof offset === 'number' ? offset : -1 }, buffer, callback);
}

function writeBytes(fd, w, data, callback) {
  const req = request((err, written) => {
    if (err) return callback(err);
    callback(null, written, data);
  });
  req.buffer = w.bytes;
  void w.bytes.buffer;
  binding.writeBuffer(fd, w.bytes, w.offset, w.length, w.position, req);
}
ObjectDefineProperty(write, require('internal/util').customPromisifyArgs, {
  __proto__: null, value: ['bytesWritten', 'buffer'], enumerable: false,
});

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  if (isArrayBufferView(buffer)) {
    const w = writeBufferArguments(buffer, offsetOrOptions, length, position);
    return binding.writeBuffer(fd, w.bytes, w.offset, w.length, w.position, undefined);
  }
  validateWriteData(buffer);
  const bytes = encodeWriteString(buffer, length);
  const pos = typeof offsetOrOptions === 'number' ? offsetOrOptions : -1;
  return binding.writeBuffer(fd, bytes, 0, bytes.length, pos, undefined);
}

function validateBufferArray(buffers, name = 'buffers') {
  if (!Array.isArray(buffers)) throw new ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
  for (let i = 0; i < buffers.length; i++) {
    if (!isArrayBufferView(buffers[i])) {
      throw new ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
    }
  }
  return buffers.map(toBytes);
}

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  const views = validateBufferArray(buffers);
  // As in node, a missing (falsy) callback is taken from the position argument.
  callback ||= position;
  validateFunction(callback, 'cb');
  const req = request((err, n) => (err ? callback(err) : callback(null, n, buffers)));
  req.buffers = views;
  for (const v of views) void v.buffer;
  binding.readBuffers(fd, views, typeof position === 'number' ? position : -1, req);
}
ObjectDefineProperty(readv, require('internal/util').customPromisifyArgs, {
  __proto__: null, value: ['bytesRead', 'buffers'], enumerable: false,
});

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  const views = validateBufferArray(buffers);
  return binding.readBuffers(fd, views, typeof position === 'number' ? position : -1, undefined);
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  const views = validateBufferArray(buffers);
  // As in node, a missing (falsy) callback is taken from the position argument.
  callback ||= position;
  validateFunction(callback, 'cb');
  if (views.length === 0) {
    process.nextTick(callback, null, 0, buffers);
    return;
  }
  const req = request((err, n) => (err ? callback(err) : callback(null, n, buffers)));
  req.buffers = views;
  for (const v of views) void v.buffer;
  binding.writeBuffers(fd, views, typeof position === 'number' ? position : -1, req);
}
// node's promisified writev resolves to { bytesWritten, buffer } (singular), unlike readv.
ObjectDefineProperty(writev, require('internal/util').customPromisifyArgs, {
  __proto__: null, value: ['bytesWritten', 'buffer'], enumerable: false,
});

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  const views = validateBufferArray(buffers);
  if (views.length === 0) return 0;
  return binding.writeBuffers(fd, views, typeof position === 'number' ? position : -1, undefined);
}

// ---------------------------------------------------------------------------------------
// Whole files.

// An integer is a file descriptor; anything else is a path.
function isFd(path) {
  return (path | 0) === path;
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const encoding = options.encoding;
  const flags = stringToFlags(options.flag);
  let source;
  if (isFd(path)) {
    source = getValidatedFd(path);
  } else {
    source = getValidatedPath(path);
  }
  let buffer;
  try {
    if ((encoding === 'utf8' || encoding === 'utf-8') && typeof source !== 'number') {
      return binding.readFileUtf8(source, flags);
    }
    buffer = new FastBuffer(binding.readFileBytes(source, flags));
  } catch (err) {
    throw asFileTooLarge(err);
  }
  // 'buffer' is no encoding here: node's toString refuses it (ERR_UNKNOWN_ENCODING).
  if (encoding) return buffer.toString(encoding);
  return buffer;
}

// The binding refuses files over 2 GiB with a plain RangeError coded
// ERR_FS_FILE_TOO_LARGE whose message holds the size; this is node's error for it.
function asFileTooLarge(err) {
  if (err?.code !== 'ERR_FS_FILE_TOO_LARGE' || !(err instanceof RangeError)) return err;
  const size = /\((\d+)\)/.exec(err.message);
  if (size === null) return err;
  const { codes } = require('internal/errors');
  return new codes.ERR_FS_FILE_TOO_LARGE(Number(size[1]));
}

// A file's text for the callback, or the decoding's error, as node reports it.
function deliverText(buffer, encoding, callback) {
  let text;
  try {
    text = decodeFileContents(buffer, encoding);
  } catch (err) {
    return callback(err);
  }
  callback(null, text);
}

function readFile(path, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { flag: 'r' });
  const encoding = options.encoding;
  const signal = options.signal;
  const flags = stringToFlags(options.flag, 'options.flag');
  const fromFd = isFd(path);
  if (!fromFd) path = getValidatedPath(path);
  else getValidatedFd(path);
  if (signal?.aborted) {
    const { AbortError } = require('internal/errors');
    // Node calls back synchronously for a signal that is already aborted.
    callback(new AbortError(undefined, { cause: signal.reason }));
    return;
  }
  if (!fromFd && signal == null) {
    // Nothing can interrupt the reads: the binding opens, reads and closes on the thread
    // pool and calls back once, with the text already decoded when there is an encoding.
    binding.readFile(path, flags, fileEncodingId(encoding), {
      oncomplete(err, data) {
        if (err) return callback(err);
        if (typeof data === 'string') return callback(null, data);
        if (typeof data === 'number') {
          const { codes } = require('internal/errors');
          return callback(new codes.ERR_FS_FILE_TOO_LARGE(data));
        }
        // Bytes with an encoding only for one the binding does not decode ('buffer').
        if (encoding) return deliverText(new FastBuffer(data), encoding, callback);
        callback(null, new FastBuffer(data));
      },
    });
    return;
  }

  const chunks = [];
  let total = 0;
  // When the size is known, the file is read straight into one buffer of that size (no
  // chunks to concatenate: half the memory and no copy).
  let whole;
  const finish = (fd, err) => {
    const deliver = () => {
      if (err) return callback(err);
      let buffer = whole === undefined ? Buffer.concat(chunks, total) :
        total === whole.length ? whole : whole.subarray(0, total);
      if (encoding) return deliverText(buffer, encoding, callback);
      callback(null, buffer);
    };
    if (fromFd) return deliver();
    binding.close(fd, request((closeErr) => {
      if (!err && closeErr) err = closeErr;
      deliver();
    }));
  };
  const readChunks = (fd, size) => {
    if (signal?.aborted) {
      const { AbortError } = require('internal/errors');
      return finish(fd, new AbortError(undefined, { cause: signal.reason }));
    }
    const length = size > 0 ? MathMin(size - total, kReadFileChunk) : kReadFileChunk;
    if (size > 0 && length <= 0) return finish(fd, null);
    if (size > 0 && whole === undefined) whole = allocReadBuffer(size);
    const chunk = whole ?? allocReadBuffer(length);
    const req = request((err, bytesRead) => {
      if (err) return finish(fd, err);
      if (bytesRead === 0) return finish(fd, null);
      if (whole === undefined) {
        ArrayPrototypePush(chunks, bytesRead === length ? chunk : chunk.subarray(0, bytesRead));
      }
      total += bytesRead;
      readChunks(fd, size);
    });
    req.buffer = chunk;
    void chunk.buffer;
    // Always from the current position: a path may name a pipe or a device, which
    // cannot seek.
    binding.read(fd, chunk, whole === undefined ? 0 : total, length, -1, req);
  };
  const start = (fd) => {
    binding.fstat(fd, false, request((err, stats) => {
      if (err) return finish(fd, err);
      // Only regular files have a trustworthy size.
      const isRegular = (stats[1] & constants.S_IFMT) === constants.S_IFREG;
      const size = isRegular ? stats[8] : 0;
      if (size > kIoMaxLength) {
        const { codes } = require('internal/errors');
        return finish(fd, new codes.ERR_FS_FILE_TOO_LARGE(size));
      }
      readChunks(fd, size);
    }));
  };
  if (fromFd) {
    start(path);
  } else {
    binding.open(path, flags, 0o666, request((err, fd) => {
      if (err) return callback(err);
      start(fd);
    }));
  }
}

function toWritableData(data, encoding) {
  if (isArrayBufferView(data)) return toBytes(data);
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  // Objects with their own toString() are no longer coerced (node 21 ended DEP0162).
  throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

// writeFile's flush option is a boolean when given (undefined and null mean false).
function validateFlushOption(options) {
  validateBoolean(options.flush ?? false, 'options.flush');
}

function writeAll(fd, bytes, position) {
  let offset = 0;
  while (offset < bytes.length) {
    const n = binding.writeBuffer(fd, bytes, offset, bytes.length - offset,
                                  position === -1 ? -1 : position + offset, undefined);
    offset += n;
  }
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  validateFlushOption(options);
  const encoding = options.encoding;
  if (typeof data === 'string' && (encoding === 'utf8' || encoding === 'utf-8' ||
                                   encoding == null) && !isFd(path)) {
    // A UTF-8 string to a path: the binding encodes it in place and opens, writes and
    // closes in one call, without an intermediate Buffer.
    path = getValidatedPath(path);
    binding.writeFileUtf8(path, data, stringToFlags(options.flag || 'w'),
                          parseFileMode(options.mode, 'mode', 0o666), options.flush === true);
    return;
  }
  const bytes = toWritableData(data, options.encoding);
  const flag = options.flag || 'w';
  if (isFd(path)) {
    writeAll(getValidatedFd(path), bytes, -1);
    return;
  }
  path = getValidatedPath(path);
  const fd = binding.open(path, stringToFlags(flag), parseFileMode(options.mode, 'mode', 0o666),
                          undefined);
  try {
    writeAll(fd, bytes, -1);
    if (options.flush === true) binding.fsync(fd, undefined);
  } finally {
    binding.close(fd, undefined);
  }
}

function writeFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  validateFlushOption(options);
  const bytes = toWritableData(data, options.encoding);
  const flag = options.flag || 'w';
  const signal = options.signal;
  const fromFd = isFd(path);
  if (fromFd) getValidatedFd(path);
  else path = getValidatedPath(path);
  if (signal?.aborted) {
    const { AbortError } = require('internal/errors');
    // Node calls back synchronously for a signal that is already aborted.
    callback(new AbortError(undefined, { cause: signal.reason }));
    return;
  }
  if (!fromFd && signal == null) {
    // Nothing can interrupt the writes: the binding chains open, write, fsync and close
    // on the thread pool and calls back once.
    const req = request(callback);
    req.buffer = bytes;
    void bytes.buffer;
    binding.writeFile(path, bytes, stringToFlags(flag),
                      parseFileMode(options.mode, 'mode', 0o666), options.flush === true, req);
    return;
  }
  const finish = (fd, err) => {
    if (fromFd) return callback(err);
    binding.close(fd, request((closeErr) => callback(err || closeErr || null)));
  };
  const writeFrom = (fd, offset) => {
    if (offset >= bytes.length) {
      if (options.flush === true) return binding.fsync(fd, request((err) => finish(fd, err)));
      return finish(fd, null);
    }
    if (signal?.aborted) {
      const { AbortError } = require('internal/errors');
      return finish(fd, new AbortError(undefined, { cause: signal.reason }));
    }
    const req = request((err, written) => {
      if (err) return finish(fd, err);
      writeFrom(fd, offset + written);
    });
    req.buffer = bytes;
    void bytes.buffer;
    binding.writeBuffer(fd, bytes, offset, bytes.length - offset, -1, req);
  };
  if (fromFd) {
    writeFrom(path, 0);
    return;
  }
  binding.open(path, stringToFlags(flag), parseFileMode(options.mode, 'mode', 0o666),
               request((err, fd) => {
                 if (err) return callback(err);
                 writeFrom(fd, 0);
               }));
}

function appendFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = copyObject(options);
  if (!options.flag || isFd(path)) options.flag = 'a';
  writeFile(path, data, options, callback);
}

function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = copyObject(options);
  if (!options.flag || isFd(path)) options.flag = 'a';
  writeFileSync(path, data, options);
}

// ---------------------------------------------------------------------------------------
// Metadata.


function stat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  options = statOptions(options);
  binding.stat(path, options.bigint === true, requestMapped(callback, getStatsFromBinding));
}

function lstat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  options = statOptions(options);
  binding.lstat(path, options.bigint === true, requestMapped(callback, getStatsFromBinding));
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  callback = makeCallback(callback);
  options = statOptions(options);
  fd = getValidatedFdNative(fd);
  binding.fstat(fd, options.bigint === true, requestMapped(callback, getStatsFromBinding));
}

// Synchronous stat calls write their numbers here (the binding returns this array), so a
// loop of statSync calls allocates only the Stats objects; they are copied out at once.
const statValues = new Float64Array(18);

function statSyncImpl(fn, path, options) {
  options = statOptions(options);
  path = getValidatedPath(path);
  try {
    return getStatsFromBinding(fn(path, options.bigint === true, undefined, statValues));
  } catch (err) {
    if (options.throwIfNoEntry === false && err.code === 'ENOENT') return undefined;
    throw err;
  }
}

// The defaults give these node's lengths (1): nothing else reads them.
function statSync(path, options = undefined) {
  return statSyncImpl(binding.stat, path, options);
}

function lstatSync(path, options = undefined) {
  return statSyncImpl(binding.lstat, path, options);
}

function fstatSync(fd, options = undefined) {
  options = statOptions(options);
  fd = getValidatedFdNative(fd);
  return getStatsFromBinding(binding.fstat(fd, options.bigint === true, undefined, statValues));
}

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  const bigint = statOptions(options).bigint === true;
  binding.statfs(path, bigint, requestMapped(callback, (v) => getStatFsFromBinding(v, bigint)));
}

function statfsSync(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  const bigint = statOptions(options).bigint === true;
  return getStatFsFromBinding(binding.statfs(path, bigint, undefined), bigint);
}

// ---------------------------------------------------------------------------------------
// Names.

function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(oldPath, newPath, request(callback));
}

function renameSync(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(oldPath, newPath, undefined);
}

function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(existingPath, newPath, request(callback));
}

function linkSync(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(existingPath, newPath, undefined);
}

// As in node, a type that is not a string is ignored (the type only matters on Windows),
// and the callback is the last argument, whatever comes before it.
function symlink(target, path, type, callback) {
  type = typeof type === 'string' ? type : null;
  callback = makeCallback(arguments[arguments.length - 1]);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  validateSymlinkType(type);
  binding.symlink(target, path, 0, request(callback));
}

function symlinkSync(target, path, type) {
  type = typeof type === 'string' ? type : null;
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  validateSymlinkType(type);
  binding.symlink(target, path, 0, undefined);
}


function unlink(path, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.unlink(path, request(callback));
}

function unlinkSync(path) {
  path = getValidatedPath(path);
  binding.unlink(path, undefined);
}

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  binding.readlink(path, wantsBytes(options),
                   requestMapped(callback, (v) => encodeResult(v, options.encoding)));
}

function readlinkSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return encodeResult(binding.readlink(path, wantsBytes(options), undefined), options.encoding);
}

// fs.realpath and fs.realpathSync (not their .native forms) resolve the path the way
// node's JavaScript implementation does, which differs from realpath(3): the path is
// made absolute and normalized lexically first (so "link/.." is the link's directory),
// then walked from the root one component at a time. Each component is checked with
// lstat; a symbolic link is checked with stat (so a dangling or looping link fails as
// stat), read, and the walk starts over on the substituted path. Once a link led to a
// FIFO or a socket, the walk stops at the next component it has already checked, which
// is how /dev/stdin resolves to /proc/<pid>/fd/pipe:[...] when stdin is a pipe.
class RealpathWalk {
  constructor(p) {
    this.path = pathModule.resolve(typeof p === 'string' ? p : Buffer.from(p).toString());
    this.pos = 1;
    this.base = '';
    this.lastType = 0;
    this.knownHard = new Set();
    this.linkTargets = new Map();
  }

  // Advances past components that need no system call. Returns true when the walk is
  // over, false when this.base must be looked at with lstat.
  skipKnown() {
    const p = this.path;
    while (this.pos < p.length) {
      let next = p.indexOf('/', this.pos);
      if (next === -1) next = p.length;
      this.base = p.slice(0, next);
      this.pos = next + 1;
      if (!this.knownHard.has(this.base)) return false;
      if (this.lastType === constants.S_IFIFO || this.lastType === constants.S_IFSOCK) {
        return true;
      }
    }
    return true;
  }

  // Takes the lstat result of this.base. Returns true when it is a symbolic link whose
  // target is not known yet, else false (after restarting the walk if it was a link).
  afterLstat(stats) {
    this.lastType = stats[1] & constants.S_IFMT;
    if (this.lastType !== constants.S_IFLNK) {
      this.knownHard.add(this.base);
      return false;
    }
    this.linkId = `${stats[0]}:${stats[7]}`;
    const target = this.linkTargets.get(this.linkId);
    if (target === undefined) return true;
    this.follow(target);
    return false;
  }

  afterStat(stats) {
    this.lastType = stats[1] & constants.S_IFMT;
  }

  follow(target) {
    this.linkTargets.set(this.linkId, target);
    const resolved = pathModule.resolve(pathModule.dirname(this.base), target);
    this.path = pathModule.resolve(resolved, this.path.slice(this.pos));
    this.pos = 1;
  }

  result(options) {
    const encoding = options.encoding;
    if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return this.path;
    return encodeResult(Buffer.from(this.path), encoding);
  }
}

function realpathSync(p, options) {
  options = getOptions(options);
  p = getValidatedPath(p);
  const walk = new RealpathWalk(p);
  while (!walk.skipKnown()) {
    if (walk.afterLstat(binding.lstat(walk.base, false, undefined))) {
      walk.afterStat(binding.stat(walk.base, false, undefined));
      walk.follow(binding.readlink(walk.base, false, undefined));
    }
  }
  return walk.result(options);
}

function realpath(p, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  p = getValidatedPath(p);
  const walk = new RealpathWalk(p);
  const step = () => {
    if (walk.skipKnown()) {
      callback(null, walk.result(options));
      return;
    }
    binding.lstat(walk.base, false, request((err, stats) => {
      if (err) return callback(err);
      if (!walk.afterLstat(stats)) return step();
      binding.stat(walk.base, false, request((statErr, targetStats) => {
        if (statErr) return callback(statErr);
        walk.afterStat(targetStats);
        binding.readlink(walk.base, false, request((linkErr, target) => {
          if (linkErr) return callback(linkErr);
          walk.follow(target);
          step();
        }));
      }));
    }));
  };
  process.nextTick(step);
}

realpathSync.native = function native(p, options) {
  options = getOptions(options);
  p = getValidatedPath(p);
  return encodeResult(binding.realpath(p, wantsBytes(options), undefined), options.encoding);
};

realpath.native = function native(p, options, callback) {
  // A missing (falsy) callback is taken from the options argument, as node does.
  callback = makeCallback(callback || options);
  options = getOptions(options);
  p = getValidatedPath(p);
  binding.realpath(p, wantsBytes(options),
                   requestMapped(callback, (v) => encodeResult(v, options.encoding)));
};

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  callback = makeCallback(callback);
  binding.copyFile(src, dest, getValidCopyMode(mode), request(callback));
}

function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  binding.copyFile(src, dest, getValidCopyMode(mode), undefined);
}

function getValidCopyMode(mode) {
  return getValidAccessMode(mode, 0);
}

// ---------------------------------------------------------------------------------------
// Directories.

function mkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = options;
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = options.mode;
  }
  validateBoolean(recursive, 'options.recursive');
  return { mode: parseFileMode(mode, 'mode'), recursive };
}

// Creates path and any missing ancestors; returns the first directory created, or
// undefined when path already existed as a directory.
function mkdirSync(path, options) {
  path = getValidatedPath(path);
  const { mode, recursive } = mkdirOptions(options);
  if (recursive) return require('internal/fs/recursive').mkdirpSync(path, mode);
  binding.mkdir(path, mode, undefined);
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  const { mode, recursive } = mkdirOptions(options);
  if (!recursive) {
    binding.mkdir(path, mode, request(callback));
    return;
  }
  require('internal/fs/recursive').mkdirp(path, mode, callback);
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  binding.mkdtemp(prefix, wantsBytes(options),
                  requestMapped(callback, (v) => encodeResult(v, options.encoding)));
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  return encodeResult(binding.mkdtemp(prefix, wantsBytes(options), undefined), options.encoding);
}

// The binding returns string names joined by '/' (which no name contains) so that a large
// directory costs one string, not one engine call per entry; '' is an empty directory.
function splitNames(names) {
  if (typeof names !== 'string') return names;
  return names === '' ? [] : StringPrototypeSplit(names, '/');
}

// The names of a withFileTypes listing ([names, types]), decoded.
function direntNames(result, options) {
  if (!wantsBytes(options)) return splitNames(result[0]);
  return result[0].map((name) => encodeResult(name, options.encoding));
}

function readdirResult(path, result, options) {
  if (options.withFileTypes) {
    // Through the module's exports, which node also uses (so that a patched fs.lstatSync
    // is the one called).
    return getDirents(path, direntNames(result, options), result[1], module.exports.lstatSync);
  }
  if (!wantsBytes(options)) return splitNames(result);
  return result.map((name) => encodeResult(name, options.encoding));
}

function readdirSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) return lazyReaddirRecursive().readdirRecursiveSync(path, options);
  const result = binding.readdir(path, Boolean(options.withFileTypes), wantsBytes(options),
                                 undefined);
  return readdirResult(path, result, options);
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) {
    lazyReaddirRecursive().readdirRecursive(path, options, callback);
    return;
  }
  if (!options.withFileTypes) {
    binding.readdir(path, false, wantsBytes(options),
                    requestMapped(callback, (r) => readdirResult(path, r, options)));
    return;
  }
  // Entries of unknown type are resolved with fs.lstat, on the thread pool like node.
  binding.readdir(path, true, wantsBytes(options), {
    oncomplete(err, result) {
      if (err) {
        callback(err);
        return;
      }
      getDirentsCallback(path, direntNames(result, options), result[1], module.exports.lstat,
                         callback);
    },
  });
}

let readdirRecursiveModule;
function lazyReaddirRecursive() {
  readdirRecursiveModule ??= require('internal/fs/readdir_recursive');
  return readdirRecursiveModule;
}

function isDirectoryStats(st) {
  return (st[1] & constants.S_IFMT) === constants.S_IFDIR;
}

// rmdir(path, { recursive: true }) removes a directory tree like rm(); on anything but a
// directory it falls back to rmdir(2), so a file is reported as ENOTDIR and a missing
// path as lstat's ENOENT.
function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    options = validateRmOptions(path, { ...options, force: false });
    binding.lstat(path, false, request((err, st) => {
      if (err) return callback(err);
      if (isDirectoryStats(st)) return rm(path, options, callback);
      binding.rmdir(path, request(callback));
    }));
    return;
  }
  validateRmdirOptions(options);
  binding.rmdir(path, request(callback));
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    options = validateRmOptions(path, { ...options, force: false });
    if (isDirectoryStats(binding.lstat(path, false, undefined))) return rmSync(path, options);
  } else {
    validateRmdirOptions(options);
  }
  binding.rmdir(path, undefined);
}

function validateRmOptions(path, options) {
  options = validateRmdirOptions(options, { force: false, recursive: false, retryDelay: 100,
                                            maxRetries: 0 });
  validateBoolean(options.force, 'options.force');
  return options;
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  options = validateRmOptions(path, options);
  require('internal/fs/recursive').rmSync(path, options);
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  path = getValidatedPath(path);
  options = validateRmOptions(path, options);
  callback = makeCallback(callback);
  require('internal/fs/recursive').rm(path, options, callback);
}

// ---------------------------------------------------------------------------------------
// Permissions, ownership, times, sync, truncate.

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.chmod(path, mode, request(callback));
}

function chmodSync(path, mode) {
  path = getValidatedPath(path);
  binding.chmod(path, parseFileMode(mode, 'mode'), undefined);
}

function fchmod(fd, mode, callback) {
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  fd = getValidatedFdNative(fd);
  binding.fchmod(fd, mode, request(callback));
}

function fchmodSync(fd, mode) {
  mode = parseFileMode(mode, 'mode');
  binding.fchmod(getValidatedFdNative(fd), mode, undefined);
}

function chown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  binding.chown(path, uid, gid, request(callback));
}

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  binding.chown(path, uid, gid, undefined);
}

function fchown(fd, uid, gid, callback) {
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  callback = makeCallback(callback);
  fd = getValidatedFdNative(fd);
  binding.fchown(fd, uid, gid, request(callback));
}

function fchownSync(fd, uid, gid) {
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  fd = getValidatedFdNative(fd);
  binding.fchown(fd, uid, gid, undefined);
}

function lchown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  binding.lchown(path, uid, gid, request(callback));
}

function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  binding.lchown(path, uid, gid, undefined);
}

function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), request(callback));
}

function utimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), undefined);
}

function futimes(fd, atime, mtime, callback) {
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  callback = makeCallback(callback);
  fd = getValidatedFdNative(fd);
  binding.futimes(fd, atime, mtime, request(callback));
}

function futimesSync(fd, atime, mtime) {
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  binding.futimes(getValidatedFdNative(fd), atime, mtime, undefined);
}

function lutimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), request(callback));
}

function lutimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), undefined);
}

function fsync(fd, callback) {
  callback = makeCallback(callback);
  fd = getValidatedFdNative(fd);
  binding.fsync(fd, request(callback));
}

function fsyncSync(fd) {
  binding.fsync(getValidatedFdNative(fd), undefined);
}

function fdatasync(fd, callback) {
  callback = makeCallback(callback);
  fd = getValidatedFdNative(fd);
  binding.fdatasync(fd, request(callback));
}

function fdatasyncSync(fd) {
  binding.fdatasync(getValidatedFdNative(fd), undefined);
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  validateInteger(len, 'len');
  len = len < 0 ? 0 : len;
  callback = makeCallback(callback);
  fd = getValidatedFdNative(fd);
  binding.ftruncate(fd, len, request(callback));
}

function ftruncateSync(fd, len = 0) {
  validateInteger(len, 'len');
  fd = getValidatedFdNative(fd);
  binding.ftruncate(fd, len < 0 ? 0 : len, undefined);
}

let truncateWarned = false;
function showTruncateDeprecation() {
  if (truncateWarned) return;
  truncateWarned = true;
  process.emitWarning('Using fs.truncate with a file descriptor is deprecated. Please use ' +
                      'fs.ftruncate with a file descriptor instead.',
                      'DeprecationWarning', 'DEP0081');
}

function truncate(path, len, callback) {
  if (typeof path === 'number') {
    showTruncateDeprecation();
    return ftruncate(path, len, callback);
  }
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  validateInteger(len, 'len');
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.open(path, constants.O_RDWR, 0o666, request((err, fd) => {
    if (err) return callback(err);
    binding.ftruncate(fd, len < 0 ? 0 : len, request((err2) => {
      binding.close(fd, request((err3) => callback(err2 || err3 || null)));
    }));
  }));
}

function truncateSync(path, len) {
  if (typeof path === 'number') {
    showTruncateDeprecation();
    return ftruncateSync(path, len);
  }
  if (len === undefined) len = 0;
  path = getValidatedPath(path);
  // As in node: the file is opened ('r+') before the length is checked.
  const fd = binding.open(path, constants.O_RDWR, 0o666, undefined);
  try {
    validateInteger(len, 'len');
    binding.ftruncate(fd, len < 0 ? 0 : len, undefined);
  } finally {
    binding.close(fd, undefined);
  }
}

// ---------------------------------------------------------------------------------------
// Exports (lazy members load their modules on first use).

module.exports = {
  appendFile,
  appendFileSync,
  access,
  accessSync,
  chown,
  chownSync,
  chmod,
  chmodSync,
  close,
  closeSync,
  copyFile,
  copyFileSync,
  exists,
  existsSync,
  fchown,
  fchownSync,
  fchmod,
  fchmodSync,
  fdatasync,
  fdatasyncSync,
  fstat,
  fstatSync,
  fsync,
  fsyncSync,
  ftruncate,
  ftruncateSync,
  futimes,
  futimesSync,
  lchown,
  lchownSync,
  // Linux has no lchmod(2); like node there, the names exist with no function behind them.
  lchmod: undefined,
  lchmodSync: undefined,
  link,
  linkSync,
  lstat,
  lstatSync,
  lutimes,
  lutimesSync,
  mkdir,
  mkdirSync,
  mkdtemp,
  mkdtempSync,
  open,
  openSync,
  readdir,
  readdirSync,
  read,
  readSync,
  readv,
  readvSync,
  readFile,
  readFileSync,
  readlink,
  readlinkSync,
  realpath,
  realpathSync,
  rename,
  renameSync,
  rm,
  rmSync,
  rmdir,
  rmdirSync,
  stat,
  statfs,
  statSync,
  statfsSync,
  symlink,
  symlinkSync,
  truncate,
  truncateSync,
  unlink,
  unlinkSync,
  utimes,
  utimesSync,
  write,
  writeFile,
  writeFileSync,
  writeSync,
  writev,
  writevSync,
  Dirent,
  Stats,
  // Not documented, but part of node's fs object (its own tests use it).
  _toUnixTimestamp: toUnixTimestamp,
};

function lazy(name, load) {
  ObjectDefineProperty(module.exports, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      const value = load();
      ObjectDefineProperty(module.exports, name, {
        __proto__: null, value, writable: true, enumerable: true, configurable: true,
      });
      return value;
    },
    // On the object assigned to, as for node's data properties: a copy of fs made with
    // these descriptors (graceful-fs clones fs so) keeps its own value.
    set(value) {
      ObjectDefineProperty(this, name, {
        __proto__: null, value, writable: true, enumerable: true, configurable: true,
      });
    },
  });
}

lazy('opendir', () => require('internal/fs/dir').opendir);
lazy('opendirSync', () => require('internal/fs/dir').opendirSync);
lazy('Dir', () => require('internal/fs/dir').Dir);
lazy('cp', () => require('internal/fs/cp').cp);
lazy('cpSync', () => require('internal/fs/cp').cpSync);

// The stream classes live in a record behind accessors, as in node: a program (graceful-fs,
// for one) that assigns fs.ReadStream or fs.WriteStream changes what createReadStream/
// createWriteStream construct, and FileReadStream/FileWriteStream, the legacy names, are set
// on their own.
// Loaded on first use; as in node, a class assigned before that keeps the others unloaded.
const streamClasses = {
  __proto__: null,
  ReadStream: undefined,
  WriteStream: undefined,
  FileReadStream: undefined,
  FileWriteStream: undefined,
};

function lazyLoadStreams() {
  if (!streamClasses.ReadStream) {
    const { ReadStream, WriteStream } = require('internal/fs/streams');
    streamClasses.ReadStream = streamClasses.FileReadStream = ReadStream;
    streamClasses.WriteStream = streamClasses.FileWriteStream = WriteStream;
  }
}

function createReadStream(path, options) {
  lazyLoadStreams();
  return new streamClasses.ReadStream(path, options);
}

function createWriteStream(path, options) {
  lazyLoadStreams();
  return new streamClasses.WriteStream(path, options);
}

module.exports.createReadStream = createReadStream;
module.exports.createWriteStream = createWriteStream;
for (const name of ['ReadStream', 'WriteStream', 'FileReadStream', 'FileWriteStream']) {
  ObjectDefineProperty(module.exports, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      lazyLoadStreams();
      return streamClasses[name];
    },
    set(value) { streamClasses[name] = value; },
  });
}

lazy('watch', () => require('internal/fs/watchers').watch);
lazy('watchFile', () => require('internal/fs/watchers').watchFile);
lazy('unwatchFile', () => require('internal/fs/watchers').unwatchFile);
lazy('glob', () => require('internal/fs/glob').glob);
lazy('globSync', () => require('internal/fs/glob').globSync);
lazy('openAsBlob', () => require('internal/blob').openAsBlob);

ObjectDefineProperties(module.exports, {
  F_OK: { __proto__: null, enumerable: true, value: F_OK },
  R_OK: { __proto__: null, enumerable: true, value: R_OK },
  W_OK: { __proto__: null, enumerable: true, value: W_OK },
  X_OK: { __proto__: null, enumerable: true, value: X_OK },
  constants: {
    __proto__: null, configurable: false, enumerable: true, value: constants,
  },
  promises: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return require('internal/fs/promises').exports; },
  },
});

void BigIntStats;
void StatFs;
void Promise;
void ReflectApply;
void StringPrototypeEndsWith;
void StringPrototypeSlice;
void validateObject;
void validateString;
void ERR_OUT_OF_RANGE;
void kIoMaxLength;
void O_WRONLY;
void O_SYNC;
void O_CREAT;
void O_TRUNC;
void O_APPEND;

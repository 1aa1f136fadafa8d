'use strict';

// Shared pieces of node:fs: path and argument validation with node's errors, open flags,
// Stats and Dirent objects, option normalization.

const {
  ArrayIsArray,
  BigInt,
  DateNow,
  MathRound,
  MathTrunc,
  Number,
  NumberIsFinite,
  NumberIsInteger,
  ObjectDefineProperty,
  ObjectSetPrototypeOf,
  StringPrototypeIncludes,
  Symbol,
} = primordials;

const { Buffer } = require('buffer');
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
  validateBoolean,
  validateInt32,
  validateObject,
  validateInteger,
  validateUint32,
} = require('internal/validators');

const constants = internalBinding('constants').fs;
const {
  O_APPEND, O_CREAT, O_EXCL, O_RDONLY, O_RDWR, O_SYNC, O_TRUNC, O_WRONLY,
  S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
  UV_DIRENT_UNKNOWN, UV_DIRENT_FILE, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_FIFO,
  UV_DIRENT_SOCKET, UV_DIRENT_CHAR, UV_DIRENT_BLOCK,
} = constants;

const kMaxUserId = 2 ** 32 - 1;

// ---------------------------------------------------------------------------------------
// Paths.

function isURL(value) {
  return value !== null && typeof value === 'object' && typeof value.href === 'string' &&
    typeof value.protocol === 'string' && value.auth === undefined && value.path === undefined;
}

function toPathIfFileURL(fileURLOrPath) {
  if (!isURL(fileURLOrPath)) return fileURLOrPath;
  return require('internal/url').fileURLToPath(fileURLOrPath);
}

function nullCheck(path, propName) {
  const hasNull = typeof path === 'string' ? StringPrototypeIncludes(path, '\u0000') :
    path.indexOf(0) !== -1;
  if (hasNull) {
    throw new ERR_INVALID_ARG_VALUE(propName, path,
                                    'must be a string, Uint8Array, or URL without null bytes');
  }
}

// A string or Uint8Array path from a string, Buffer/Uint8Array or file: URL.
function getValidatedPath(fileURLOrPath, propName = 'path') {
  const path = toPathIfFileURL(fileURLOrPath);
  if (typeof path !== 'string' && !(path instanceof Uint8Array)) {
    throw new ERR_INVALID_ARG_TYPE(propName, ['string', 'Buffer', 'URL'], path);
  }
  nullCheck(path, propName);
  return path;
}

function getValidatedFd(fd, propName = 'fd') {
  validateInt32(fd, propName, 0);
  return fd;
}

// getValidatedFd for the calls whose descriptor node checks in its native binding, after
// their other arguments (close, fstat, fsync, fdatasync, fchmod, fchown, ftruncate,
// futimes): the same errors, but a huge number is written plainly (9007199254740992, not
// 9_007_199_254_740_992).
function getValidatedFdNative(fd) {
  if (typeof fd === 'number' && NumberIsInteger(fd) && (fd < 0 || fd > 2147483647)) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE',
                     `The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received ${fd}`);
  }
  validateInt32(fd, 'fd', 0);
  return fd;
}

// ---------------------------------------------------------------------------------------
// Flags and modes.

// The mode of access() and copyFile() by node's native rules (which differ from the
// JavaScript validators' wording): null or undefined give the default, a finite number is
// truncated and must be within 0..7, NaN and infinities are out of range, anything else is
// the wrong type.
function getValidAccessMode(mode, defaultMode) {
  if (mode == null) return defaultMode;
  if (typeof mode !== 'number') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'mode must be int32 or null/undefined');
  }
  if (mode !== mode || mode === Infinity || mode === -Infinity) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'mode is out of range');
  }
  const truncated = MathTrunc(mode);
  if (truncated < 0 || truncated > 7) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'mode is out of range: >= 0 && <= 7');
  }
  return truncated + 0; // -0 (from -0.5) is 0
}

// A symlink type given as a string (others are ignored before this check, as node does).
function validateSymlinkType(type) {
  if (type !== null && type !== 'dir' && type !== 'file' && type !== 'junction') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_FS_INVALID_SYMLINK_TYPE(type);
  }
}

// The options of the stat calls: node reads options.bigint without a check, so null fails
// as that read fails in V8; other non-objects mean the defaults.
function statOptions(options) {
  if (options === undefined) return { bigint: false };
  if (options === null) throw new TypeError("Cannot read properties of null (reading 'bigint')");
  if (typeof options !== 'object') return { bigint: false };
  return options;
}

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') {
    validateInt32(flags, name);
    return flags;
  }
  if (flags == null) return O_RDONLY;
  switch (flags) {
    case 'r': return O_RDONLY;
    case 'rs':
    case 'sr': return O_RDONLY | O_SYNC;
    case 'r+': return O_RDWR;
    case 'rs+':
    case 'sr+': return O_RDWR | O_SYNC;
    case 'w': return O_TRUNC | O_CREAT | O_WRONLY;
    case 'wx':
    case 'xw': return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
    case 'w+': return O_TRUNC | O_CREAT | O_RDWR;
    case 'wx+':
    case 'xw+': return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;
    case 'a': return O_APPEND | O_CREAT | O_WRONLY;
    case 'ax':
    case 'xa': return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
    case 'as':
    case 'sa': return O_APPEND | O_CREAT | O_WRONLY | O_SYNC;
    case 'a+': return O_APPEND | O_CREAT | O_RDWR;
    case 'ax+':
    case 'xa+': return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
    case 'as+':
    case 'sa+': return O_APPEND | O_CREAT | O_RDWR | O_SYNC;
  }
  // node names the argument 'flags' here whatever name the caller gave.
  throw new ERR_INVALID_ARG_VALUE('flags', flags);
}

// ---------------------------------------------------------------------------------------
// Options.

function getOptions(options, defaultOptions = {}) {
  if (options == null || typeof options === 'function') return defaultOptions;
  if (typeof options === 'string') {
    defaultOptions = { ...defaultOptions };
    defaultOptions.encoding = options;
    options = defaultOptions;
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) {
    require('internal/validators').validateAbortSignal(options.signal, 'options.signal');
  }
  return options;
}

function assertEncoding(encoding) {
  if (encoding && !Buffer.isEncoding(encoding)) {
    const reason = 'is invalid encoding';
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, reason);
  }
}

function copyObject(source) {
  const target = {};
  for (const key in source) target[key] = source[key];
  return target;
}

// The callback of an asynchronous call: the last argument, which must be a function.
function makeCallback(cb) {
  require('internal/validators').validateFunction(cb, 'cb');
  return (...args) => Reflect.apply(cb, undefined, args);
}

function maybeCallback(cb) {
  require('internal/validators').validateFunction(cb, 'cb');
  return cb;
}

// ---------------------------------------------------------------------------------------
// Stats.

const kNsPerMsBigInt = 10n ** 6n;
const kNsPerSecBigInt = 10n ** 9n;

// The Date of a time in milliseconds is rounded to the nearest millisecond (Date would
// truncate): times set from a Date read back as that Date even when the file system
// stored them a few nanoseconds short, as node does.
function dateFromMs(ms) {
  return new Date(MathRound(ms));
}

function msFromTimeSpec(sec, nsec) {
  return sec * 1e3 + nsec / 1e6;
}

class StatsBase {
  constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
    this.dev = dev;
    this.mode = mode;
    this.nlink = nlink;
    this.uid = uid;
    this.gid = gid;
    this.rdev = rdev;
    this.blksize = blksize;
    this.ino = ino;
    this.size = size;
    this.blocks = blocks;
  }
}

// The type tests are assigned, not declared in the class: as in node they are enumerable
// (a for...in over a Stats lists them) and their functions have no name.
StatsBase.prototype.isDirectory = function() { return this._checkModeProperty(S_IFDIR); };
StatsBase.prototype.isFile = function() { return this._checkModeProperty(S_IFREG); };
StatsBase.prototype.isBlockDevice = function() { return this._checkModeProperty(S_IFBLK); };
StatsBase.prototype.isCharacterDevice = function() {
  return this._checkModeProperty(S_IFCHR);
};
StatsBase.prototype.isSymbolicLink = function() { return this._checkModeProperty(S_IFLNK); };
StatsBase.prototype.isFIFO = function() { return this._checkModeProperty(S_IFIFO); };
StatsBase.prototype.isSocket = function() { return this._checkModeProperty(S_IFSOCK); };

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
               atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  const self = new.target ? this : ObjectSetPrototypeOf({}, Stats.prototype);
  self.dev = dev;
  self.mode = mode;
  self.nlink = nlink;
  self.uid = uid;
  self.gid = gid;
  self.rdev = rdev;
  self.blksize = blksize;
  self.ino = ino;
  self.size = size;
  self.blocks = blocks;
  self.atimeMs = atimeMs;
  self.mtimeMs = mtimeMs;
  self.ctimeMs = ctimeMs;
  self.birthtimeMs = birthtimeMs;
  self.atime = dateFromMs(atimeMs);
  self.mtime = dateFromMs(mtimeMs);
  self.ctime = dateFromMs(ctimeMs);
  self.birthtime = dateFromMs(birthtimeMs);
  return self;
}
ObjectSetPrototypeOf(Stats.prototype, StatsBase.prototype);
ObjectSetPrototypeOf(Stats, StatsBase);
// node gives Stats.prototype its own isFile (the same function), an old workaround for
// the esm loader that programs can observe.
Stats.prototype.isFile = StatsBase.prototype.isFile;

Stats.prototype._checkModeProperty = function(property) {
  return (this.mode & S_IFMT) === property;
};

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
                     atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  const self = new.target ? this : ObjectSetPrototypeOf({}, BigIntStats.prototype);
  self.dev = dev;
  self.mode = mode;
  self.nlink = nlink;
  self.uid = uid;
  self.gid = gid;
  self.rdev = rdev;
  self.blksize = blksize;
  self.ino = ino;
  self.size = size;
  self.blocks = blocks;
  self.atimeMs = atimeNs / kNsPerMsBigInt;
  self.mtimeMs = mtimeNs / kNsPerMsBigInt;
  self.ctimeMs = ctimeNs / kNsPerMsBigInt;
  self.birthtimeMs = birthtimeNs / kNsPerMsBigInt;
  self.atimeNs = atimeNs;
  self.mtimeNs = mtimeNs;
  self.ctimeNs = ctimeNs;
  self.birthtimeNs = birthtimeNs;
  self.atime = dateFromMs(Number(self.atimeMs));
  self.mtime = dateFromMs(Number(self.mtimeMs));
  self.ctime = dateFromMs(Number(self.ctimeMs));
  self.birthtime = dateFromMs(Number(self.birthtimeMs));
  return self;
}
ObjectSetPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
ObjectSetPrototypeOf(BigIntStats, StatsBase);

BigIntStats.prototype._checkModeProperty = function(property) {
  return (this.mode & BigInt(S_IFMT)) === BigInt(property);
};

// From the binding's 18 numbers (Float64Array or BigInt64Array).
function getStatsFromBinding(values, offset = 0) {
  if (values instanceof BigInt64Array) {
    const ns = (i) => values[offset + i] * kNsPerSecBigInt + values[offset + i + 1];
    return new BigIntStats(
      values[offset], values[offset + 1], values[offset + 2], values[offset + 3],
      values[offset + 4], values[offset + 5], values[offset + 6], values[offset + 7],
      values[offset + 8], values[offset + 9],
      ns(10), ns(12), ns(14), ns(16));
  }
  return new Stats(
    values[offset], values[offset + 1], values[offset + 2], values[offset + 3],
    values[offset + 4], values[offset + 5], values[offset + 6], values[offset + 7],
    values[offset + 8], values[offset + 9],
    msFromTimeSpec(values[offset + 10], values[offset + 11]),
    msFromTimeSpec(values[offset + 12], values[offset + 13]),
    msFromTimeSpec(values[offset + 14], values[offset + 15]),
    msFromTimeSpec(values[offset + 16], values[offset + 17]));
}

class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

function getStatFsFromBinding(values, bigint) {
  const v = bigint ? values.map((n) => BigInt(n)) : values;
  return new StatFs(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
}

// ---------------------------------------------------------------------------------------
// Dirent.

const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }

  isDirectory() { return this[kType] === UV_DIRENT_DIR; }
  isFile() { return this[kType] === UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === UV_DIRENT_SOCKET; }
}

class DirentFromStats extends Dirent {
  constructor(name, stats, path) {
    super(name, null, path);
    this[kStats] = stats;
  }
}
const kStats = Symbol('stats');
for (const method of ['isDirectory', 'isFile', 'isBlockDevice', 'isCharacterDevice',
  'isSymbolicLink', 'isFIFO', 'isSocket']) {
  DirentFromStats.prototype[method] = function() {
    return this[kStats][method]();
  };
}

// The path of the entry `name` of the directory `path`, for the lstat of an entry whose
// type the file system did not report. Names are Buffers with the 'buffer' encoding and
// are then joined as bytes; a Buffer directory with string names cannot be joined and
// fails with ERR_INVALID_ARG_TYPE, as in node.
function joinDirentPath(path, name) {
  const sep = pathModule.sep;
  if (typeof path === 'string') {
    if (typeof name === 'string') return pathModule.join(path, name);
    if (name instanceof Uint8Array) {
      return Buffer.concat([Buffer.from(pathModule.join(path, sep)), name]);
    }
  } else if (path instanceof Uint8Array && name instanceof Uint8Array) {
    return Buffer.concat([path, Buffer.from(sep), name]);
  }
  throw new ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer'], path);
}

// The Dirent of the entry `name` (of readdir type `type`) of the directory `path`. An
// entry whose type the file system did not report (DT_UNKNOWN, on file systems that do not
// store types) is resolved with lstatSync; its failure (the entry went away since the
// directory was read) is the caller's error, as in node.
function direntFor(path, name, type, lstatSync) {
  if (type === UV_DIRENT_UNKNOWN) {
    return new DirentFromStats(name, lstatSync(joinDirentPath(path, name)), path);
  }
  return new Dirent(name, type, path);
}

// Dirents for the entries of the directory `path` (direntFor each).
function getDirents(path, names, types, lstatSync) {
  const result = [];
  for (let i = 0; i < names.length; i++) {
    result.push(direntFor(path, names[i], types[i], lstatSync));
  }
  return result;
}

// Whether names (and other paths) are asked from the binding as bytes: for any encoding
// but UTF-8, so that they can be decoded in that encoding (encodeResult).
function wantsBytes(options) {
  const encoding = options?.encoding;
  return encoding != null && encoding !== 'utf8' && encoding !== 'utf-8';
}

// A name or path from the binding in the requested encoding: bytes (wantsBytes) as a
// Buffer for 'buffer' or decoded otherwise; anything else (a string) as it is.
function encodeResult(value, encoding) {
  if (value instanceof Uint8Array) {
    const buf = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    return encoding === 'buffer' ? buf : buf.toString(encoding);
  }
  return value;
}

// getDirents for the callback forms: the lstats of entries of unknown type run on the
// thread pool, all at once, and the first failure is the callback's error (it is called
// once, later failures are dropped).
function getDirentsCallback(path, names, types, lstat, callback) {
  const result = [];
  let waiting = 0;
  let done = false;
  const finish = (err) => {
    if (done) return;
    done = true;
    if (err) callback(err);
    else callback(null, result);
  };
  for (let i = 0; i < names.length; i++) {
    if (types[i] !== UV_DIRENT_UNKNOWN) {
      result.push(new Dirent(names[i], types[i], path));
      continue;
    }
    let full;
    try {
      full = joinDirentPath(path, names[i]);
    } catch (err) {
      finish(err);
      return;
    }
    const index = i;
    result.push(undefined);
    waiting++;
    lstat(full, (err, stats) => {
      if (err) {
        finish(err);
        return;
      }
      result[index] = new DirentFromStats(names[index], stats, path);
      if (--waiting === 0) finish(null);
    });
  }
  if (waiting === 0) finish(null);
}

// ---------------------------------------------------------------------------------------
// Times, offsets, ids.

function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time;  // eslint-disable-line eqeqeq
  if (NumberIsFinite(time)) {
    if (time < 0) return DateNow() / 1000;
    return time;
  }
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  }
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

function validatePosition(position, name, length) {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
  } else if (typeof position === 'bigint') {
    const maxPosition = 2n ** 63n - 1n - BigInt(length);
    if (!(position >= -1n && position <= maxPosition)) {
      throw new ERR_OUT_OF_RANGE(name, `>= -1 && <= ${maxPosition}`, position);
    }
  } else {
    throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  }
}

function validateId(id, name) {
  validateInteger(id, name, -1, kMaxUserId);
}

const kRmdirDefaults = { recursive: false, retryDelay: 100, maxRetries: 0 };

// Checks the options of rmdir() and rm() and returns them completed with defaults.
function validateRmdirOptions(options, defaults = kRmdirDefaults) {
  if (options === undefined) return { ...defaults };
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  return options;
}

// rmdir(path, { recursive: true }) is deprecated in favour of rm(); node warns once.
let rmdirRecursiveWarned = false;
function emitRecursiveRmdirWarning() {
  if (rmdirRecursiveWarned) return;
  rmdirRecursiveWarned = true;
  process.emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
                      'will be removed. Use fs.rm(path, { recursive: true }) instead',
                      'DeprecationWarning', 'DEP0147');
}

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

// The binding's views over any ArrayBufferView.
function toBytes(view) {
  return view instanceof Uint8Array ? view :
    new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// Templates that end in X are expanded differently across platforms (some replace the
// trailing X's too), which node reports with a warning, once per process.
let mkdtempWarned = false;
function warnOnNonPortableTemplate(prefix) {
  if (mkdtempWarned) return;
  const text = typeof prefix === 'string' ? prefix : Buffer.from(prefix).toString('latin1');
  if (!text.endsWith('X')) return;
  mkdtempWarned = true;
  process.emitWarning('mkdtemp() templates ending with X are not portable. ' +
                      'For details see: https://nodejs.org/api/fs.html');
}

void ArrayIsArray;
void ObjectDefineProperty;

// A Buffer of n uninitialised bytes in C memory, for reads that fill it before anyone sees
// it (node uses allocUnsafeSlow, which V8 leaves uninitialised; the engine here zero-fills
// typed arrays). For large sizes the binding first lets the collector free earlier large
// reads, which it would otherwise keep until a collection happened to run.
let FastBuffer;
function allocReadBuffer(n) {
  FastBuffer ??= require('internal/buffer').FastBuffer;
  return new FastBuffer(internalBinding('fs').allocBytes(n), 0, n);
}

// A whole file's bytes as the text readFile returns for `encoding` (UTF-8 is decoded
// straight into one engine string by the buffer binding).
function decodeFileContents(buffer, encoding) {
  return buffer.toString(encoding);
}

// The fs binding's number for the encoding of a whole file read with readFile: the buffer
// binding's number for an encoding getOptions accepted, -1 for bytes (no encoding, and
// 'buffer', which the caller then refuses like node's toString does).
let internalBuffer;
function fileEncodingId(encoding) {
  if (!encoding || encoding === 'buffer') return -1;
  internalBuffer ??= require('internal/buffer');
  return internalBuffer.encodingId(internalBuffer.normalizeEncoding(encoding));
}

// fs.read as lib/fs.js defined it (registered there), whatever a program later assigns
// to fs.read: a ReadStream whose fs.read is still this function reads its chunks through
// the binding directly, skipping the argument checks its own arguments do not need.
let fsRead;
function registerFsRead(fn) {
  fsRead = fn;
}
function isFsRead(fn) {
  return fn === fsRead;
}

module.exports = {
  allocReadBuffer,
  statOptions,
  getValidatedFdNative,
  validateSymlinkType,
  getValidAccessMode,
  isFsRead,
  registerFsRead,
  decodeFileContents,
  fileEncodingId,
  BigIntStats,
  Dirent,
  DirentFromStats,
  Stats,
  StatFs,
  assertEncoding,
  constants,
  copyObject,
  emitRecursiveRmdirWarning,
  direntFor,
  encodeResult,
  getDirents,
  getDirentsCallback,
  joinDirentPath,
  getOptions,
  wantsBytes,
  getStatFsFromBinding,
  getStatsFromBinding,
  getValidatedFd,
  getValidatedPath,
  isArrayBufferView,
  isURL,
  kType,
  makeCallback,
  maybeCallback,
  nullCheck,
  stringToFlags,
  toBytes,
  toPathIfFileURL,
  toUnixTimestamp,
  validateId,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  validateRmdirOptions,
  warnOnNonPortableTemplate,
};

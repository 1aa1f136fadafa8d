'use strict';

// fs.cp(), fs.cpSync() and fsPromises.cp(): copy a file, a symbolic link or (with
// `recursive`) a whole directory tree, with node's checks and its SystemErrors
// (ERR_FS_CP_EINVAL for a copy onto itself or into its own subdirectory, and so on).
//
// The copy is written once, as a generator that yields every file-system step it needs
// as a small array ([op, ...arguments]). Two drivers run it: the synchronous one performs
// each step with the *Sync functions, the asynchronous one with the promise functions.
// Both forms therefore make the same calls in the same order, and a failing step is
// thrown back into the generator at the point that asked for it (so a `try` around a
// `yield` sees the error exactly as a `try` around a direct call would).

const {
  ArrayPrototypeEvery,
  ArrayPrototypeFilter,
  FunctionPrototypeCall,
  StringPrototypeSplit,
} = primordials;

const pathModule = require('path');
const {
  codes: {
    ERR_INCOMPATIBLE_OPTION_PAIR,
    ERR_INVALID_RETURN_VALUE,
  },
  makeSystemErrorWithCode,
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateInteger,
  validateObject,
} = require('internal/validators');
const { getValidatedPath, makeCallback } = require('internal/fs/utils');
const { isPromise } = require('internal/util/types');

const { errno: { EEXIST, EINVAL, EISDIR, ENOTDIR } } = internalBinding('constants').os;

const { dirname, isAbsolute, join, parse, resolve, sep, toNamespacedPath } = pathModule;

// node reports every failed check as a SystemError with syscall 'cp'.
const errorClasses = { __proto__: null };
function cpError(key, message, path, errno, code) {
  errorClasses[key] ??= makeSystemErrorWithCode(key);
  return new errorClasses[key]({ message, path, syscall: 'cp', errno, code });
}

// ---------------------------------------------------------------------------------------
// Options and arguments.

const kDefaults = {
  dereference: false,
  errorOnExist: false,
  filter: undefined,
  force: true,
  preserveTimestamps: false,
  recursive: false,
  verbatimSymlinks: false,
};

// The options as a new object with every default filled in, validated in node's order
// (the boolean options, then mode, then the dereference/verbatimSymlinks conflict, then
// filter).
function normalizeOptions(options) {
  if (options === undefined) return { ...kDefaults };
  validateObject(options, 'options');
  const opts = { ...kDefaults, ...options };
  validateBoolean(opts.dereference, 'options.dereference');
  validateBoolean(opts.errorOnExist, 'options.errorOnExist');
  validateBoolean(opts.force, 'options.force');
  validateBoolean(opts.preserveTimestamps, 'options.preserveTimestamps');
  validateBoolean(opts.recursive, 'options.recursive');
  validateBoolean(opts.verbatimSymlinks, 'options.verbatimSymlinks');
  if (opts.mode == null) opts.mode = 0;
  else validateInteger(opts.mode, 'mode', 0, 7);
  if (opts.dereference && opts.verbatimSymlinks) {
    throw new ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
  }
  if (opts.filter !== undefined) validateFunction(opts.filter, 'options.filter');
  return opts;
}

function validatedPath(value, name) {
  return toNamespacedPath(getValidatedPath(value, name));
}

// ---------------------------------------------------------------------------------------
// The copy, as a generator of steps.

const kLstat = 0;       // [kLstat, path, bigint] -> Stats
const kStat = 1;        // [kStat, path, bigint] -> Stats
const kExists = 2;      // [kExists, path] -> boolean
const kMkdirp = 3;      // [kMkdirp, path]
const kMkdir = 4;       // [kMkdir, path]
const kCopyFile = 5;    // [kCopyFile, src, dest, mode]
const kChmod = 6;       // [kChmod, path, mode]
const kUtimes = 7;      // [kUtimes, path, atime, mtime]
const kUnlink = 8;      // [kUnlink, path]
const kSymlink = 9;     // [kSymlink, target, path]
const kReadlink = 10;   // [kReadlink, path] -> string
const kOpendir = 11;    // [kOpendir, path] -> Dir
const kReadDir = 12;    // [kReadDir, dir] -> Dirent or null
const kCloseDir = 13;   // [kCloseDir, dir]
const kFilter = 14;     // [kFilter, opts, src, dest] -> whether to copy

function sameFile(a, b) {
  return Boolean(b.ino && b.dev && b.ino === a.ino && b.dev === a.dev);
}

function segments(path) {
  return ArrayPrototypeFilter(StringPrototypeSplit(resolve(path), sep), (s) => s !== '');
}

// Whether `inner` is `outer` or lies below it, comparing the resolved path strings
// segment by segment (so '/a/bc' is not inside '/a/b').
function isWithin(outer, inner) {
  const outerParts = segments(outer);
  const innerParts = segments(inner);
  return ArrayPrototypeEvery(outerParts, (part, i) => innerParts[i] === part);
}

// The copy of src to dest as the API call asks for it: the checks on the pair, the
// check that dest is not inside src through a link, dest's parent created when missing,
// then the copy itself.
function* copyTop(src, dest, run) {
  const { opts } = run;
  if (opts.preserveTimestamps && process.arch === 'ia32') {
    process.emitWarning('Using the preserveTimestamps option in 32-bit node is not recommended',
                        'TimestampPrecisionWarning');
  }
  const pair = yield* checkPair(src, dest, opts);
  if (pair === null) return;
  yield* checkAncestors(src, pair.srcStat, dest);
  const parent = dirname(dest);
  if (!(yield [kExists, parent])) yield [kMkdirp, parent];
  yield* copyEntry(pair.destStat, src, dest, run);
}

// Applies the filter, then compares src and dest: { srcStat, destStat } (destStat null
// when dest does not exist), or null when the filter declines the pair.
function* checkPair(src, dest, opts) {
  if (opts.filter !== undefined && !(yield [kFilter, opts, src, dest])) return null;
  const statOp = opts.dereference ? kStat : kLstat;
  const srcStat = yield [statOp, src, true];
  let destStat = null;
  try {
    destStat = yield [statOp, dest, true];
  } catch (err) {
    if (err?.code !== 'ENOENT') throw err;
  }
  if (destStat !== null) {
    if (sameFile(srcStat, destStat)) {
      throw cpError('ERR_FS_CP_EINVAL', 'src and dest cannot be the same', dest,
                    EINVAL, 'EINVAL');
    }
    const srcIsDir = srcStat.isDirectory();
    const destIsDir = destStat.isDirectory();
    if (srcIsDir && !destIsDir) {
      throw cpError('ERR_FS_CP_DIR_TO_NON_DIR',
                    `cannot overwrite non-directory ${dest} with directory ${src}`, dest,
                    EISDIR, 'EISDIR');
    }
    if (!srcIsDir && destIsDir) {
      throw cpError('ERR_FS_CP_NON_DIR_TO_DIR',
                    `cannot overwrite directory ${dest} with non-directory ${src}`, dest,
                    ENOTDIR, 'ENOTDIR');
    }
  }
  if (srcStat.isDirectory() && isWithin(src, dest)) {
    throw cpError('ERR_FS_CP_EINVAL', `cannot copy ${src} to a subdirectory of self ${dest}`,
                  dest, EINVAL, 'EINVAL');
  }
  return { srcStat, destStat };
}

// Walks up from dest's parent (stopping at src's parent or the root, or at an ancestor
// that does not exist) and fails when an ancestor is src itself: this catches a copy into
// src's own subtree that the path strings do not show (through a symbolic link).
function* checkAncestors(src, srcStat, dest) {
  const srcParent = resolve(dirname(src));
  let current = dest;
  for (;;) {
    const parent = resolve(dirname(current));
    if (parent === srcParent || parent === parse(parent).root) return;
    let stats;
    try {
      stats = yield [kStat, parent, true];
    } catch (err) {
      if (err?.code === 'ENOENT') return;
      throw err;
    }
    if (sameFile(srcStat, stats)) {
      throw cpError('ERR_FS_CP_EINVAL',
                    `cannot copy ${src} to a subdirectory of self ${current}`, current,
                    EINVAL, 'EINVAL');
    }
    current = parent;
  }
}

// Copies one entry according to its type.
function* copyEntry(destStat, src, dest, run) {
  const { opts } = run;
  const srcStat = yield [opts.dereference ? kStat : kLstat, src, false];
  if (srcStat.isDirectory()) {
    if (!opts.recursive) {
      // (node's synchronous form reports errno EINVAL with code EISDIR.)
      throw cpError('ERR_FS_EISDIR', `${src} is a directory (not copied)`, src,
                    run.sync ? EINVAL : EISDIR, 'EISDIR');
    }
    return yield* copyDirectory(srcStat, destStat, src, dest, run);
  }
  if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    return yield* copyRegular(srcStat, destStat, src, dest, opts);
  }
  if (srcStat.isSymbolicLink()) return yield* copyLink(destStat, src, dest, opts);
  if (srcStat.isSocket()) {
    throw cpError('ERR_FS_CP_SOCKET', `cannot copy a socket file: ${dest}`, dest,
                  EINVAL, 'EINVAL');
  }
  if (srcStat.isFIFO()) {
    throw cpError('ERR_FS_CP_FIFO_PIPE', `cannot copy a FIFO pipe: ${dest}`, dest,
                  EINVAL, 'EINVAL');
  }
  throw cpError('ERR_FS_CP_UNKNOWN', `cannot copy an unknown file type: ${dest}`, dest,
                EINVAL, 'EINVAL');
}

function* copyRegular(srcStat, destStat, src, dest, opts) {
  if (destStat !== null) {
    if (!opts.force) {
      if (opts.errorOnExist) {
        throw cpError('ERR_FS_CP_EEXIST', `${dest} already exists`, dest, EEXIST, 'EEXIST');
      }
      return;
    }
    yield [kUnlink, dest];
  }
  yield [kCopyFile, src, dest, opts.mode];
  if (opts.preserveTimestamps) {
    // utimes opens the file for writing: a read-only copy is made writable first.
    if ((srcStat.mode & 0o200) === 0) yield [kChmod, dest, srcStat.mode | 0o200];
    // The first stat's atime is stale: reading the file to copy it changed it.
    const fresh = yield [kStat, src, false];
    yield [kUtimes, dest, fresh.atime, fresh.mtime];
  }
  yield [kChmod, dest, srcStat.mode];
}

function* copyDirectory(srcStat, destStat, src, dest, run) {
  if (destStat !== null) return yield* copyChildren(src, dest, run);
  yield [kMkdir, dest];
  yield* copyChildren(src, dest, run);
  yield [kChmod, dest, srcStat.mode];
}

function* copyChildren(src, dest, run) {
  const dir = yield [kOpendir, src];
  try {
    for (;;) {
      const entry = yield [kReadDir, dir];
      if (entry === null) break;
      const from = join(src, entry.name);
      const to = join(dest, entry.name);
      const pair = yield* checkPair(from, to, run.opts);
      if (pair !== null) yield* copyEntry(pair.destStat, from, to, run);
    }
  } finally {
    yield [kCloseDir, dir];
  }
}

// A symbolic link is recreated (its relative target made absolute against the link's
// directory unless verbatimSymlinks). An existing link at dest is replaced, except when
// that would put src inside itself or replace a directory with a link into it.
function* copyLink(destStat, src, dest, opts) {
  let target = yield [kReadlink, src];
  if (!opts.verbatimSymlinks && !isAbsolute(target)) target = resolve(dirname(src), target);
  if (destStat === null) return yield [kSymlink, target, dest];
  let destTarget;
  try {
    destTarget = yield [kReadlink, dest];
  } catch (err) {
    // dest is not a link: creating the link fails with EEXIST, as node reports it.
    if (err?.code === 'EINVAL' || err?.code === 'UNKNOWN') {
      return yield [kSymlink, target, dest];
    }
    throw err;
  }
  if (!isAbsolute(destTarget)) destTarget = resolve(dirname(dest), destTarget);
  if (isWithin(target, destTarget)) {
    throw cpError('ERR_FS_CP_EINVAL',
                  `cannot copy ${target} to a subdirectory of self ${destTarget}`, dest,
                  EINVAL, 'EINVAL');
  }
  const srcStat = yield [kStat, src, false];
  if (srcStat.isDirectory() && isWithin(destTarget, target)) {
    throw cpError('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY',
                  `cannot overwrite ${destTarget} with ${target}`, dest, EINVAL, 'EINVAL');
  }
  yield [kUnlink, dest];
  return yield [kSymlink, target, dest];
}

// ---------------------------------------------------------------------------------------
// Drivers.

let fs;
let fsp;
function lazyFs() {
  fs ??= require('fs');
  return fs;
}
function lazyPromises() {
  fsp ??= require('internal/fs/promises').exports;
  return fsp;
}

function stepSync(step) {
  const f = lazyFs();
  switch (step[0]) {
    case kLstat: return f.lstatSync(step[1], { bigint: step[2] });
    case kStat: return f.statSync(step[1], { bigint: step[2] });
    case kExists: return f.existsSync(step[1]);
    case kMkdirp: return f.mkdirSync(step[1], { recursive: true });
    case kMkdir: return f.mkdirSync(step[1]);
    case kCopyFile: return f.copyFileSync(step[1], step[2], step[3]);
    case kChmod: return f.chmodSync(step[1], step[2]);
    case kUtimes: return f.utimesSync(step[1], step[2], step[3]);
    case kUnlink: return f.unlinkSync(step[1]);
    case kSymlink: return f.symlinkSync(step[1], step[2]);
    case kReadlink: return f.readlinkSync(step[1]);
    case kOpendir: return f.opendirSync(step[1]);
    case kReadDir: return step[1].readSync();
    case kCloseDir: return step[1].closeSync();
    case kFilter: {
      const opts = step[1];
      const keep = FunctionPrototypeCall(opts.filter, opts, step[2], step[3]);
      // The synchronous form cannot wait for an asynchronous filter.
      if (isPromise(keep)) throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', keep);
      return keep;
    }
  }
}

async function stepAsync(step) {
  const p = lazyPromises();
  switch (step[0]) {
    case kLstat: return p.lstat(step[1], { bigint: step[2] });
    case kStat: return p.stat(step[1], { bigint: step[2] });
    case kExists:
      // Only a missing parent is created; any other failure to stat it is reported.
      try {
        await p.stat(step[1]);
        return true;
      } catch (err) {
        if (err?.code === 'ENOENT') return false;
        throw err;
      }
    case kMkdirp: return p.mkdir(step[1], { recursive: true });
    case kMkdir: return p.mkdir(step[1]);
    case kCopyFile: return p.copyFile(step[1], step[2], step[3]);
    case kChmod: return p.chmod(step[1], step[2]);
    case kUtimes: return p.utimes(step[1], step[2], step[3]);
    case kUnlink: return p.unlink(step[1]);
    case kSymlink: return p.symlink(step[1], step[2]);
    case kReadlink: return p.readlink(step[1]);
    case kOpendir: return p.opendir(step[1]);
    case kReadDir: return step[1].read();
    case kCloseDir: return step[1].close();
    case kFilter: {
      const opts = step[1];
      return FunctionPrototypeCall(opts.filter, opts, step[2], step[3]);
    }
  }
}

function runSync(gen) {
  let next = gen.next();
  while (!next.done) {
    let value;
    try {
      value = stepSync(next.value);
    } catch (err) {
      next = gen.throw(err);
      continue;
    }
    next = gen.next(value);
  }
  return next.value;
}

async function runAsync(gen) {
  let next = gen.next();
  while (!next.done) {
    let value;
    try {
      value = await stepAsync(next.value);
    } catch (err) {
      next = gen.throw(err);
      continue;
    }
    next = gen.next(value);
  }
  return next.value;
}

// ---------------------------------------------------------------------------------------
// The API.

let callbackCopy;

// cp(src, dest[, options], callback): the callback gets (null, undefined) on success or
// (err); argument errors are thrown synchronously (callback first, then options, then
// the paths).
function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  options = normalizeOptions(options);
  src = validatedPath(src, 'src');
  dest = validatedPath(dest, 'dest');
  // util.callbackify gives node's callback timing (a later tick) and its handling of a
  // falsy rejection (from an asynchronous filter).
  callbackCopy ??= require('util').callbackify(
    (s, d, opts) => runAsync(copyTop(s, d, { opts, sync: false })));
  callbackCopy(src, dest, options, callback);
}

// cpSync(src, dest[, options]): returns undefined; throws what the copy meets.
function cpSync(src, dest, options) {
  options = normalizeOptions(options);
  src = validatedPath(src, 'src');
  dest = validatedPath(dest, 'dest');
  runSync(copyTop(src, dest, { opts: options, sync: true }));
}

// cpPromise(src, dest[, options]): fsPromises.cp; a promise for undefined, rejected
// (never a synchronous throw) on bad arguments too.
async function cpPromise(src, dest, options) {
  options = normalizeOptions(options);
  src = validatedPath(src, 'src');
  dest = validatedPath(dest, 'dest');
  return runAsync(copyTop(src, dest, { opts: options, sync: false }));
}

module.exports = { cp, cpSync, cpPromise };

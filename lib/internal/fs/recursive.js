'use strict';

// fs.rm and fs.mkdir with `recursive: true`, in all their forms. The asynchronous forms make
// one thread-pool call per file-system step, as node's do, so the event loop keeps running
// between the steps and the callback never comes from the tick that started the work.

const {
  ArrayPrototypeForEach,
} = primordials;

const { Buffer } = require('buffer');
const { makeSystemErrorWithCode, uvException } = require('internal/errors');

const binding = internalBinding('fs');
const { S_IFMT, S_IFDIR } = internalBinding('constants').fs;

const ERR_FS_EISDIR = makeSystemErrorWithCode('ERR_FS_EISDIR');
const kSlash = Buffer.from('/');

// Errors after which a removal is tried again (options.maxRetries times), as node's rm
// does.
const kRetryCodes = new Set(['EBUSY', 'EMFILE', 'ENFILE', 'ENOTEMPTY', 'EPERM']);
// rmdir's answers that mean "the directory still has entries".
const kNotEmptyCodes = new Set(['ENOTEMPTY', 'EEXIST', 'EPERM']);

function call(method, ...args) {
  const callback = args.pop();
  binding[method](...args, { oncomplete: callback });
}

function isDirectory(stats) {
  return (stats[1] & S_IFMT) === S_IFDIR;
}

function isDirectoryError(path) {
  return new ERR_FS_EISDIR({
    code: 'EISDIR', message: 'is a directory', path: `${path}`, syscall: 'rm', errno: 21,
  });
}

// The path of a directory's entry. Entries are named by their bytes: a name that is not
// UTF-8 would not survive a round trip through a string.
function entryPrefix(path) {
  return Buffer.concat([typeof path === 'string' ? Buffer.from(path) : path, kSlash]);
}

// fs.rmSync(path, options) once its arguments are valid: lstat first (a missing path is
// fine with force; a directory needs recursive), then the removal, tried again at once
// after the errors node retries on.
function rmSync(path, options) {
  let stats;
  try {
    stats = binding.lstat(path, false, undefined);
  } catch (err) {
    if (err.code === 'ENOENT' && options.force) return;
    throw err;
  }
  const directory = isDirectory(stats);
  if (directory && !options.recursive) throw isDirectoryError(path);
  let attempts = 0;
  for (;;) {
    try {
      if (directory) removeTreeSync(path);
      else binding.unlink(path, undefined);
      return;
    } catch (err) {
      if (!kRetryCodes.has(err.code) || attempts++ >= options.maxRetries) throw err;
    }
  }
}

function removeTreeSync(path) {
  let stats;
  try {
    stats = binding.lstat(path, false, undefined);
  } catch (err) {
    if (err.code === 'ENOENT') return;
    throw err;
  }
  if (isDirectory(stats)) {
    const names = binding.readdir(path, false, true, undefined);
    const prefix = entryPrefix(path);
    for (const name of names) removeTreeSync(Buffer.concat([prefix, name]));
    binding.rmdir(path, undefined);
  } else {
    binding.unlink(path, undefined);
  }
}

// fs.rm(path, options, callback) once its arguments are valid: the same steps as rmSync,
// and the retries wait retryDelay ms longer each time.
function rm(path, options, callback) {
  call('lstat', path, false, (err, stats) => {
    if (err) {
      if (err.code === 'ENOENT' && options.force) return callback(null);
      return callback(err);
    }
    if (isDirectory(stats) && !options.recursive) return callback(isDirectoryError(path));
    removeWithRetries(path, options, callback);
  });
}

function removeWithRetries(path, options, callback) {
  let retries = 0;
  const attempt = () => {
    removeEntry(path, options, (err) => {
      if (err && kRetryCodes.has(err.code) && retries < options.maxRetries) {
        retries++;
        setTimeout(attempt, retries * options.retryDelay);
        return;
      }
      // Gone meanwhile is gone.
      callback(err && err.code !== 'ENOENT' ? err : null);
    });
  };
  attempt();
}

// Removes a file, link or directory tree.
function removeEntry(path, options, callback) {
  call('lstat', path, false, (err, stats) => {
    if (err) return callback(err.code === 'ENOENT' ? null : err);
    if (isDirectory(stats)) return removeDirectory(path, options, callback);
    call('unlink', path, (err) => {
      if (err && (err.code === 'EISDIR' || err.code === 'EPERM')) {
        return removeDirectory(path, options, callback);
      }
      callback(err && err.code !== 'ENOENT' ? err : null);
    });
  });
}

// rmdir first (the usual empty directory costs one call); with entries, the entries are
// removed, all at once as node does, and then the directory.
function removeDirectory(path, options, callback) {
  call('rmdir', path, (err) => {
    if (err && kNotEmptyCodes.has(err.code)) return removeChildren(path, options, callback);
    callback(err);
  });
}

function removeChildren(path, options, callback) {
  call('readdir', path, false, true, (err, names) => {
    if (err) return callback(err);
    let left = names.length;
    if (left === 0) return call('rmdir', path, callback);
    const prefix = entryPrefix(path);
    let failed = false;
    ArrayPrototypeForEach(names, (name) => {
      removeWithRetries(Buffer.concat([prefix, name]), options, (err) => {
        if (failed) return;
        if (err) {
          failed = true;
          return callback(err);
        }
        if (--left === 0) call('rmdir', path, callback);
      });
    });
  });
}

// Recursive mkdir works on the path as given, as node's native one does: no resolving, so
// "a/../b" creates a, and the first directory created is reported in the caller's
// spelling (relative stays relative). A stack of paths: a missing parent (ENOENT) pushes
// the path back and its parent (the text before the last '/') on top; an existing entry
// is fine if it is a directory.
const kFatalMkdirCodes = new Set(['EACCES', 'ENOSPC', 'ENOTDIR', 'EPERM']);
const kUVErrno = { ENOTDIR: -20, EEXIST: -17 };

function pathText(path) {
  return typeof path === 'string' ? path : Buffer.from(path).toString();
}

// An error of the whole call: the failing step's code, reported for the caller's path.
// node reports an empty path too ("mkdir ''"), which uvException leaves out for a falsy
// path: a String object is truthy and prints the same.
function mkdirError(err, path) {
  return mkdirFailure(err.errno, err.code, path);
}

function codeError(code, path) {
  return mkdirFailure(kUVErrno[code], code, path);
}

function mkdirFailure(errno, code, path) {
  // eslint-disable-next-line no-new-wrappers
  return uvException({ errno, code, syscall: 'mkdir', path: path === '' ? new String('') : path });
}

// What one failed mkdir of `next` means. Returns 'retry' (parents pushed), 'check' (look
// whether a directory is there), or an error code to fail with.
function afterMkdirError(code, next, pending) {
  if (code === 'ENOENT') {
    const slash = next.lastIndexOf('/');
    const parent = slash === -1 ? next : next.slice(0, slash);
    if (parent !== next) {
      pending.push(next, parent);
      return 'retry';
    }
    return pending.length > 0 ? 'retry' : 'check-as-EEXIST';
  }
  if (kFatalMkdirCodes.has(code)) return 'fatal';
  return 'check';
}

// The error when the entry at a step is not a directory.
function notDirectoryCode(originalCode, pending) {
  return originalCode === 'EEXIST' && pending.length > 0 ? 'ENOTDIR' : 'EEXIST';
}

function mkdirpSync(path, mode) {
  const original = pathText(path);
  const pending = [original];
  let first;
  while (pending.length > 0) {
    const next = pending.pop();
    try {
      binding.mkdir(next, mode, undefined);
      first ??= next;
      continue;
    } catch (err) {
      const action = afterMkdirError(err.code, next, pending);
      if (action === 'retry') continue;
      if (action === 'fatal') throw mkdirError(err, original);
      const code = action === 'check' ? err.code : 'EEXIST';
      let stats;
      try {
        stats = binding.stat(next, false, undefined);
      } catch (statErr) {
        throw mkdirError(statErr, original);
      }
      if (!isDirectory(stats)) throw codeError(notDirectoryCode(code, pending), original);
    }
  }
  return first;
}

function mkdirp(path, mode, callback) {
  const original = pathText(path);
  const pending = [original];
  let first;
  const step = () => {
    if (pending.length === 0) return callback(null, first);
    const next = pending.pop();
    call('mkdir', next, mode, (err) => {
      if (!err) {
        first ??= next;
        return step();
      }
      const action = afterMkdirError(err.code, next, pending);
      if (action === 'retry') return step();
      if (action === 'fatal') return callback(mkdirError(err, original));
      const code = action === 'check' ? err.code : 'EEXIST';
      call('stat', next, false, (statErr, stats) => {
        if (statErr) return callback(mkdirError(statErr, original));
        if (!isDirectory(stats)) return callback(codeError(notDirectoryCode(code, pending), original));
        step();
      });
    });
  };
  step();
}

module.exports = {
  mkdirp,
  mkdirpSync,
  rm,
  rmSync,
};

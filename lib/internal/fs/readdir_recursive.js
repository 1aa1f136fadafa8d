'use strict';

// readdir with `recursive: true`, in its three forms. What node does, and so what this
// reproduces:
//
// - Names are listed relative to the base path, each directory's entries in readdir's
//   order. readdirSync and fs.readdir go breadth first: directories are read in the order
//   they were found. fs.promises.readdir reads each subdirectory as soon as it meets it
//   and then lists the last one read first (a stack), which gives another order.
// - A name is entered when the path made by joining it to its directory is a directory
//   once symbolic links are followed; node stats every entry to decide. Names that are
//   not valid UTF-8 come back with replacement characters, so that path does not exist
//   and the entry is listed but not entered. With another `encoding` the names are
//   joined in that encoding ('hex' names are listed, not entered); with 'buffer', or a
//   Buffer as the base path, joining a name throws path.join's ERR_INVALID_ARG_TYPE.
// - Dirents are entered when the entry itself is a directory (links are not followed),
//   and reading one that cannot be read (a name that is not UTF-8) is an error.
// - Dirents keep the base path as given (trailing slashes and all) for the top level,
//   and joined, normalized paths below it.
//
// Statting every entry would cost a system call per file. The entry types readdir
// already reports give the same answer for plain directories and files; only links and
// entries of unknown type are statted. A directory entered on its type alone and then
// found unreadable is statted at that point: when the stat says it is not a directory
// (the entry went away, or its joined path is too long), node would not have entered it
// and it is skipped; otherwise the read's error is the walk's error, as in node.

const {
  ArrayPrototypePop,
  ArrayPrototypePush,
  Promise,
  StringPrototypeIncludes,
  StringPrototypeSplit,
} = primordials;

const binding = internalBinding('fs');
const pathModule = require('path');
const {
  constants: { UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_UNKNOWN },
  Dirent,
  DirentFromStats,
  encodeResult,
  getStatsFromBinding,
  wantsBytes,
} = require('internal/fs/utils');

// One walk's settings and results. Names come from the binding as bytes for any encoding
// but UTF-8 (so that they can be decoded in that encoding), as one '/'-joined string
// otherwise.
function newWalk(basePath, options) {
  const bytes = wantsBytes(options);
  return {
    basePath,
    withFileTypes: Boolean(options.withFileTypes),
    encoding: options.encoding,
    bytes,
    // Relative names can be built by appending to the directory's relative name only
    // when the base is a string and names are UTF-8 strings, which never contain '/'
    // and are never empty or '.' or '..'.
    appendNames: !bytes && typeof basePath === 'string',
    results: [],
  };
}

// A directory to read: its path, its name relative to the base ('' for the base), and
// whether it was entered on its entry type alone (see the top of this file).
function pending(path, rel, unchecked) {
  return { path, rel, unchecked, done: false, error: undefined, listing: undefined };
}

function isDirectoryTarget(path) {
  return binding.internalModuleStat(path) === 1;
}

// Adds the entries of the directory `dir` (the binding's [names, types]) to the results
// and appends the subdirectories to enter to `next`.
function addEntries(walk, dir, listing, next) {
  const joined = listing[0];
  const types = listing[1];
  const names = walk.bytes ? joined : (joined === '' ? [] : StringPrototypeSplit(joined, '/'));
  const results = walk.results;
  if (walk.withFileTypes) {
    for (let i = 0; i < names.length; i++) {
      const name = encodeResult(names[i], walk.encoding);
      let dirent;
      if (types[i] === UV_DIRENT_UNKNOWN) {
        const st = binding.lstat(pathModule.join(dir.path, name), false, undefined);
        dirent = new DirentFromStats(name, getStatsFromBinding(st), dir.path);
      } else {
        dirent = new Dirent(name, types[i], dir.path);
      }
      ArrayPrototypePush(results, dirent);
      if (dirent.isDirectory()) {
        ArrayPrototypePush(next, pending(pathModule.join(dir.path, name), '', false));
      }
    }
    return;
  }
  // A replacement character means a name that was not UTF-8 (or one that has the
  // character itself): every joined path of this directory is then statted, as node does.
  const byType = walk.appendNames && !StringPrototypeIncludes(joined, '\uFFFD');
  for (let i = 0; i < names.length; i++) {
    const type = types[i];
    if (byType) {
      const name = names[i];
      const rel = dir.rel === '' ? name : `${dir.rel}/${name}`;
      ArrayPrototypePush(results, rel);
      if (type === UV_DIRENT_DIR) {
        ArrayPrototypePush(next, pending(pathModule.join(dir.path, name), rel, true));
      } else if (type === UV_DIRENT_LINK || type === UV_DIRENT_UNKNOWN) {
        const full = pathModule.join(dir.path, name);
        if (isDirectoryTarget(full)) ArrayPrototypePush(next, pending(full, rel, false));
      }
    } else {
      const name = encodeResult(names[i], walk.encoding);
      const full = pathModule.join(dir.path, name);
      const rel = pathModule.relative(walk.basePath, full);
      ArrayPrototypePush(results, rel);
      if (isDirectoryTarget(full)) ArrayPrototypePush(next, pending(full, rel, false));
    }
  }
}

// Whether a failed read of `dir` is skipped rather than reported (see the top of this
// file).
function skipsFailure(dir) {
  return dir.unchecked && !isDirectoryTarget(dir.path);
}

function readdirRecursiveSync(basePath, options) {
  const walk = newWalk(basePath, options);
  const queue = [pending(basePath, '', false)];
  for (let i = 0; i < queue.length; i++) {
    const dir = queue[i];
    let listing;
    try {
      listing = binding.readdir(dir.path, true, walk.bytes, undefined);
    } catch (err) {
      if (skipsFailure(dir)) continue;
      throw err;
    }
    addEntries(walk, dir, listing, queue);
  }
  return walk.results;
}

// The callback form reads the directories on the thread pool, in the same order as the
// synchronous form. Node reads one directory at a time; here up to kReadAhead reads are
// in flight, so that reading overlaps with adding the entries of the directory before,
// and their results are taken in queue order, so the outcome is the sequential walk's
// (the same entries in the same order, the first failure in that order). Two, not the
// pool's four threads, so that a large walk leaves room on the pool for other work
// (dns.lookup, zlib, other fs calls). An exception while adding entries (path.join's,
// for Buffer names) escapes from the completion and ends the walk without a callback,
// as it does in node.
const kReadAhead = 2;

function readdirRecursive(basePath, options, callback) {
  const walk = newWalk(basePath, options);
  const queue = [pending(basePath, '', false)];
  let taken = 0;
  let started = 0;
  let stopped = false;
  const take = () => {
    if (stopped) return;
    while (taken < started && queue[taken].done) {
      const dir = queue[taken++];
      if (dir.error !== undefined) {
        if (skipsFailure(dir)) continue;
        stopped = true;
        callback(dir.error);
        return;
      }
      const listing = dir.listing;
      dir.listing = undefined;
      // Stopped while the entries are added, so that an exception leaves the walk
      // stopped: the reads still in flight then end without effect.
      stopped = true;
      addEntries(walk, dir, listing, queue);
      stopped = false;
    }
    if (taken === queue.length) {
      stopped = true;
      callback(null, walk.results);
      return;
    }
    while (started < queue.length && started - taken < kReadAhead) {
      const dir = queue[started++];
      binding.readdir(dir.path, true, walk.bytes, {
        oncomplete(err, listing) {
          dir.done = true;
          if (err) dir.error = err;
          else dir.listing = listing;
          take();
        },
      });
    }
  };
  take();
}

// A read on the thread pool, as a promise of { error, listing } that never rejects: reads
// started ahead of time may fail after the walk has already failed, with no one left to
// handle the rejection.
function readSettled(path, bytes) {
  return new Promise((resolve) => {
    binding.readdir(path, true, bytes, {
      oncomplete(error, listing) {
        resolve({ error, listing });
      },
    });
  });
}

// The promise form, in node's order for it (see the top of this file). A directory's
// subdirectories are read up to kReadAhead at once and taken in order, so the outcome
// is that of reading them one after the other.
async function readdirRecursivePromise(basePath, options) {
  const walk = newWalk(basePath, options);
  const first = await readSettled(basePath, walk.bytes);
  if (first.error) throw first.error;
  const stack = [[pending(basePath, '', false), first.listing]];
  const found = [];
  const reads = [];
  while (stack.length > 0) {
    const { 0: dir, 1: listing } = ArrayPrototypePop(stack);
    found.length = 0;
    reads.length = 0;
    addEntries(walk, dir, listing, found);
    for (let i = 0; i < found.length; i++) {
      while (reads.length < found.length && reads.length - i < kReadAhead) {
        ArrayPrototypePush(reads, readSettled(found[reads.length].path, walk.bytes));
      }
      const sub = found[i];
      const read = await reads[i];
      reads[i] = undefined;
      if (read.error) {
        if (skipsFailure(sub)) continue;
        throw read.error;
      }
      ArrayPrototypePush(stack, [sub, read.listing]);
    }
  }
  return walk.results;
}

module.exports = {
  readdirRecursive,
  readdirRecursivePromise,
  readdirRecursiveSync,
};

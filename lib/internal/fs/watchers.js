'use strict';

// File watching for node:fs and fs/promises:
//  - fs.watch(): an FSWatcher over the fs_event_wrap binding (inotify through libuv).
//    inotify watches one directory level, so `recursive: true` is built here: one handle
//    per directory of the tree, added and dropped as directories come and go, with the
//    reported names made relative to the watched root (what node reports on Linux).
//  - fs.watchFile()/unwatchFile(): a StatWatcher polling stat() through the fs binding's
//    StatWatcher (libuv's uv_fs_poll), shared by every listener of the same path.
//  - fsPromises.watch(): an async iterator over the same watchers with node 22's bounded
//    event queue (maxQueue, overflow).

const {
  ArrayPrototypePush,
  ArrayPrototypeShift,
  FunctionPrototypeCall,
  ObjectDefineProperty,
  ObjectSetPrototypeOf,
  Promise,
  SafeMap,
  StringPrototypeStartsWith,
  Symbol,
  SymbolAsyncIterator,
} = primordials;

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const pathModule = require('path');
const {
  AbortError,
  uvException,
  codes: {
    ERR_FS_WATCH_QUEUE_OVERFLOW,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInteger,
  validateObject,
  validateOneOf,
  validateUint32,
} = require('internal/validators');
const {
  copyObject,
  encodeResult,
  getOptions,
  getStatsFromBinding,
  getValidatedPath,
} = require('internal/fs/utils');

const { FSEvent } = internalBinding('fs_event_wrap');
const { StatWatcher: StatWatcherHandle } = internalBinding('fs');

const kFieldsPerStat = 18;
const kOwner = Symbol('kOwner');
const kStart = Symbol('kStart');
const kEncoding = Symbol('kEncoding');
const kTree = Symbol('kTree');
const kHolders = Symbol('kHolders');

// libuv's error numbers are negated errno values on Unix.
const UV_ENOSPC = -internalBinding('constants').os.errno.ENOSPC;

function watchError(errno, filename) {
  const error = uvException({
    errno,
    syscall: 'watch',
    path: filename,
    message: errno === UV_ENOSPC ? 'System limit for number of file watchers reached' : '',
  });
  error.filename = filename;
  return error;
}

function wantsRawNames(encoding) {
  return encoding !== undefined && encoding !== 'utf8' && encoding !== 'utf-8';
}

function emitClose(watcher) {
  watcher.emit('close');
}

// ---------------------------------------------------------------------------------------
// fs.watch: one directory or file.

function FSWatcher() {
  FunctionPrototypeCall(EventEmitter, this);
  const handle = new FSEvent();
  handle[kOwner] = this;
  handle.onchange = onWatchChange;
  this._handle = handle;
  this[kEncoding] = undefined;
}
ObjectSetPrototypeOf(FSWatcher.prototype, EventEmitter.prototype);
ObjectSetPrototypeOf(FSWatcher, EventEmitter);

function onWatchChange(status, eventType, filename) {
  const watcher = this[kOwner];
  filename = encodeResult(filename, watcher[kEncoding]);
  if (status < 0) {
    if (watcher._handle !== null) {
      watcher._handle.close();
      watcher._handle = null;
    }
    watcher.emit('error', watchError(status, filename));
    return;
  }
  watcher.emit('change', eventType, filename);
}

FSWatcher.prototype[kStart] = function startWatching(filename, persistent, encoding) {
  if (this._handle === null || this._handle.initialized) return;
  filename = getValidatedPath(filename);
  this[kEncoding] = encoding;
  const err = this._handle.start(pathModule.toNamespacedPath(filename), persistent, false,
                                 wantsRawNames(encoding));
  if (err !== 0) {
    this._handle.close();
    this._handle = null;
    throw watchError(err, filename);
  }
};

// Kept for code that still calls it: watchers start when fs.watch() creates them.
FSWatcher.prototype.start = function start() {};

FSWatcher.prototype.close = function close() {
  if (this._handle === null) return;
  this._handle.close();
  this._handle = null;
  process.nextTick(emitClose, this);
};

FSWatcher.prototype.ref = function ref() {
  if (this._handle !== null) this._handle.ref();
  return this;
};

FSWatcher.prototype.unref = function unref() {
  if (this._handle !== null) this._handle.unref();
  return this;
};

// ---------------------------------------------------------------------------------------
// fs.watch with recursive: true. inotify has no recursive mode, so every directory of the
// tree gets its own handle. Names are reported relative to the root.

function RecursiveWatcher() {
  FunctionPrototypeCall(EventEmitter, this);
  // Kept under a symbol so the watcher's own keys are EventEmitter's, as in node.
  this[kTree] = {
    __proto__: null,
    root: undefined,
    handles: new SafeMap(), // absolute directory (or the root file) -> FSEvent
    persistent: true,
    encoding: undefined,
    closed: false,
  };
}
ObjectSetPrototypeOf(RecursiveWatcher.prototype, EventEmitter.prototype);
ObjectSetPrototypeOf(RecursiveWatcher, EventEmitter);
ObjectDefineProperty(RecursiveWatcher, 'name', { __proto__: null, value: 'FSWatcher' });

RecursiveWatcher.prototype[kStart] = function startWatching(filename, persistent, encoding) {
  const tree = this[kTree];
  if (tree.closed || tree.root !== undefined) return;
  filename = getValidatedPath(filename);
  const root = pathModule.resolve(`${filename}`);
  const stats = require('fs').statSync(root); // A missing root throws ENOENT, as in node.
  tree.root = root;
  tree.persistent = persistent;
  tree.encoding = encoding;
  if (stats.isDirectory()) {
    watchTree(this, root, false);
  } else {
    watchOne(this, root, filename).isFile = true;
  }
};

// Adds a handle for one directory (or the root file) and returns it. A failure on the
// root throws; one on a subdirectory (it vanished, or cannot be read) returns undefined:
// that directory is simply not watched.
function watchOne(watcher, dir, reportAs) {
  const tree = watcher[kTree];
  const existing = tree.handles.get(dir);
  if (existing !== undefined) return existing;
  const handle = new FSEvent();
  handle[kOwner] = watcher;
  handle.directory = dir;
  handle.onchange = onTreeChange;
  const err = handle.start(dir, tree.persistent, false, true);
  if (err !== 0) {
    handle.close();
    if (reportAs !== undefined) throw watchError(err, reportAs);
    return undefined;
  }
  tree.handles.set(dir, handle);
  return handle;
}

// Watches dir and every directory below it. With announce, the entries found (created
// between the directory's appearance and its watch) are reported as 'rename' events, so
// a tree created in one go is not missed.
function watchTree(watcher, dir, announce) {
  const tree = watcher[kTree];
  if (watchOne(watcher, dir, dir === tree.root ? dir : undefined) === undefined) return;
  let entries;
  try {
    entries = require('fs').readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    const full = pathModule.join(dir, entry.name);
    if (announce) report(watcher, 'rename', full);
    if (entry.isDirectory()) watchTree(watcher, full, announce);
  }
}

function report(watcher, eventType, full) {
  const { root, encoding } = watcher[kTree];
  const relative = pathModule.relative(root, full);
  const name = encoding === 'buffer' ? Buffer.from(relative) :
    wantsRawNames(encoding) ? Buffer.from(relative).toString(encoding) : relative;
  watcher.emit('change', eventType, name);
}

// Drops the handles of a directory that went away and of everything below it.
function forget(watcher, dir) {
  const { handles } = watcher[kTree];
  const prefix = dir + pathModule.sep;
  for (const { 0: path, 1: handle } of handles) {
    if (path === dir || StringPrototypeStartsWith(path, prefix)) {
      handle.close();
      handles.delete(path);
    }
  }
}

function onTreeChange(status, eventType, rawName) {
  const watcher = this[kOwner];
  const tree = watcher[kTree];
  if (tree.closed) return;
  if (status < 0) {
    const name = encodeResult(rawName, 'utf8');
    watcher.close();
    watcher.emit('error', watchError(status, name));
    return;
  }
  if (rawName === null) return;
  if (this.isFile) {
    // A single file: the name is reported as inotify gives it, like a plain watch.
    watcher.emit('change', eventType, encodeResult(rawName, tree.encoding ?? 'utf8'));
    return;
  }
  const name = Buffer.from(rawName.buffer, rawName.byteOffset, rawName.byteLength).toString();
  const dir = this.directory;
  const full = pathModule.join(dir, name);
  // When a watched directory itself is removed or moved, libuv reports the directory's
  // own base name on its handle, which looks like an entry of that name inside it. Such
  // an entry that does not exist is taken as that case: the handle is stale, the parent
  // reports the change, and a directory re-created at the same path is watched afresh.
  // (A real entry of the same name deleted at that moment goes unreported; rare.)
  if (dir !== tree.root && eventType === 'rename' && name === pathModule.basename(dir) &&
      !exists(full)) {
    forget(watcher, dir);
    if (inodeOf(dir) !== undefined) watchTree(watcher, dir, true);
    return;
  }
  report(watcher, eventType, full);
  if (eventType !== 'rename') return;
  // Something appeared or vanished at full: whatever was watched there is stale (inotify
  // watches inodes, not paths); a directory there now gets watched with its subtree.
  if (tree.handles.has(full)) forget(watcher, full);
  if (inodeOf(full) !== undefined) watchTree(watcher, full, true);
}

function exists(path) {
  try {
    require('fs').lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

// The inode number of a directory, or undefined when path is not one (any more).
function inodeOf(path) {
  try {
    const stats = require('fs').lstatSync(path);
    return stats.isDirectory() ? stats.ino : undefined;
  } catch {
    return undefined;
  }
}

RecursiveWatcher.prototype.start = function start() {};

RecursiveWatcher.prototype.close = function close() {
  const tree = this[kTree];
  if (tree.closed) return;
  tree.closed = true;
  for (const handle of tree.handles.values()) handle.close();
  tree.handles.clear();
  process.nextTick(emitClose, this);
};

RecursiveWatcher.prototype.ref = function ref() {
  const tree = this[kTree];
  tree.persistent = true;
  for (const handle of tree.handles.values()) handle.ref();
  return this;
};

RecursiveWatcher.prototype.unref = function unref() {
  const tree = this[kTree];
  tree.persistent = false;
  for (const handle of tree.handles.values()) handle.unref();
  return this;
};

// Validates fs.watch()'s options the way node does and returns the started watcher.
function createWatcher(filename, options) {
  if (options.recursive) {
    const watcher = new RecursiveWatcher();
    watcher[kStart](filename, options.persistent, options.encoding);
    return watcher;
  }
  const watcher = new FSWatcher();
  watcher[kStart](filename, options.persistent, options.encoding);
  return watcher;
}

function normalizeWatchOptions(options) {
  options = copyObject(getOptions(options));
  if (options.persistent === undefined) options.persistent = true;
  if (options.recursive === undefined) options.recursive = false;
  validateBoolean(options.recursive, 'options.recursive');
  options.persistent = !!options.persistent;
  return options;
}

function watch(filename, options, listener) {
  if (typeof options === 'function') listener = options;
  options = normalizeWatchOptions(options);
  if (options.recursive) getValidatedPath(filename);
  const watcher = createWatcher(filename, options);
  if (listener) watcher.addListener('change', listener);
  const { signal } = options;
  if (signal) {
    if (signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const onAbort = () => watcher.close();
      signal.addEventListener('abort', onAbort, { __proto__: null, once: true });
      watcher.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return watcher;
}

// ---------------------------------------------------------------------------------------
// fs.watchFile: stat polling. One StatWatcher per resolved path; each watchFile() call on
// the same path adds a listener and a reference.

const statWatchers = new SafeMap();

function StatWatcher(bigint) {
  FunctionPrototypeCall(EventEmitter, this);
  this._handle = null;
  // How many watchFile() calls hold the handle (max), and how many of those keep the
  // process alive (refs): unref() drops one, ref() restores one, at zero the handle is
  // unref'd.
  // Only `true` asks for bigint stats (node's native layer tests IsTrue()).
  this[kHolders] = {
    __proto__: null, bigint: bigint === true, previousStatus: -1, refs: 0, max: 0,
  };
}
ObjectSetPrototypeOf(StatWatcher.prototype, EventEmitter.prototype);
ObjectSetPrototypeOf(StatWatcher, EventEmitter);

function onStatChange(status, stats) {
  const watcher = this[kOwner];
  // Node compares the current nlink (field 2) with field 16 of the whole array when a
  // watch keeps failing with status -1; its observable result is that every other
  // change is reported, including the first ENOENT of a missing file. Same test here.
  const state = watcher[kHolders];
  if (state.previousStatus === -1 && status === -1 && stats[2] === stats[16]) return;
  state.previousStatus = status;
  watcher.emit('change', getStatsFromBinding(stats, 0),
               getStatsFromBinding(stats, kFieldsPerStat));
}

StatWatcher.prototype[kStart] = function startPolling(filename, persistent, interval) {
  if (this._handle !== null) return;
  const state = this[kHolders];
  const handle = new StatWatcherHandle(state.bigint);
  handle[kOwner] = this;
  handle.onchange = onStatChange;
  this._handle = handle;
  state.refs = 1;
  state.max = 1;
  if (!persistent) this.unref();
  validateUint32(interval, 'interval');
  const err = handle.start(pathModule.toNamespacedPath(filename), interval);
  if (err !== 0) throw watchError(err, filename);
};

StatWatcher.prototype.start = function start() {};

StatWatcher.prototype.stop = function stop() {
  if (this._handle === null) return;
  process.nextTick(() => this.emit('stop'));
  this._handle.close();
  this._handle = null;
};

StatWatcher.prototype.ref = function ref() {
  const state = this[kHolders];
  if (this._handle === null || state.refs === state.max) return this;
  if (state.refs++ === 0) this._handle.ref();
  return this;
};

StatWatcher.prototype.unref = function unref() {
  const state = this[kHolders];
  if (this._handle === null || state.refs === 0) return this;
  if (--state.refs === 0) this._handle.unref();
  return this;
};

function addHolder(watcher) {
  const state = watcher[kHolders];
  state.max++;
  if (state.refs++ === 0 && watcher._handle !== null) watcher._handle.ref();
}

function dropHolder(watcher, all) {
  const state = watcher[kHolders];
  if (all) {
    state.max = 0;
    state.refs = 0;
    if (watcher._handle !== null) watcher._handle.unref();
    return;
  }
  state.max--;
  watcher.unref();
}

function watchFile(filename, options, listener) {
  filename = pathModule.resolve(getValidatedPath(filename));
  if (options === null || typeof options !== 'object') {
    listener = options;
    options = null;
  }
  options = { interval: 5007, persistent: true, ...options };
  validateFunction(listener, 'listener');
  let watcher = statWatchers.get(filename);
  if (watcher === undefined) {
    watcher = new StatWatcher(options.bigint);
    watcher[kStart](filename, options.persistent, options.interval);
    statWatchers.set(filename, watcher);
  } else {
    addHolder(watcher);
  }
  watcher.addListener('change', listener);
  return watcher;
}

function unwatchFile(filename, listener) {
  filename = pathModule.resolve(getValidatedPath(filename));
  const watcher = statWatchers.get(filename);
  if (watcher === undefined) return;
  if (typeof listener === 'function') {
    const before = watcher.listenerCount('change');
    watcher.removeListener('change', listener);
    if (watcher.listenerCount('change') < before) dropHolder(watcher, false);
  } else {
    watcher.removeAllListeners('change');
    dropHolder(watcher, true);
  }
  if (watcher.listenerCount('change') === 0) {
    watcher.stop();
    statWatchers.delete(filename);
  }
}

// ---------------------------------------------------------------------------------------
// fsPromises.watch: an async iterator of { eventType, filename }.

async function* watchPromise(filename, options = {}) {
  getValidatedPath(filename);
  validateObject(options, 'options');
  const {
    persistent = true,
    recursive = false,
    encoding = 'utf8',
    signal,
    maxQueue = 2048,
    overflow = 'ignore',
  } = options;
  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  validateInteger(maxQueue, 'options.maxQueue');
  validateOneOf(overflow, 'options.overflow', ['ignore', 'error']);
  validateAbortSignal(signal, 'options.signal');
  // Node checks the encoding with Buffer.isEncoding (so 'buffer' is refused here) and
  // names the value as the argument; programs may depend on either, so both are kept.
  if (encoding && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE(encoding, 'encoding', 'is invalid encoding');
  }
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });

  const queue = [];
  let failure = null;
  let wake = null;
  const notify = () => {
    if (wake !== null) {
      const resolve = wake;
      wake = null;
      resolve();
    }
  };
  const watcher = createWatcher(filename, { persistent, recursive, encoding });
  watcher.on('change', (eventType, name) => {
    if (queue.length < maxQueue) {
      ArrayPrototypePush(queue, { __proto__: null, eventType, filename: name });
    } else if (overflow === 'error') {
      failure ??= new ERR_FS_WATCH_QUEUE_OVERFLOW(maxQueue);
    } else {
      process.emitWarning('fs.watch maximum queue size exceeded');
    }
    notify();
  });
  watcher.on('error', (err) => {
    failure ??= err;
    notify();
  });
  const onAbort = () => {
    failure ??= new AbortError(undefined, { cause: signal.reason });
    notify();
  };
  signal?.addEventListener('abort', onAbort, { __proto__: null, once: true });
  try {
    while (true) {
      if (queue.length > 0) {
        const event = ArrayPrototypeShift(queue);
        yield { eventType: event.eventType, filename: event.filename };
        continue;
      }
      if (failure !== null) throw failure;
      await new Promise((resolve) => { wake = resolve; });
    }
  } finally {
    watcher.close();
    signal?.removeEventListener('abort', onAbort);
  }
}

module.exports = {
  FSWatcher,
  StatWatcher,
  unwatchFile,
  watch,
  watchFile,
  watchPromise,
};

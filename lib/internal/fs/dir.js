'use strict';

// fs.Dir (fs.opendir): reads a directory in batches through a directory handle, with
// read/readSync, close/closeSync and async iteration.
//
// What node does, and so what this reproduces:
//
// - Entries are read bufferSize at a time and handed out one by one. An entry whose type
//   the file system did not report is resolved with a synchronous lstat when its batch
//   arrives; a failure there is the read's error.
// - With `recursive: true`, handing out an entry that is a directory (by its own type:
//   symbolic links are not followed) first reads that whole directory synchronously and
//   appends its entries to the ones still buffered, with the directory's joined path as
//   their parentPath. So the walk is breadth first within what is buffered. A failure
//   (a subdirectory that cannot be opened) is the error of the read that handed out the
//   directory, which is then lost. Node 20 read only the first batch of each
//   subdirectory, which dropped entries of subdirectories larger than bufferSize; node 22
//   reads them whole, as here.
// - While an asynchronous read is in flight, further read() and close() calls wait in a
//   queue that runs on the tick after the read completes; readSync() and closeSync()
//   throw ERR_DIR_CONCURRENT_OPERATION.
// - read() on a closed Dir throws ERR_DIR_CLOSED synchronously, in both its callback and
//   promise forms; close() reports it through its callback or promise. The async
//   iterator closes the Dir when it ends, and so rejects with ERR_DIR_CLOSED when the Dir
//   was closed during the iteration.

const {
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  ObjectDefineProperty,
  Promise,
  PromiseReject,
  SafeFinalizationRegistry,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  SymbolAsyncIterator,
  SymbolAsyncDispose,
  SymbolDispose,
} = primordials;

const binding = internalBinding('fs');
const pathModule = require('path');
const {
  codes: {
    ERR_DIR_CLOSED,
    ERR_DIR_CONCURRENT_OPERATION,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
  uvException,
} = require('internal/errors');
const { validateFunction, validateUint32 } = require('internal/validators');
const {
  direntFor,
  encodeResult,
  getOptions,
  getValidatedPath,
  wantsBytes,
} = require('internal/fs/utils');

// fs.lstatSync as fs exports it when called (a program may have patched it), for the
// entries of unknown type.
function lstatSync(path) {
  return require('fs').lstatSync(path);
}

// A Dir collected before it was closed has its directory handle closed, with node's
// warning. The registry holds the handle (not the Dir) so that it can still close it.
const closeOnCollect = new SafeFinalizationRegistry((handle) => {
  process.emitWarning('Closing directory handle on garbage collection');
  try {
    binding.closeDir(handle, undefined);
  } catch {
    // Already gone.
  }
});

// The state is in private fields, so that it is not shown by util.inspect and not
// reachable from outside, as in node 22.
class Dir {
  #handle;
  #path;
  // The Dirents read and not yet handed out: those of #buffered from index #taken on.
  #buffered = [];
  #taken = 0;
  #closed = false;
  // null while no asynchronous read is in flight; otherwise the operations waiting for
  // it to end.
  #queue = null;
  #options;

  constructor(handle, path, options) {
    if (handle == null) throw new ERR_MISSING_ARGS('handle');
    this.#handle = handle;
    this.#path = path;
    this.#options = { bufferSize: 32, ...getOptions(options, { encoding: 'utf8' }) };
    try {
      validateUint32(this.#options.bufferSize, 'options.bufferSize', true);
    } catch (err) {
      // The caller never gets the Dir, so nothing else could close the handle.
      try {
        binding.closeDir(handle, undefined);
      } catch {
        // The validation error is the one to report.
      }
      throw err;
    }
    closeOnCollect.register(this, handle, this);
  }

  get path() {
    if (!(#path in this)) throw new ERR_INVALID_THIS('Dir');
    return this.#path;
  }

  // Buffers the Dirents of a batch read from the directory `path`, [names, types] as the
  // binding's readdir gives them: string names come as one string joined by '/' (which
  // no name contains), other names as an array of byte arrays. Entries of unknown type
  // are lstatted; when that fails, the entries before it stay buffered and the rest of
  // the batch is lost, as in node.
  #addBatch(path, batch) {
    // A recursive read adds to entries not all handed out yet: the handed-out ones are
    // dropped first once they are at least as many as the rest, so that a long walk does
    // not keep them all, at a cost of at most one copy per entry.
    if (this.#taken > 0 && this.#taken * 2 >= this.#buffered.length) {
      this.#buffered = ArrayPrototypeSlice(this.#buffered, this.#taken);
      this.#taken = 0;
    }
    const encoding = this.#options.encoding;
    const buffered = this.#buffered;
    const names = batch[0];
    const types = batch[1];
    const joined = typeof names === 'string';
    let start = 0;
    // Dirents are appended by index, which stores as push would (through the same
    // setters, were any defined on Array.prototype) without the cost of a call through
    // the primordial, a large part of the time per entry.
    for (let i = 0; i < types.length; i++) {
      let name;
      if (joined) {
        // One name cut out at a time: the engine's split of a batch's string makes every
        // piece an atom string, which for batches of 32 cost about ten times as much.
        let end = StringPrototypeIndexOf(names, '/', start);
        if (end === -1) end = names.length;
        name = StringPrototypeSlice(names, start, end);
        start = end + 1;
      } else {
        name = encodeResult(names[i], encoding);
      }
      buffered[buffered.length] = direntFor(path, name, types[i], lstatSync);
    }
  }

  // Takes the next buffered Dirent, first buffering the entries of the directory it
  // names when reading recursively. The buffer is consumed by index rather than shifted,
  // which would move every entry after the first each time, and emptied once used up.
  #next() {
    const buffered = this.#buffered;
    if (this.#taken >= buffered.length) return null;
    const dirent = buffered[this.#taken++];
    if (this.#taken === buffered.length) {
      this.#buffered = [];
      this.#taken = 0;
    }
    if (this.#options.recursive && dirent.isDirectory()) this.#readSubdirectory(dirent);
    return dirent;
  }

  #readSubdirectory(dirent) {
    const path = pathModule.join(dirent.parentPath, dirent.name);
    const handle = binding.opendir(path, undefined);
    const { bufferSize } = this.#options;
    try {
      for (;;) {
        const entries = binding.readDir(handle, bufferSize, wantsBytes(this.#options), undefined);
        if (entries === null) break;
        this.#addBatch(path, entries);
      }
    } finally {
      binding.closeDir(handle, undefined);
    }
  }

  read(callback) {
    return this.#readImpl(true, callback);
  }

  // `maybeSync`: whether a callback that could be called at once (an entry was buffered)
  // is deferred to the next tick; the promise forms need not.
  #readImpl(maybeSync, callback) {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    if (callback === undefined) return this.#readPromise();
    validateFunction(callback, 'callback');
    if (this.#queue !== null) {
      ArrayPrototypePush(this.#queue, () => this.#readImpl(maybeSync, callback));
      return;
    }
    if (this.#taken < this.#buffered.length) {
      // As in node, a callback that throws when called at once is called again with
      // its own error.
      try {
        const dirent = this.#next();
        if (maybeSync) process.nextTick(callback, null, dirent);
        else callback(null, dirent);
      } catch (err) {
        callback(err);
      }
      return;
    }
    this.#queue = [];
    const { bufferSize } = this.#options;
    binding.readDir(this.#handle, bufferSize, wantsBytes(this.#options), {
      oncomplete: (err, entries) => {
        process.nextTick(() => {
          const queue = this.#queue;
          this.#queue = null;
          for (let i = 0; i < queue.length; i++) queue[i]();
        });
        if (err) {
          callback(err);
          return;
        }
        if (entries === null) {
          callback(null, null);
          return;
        }
        try {
          this.#addBatch(this.#path, entries);
          callback(null, this.#next());
        } catch (error) {
          callback(error);
        }
      },
    });
  }

  #readPromise() {
    return new Promise((resolve, reject) => {
      this.#readImpl(false, (err, dirent) => (err ? reject(err) : resolve(dirent)));
    });
  }

  readSync() {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    if (this.#queue !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    if (this.#taken < this.#buffered.length) return this.#next();
    const { bufferSize } = this.#options;
    const entries = binding.readDir(this.#handle, bufferSize, wantsBytes(this.#options), undefined);
    if (entries === null) return null;
    this.#addBatch(this.#path, entries);
    return this.#next();
  }

  close(callback) {
    if (callback === undefined) {
      if (this.#closed) return PromiseReject(new ERR_DIR_CLOSED());
      return this.#closePromise();
    }
    validateFunction(callback, 'callback');
    if (this.#closed) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    if (this.#queue !== null) {
      ArrayPrototypePush(this.#queue, () => this.close(callback));
      return;
    }
    this.#closed = true;
    closeOnCollect.unregister(this);
    binding.closeDir(this.#handle, { oncomplete: (err) => callback(err ?? null) });
  }

  #closePromise() {
    return new Promise((resolve, reject) => {
      this.close((err) => (err ? reject(err) : resolve()));
    });
  }

  closeSync() {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    if (this.#queue !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    this.#closed = true;
    closeOnCollect.unregister(this);
    binding.closeDir(this.#handle, undefined);
  }

  // The iterator's next Dirent, or a promise of it. One already buffered while no read is
  // in flight is taken at once: awaiting it (or the rejected promise of its failure)
  // takes the same one turn of the microtask queue as awaiting the promise of read(),
  // which would be settled already, without making that promise and its callbacks.
  #iteratorNext() {
    if (this.#closed || this.#queue !== null || this.#taken >= this.#buffered.length) {
      return this.#readPromise();
    }
    try {
      return this.#next();
    } catch (err) {
      return PromiseReject(err);
    }
  }

  async* entries() {
    try {
      for (;;) {
        const dirent = await this.#iteratorNext();
        if (dirent === null) break;
        yield dirent;
      }
    } finally {
      await this.#closePromise();
    }
  }

  [SymbolDispose]() {
    if (!this.#closed) this.closeSync();
  }

  async [SymbolAsyncDispose]() {
    if (!this.#closed) await this.#closePromise();
  }
}

// The async iterator is entries() itself, a non-enumerable property as in node.
ObjectDefineProperty(Dir.prototype, SymbolAsyncIterator, {
  __proto__: null,
  value: Dir.prototype.entries,
  enumerable: false,
  writable: true,
  configurable: true,
});

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  binding.opendir(path, {
    oncomplete(err, handle) {
      if (err) return callback(err);
      callback(null, new Dir(handle, path, options));
    },
  });
}

function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  let handle;
  try {
    handle = binding.opendir(path, undefined);
  } catch (err) {
    // Node's opendirSync reports a failure without the path (in the message or as a
    // property), unlike its other forms and the opening of subdirectories.
    if (err?.syscall === 'opendir' && typeof err.errno === 'number') {
      throw uvException({ errno: err.errno, code: err.code, syscall: 'opendir' });
    }
    throw err;
  }
  return new Dir(handle, path, options);
}

module.exports = { Dir, opendir, opendirSync };

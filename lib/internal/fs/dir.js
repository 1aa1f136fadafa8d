'use strict';

// fs.Dir (fs.opendir): reads a directory in batches through a directory handle, with
// read/readSync, close/closeSync and async iteration.

const {
  ArrayPrototypePush,
  ArrayPrototypeShift,
  Promise,
  PromiseResolve,
  Symbol,
  SymbolAsyncIterator,
  SymbolAsyncDispose,
  SymbolDispose,
} = primordials;

const binding = internalBinding('fs');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_DIR_CLOSED,
    ERR_DIR_CONCURRENT_OPERATION,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateFunction, validateUint32 } = require('internal/validators');
const { Dirent, getOptions, getValidatedPath } = require('internal/fs/utils');

const kHandle = Symbol('kHandle');
const kPath = Symbol('kPath');
const kBuffered = Symbol('kBuffered');
const kClosed = Symbol('kClosed');
const kBusy = Symbol('kBusy');
const kQueue = Symbol('kQueue');
const kOptions = Symbol('kOptions');

function wantsBytes(encoding) {
  return encoding != null && encoding !== 'utf8' && encoding !== 'utf-8';
}

class Dir {
  constructor(handle, path, options) {
    if (handle == null) throw new ERR_MISSING_ARGS('handle');
    this[kHandle] = handle;
    this[kPath] = path;
    this[kBuffered] = [];
    this[kClosed] = false;
    this[kBusy] = false;
    this[kQueue] = [];
    this[kOptions] = { bufferSize: 32, encoding: 'utf8', ...getOptions(options) };
    validateUint32(this[kOptions].bufferSize, 'options.bufferSize', true);
  }

  get path() {
    return this[kPath];
  }

  // Turns a [name, type, name, type, ...] batch into Dirents.
  // Names arrive as bytes for any encoding but UTF-8 (see wantsBytes) and are decoded
  // here; 'buffer' keeps them as Buffers.
  addBatch(entries) {
    const encoding = this[kOptions].encoding;
    for (let i = 0; i < entries.length; i += 2) {
      let name = entries[i];
      if (typeof name !== 'string') {
        const bytes = Buffer.from(name.buffer, name.byteOffset, name.byteLength);
        name = encoding === 'buffer' ? bytes : bytes.toString(encoding);
      }
      ArrayPrototypePush(this[kBuffered], new Dirent(name, entries[i + 1], this[kPath]));
    }
  }

  read(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => {
        this.read((err, dirent) => (err ? reject(err) : resolve(dirent)));
      });
    }
    validateFunction(callback, 'callback');
    if (this[kClosed]) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    if (this[kBusy]) {
      ArrayPrototypePush(this[kQueue], () => this.read(callback));
      return;
    }
    if (this[kBuffered].length > 0) {
      process.nextTick(callback, null, ArrayPrototypeShift(this[kBuffered]));
      return;
    }
    this[kBusy] = true;
    binding.readDir(this[kHandle], this[kOptions].bufferSize,
                    wantsBytes(this[kOptions].encoding), {
                      oncomplete: (err, entries) => {
                        this[kBusy] = false;
                        if (err) {
                          callback(err);
                        } else {
                          if (entries) this.addBatch(entries);
                          callback(null, ArrayPrototypeShift(this[kBuffered]) ?? null);
                        }
                        const next = ArrayPrototypeShift(this[kQueue]);
                        if (next) next();
                      },
                    });
  }

  readSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    if (this[kBusy]) throw new ERR_DIR_CONCURRENT_OPERATION();
    if (this[kBuffered].length > 0) return ArrayPrototypeShift(this[kBuffered]);
    const entries = binding.readDir(this[kHandle], this[kOptions].bufferSize,
                                    wantsBytes(this[kOptions].encoding), undefined);
    if (entries === null) return null;
    this.addBatch(entries);
    return ArrayPrototypeShift(this[kBuffered]) ?? null;
  }

  close(callback) {
    if (callback === undefined) {
      if (this[kClosed]) return Promise.reject(new ERR_DIR_CLOSED());
      return new Promise((resolve, reject) => {
        this.close((err) => (err ? reject(err) : resolve()));
      });
    }
    validateFunction(callback, 'callback');
    if (this[kClosed]) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    if (this[kBusy]) {
      ArrayPrototypePush(this[kQueue], () => this.close(callback));
      return;
    }
    this[kClosed] = true;
    binding.closeDir(this[kHandle], { oncomplete: (err) => callback(err ?? null) });
  }

  closeSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    if (this[kBusy]) throw new ERR_DIR_CONCURRENT_OPERATION();
    this[kClosed] = true;
    binding.closeDir(this[kHandle], undefined);
  }

  async* entries() {
    try {
      for (;;) {
        const dirent = await this.read();
        if (dirent === null) break;
        yield dirent;
      }
    } finally {
      if (!this[kClosed]) await this.close();
    }
  }

  [SymbolAsyncIterator]() {
    return this.entries();
  }

  [SymbolDispose]() {
    if (!this[kClosed]) this.closeSync();
  }

  async [SymbolAsyncDispose]() {
    if (!this[kClosed]) await this.close();
  }
}

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
  return new Dir(binding.opendir(path, undefined), path, options);
}

void PromiseResolve;

module.exports = { Dir, opendir, opendirSync };

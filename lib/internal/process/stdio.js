'use strict';

// process.stdout, process.stderr and process.stdin.
//
// Output to files, pipes and terminals is written synchronously, as node does on Linux,
// so nothing is lost when the process exits. (These minimal writers become full streams
// with node:stream; their interface is the one console and programs use.)

const {
  ObjectDefineProperty,
} = primordials;

const EventEmitter = require('events');
const { writeString } = internalBinding('fs');
const { isTTY, getWindowSize } = internalBinding('tty_wrap');
const { guessHandleType } = internalBinding('util');

class SyncWriteStream extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this.writable = true;
    this._type = guessHandleType(fd) === 'TTY' ? 'tty' : 'fs';
    this._isStdio = true;
    this.destroyed = false;
    if (isTTY(fd)) {
      this.isTTY = true;
      const size = getWindowSize(fd);
      if (size !== undefined) {
        this.columns = size[0];
        this.rows = size[1];
      }
    }
  }

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    if (this.destroyed) return false;
    let error = null;
    try {
      writeString(this.fd, typeof chunk === 'string' ? chunk : `${chunk}`);
    } catch (err) {
      error = err;
    }
    if (error !== null) {
      // As with node's streams, the callback learns of the failure first, then 'error'
      // is emitted once (without a listener it is an uncaught exception; console adds
      // a listener from its callback so console.log to a closed pipe stays quiet).
      this.destroyed = true;
      process.nextTick(() => {
        if (typeof callback === 'function') callback(error);
        if (!this._errorEmitted) {
          this._errorEmitted = true;
          this.emit('error', error);
        }
      });
      return false;
    }
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === 'function') {
      callback = chunk;
      chunk = undefined;
    }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    if (typeof callback === 'function') process.nextTick(callback);
    return this;
  }

  cork() {}
  uncork() {}
  destroy() {
    this.destroyed = true;
    return this;
  }
  destroySoon() {
    return this.destroy();
  }

  getColorDepth(env = process.env) {
    return require('internal/tty').getColorDepth(env);
  }

  hasColors(count, env) {
    return require('internal/tty').hasColors(count, env, this);
  }

  getWindowSize() {
    const size = getWindowSize(this.fd);
    return size === undefined ? [this.columns, this.rows] : [size[0], size[1]];
  }
}

// process.stdin: reads fd 0 through the loop (tty_wrap's reader) and emits 'data' with
// strings and 'end', in flowing mode once a 'data' listener is added or resume() is
// called, like a Readable. read() and 'readable' serve paused-mode consumers.
class StdinReader extends EventEmitter {
  constructor() {
    super();
    this.fd = 0;
    this.readable = true;
    this.isTTY = isTTY(0) || undefined;
    this.isRaw = false;
    this.readableEnded = false;
    this.destroyed = false;
    this._buffer = [];
    this._flowing = null;
    this._reading = false;
    this._encoding = null;
    this.onread = (chunk) => this._onread(chunk);
  }

  _onread(chunk) {
    if (chunk === null) {
      this._reading = false;
      this._ended = true;
      this._maybeEnd();
      return;
    }
    if (typeof chunk !== 'string') {
      this._reading = false;
      this.emit('error', chunk);
      return;
    }
    if (this._flowing) {
      this.emit('data', chunk);
    } else {
      this._buffer.push(chunk);
      this._stopReading();
      this.emit('readable');
    }
  }

  _maybeEnd() {
    if (!this._ended || this._buffer.length > 0 || this.readableEnded) return;
    this.readableEnded = true;
    this.readable = false;
    process.nextTick(() => {
      this.emit('end');
      this.emit('close');
    });
  }

  _startReading() {
    if (this._reading || this._ended) return;
    this._reading = true;
    internalBinding('tty_wrap').startReading(this);
  }

  _stopReading() {
    if (!this._reading) return;
    this._reading = false;
    internalBinding('tty_wrap').stopReading();
  }

  on(event, listener) {
    super.on(event, listener);
    if (event === 'data' && this._flowing !== false) this.resume();
    if (event === 'readable') {
      this._flowing = false;
      if (this._buffer.length > 0) process.nextTick(() => this.emit('readable'));
      else this._startReading();
    }
    return this;
  }

  resume() {
    this._flowing = true;
    while (this._buffer.length > 0) this.emit('data', this._buffer.shift());
    this._startReading();
    this._maybeEnd();
    return this;
  }

  pause() {
    this._flowing = false;
    this._stopReading();
    return this;
  }

  isPaused() {
    return this._flowing === false;
  }

  read() {
    if (this._buffer.length === 0) {
      this._startReading();
      this._maybeEnd();
      return null;
    }
    const data = this._buffer.join('');
    this._buffer = [];
    this._maybeEnd();
    return data;
  }

  setEncoding(encoding) {
    this._encoding = encoding;
    return this;
  }

  setRawMode(flag) {
    const err = internalBinding('tty_wrap').setRawMode(Boolean(flag));
    if (err) throw require('internal/errors').errnoException(err, 'setRawMode');
    this.isRaw = Boolean(flag);
    return this;
  }

  ref() {
    internalBinding('tty_wrap').refReader();
    return this;
  }

  unref() {
    internalBinding('tty_wrap').unrefReader();
    return this;
  }

  destroy() {
    this._stopReading();
    this.destroyed = true;
    return this;
  }

  [Symbol.asyncIterator]() {
    const stream = this;
    const pending = [];
    const waiting = [];
    let done = false;
    let failure = null;
    const settle = () => {
      while (waiting.length > 0 && (pending.length > 0 || done || failure)) {
        const { resolve, reject } = waiting.shift();
        if (pending.length > 0) resolve({ value: pending.shift(), done: false });
        else if (failure) reject(failure);
        else resolve({ value: undefined, done: true });
      }
    };
    stream.on('data', (chunk) => { pending.push(chunk); settle(); });
    stream.on('end', () => { done = true; settle(); });
    stream.on('error', (err) => { failure = err; settle(); });
    return {
      next() {
        return new Promise((resolve, reject) => {
          waiting.push({ resolve, reject });
          settle();
        });
      },
      return() {
        stream.pause();
        done = true;
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() { return this; },
    };
  }
}

function getStdio(name) {
  if (name === 'stdout') return new SyncWriteStream(1);
  if (name === 'stderr') return new SyncWriteStream(2);
  return new StdinReader();
}

module.exports = { getStdio, SyncWriteStream };

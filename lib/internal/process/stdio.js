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
    let error = null;
    try {
      writeString(this.fd, typeof chunk === 'string' ? chunk : `${chunk}`);
    } catch (err) {
      error = err;
    }
    if (error !== null) {
      if (error.code === 'EPIPE') {
        this.destroyed = true;
        if (typeof callback === 'function') process.nextTick(callback, error);
        return false;
      }
      if (typeof callback === 'function') {
        process.nextTick(callback, error);
      } else {
        process.nextTick(() => this.emit('error', error));
      }
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

function getStdio(name) {
  if (name === 'stdout') return new SyncWriteStream(1);
  if (name === 'stderr') return new SyncWriteStream(2);
  const stdin = new EventEmitter();
  stdin.fd = 0;
  stdin.isTTY = isTTY(0) || undefined;
  stdin.readable = true;
  stdin.resume = () => stdin;
  stdin.pause = () => stdin;
  stdin.setEncoding = () => stdin;
  ObjectDefineProperty(stdin, 'isRaw', { __proto__: null, value: false, writable: true });
  return stdin;
}

module.exports = { getStdio, SyncWriteStream };

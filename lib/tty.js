'use strict';

// node:tty: isatty(), and the terminal streams process.stdin/stdout/stderr become when
// they are terminals: ReadStream (raw mode) and WriteStream (size, colours, cursor
// helpers, 'resize'). Both are net.Sockets over the tty_wrap TTY handle.

const {
  NumberIsInteger,
  ObjectSetPrototypeOf,
} = primordials;

const net = require('net');
const { TTY, isTTY } = internalBinding('tty_wrap');
const {
  errnoException,
  SystemError,
  codes: { ERR_INVALID_FD },
} = require('internal/errors');
const { getColorDepth, hasColors } = require('internal/tty');

let readline;
function lazyReadline() {
  readline ??= require('internal/readline/callbacks');
  return readline;
}

/** Whether fd is an open descriptor of a terminal. */
function isatty(fd) {
  return NumberIsInteger(fd) && fd >= 0 && fd <= 2147483647 && isTTY(fd);
}

// A TTY handle for fd; ERR_TTY_INIT_FAILED (a SystemError) when libuv refuses it.
function openTTY(fd) {
  if (fd >> 0 !== fd || fd < 0) throw new ERR_INVALID_FD(fd);
  const ctx = {};
  let handle;
  try {
    handle = new TTY(fd, ctx);
  } catch (err) {
    if (ctx.code === undefined) throw err;
  }
  if (ctx.code !== undefined) throw new SystemError('ERR_TTY_INIT_FAILED', ctx);
  return handle;
}

/** ReadStream(fd[, options]): a readable terminal; works with and without new. */
function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  const handle = openTTY(fd);
  net.Socket.call(this, {
    readableHighWaterMark: 0,
    handle,
    manualStart: true,
    ...options,
  });
  this.isRaw = false;
  this.isTTY = true;
}
ObjectSetPrototypeOf(ReadStream.prototype, net.Socket.prototype);
ObjectSetPrototypeOf(ReadStream, net.Socket);

/**
 * Switches the terminal to raw mode (characters one by one, no echo, no signals from
 * Ctrl+C) or back. A failure is emitted as 'error'. Returns this.
 */
ReadStream.prototype.setRawMode = function(flag) {
  flag = !!flag;
  const err = this._handle?.setRawMode(flag);
  if (err) {
    this.emit('error', errnoException(err, 'setRawMode'));
    return this;
  }
  this.isRaw = flag;
  return this;
};

/** WriteStream(fd): a writable terminal, written synchronously. */
function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  const handle = openTTY(fd);
  net.Socket.call(this, {
    readableHighWaterMark: 0,
    handle,
    manualStart: true,
  });
  // Terminal output is written synchronously on POSIX, as node does: output is neither
  // interleaved nor lost at exit (see internal/process/sync_write for why the handle's
  // blocking mode alone does not do it).
  this._handle.setBlocking(true);
  require('internal/process/sync_write').makeWritesSynchronous(this, fd);
  const size = [0, 0];
  if (!this._handle.getWindowSize(size)) {
    this.columns = size[0];
    this.rows = size[1];
  }
}
ObjectSetPrototypeOf(WriteStream.prototype, net.Socket.prototype);
ObjectSetPrototypeOf(WriteStream, net.Socket);

WriteStream.prototype.isTTY = true;
WriteStream.prototype.getColorDepth = getColorDepth;
WriteStream.prototype.hasColors = hasColors;

// Re-reads the terminal's size (on SIGWINCH) and emits 'resize' when it changed.
WriteStream.prototype._refreshSize = function() {
  const size = [0, 0];
  const err = this._handle.getWindowSize(size);
  if (err) {
    this.emit('error', errnoException(err, 'getWindowSize'));
    return;
  }
  if (this.columns !== size[0] || this.rows !== size[1]) {
    this.columns = size[0];
    this.rows = size[1];
    this.emit('resize');
  }
};

WriteStream.prototype.cursorTo = function(x, y, callback) {
  return lazyReadline().cursorTo(this, x, y, callback);
};
WriteStream.prototype.moveCursor = function(dx, dy, callback) {
  return lazyReadline().moveCursor(this, dx, dy, callback);
};
WriteStream.prototype.clearLine = function(dir, callback) {
  return lazyReadline().clearLine(this, dir, callback);
};
WriteStream.prototype.clearScreenDown = function(callback) {
  return lazyReadline().clearScreenDown(this, callback);
};
WriteStream.prototype.getWindowSize = function() {
  return [this.columns, this.rows];
};

module.exports = { isatty, ReadStream, WriteStream };

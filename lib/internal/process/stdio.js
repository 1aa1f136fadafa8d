'use strict';

// process.stdout, process.stderr and process.stdin, built on first use (see
// internal/process/per_thread) as node builds them, by what the descriptor is:
//
//   stdout/stderr   terminal   tty.WriteStream (written synchronously)
//                   file       SyncWriteStream (synchronous write(2); also /dev/null)
//                   pipe       net.Socket over a Pipe handle set to blocking mode, so
//                              that output is written synchronously and never lost
//                              when the process exits (node writes pipes asynchronously
//                              on POSIX; see docs/tty-stdio.md)
//                   socket     net.Socket (asynchronous)
//                   other      a Writable that discards everything
//   stdin           terminal   tty.ReadStream
//                   file       fs.ReadStream (autoClose false)
//                   pipe/socket net.Socket (read-only, asynchronous)
//                   other      a Readable that ends at once
//
// The streams never close descriptors 0-2: destroy() leaves the descriptor open (and
// the stream usable, as in node), destroySoon() is destroy(). stdin reads only while
// flowing or asked to: it stops reading (and so stops keeping the process alive) once
// paused. Nothing here loads node:net unless a stream that needs it is created.
//
// Direct console output: building process.stdout loads the stream stack (and node:net
// for a pipe or terminal), which costs more than the rest of start-up. The global console
// therefore writes straight to descriptor 1 or 2 (writeDirect) while the corresponding
// stream has not been created and process.stdout/stderr has not been replaced. That is
// exactly what the stream would do for a file, a pipe or a terminal: its writes are
// synchronous write(2) calls of the whole string (waiting while a non-blocking descriptor
// is full), so output is complete before the call returns, nothing can be lost at exit,
// and later stream writes follow in order. The first use of process.stdout builds the
// real stream; from then on the console writes through it. A failed direct write is
// retried through the stream, so errors surface with the stream's semantics.

const {
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
} = primordials;

let ttyWrap;
function guessHandleType(fd) {
  ttyWrap ??= internalBinding('tty_wrap');
  return ttyWrap.guessHandleType(fd);
}

// The dummy Writable/Readable for descriptors that are neither (e.g. closed).
function blackHole() {
  const Writable = require('internal/streams/writable');
  return new Writable({
    write(chunk, encoding, cb) {
      cb();
    },
  });
}

function createWritableStdioStream(fd) {
  let stream;
  switch (guessHandleType(fd)) {
    case 'TTY': {
      const tty = require('tty');
      stream = new tty.WriteStream(fd);
      stream._type = 'tty';
      break;
    }
    case 'FILE': {
      const SyncWriteStream = require('internal/fs/sync_write_stream');
      stream = new SyncWriteStream(fd, { autoClose: false });
      stream._type = 'fs';
      break;
    }
    case 'PIPE':
    case 'TCP': {
      const net = require('net');
      stream = new net.Socket({ fd, readable: false, writable: true });
      if (stream._handle instanceof internalBinding('pipe_wrap').Pipe) {
        // Pipes are written synchronously (see the header comment); bytesWritten counts
        // the console's direct writes too, as if they had gone through the stream.
        stream._handle.setBlocking(true);
        require('internal/process/sync_write').makeWritesSynchronous(stream, fd,
                                                                     directWritten[fd]);
      }
      stream._type = 'pipe';
      break;
    }
    default:
      stream = blackHole();
  }
  // The descriptor, for the legacy API.
  stream.fd = fd;
  stream._isStdio = true;
  return stream;
}

// The _destroy of stdio streams: the descriptor stays open and the stream is usable
// again; 'close' is still emitted (finished() and pipeline() wait for it).
function dummyDestroy(err, cb) {
  cb(err);
  this._undestroy();
  if (!this._writableState.emitClose) {
    process.nextTick(() => {
      this.emit('close');
    });
  }
}

let stdout;
let stderr;
let stdin;

function getStdout() {
  if (stdout) return stdout;
  stdout = createWritableStdioStream(1);
  stdout.destroySoon = stdout.destroy;
  stdout._destroy = dummyDestroy;
  if (stdout.isTTY) process.on('SIGWINCH', () => stdout._refreshSize());
  return stdout;
}

function getStderr() {
  if (stderr) return stderr;
  stderr = createWritableStdioStream(2);
  stderr.destroySoon = stderr.destroy;
  stderr._destroy = dummyDestroy;
  if (stderr.isTTY) process.on('SIGWINCH', () => stderr._refreshSize());
  return stderr;
}

function getStdin() {
  if (stdin) return stdin;
  switch (guessHandleType(0)) {
    case 'TTY': {
      const tty = require('tty');
      stdin = new tty.ReadStream(0);
      break;
    }
    case 'FILE': {
      const fs = require('fs');
      stdin = new fs.ReadStream(null, { fd: 0, autoClose: false });
      break;
    }
    case 'PIPE':
    case 'TCP': {
      const net = require('net');
      if (process.channel && process.channel.fd === 0) {
        // The IPC channel of a forked child sits on fd 0: a second handle for the same
        // descriptor cannot be opened, so stdin is a stream over the channel's handle
        // (as in node, reading it takes over the channel).
        const { kChannelHandle } = require('internal/child_process');
        stdin = new net.Socket({
          handle: process[kChannelHandle], readable: true, writable: false, manualStart: true,
        });
      } else {
        stdin = new net.Socket({ fd: 0, readable: true, writable: false, manualStart: true });
      }
      // stdin cannot be end()-ed.
      stdin._writableState.ended = true;
      break;
    }
    default: {
      const Readable = require('internal/streams/readable');
      stdin = new Readable({ read() {} });
      stdin.push(null);
    }
  }
  stdin.fd = 0;

  // stdin starts paused: make sure the handle is not reading (and so does not keep the
  // process alive) until somebody asks for data.
  if (stdin._handle && stdin._handle.readStop) {
    stdin._handle.reading = false;
    stdin._readableState.reading = false;
    stdin._handle.readStop();
  }

  // pause() takes effect in the stream one tick later; then stop reading so that the
  // process can exit.
  stdin.on('pause', () => {
    process.nextTick(onStdinPause);
  });
  return stdin;
}

function onStdinPause() {
  if (!stdin._handle) return;
  if (stdin._handle.reading && !stdin.readableFlowing) {
    stdin._readableState.reading = false;
    stdin._handle.reading = false;
    stdin._handle.readStop();
  }
}

/** The stream for 'stdout', 'stderr' or 'stdin' (created once). */
function getStdio(name) {
  if (name === 'stdout') return getStdout();
  if (name === 'stderr') return getStderr();
  return getStdin();
}

// process.stdout, process.stderr and process.stdin: enumerable getters that create the
// stream on first read and stay getters, with no setter, as in node (an assignment is
// ignored, or throws in strict code); Object.defineProperty() can still replace them.
const lazyGetters = { __proto__: null };

function defineLazyStdio(target) {
  for (const name of ['stdout', 'stdin', 'stderr']) {
    const get = function get() {
      return getStdio(name);
    };
    lazyGetters[name] = get;
    ObjectDefineProperty(target, name, {
      __proto__: null, get, enumerable: true, configurable: true,
    });
  }
}

// The handle type of descriptors 1 and 2 (they do not change type while we run), and the
// bytes written to each directly.
const directTypes = [undefined, undefined, undefined];
const directWritten = [0, 0, 0];
// What the console's colour decision reads from a stream (isTTY, getColorDepth), for
// output written directly.
const kPlainInfo = { __proto__: null, isTTY: false };
const kTerminalInfo = {
  __proto__: null,
  isTTY: true,
  getColorDepth(env) {
    return require('internal/tty').getColorDepth(env);
  },
};

/**
 * For console output to fd 1 or 2: the stream facts the colour decision needs when the
 * output can be written directly (see the header comment), else undefined.
 */
function directInfo(fd) {
  if ((fd === 1 ? stdout : stderr) !== undefined) return undefined;
  const name = fd === 1 ? 'stdout' : 'stderr';
  if (ObjectGetOwnPropertyDescriptor(process, name)?.get !== lazyGetters[name]) {
    return undefined;
  }
  directTypes[fd] ??= guessHandleType(fd);
  switch (directTypes[fd]) {
    case 'FILE':
    case 'PIPE':
      return kPlainInfo;
    case 'TTY':
      return kTerminalInfo;
    default:
      return undefined;
  }
}

let fsBinding;

/**
 * Writes all of `string` (UTF-8) to fd 1 or 2 if directInfo(fd) allows it; false when it
 * did not, or the write failed (the caller then writes through the stream).
 */
function writeDirect(fd, string) {
  if (directInfo(fd) === undefined) return false;
  fsBinding ??= internalBinding('fs');
  try {
    directWritten[fd] += fsBinding.writeString(fd, string);
  } catch {
    return false;
  }
  return true;
}

module.exports = { getStdio, defineLazyStdio, directInfo, writeDirect };

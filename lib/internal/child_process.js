'use strict';

// The machinery behind node:child_process: stdio normalisation shared by the synchronous
// and asynchronous forms, the synchronous runner over internalBinding('spawn_sync')
// (src/bindings/spawn_sync.c), and the ChildProcess class over a Process handle
// (internalBinding('process_wrap'), src/bindings/process_wrap.c).
//
// A ChildProcess's pipes are net.Sockets over Pipe handles that libuv connects to the
// child when it starts; the IPC channel of fork() is an IPC Pipe driven by
// internal/child_process/channel, loaded only when a channel exists.
//
// Events, as node emits them:
//   'spawn'  on the next tick after a successful start;
//   'error'  on the next tick instead, for failures the child reports while starting
//            (ENOENT, EACCES, EAGAIN, EMFILE, ENFILE); other start failures throw;
//   'exit'   (code, signal) when the child has ended; child.stdin is destroyed then;
//   'close'  (code, signal) once the exit was seen and every readable stdio stream and
//            the IPC channel have closed. Streams nobody reads from are drained after
//            'exit' so 'close' can come (not those with a 'readable' listener, nor those
//            handed to another child as its stdio).

const {
  ArrayIsArray,
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  FunctionPrototypeCall,
  ObjectSetPrototypeOf,
  Symbol,
  SymbolDispose,
  Uint8Array,
} = primordials;

const {
  errnoException,
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_SYNC_FORK_INPUT,
    ERR_IPC_ONE_PIPE,
    ERR_IPC_SYNC_FORK,
  },
} = require('internal/errors');
const {
  validateArray,
  validateObject,
  validateOneOf,
  validateString,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const { convertToValidSignal } = require('internal/util');
const EventEmitter = require('events');

let spawnSyncBinding;
let FastBuffer;
let Process;
let pipeBinding;
let ttyBinding;
let tcpBinding;
let net;
let uv;
let channelModule;

// Marks a stream handed to another child as its stdio: it must not be drained here.
const kIsUsedInChildProcess = Symbol('kIsUsedInChildProcess');
// The ChildProcess behind a Process handle.
const kOwner = Symbol('kOwner');
// The IPC channel's Pipe handle on its target (a ChildProcess, or process in a forked
// child); node exports it from here and its tests use it.
const kChannelHandle = Symbol('kChannelHandle');

let inspect;
function lazyInspect(value) {
  inspect ??= require('internal/util/inspect').inspect;
  return inspect(value);
}

function lazyPipe() {
  pipeBinding ??= internalBinding('pipe_wrap');
  return pipeBinding;
}

function lazyUv() {
  uv ??= internalBinding('uv');
  return uv;
}

// ---------------------------------------------------------------------------------------
// stdio.

// 'pipe' | 'overlapped' | 'ignore' | 'inherit' -> the three-entry array it abbreviates
// ('inherit' means our own fds 0, 1 and 2), plus channel ('ipc') when given.
function stdioStringToArray(stdio, channel) {
  let entries;
  switch (stdio) {
    case 'ignore':
    case 'overlapped':
    case 'pipe':
      entries = [stdio, stdio, stdio];
      break;
    case 'inherit':
      entries = [0, 1, 2];
      break;
    default:
      throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  if (channel) ArrayPrototypePush(entries, channel);
  return entries;
}

// 'pipe', 'tty', 'tcp' for a stream handle a child can be given as stdio; else undefined.
function handleWrapType(value) {
  if (value === null || typeof value !== 'object') return undefined;
  if (value instanceof lazyPipe().Pipe) return 'pipe';
  ttyBinding ??= internalBinding('tty_wrap');
  if (value instanceof ttyBinding.TTY) return 'tty';
  tcpBinding ??= internalBinding('tcp_wrap');
  if (value instanceof tcpBinding.TCP) return 'tcp';
  return undefined;
}

// Closes the Pipe handles getValidStdio made, when spawning stops before they are used.
function closeStdioHandles(stdio) {
  for (let i = 0; i < stdio.length; i++) {
    const entry = stdio[i];
    if (entry.handle && (entry.type === 'pipe' || entry.type === 'overlapped')) {
      entry.handle.close();
    }
  }
}

// Turns the user's stdio option into descriptors the runners understand, one per child
// fd (at least three): {type: 'pipe' | 'overlapped', readable, writable, input?, handle?},
// {type: 'ignore'}, {type: 'inherit' | 'fd', fd}, and for asynchronous children
// {type: 'wrap', handle, _stdio} (an existing stream's handle the child inherits).
// sync selects spawnSync's rules: strings and buffers are input for a pipe, 'ipc' is
// refused and a stream is given by its descriptor. Without sync every pipe gets a new
// Pipe handle (an IPC one for 'ipc'). Returns {stdio, ipc, ipcFd}: ipc is the channel's
// Pipe handle (or undefined) and ipcFd the child fd it is at.
function getValidStdio(stdio, sync) {
  let ipc;
  let ipcFd;
  if (typeof stdio === 'string') {
    stdio = stdioStringToArray(stdio);
  } else if (!ArrayIsArray(stdio)) {
    throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  // Pushed (not concatenated) so the entries are real: a sparse array would skip them.
  while (stdio.length < 3) ArrayPrototypePush(stdio, undefined);

  const result = [];
  try {
    for (let i = 0; i < stdio.length; i++) {
      let entry = stdio[i];
      if (entry == null) entry = i < 3 ? 'pipe' : 'ignore';

      if (entry === 'ignore') {
        ArrayPrototypePush(result, { type: 'ignore' });
      } else if (entry === 'pipe' || entry === 'overlapped' ||
                 (typeof entry === 'number' && entry < 0)) {
        const pipe = {
          type: entry === 'overlapped' ? 'overlapped' : 'pipe',
          readable: i === 0,
          writable: i !== 0,
        };
        if (!sync) pipe.handle = new (lazyPipe().Pipe)(pipeBinding.constants.SOCKET);
        ArrayPrototypePush(result, pipe);
      } else if (entry === 'ipc') {
        if (sync) throw new ERR_IPC_SYNC_FORK();
        if (ipc !== undefined) throw new ERR_IPC_ONE_PIPE();
        ipc = new (lazyPipe().Pipe)(pipeBinding.constants.IPC);
        ipcFd = i;
        ArrayPrototypePush(result, { type: 'pipe', handle: ipc, ipc: true });
      } else if (entry === 'inherit') {
        ArrayPrototypePush(result, { type: 'inherit', fd: i });
      } else if (typeof entry === 'number' || typeof entry.fd === 'number') {
        ArrayPrototypePush(result, {
          type: 'fd',
          fd: typeof entry === 'number' ? entry : entry.fd,
        });
      } else if (handleWrapType(entry) || handleWrapType(entry.handle) ||
                 handleWrapType(entry._handle)) {
        const handle = handleWrapType(entry) ? entry :
          handleWrapType(entry.handle) ? entry.handle : entry._handle;
        if (sync) {
          // The synchronous runner passes descriptors: the child gets the stream's own.
          ArrayPrototypePush(result, { type: 'fd', fd: handle.fd });
        } else {
          ArrayPrototypePush(result, {
            type: 'wrap',
            wrapType: handleWrapType(handle),
            handle,
            _stdio: entry,
          });
        }
      } else if (isArrayBufferView(entry) || typeof entry === 'string') {
        if (!sync) throw new ERR_INVALID_SYNC_FORK_INPUT(lazyInspect(entry));
        ArrayPrototypePush(result, {
          type: 'pipe',
          readable: i === 0,
          writable: i !== 0,
          input: entry,
        });
      } else {
        throw new ERR_INVALID_ARG_VALUE('stdio', entry);
      }
    }
  } catch (err) {
    closeStdioHandles(result);
    throw err;
  }
  return { stdio: result, ipc, ipcFd };
}

// ---------------------------------------------------------------------------------------
// The synchronous runner.

function toBuffer(bytes) {
  FastBuffer ??= require('internal/buffer').FastBuffer;
  return new FastBuffer(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

// A view of an input's bytes the binding can read in place (any ArrayBufferView).
function inputBytes(input) {
  if (input instanceof Uint8Array) return input;
  return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
}

// Runs the child described by options (normalised and validated by node:child_process)
// to completion and returns node's result: {error?, status, signal, output, pid, stdout,
// stderr}, with the output decoded when options.encoding names an encoding, and error an
// errno exception ("spawnSync <file> ENOENT") carrying path and spawnargs.
function spawnSync(options) {
  const stdio = options.stdio;
  for (let i = 0; i < stdio.length; i++) {
    if (stdio[i].input != null) stdio[i].input = inputBytes(stdio[i].input);
  }
  spawnSyncBinding ??= internalBinding('spawn_sync');
  const result = spawnSyncBinding.spawn(options);

  const output = result.output;
  if (output) {
    const decode = options.encoding && options.encoding !== 'buffer';
    for (let i = 0; i < output.length; i++) {
      if (!output[i]) continue;
      output[i] = toBuffer(output[i]);
      if (decode) output[i] = output[i].toString(options.encoding);
    }
  }
  result.stdout = output && output[1];
  result.stderr = output && output[2];

  if (result.error) {
    result.error = errnoException(result.error, `spawnSync ${options.file}`);
    result.error.path = options.file;
    result.error.spawnargs = ArrayPrototypeSlice(options.args, 1);
  }
  return result;
}

// ---------------------------------------------------------------------------------------
// ChildProcess.

// An EventEmitter standing for one child. Its state fields are node's; spawn() starts
// the process.
function ChildProcess() {
  EventEmitter.call(this);
  this._closesNeeded = 1;
  this._closesGot = 0;
  this.connected = false;
  this.signalCode = null;
  this.exitCode = null;
  this.killed = false;
  this.spawnfile = null;
  this._handle = null;
}
ObjectSetPrototypeOf(ChildProcess.prototype, EventEmitter.prototype);
ObjectSetPrototypeOf(ChildProcess, EventEmitter);

// Counts one of the things 'close' waits for (the exit, each readable stdio stream, the
// IPC channel); the last one emits it.
function maybeClose(child) {
  child._closesGot++;
  if (child._closesGot === child._closesNeeded) {
    child.emit('close', child.exitCode, child.signalCode);
  }
}

// Resumes the readable stdio streams nobody consumes, so they reach their end and
// 'close' can follow the exit.
function flushStdio(child) {
  const stdio = child.stdio;
  if (stdio == null) return;
  for (let i = 0; i < stdio.length; i++) {
    const stream = stdio[i];
    if (!stream || !stream.readable || stream[kIsUsedInChildProcess] ||
        stream._readableState.readableListening) {
      continue;
    }
    stream.resume();
  }
}

// handle.onexit(exitCode, signalCode), with `this` the Process handle. A negative
// exitCode (from onSpawnErrorNT) is a start failure: 'error' instead of 'exit'.
function onHandleExit(exitCode, signalCode) {
  const child = this[kOwner];
  if (signalCode) {
    child.signalCode = signalCode;
  } else {
    child.exitCode = exitCode;
  }
  if (child.stdin) child.stdin.destroy();
  if (child._handle) child._handle.close();
  child._handle = null;

  if (exitCode < 0) {
    const syscall = child.spawnfile ? `spawn ${child.spawnfile}` : 'spawn';
    const err = errnoException(exitCode, syscall);
    if (child.spawnfile) err.path = child.spawnfile;
    err.spawnargs = ArrayPrototypeSlice(child.spawnargs, 1);
    child.emit('error', err);
  } else {
    child.emit('exit', child.exitCode, child.signalCode);
  }
  // Streams not read by then are drained on the next tick: a last chance for the
  // 'exit' listener to start reading them itself.
  process.nextTick(flushStdio, child);
  maybeClose(child);
}

function onSpawnNT(child) {
  child.emit('spawn');
}

function onSpawnErrorNT(child, err) {
  const handle = child._handle;
  if (handle) FunctionPrototypeCall(onHandleExit, handle, err);
}

// Stops a stream that a child inherits from reading here: the child reads it now.
function handOverStream(entry) {
  const handle = entry.handle;
  handle.reading = false;
  handle.readStop();
  const stream = entry._stdio;
  if (stream !== handle && stream !== null && typeof stream === 'object' &&
      stream._readableState !== undefined) {
    stream.pause();
    stream.readableFlowing = false;
    stream._readableState.reading = false;
    stream[kIsUsedInChildProcess] = true;
  }
}

// Starts the child described by options (from normalizeSpawnArguments). Failures the
// child reports while starting (a missing program, no permission, no processes or
// descriptors left) come as an 'error' event on the next tick; other failures throw.
// Returns 0 or that errno.
ChildProcess.prototype.spawn = function spawn(options) {
  validateObject(options, 'options');
  const valid = getValidStdio(options.stdio || 'pipe', false);
  const stdio = options.stdio = valid.stdio;
  const ipc = valid.ipc;

  try {
    validateOneOf(options.serialization, 'options.serialization',
                  [undefined, 'json', 'advanced']);
    if (ipc !== undefined) {
      // The child finds its end of the channel through these variables.
      if (options.envPairs === undefined) options.envPairs = [];
      else validateArray(options.envPairs, 'options.envPairs');
      ArrayPrototypePush(options.envPairs, `NODE_CHANNEL_FD=${valid.ipcFd}`);
      ArrayPrototypePush(options.envPairs,
                         `NODE_CHANNEL_SERIALIZATION_MODE=${options.serialization || 'json'}`);
    }
    validateString(options.file, 'options.file');
    this.spawnfile = options.file;
    if (options.args === undefined) {
      this.spawnargs = [];
    } else {
      validateArray(options.args, 'options.args');
      this.spawnargs = options.args;
    }
  } catch (err) {
    closeStdioHandles(stdio);
    throw err;
  }

  Process ??= internalBinding('process_wrap').Process;
  const handle = new Process();
  handle[kOwner] = this;
  handle.onexit = onHandleExit;
  this._handle = handle;
  const err = handle.spawn(options);

  const { UV_EACCES, UV_EAGAIN, UV_EMFILE, UV_ENFILE, UV_ENOENT } = lazyUv();
  if (err === UV_EACCES || err === UV_EAGAIN || err === UV_EMFILE || err === UV_ENFILE ||
      err === UV_ENOENT) {
    process.nextTick(onSpawnErrorNT, this, err);
    // Without descriptors the stdio streams cannot be set up either.
    if (err === UV_EMFILE || err === UV_ENFILE) return err;
  } else if (err) {
    handle.close();
    this._handle = null;
    closeStdioHandles(stdio);
    throw errnoException(err, 'spawn');
  } else {
    process.nextTick(onSpawnNT, this);
  }

  this.pid = handle.pid;

  for (let i = 0; i < stdio.length; i++) {
    const entry = stdio[i];
    if (entry.type === 'ignore') continue;
    if (entry.ipc) {
      this._closesNeeded++;
      continue;
    }
    if (entry.type === 'wrap') {
      handOverStream(entry);
      continue;
    }
    if (entry.handle) {
      net ??= require('net');
      entry.socket = new net.Socket({ handle: entry.handle, readable: i > 0 });
      if (i > 0) {
        this._closesNeeded++;
        entry.socket.on('close', () => maybeClose(this));
      }
    }
  }

  this.stdin = stdio.length >= 1 && stdio[0].socket !== undefined ? stdio[0].socket : null;
  this.stdout = stdio.length >= 2 && stdio[1].socket !== undefined ? stdio[1].socket : null;
  this.stderr = stdio.length >= 3 && stdio[2].socket !== undefined ? stdio[2].socket : null;
  this.stdio = [];
  for (let i = 0; i < stdio.length; i++) {
    ArrayPrototypePush(this.stdio, stdio[i].socket === undefined ? null : stdio[i].socket);
  }

  if (ipc !== undefined) {
    channelModule ??= require('internal/child_process/channel');
    channelModule.setupChannel(this, ipc, options.serialization || 'json');
  }
  return err;
};

// Sends a signal (a name or number; SIGTERM by default, 0 only checks). Returns true when
// it was delivered; false when the child is gone. Unknown signals throw.
ChildProcess.prototype.kill = function kill(sig) {
  const signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
  if (this._handle) {
    const err = this._handle.kill(signal);
    if (err === 0) {
      this.killed = true;
      return true;
    }
    const { UV_ESRCH, UV_EINVAL, UV_ENOSYS } = lazyUv();
    if (err === UV_EINVAL || err === UV_ENOSYS) {
      throw errnoException(err, 'kill');
    } else if (err !== UV_ESRCH) {
      this.emit('error', errnoException(err, 'kill'));
    }
  }
  return false;
};

ChildProcess.prototype[SymbolDispose] = function() {
  if (!this.killed) this.kill();
};

ChildProcess.prototype.ref = function ref() {
  if (this._handle) this._handle.ref();
};

ChildProcess.prototype.unref = function unref() {
  if (this._handle) this._handle.unref();
};

module.exports = {
  ChildProcess,
  getValidStdio,
  kChannelHandle,
  kIsUsedInChildProcess,
  kOwner,
  maybeClose,
  spawnSync,
  stdioStringToArray,
};

'use strict';

// The machinery behind node:child_process: stdio normalisation shared by the synchronous
// and asynchronous forms, the synchronous runner over internalBinding('spawn_sync')
// (src/bindings/spawn_sync.c), and the ChildProcess class.
//
// Asynchronous child processes are not available yet: they need pipe streams (a
// net.Socket over a Pipe handle). ChildProcess.prototype.spawn validates its options like
// node's and then stops at one marked place below (notAvailableYet), which is what spawn(),
// exec(), execFile() and fork() reach once their own validation has passed.

const {
  ArrayIsArray,
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  ObjectSetPrototypeOf,
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
const EventEmitter = require('events');

let spawnSyncBinding;
let FastBuffer;

let inspect;
function lazyInspect(value) {
  inspect ??= require('internal/util/inspect').inspect;
  return inspect(value);
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

// Turns the user's stdio option into descriptors the runners understand, one per child
// fd (at least three): {type: 'pipe', readable, writable, input?}, {type: 'ignore'},
// {type: 'inherit' | 'fd', fd}. sync selects spawnSync's rules: strings and buffers are
// input for a pipe, and 'ipc' is refused. Returns {stdio, ipc, ipcFd} (ipc stays
// undefined until asynchronous processes exist).
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
  for (let i = 0; i < stdio.length; i++) {
    let entry = stdio[i];
    if (entry == null) entry = i < 3 ? 'pipe' : 'ignore';

    if (entry === 'ignore') {
      ArrayPrototypePush(result, { type: 'ignore' });
    } else if (entry === 'pipe' || entry === 'overlapped' ||
               (typeof entry === 'number' && entry < 0)) {
      ArrayPrototypePush(result, {
        type: entry === 'overlapped' ? 'overlapped' : 'pipe',
        readable: i === 0,
        writable: i !== 0,
      });
    } else if (entry === 'ipc') {
      if (sync) throw new ERR_IPC_SYNC_FORK();
      if (ipc !== undefined) throw new ERR_IPC_ONE_PIPE();
      ipc = true;
      ipcFd = i;
      ArrayPrototypePush(result, { type: 'pipe', ipc: true, overlapped: false });
    } else if (entry === 'inherit') {
      ArrayPrototypePush(result, { type: 'inherit', fd: i });
    } else if (typeof entry === 'number' || typeof entry.fd === 'number') {
      ArrayPrototypePush(result, {
        type: 'fd',
        fd: typeof entry === 'number' ? entry : entry.fd,
      });
    } else if (isArrayBufferView(entry) || typeof entry === 'string') {
      if (!sync) throw new ERR_INVALID_SYNC_FORK_INPUT(lazyInspect(entry));
      ArrayPrototypePush(result, {
        type: 'pipe',
        readable: i === 0,
        writable: i !== 0,
        input: entry,
      });
    } else {
      // Stream handles (sockets, pipes) as stdio come with asynchronous processes.
      throw new ERR_INVALID_ARG_VALUE('stdio', entry);
    }
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

// An EventEmitter standing for one child. Its state fields are node's; spawn() is where
// the asynchronous runner will start the process.
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

// =======================================================================================
// NOT YET AVAILABLE: asynchronous child processes.
//
// Everything up to this point validates exactly like node. What is missing is the
// Process handle and pipe streams (net.Socket over a Pipe handle) that spawn() needs to
// start the child and expose child.stdin/stdout/stderr; execFile() and exec() then
// collect output from those streams. Replace notAvailableYet() below with the real
// start-up (the Process handle's spawn, stdio sockets, 'spawn'/'exit'/'close' events).
function notAvailableYet(file) {
  const err = new Error('Asynchronous child processes are not available yet in nodus ' +
    `(spawning ${file}): use spawnSync(), execSync() or execFileSync()`);
  err.code = 'ERR_NODUS_NOT_IMPLEMENTED';
  return err;
}

// Starts the child described by options (from normalizeSpawnArguments). Validation
// matches node's; starting the process is not available yet and throws.
ChildProcess.prototype.spawn = function spawn(options) {
  validateObject(options, 'options');
  const stdio = getValidStdio(options.stdio || 'pipe', false);
  options.stdio = stdio.stdio;

  validateOneOf(options.serialization, 'options.serialization',
                [undefined, 'json', 'advanced']);
  const serialization = options.serialization || 'json';
  if (stdio.ipc !== undefined) {
    if (options.envPairs === undefined) options.envPairs = [];
    else validateArray(options.envPairs, 'options.envPairs');
    ArrayPrototypePush(options.envPairs, `NODE_CHANNEL_FD=${stdio.ipcFd}`);
    ArrayPrototypePush(options.envPairs, `NODE_CHANNEL_SERIALIZATION_MODE=${serialization}`);
  }

  validateString(options.file, 'options.file');
  this.spawnfile = options.file;
  if (options.args === undefined) {
    this.spawnargs = [];
  } else {
    validateArray(options.args, 'options.args');
    this.spawnargs = options.args;
  }

  throw notAvailableYet(options.file);
};
// =======================================================================================

module.exports = {
  ChildProcess,
  getValidStdio,
  spawnSync,
  stdioStringToArray,
};

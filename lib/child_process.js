'use strict';

// node:child_process. The synchronous functions (spawnSync, execSync, execFileSync) run
// the child on a private event loop in C (src/bindings/spawn_sync.c, driven by
// internal/child_process). The asynchronous ones (spawn, exec, execFile, fork) start a
// ChildProcess (internal/child_process) over a Process handle
// (src/bindings/process_wrap.c); fork()'s IPC channel is internal/child_process/channel.

const {
  ArrayIsArray,
  ArrayPrototypeFilter,
  ArrayPrototypeIncludes,
  ArrayPrototypeJoin,
  ArrayPrototypeLastIndexOf,
  ArrayPrototypePush,
  ArrayPrototypePushApply,
  ArrayPrototypeSlice,
  ArrayPrototypeSort,
  ArrayPrototypeSplice,
  ArrayPrototypeUnshift,
  NumberIsInteger,
  ObjectAssign,
  ObjectDefineProperty,
  ObjectPrototypeHasOwnProperty,
  RegExpPrototypeExec,
  SafeSet,
  StringPrototypeIncludes,
  StringPrototypeSlice,
  StringPrototypeToUpperCase,
  SymbolDispose,
} = primordials;

const {
  AbortError,
  genericNodeError,
  uvErrName: getSystemErrorName,
  codes: {
    ERR_CHILD_PROCESS_IPC_REQUIRED,
    ERR_CHILD_PROCESS_STDIO_MAXBUFFER,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  isInt32,
  validateAbortSignal,
  validateArray,
  validateBoolean,
  validateFunction,
  validateObject,
  validateString,
} = require('internal/validators');
const {
  convertToValidSignal,
  createDeferredPromise,
  kCustomPromisifiedSymbol,
  kEmptyObject,
} = require('internal/util');
const { isArrayBufferView } = require('internal/util/types');
const { getValidatedPath } = require('internal/fs/utils');
const { Buffer } = require('buffer');
const internalChildProcess = require('internal/child_process');
const { ChildProcess, getValidStdio, stdioStringToArray } = internalChildProcess;

let debug = require('internal/util/debuglog').debuglog('child_process', (fn) => {
  debug = fn;
});

const MAX_BUFFER = 1024 * 1024;

let addAbortListener;

// ---------------------------------------------------------------------------------------
// Validation shared by every form.

// Strings handed to the operating system cannot hold NUL: it would end them early.
function validateArgumentNullCheck(arg, propName) {
  if (typeof arg === 'string' && StringPrototypeIncludes(arg, '\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(propName, arg, 'must be a string without null bytes');
  }
}

function validateArgumentsNullCheck(args, propName) {
  for (let i = 0; i < args.length; i++) {
    validateArgumentNullCheck(args[i], `${propName}[${i}]`);
  }
}

function validateTimeout(timeout) {
  if (timeout != null && !(NumberIsInteger(timeout) && timeout >= 0)) {
    throw new ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', timeout);
  }
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    throw new ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', maxBuffer);
  }
}

// A signal name or number -> its number (undefined stays undefined: the default).
function sanitizeKillSignal(killSignal) {
  if (typeof killSignal === 'string' || typeof killSignal === 'number') {
    return convertToValidSignal(killSignal);
  }
  if (killSignal != null) {
    throw new ERR_INVALID_ARG_TYPE('options.killSignal', ['string', 'number'], killSignal);
  }
}

// NODE_V8_COVERAGE reaches every child, even one given its own environment, unless that
// environment sets it (node does this so coverage collection sees spawned programs).
function copyProcessEnvToEnv(env, name, optionEnv) {
  if (process.env[name] &&
      (!optionEnv || !ObjectPrototypeHasOwnProperty(optionEnv, name))) {
    env[name] = process.env[name];
  }
}

// (file, args?, options?) -> a fresh options object with file, args (argv, argv[0]
// first), cwd, envPairs ('K=V' strings) and the flags validated; with `shell`, file is
// the shell and the command line is its `-c` argument.
function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  validateArgumentNullCheck(file, 'file');
  if (file.length === 0) throw new ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');

  if (ArrayIsArray(args)) {
    args = ArrayPrototypeSlice(args);
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  validateArgumentsNullCheck(args, 'args');

  if (options === undefined) options = kEmptyObject;
  else validateObject(options, 'options');
  options = { __proto__: null, ...options };

  let cwd = options.cwd;
  if (cwd != null) cwd = getValidatedPath(cwd, 'options.cwd');
  if (options.detached != null) validateBoolean(options.detached, 'options.detached');
  if (options.uid != null && !isInt32(options.uid)) {
    throw new ERR_INVALID_ARG_TYPE('options.uid', 'int32', options.uid);
  }
  if (options.gid != null && !isInt32(options.gid)) {
    throw new ERR_INVALID_ARG_TYPE('options.gid', 'int32', options.gid);
  }
  if (options.shell != null && typeof options.shell !== 'boolean' &&
      typeof options.shell !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    validateArgumentNullCheck(options.argv0, 'options.argv0');
  }
  if (options.windowsHide != null) validateBoolean(options.windowsHide, 'options.windowsHide');
  let windowsVerbatimArguments = options.windowsVerbatimArguments;
  if (windowsVerbatimArguments != null) {
    validateBoolean(windowsVerbatimArguments, 'options.windowsVerbatimArguments');
  }

  // process.platform is read on every call, as in node (tests patch it).
  const isWindows = process.platform === 'win32';
  if (options.shell) {
    validateArgumentNullCheck(options.shell, 'options.shell');
    const command = ArrayPrototypeJoin([file, ...args], ' ');
    if (isWindows) {
      file = typeof options.shell === 'string' ? options.shell :
        (process.env.comspec || 'cmd.exe');
      // cmd.exe takes the whole command line quoted after /d /s /c, verbatim.
      if (RegExpPrototypeExec(/^(?:.*\\)?cmd(?:\.exe)?$/i, file) !== null) {
        args = ['/d', '/s', '/c', `"${command}"`];
        windowsVerbatimArguments = true;
      } else {
        args = ['-c', command];
      }
    } else {
      file = typeof options.shell === 'string' ? options.shell :
        (process.platform === 'android' ? '/system/bin/sh' : '/bin/sh');
      args = ['-c', command];
    }
  }
  ArrayPrototypeUnshift(args, typeof options.argv0 === 'string' ? options.argv0 : file);

  const env = options.env || process.env;
  copyProcessEnvToEnv(env, 'NODE_V8_COVERAGE', options.env);
  // for-in on purpose: inherited variables count, as in node.
  let envKeys = [];
  for (const key in env) ArrayPrototypePush(envKeys, key);
  if (isWindows) {
    // Windows variable names ignore case: of names differing only in case, the first in
    // sorted order wins.
    const seen = new SafeSet();
    envKeys = ArrayPrototypeFilter(ArrayPrototypeSort(envKeys), (key) => {
      const upper = StringPrototypeToUpperCase(key);
      if (seen.has(upper)) return false;
      seen.add(upper);
      return true;
    });
  }
  const envPairs = [];
  for (const key of envKeys) {
    const value = env[key];
    if (value !== undefined) {
      validateArgumentNullCheck(key, `options.env['${key}']`);
      validateArgumentNullCheck(value, `options.env['${key}']`);
      ArrayPrototypePush(envPairs, `${key}=${value}`);
    }
  }

  return {
    __proto__: null,
    ...options,
    args,
    cwd,
    detached: !!options.detached,
    envPairs,
    file,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!windowsVerbatimArguments,
  };
}

// exec's (command, options?, callback?) -> {file: command, options (shell on), callback}.
function normalizeExecArgs(command, options, callback) {
  validateString(command, 'command');
  validateArgumentNullCheck(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { __proto__: null, ...options };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options, callback };
}

// execFile's (file, args?, options?, callback?) with the optional parts sorted out.
function normalizeExecFileArgs(file, args, options, callback) {
  if (ArrayIsArray(args)) {
    args = ArrayPrototypeSlice(args);
  } else if (args != null && typeof args === 'object') {
    callback = options;
    options = args;
    args = null;
  } else if (typeof args === 'function') {
    callback = args;
    options = null;
    args = null;
  }
  if (args == null) args = [];

  if (typeof options === 'function') {
    callback = options;
  } else if (options != null) {
    validateObject(options, 'options');
  }
  if (options == null) options = kEmptyObject;
  if (callback != null) validateFunction(callback, 'callback');

  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    validateArgumentNullCheck(options.argv0, 'options.argv0');
  }
  return { file, args, options, callback };
}

// ---------------------------------------------------------------------------------------
// Synchronous forms.

// Runs file to completion. Returns {pid, output, stdout, stderr, status, signal, error?};
// problems starting or running the child are reported in result.error, not thrown.
function spawnSync(file, args, options) {
  options = {
    __proto__: null,
    maxBuffer: MAX_BUFFER,
    ...normalizeSpawnArguments(file, args, options),
  };
  debug('spawnSync', options);

  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);
  options.stdio = getValidStdio(options.stdio || 'pipe', true).stdio;

  if (options.input) {
    options.stdio[0] = { ...options.stdio[0], input: options.input };
  }
  // Input may be given for any pipe; strings are encoded with options.encoding.
  for (let i = 0; i < options.stdio.length; i++) {
    const input = options.stdio[i] && options.stdio[i].input;
    if (input == null) continue;
    const pipe = options.stdio[i] = { ...options.stdio[i] };
    if (isArrayBufferView(input)) {
      pipe.input = input;
    } else if (typeof input === 'string') {
      pipe.input = Buffer.from(input, options.encoding);
    } else {
      throw new ERR_INVALID_ARG_TYPE(`options.stdio[${i}]`,
                                     ['Buffer', 'TypedArray', 'DataView', 'string'], input);
    }
  }
  return internalChildProcess.spawnSync(options);
}

// The error execSync/execFileSync throw for a result, or undefined when it succeeded: the
// spawn error itself, or "Command failed: <command>" (plus the child's stderr) for a
// non-zero exit; either way carrying the result's fields.
function checkExecSyncError(ret, args, cmd) {
  let err;
  if (ret.error) {
    err = ret.error;
    ObjectAssign(err, ret);
  } else if (ret.status !== 0) {
    let msg = `Command failed: ${cmd || ArrayPrototypeJoin(args, ' ')}`;
    if (ret.stderr && ret.stderr.length > 0) msg += `\n${ret.stderr.toString()}`;
    err = genericNodeError(msg, ret);
  }
  return err;
}

// Runs file and returns its stdout; throws when it cannot start, fails or exits non-zero.
// Without a stdio option the child's stderr is passed on to ours.
function execFileSync(file, args, options) {
  ({ file, args, options } = normalizeExecFileArgs(file, args, options));
  const inheritStderr = !options.stdio;
  const ret = spawnSync(file, args, options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);

  const errArgs = [options.argv0 || file];
  ArrayPrototypePushApply(errArgs, args);
  const err = checkExecSyncError(ret, errArgs);
  if (err) throw err;
  return ret.stdout;
}

// Runs command in a shell and returns its stdout; throws like execFileSync.
function execSync(command, options) {
  const opts = normalizeExecArgs(command, options, null);
  const inheritStderr = !opts.options.stdio;
  const ret = spawnSync(opts.file, opts.options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);

  const err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

// ---------------------------------------------------------------------------------------
// Asynchronous forms.

// Kills child for an aborted signal option; the child then reports an AbortError (unless
// it was already gone).
function abortChildProcess(child, killSignal, reason) {
  if (!child) return;
  try {
    if (child.kill(killSignal)) {
      child.emit('error', new AbortError(undefined, { cause: reason }));
    }
  } catch (err) {
    child.emit('error', err);
  }
}

// Starts file and returns its ChildProcess. options.timeout sends killSignal when the
// child runs longer; options.signal kills it when aborted.
function spawn(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  validateTimeout(options.timeout);
  validateAbortSignal(options.signal, 'options.signal');
  const killSignal = sanitizeKillSignal(options.killSignal);
  const child = new ChildProcess();
  debug('spawn', options);
  child.spawn(options);

  if (options.timeout > 0) {
    let timeoutId = setTimeout(() => {
      if (timeoutId) {
        try {
          child.kill(killSignal);
        } catch (err) {
          child.emit('error', err);
        }
        timeoutId = null;
      }
    }, options.timeout);
    child.once('exit', () => {
      if (timeoutId) {
        clearTimeout(timeoutId);
        timeoutId = null;
      }
    });
  }

  if (options.signal) {
    const signal = options.signal;
    const onAbort = () => abortChildProcess(child, killSignal, signal.reason);
    if (signal.aborted) {
      process.nextTick(onAbort);
    } else {
      addAbortListener ??= require('events').addAbortListener;
      const disposable = addAbortListener(signal, onAbort);
      child.once('exit', disposable[SymbolDispose]);
    }
  }
  return child;
}

// Starts file and calls callback(error, stdout, stderr) once it has ended: the output is
// collected as strings in options.encoding ('utf8' by default) or Buffers ('buffer' or an
// unknown encoding). A non-zero exit, a signal, maxBuffer (per stream) or the timeout
// make error a "Command failed: ..." Error with code, killed, signal and cmd.
function execFile(file, args, options, callback) {
  ({ file, args, options, callback } = normalizeExecFileArgs(file, args, options, callback));
  options = {
    __proto__: null,
    encoding: 'utf8',
    timeout: 0,
    maxBuffer: MAX_BUFFER,
    killSignal: 'SIGTERM',
    cwd: null,
    env: null,
    shell: false,
    ...options,
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);

  const child = spawn(file, args, {
    cwd: options.cwd,
    env: options.env,
    gid: options.gid,
    shell: options.shell,
    signal: options.signal,
    uid: options.uid,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  });

  const encoding = options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding) ?
    options.encoding : null;
  const stdoutChunks = [];
  const stderrChunks = [];
  let stdoutLength = 0;
  let stderrLength = 0;
  let killed = false;
  let exited = false;
  let timeoutId;
  let ex = null;
  let cmd = file;

  function joinOutput(chunks, stream) {
    if (encoding || (stream && stream.readableEncoding)) {
      return ArrayPrototypeJoin(chunks, '');
    }
    return Buffer.concat(chunks);
  }

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timeoutId) {
      clearTimeout(timeoutId);
      timeoutId = null;
    }
    if (!callback) return;

    const stdout = joinOutput(stdoutChunks, child.stdout);
    const stderr = joinOutput(stderrChunks, child.stderr);
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (args?.length) cmd += ` ${ArrayPrototypeJoin(args, ' ')}`;
    if (!ex) {
      ex = genericNodeError(`Command failed: ${cmd}\n${stderr}`, {
        code: code < 0 ? getSystemErrorName(code) : code,
        killed: child.killed || killed,
        signal,
      });
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }

  function errorhandler(e) {
    ex = e;
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    exithandler();
  }

  function kill() {
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (e) {
      ex = e;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timeoutId = setTimeout(function delayedKill() {
      kill();
      timeoutId = null;
    }, options.timeout);
  }

  // Collects one stream's output, stopping at maxBuffer bytes (the chunk that crosses
  // the limit is cut there, and the child is killed).
  function collect(stream, chunks, name) {
    if (encoding) stream.setEncoding(encoding);
    stream.on('data', function onChildData(chunk) {
      if (options.maxBuffer === Infinity) {
        ArrayPrototypePush(chunks, chunk);
        return;
      }
      const streamEncoding = stream.readableEncoding;
      const length = streamEncoding ? Buffer.byteLength(chunk, streamEncoding) : chunk.length;
      const total = name === 'stdout' ? (stdoutLength += length) : (stderrLength += length);
      if (total > options.maxBuffer) {
        const keep = options.maxBuffer - (total - length);
        ArrayPrototypePush(chunks, streamEncoding ?
          StringPrototypeSlice(chunk, 0, keep) : chunk.slice(0, keep));
        ex = new ERR_CHILD_PROCESS_STDIO_MAXBUFFER(name);
        kill();
      } else {
        ArrayPrototypePush(chunks, chunk);
      }
    });
  }
  if (child.stdout) collect(child.stdout, stdoutChunks, 'stdout');
  if (child.stderr) collect(child.stderr, stderrChunks, 'stderr');

  child.addListener('close', exithandler);
  child.addListener('error', errorhandler);
  return child;
}

// Runs command in a shell and calls callback(error, stdout, stderr).
function exec(command, options, callback) {
  const opts = normalizeExecArgs(command, options, callback);
  return module.exports.execFile(opts.file, opts.options, opts.callback);
}

// util.promisify(exec/execFile) resolves with {stdout, stderr}; the promise has .child.
function customPromiseExecFunction(orig) {
  return (...args) => {
    const { promise, resolve, reject } = createDeferredPromise();
    promise.child = orig(...args, (err, stdout, stderr) => {
      if (err !== null) {
        err.stdout = stdout;
        err.stderr = stderr;
        reject(err);
      } else {
        resolve({ stdout, stderr });
      }
    });
    return promise;
  };
}

ObjectDefineProperty(exec, kCustomPromisifiedSymbol, {
  __proto__: null, enumerable: false, value: customPromiseExecFunction(exec),
});
ObjectDefineProperty(execFile, kCustomPromisifiedSymbol, {
  __proto__: null, enumerable: false, value: customPromiseExecFunction(execFile),
});

// Starts a nodus process running modulePath with an IPC channel.
function fork(modulePath, args = [], options) {
  modulePath = getValidatedPath(modulePath, 'modulePath');
  if (args == null) {
    args = [];
  } else if (typeof args === 'object' && !ArrayIsArray(args)) {
    options = args;
    args = [];
  } else {
    validateArray(args, 'args');
  }
  if (options != null) validateObject(options, 'options');
  options = { __proto__: null, ...options, shell: false };
  options.execPath = options.execPath || process.execPath;
  validateArgumentNullCheck(options.execPath, 'options.execPath');

  let execArgv = options.execArgv || process.execArgv;
  validateArgumentsNullCheck(execArgv, 'options.execArgv');
  if (execArgv === process.execArgv && process._eval != null) {
    // Without its -e the child runs modulePath instead of forking again.
    const index = ArrayPrototypeLastIndexOf(execArgv, process._eval);
    if (index > 0) {
      execArgv = ArrayPrototypeSlice(execArgv);
      ArrayPrototypeSplice(execArgv, index - 1, 2);
    }
  }
  args = [...execArgv, modulePath, ...args];

  if (typeof options.stdio === 'string') {
    options.stdio = stdioStringToArray(options.stdio, 'ipc');
  } else if (!ArrayIsArray(options.stdio)) {
    options.stdio = stdioStringToArray(options.silent ? 'pipe' : 'inherit', 'ipc');
  } else if (!ArrayPrototypeIncludes(options.stdio, 'ipc')) {
    throw new ERR_CHILD_PROCESS_IPC_REQUIRED('options.stdio');
  }
  return spawn(options.execPath, args, options);
}

// node's entry for a forked child's side of the channel (nodus calls it at start-up when
// NODE_CHANNEL_FD is set).
function _forkChild(fd, serializationMode) {
  require('internal/child_process/channel').forkChild(fd, serializationMode);
}

module.exports = {
  _forkChild,
  ChildProcess,
  exec,
  execFile,
  execFileSync,
  execSync,
  fork,
  spawn,
  spawnSync,
};

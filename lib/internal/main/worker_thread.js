'use strict';

// The entry point of a worker thread (options.mode === 'worker'). The bootstrap has run as
// on the main thread; this adapts `process` to a worker (stdio through the parent,
// process.exit() ending only the thread, operations that belong to the main thread
// refused, uncaught errors reported to the parent), then waits on the internal port for
// the parent's 'load' message (see internal/worker) and runs the script.

const {
  ArrayBufferIsView,
  ArrayPrototypeIncludes,
  ArrayPrototypePush,
  DateNow,
  ObjectDefineProperty,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
  SymbolFor,
} = primordials;

const EventEmitter = require('events');
const {
  codes: {
    ERR_WORKER_UNSUPPORTED_OPERATION,
  },
} = require('internal/errors');

const binding = internalBinding('worker');
const processBinding = internalBinding('process_methods');

let port; // the internal port

function defineValue(name, value, enumerable = true) {
  ObjectDefineProperty(process, name, {
    __proto__: null, value, writable: true, enumerable, configurable: true,
  });
}

// ---------------------------------------------------------------------------------------
// stdio

// process.stdout and process.stderr of a worker: every write is posted to the parent,
// which writes it to its own stream (or to worker.stdout/stderr).
class WorkerOutput extends EventEmitter {
  constructor(name) {
    super();
    this._name = name;
    this.writable = true;
    this.destroyed = false;
    this._isStdio = true;
    this.fd = name === 'stdout' ? 1 : 2;
  }

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    if (this.destroyed) return false;
    if (typeof chunk !== 'string' && !ArrayBufferIsView(chunk)) chunk = `${chunk}`;
    port.postMessage({ type: 'stdio', stream: this._name, chunk,
                       encoding: typeof chunk === 'string' ? (encoding ?? 'utf8') : undefined });
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

  getColorDepth() {
    return 1;
  }

  hasColors() {
    return false;
  }
}

// process.stdin: what the parent writes to worker.stdin (nothing unless the worker was
// created with stdin: true).
// Once it is read, it keeps the thread alive until the parent ends it, as in node: the
// port its data arrives on is unreferenced after start-up, and without that the thread
// exited whenever it had drained the chunks sent so far before the next one arrived
// (process.stdin.pipe(process.stdout) lost the tail of a long input).
let stdinHoldsPort = false;
function createStdin(hasStdin) {
  const { Readable } = require('stream');
  const stdin = new Readable({
    read() {
      if (hasStdin && !stdinHoldsPort && !this.readableEnded) {
        stdinHoldsPort = true;
        port.ref();
      }
    },
  });
  stdin.fd = 0;
  if (!hasStdin) stdin.push(null);
  return stdin;
}

function endStdin() {
  process.stdin.push(null);
  if (stdinHoldsPort) {
    stdinHoldsPort = false;
    port.unref();
  }
}

function defineStdio(name, make) {
  ObjectDefineProperty(process, name, {
    __proto__: null,
    get() {
      const stream = make();
      ObjectDefineProperty(process, name, {
        __proto__: null, value: stream, writable: true, enumerable: false, configurable: true,
      });
      return stream;
    },
    set(value) {
      ObjectDefineProperty(process, name, {
        __proto__: null, value, writable: true, enumerable: false, configurable: true,
      });
    },
    enumerable: false,
    configurable: true,
  });
}

// ---------------------------------------------------------------------------------------
// process

// The engine interrupts the thread's JavaScript once the worker has been told to stop
// (internalBinding('worker') arms it); until then nothing after process.exit() may run.
function waitForTermination() {
  const deadline = DateNow() + 10000;
  while (DateNow() < deadline) {
    // Spin: the interrupt lands on the loop's back edge.
  }
  throw new ERR_WORKER_UNSUPPORTED_OPERATION('Continuing after process.exit()');
}

function unsupported(operation) {
  const stub = function() {
    throw new ERR_WORKER_UNSUPPORTED_OPERATION(operation);
  };
  stub.disabled = true;
  return stub;
}

function setupProcess() {
  const exit = process.exit;
  defineValue('exit', function exit_(code) {
    if (arguments.length === 0) exit.call(process);
    else exit.call(process, code);
    waitForTermination();
  });
  defineValue('reallyExit', function reallyExit(code) {
    processBinding.reallyExit(code | 0);
    waitForTermination();
  });
  for (const name of ['abort', 'chdir', 'send', 'disconnect']) {
    defineValue(name, unsupported(`process.${name}()`));
  }
  for (const name of ['channel', 'connected']) {
    ObjectDefineProperty(process, name, {
      __proto__: null,
      get() { throw new ERR_WORKER_UNSUPPORTED_OPERATION(`process.${name}`); },
      enumerable: false,
      configurable: true,
    });
  }
  for (const name of ['setuid', 'seteuid', 'setgid', 'setegid', 'setgroups', 'initgroups']) {
    defineValue(name, unsupported(`process.${name}()`));
  }
  const umask = process.umask;
  defineValue('umask', function(mask) {
    if (mask !== undefined) throw new ERR_WORKER_UNSUPPORTED_OPERATION('Setting process.umask()');
    return umask();
  });
  // The working directory is the process's: no cache (another thread may change it).
  defineValue('cwd', function cwd() {
    return processBinding.cwd();
  });
  // process.title and process.debugPort belong to the process: a worker cannot set them
  // (assignments are ignored, as in node).
  ObjectDefineProperty(process, 'title', {
    __proto__: null,
    get() { return processBinding.getTitle(); },
    set() {},
    enumerable: true,
    configurable: true,
  });
  const debugPort = process.debugPort;
  ObjectDefineProperty(process, 'debugPort', {
    __proto__: null,
    get() { return debugPort; },
    set() {},
    enumerable: true,
    configurable: true,
  });
  defineStdio('stdout', () => new WorkerOutput('stdout'));
  defineStdio('stderr', () => new WorkerOutput('stderr'));
  // Uncaught exceptions go to the parent's 'error' event instead of stderr.
  require('internal/process/execution').setFatalReporter((err) => {
    const { serializeError } = require('internal/worker');
    port.postMessage({ type: 'error', error: serializeError(err) });
  });
}

// The worker's own execArgv decides the flags that matter inside a thread (the options
// from C are its parent's command line).
const kThreadFlags = {
  __proto__: null,
  noWarnings: '--no-warnings',
  noDeprecation: '--no-deprecation',
  throwDeprecation: '--throw-deprecation',
  traceDeprecation: '--trace-deprecation',
  traceWarnings: '--trace-warnings',
  pendingDeprecation: '--pending-deprecation',
  traceUncaught: '--trace-uncaught',
};

// The modules --require / -r preload, in order.
function requiredModules(execArgv) {
  const modules = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i];
    if (arg === '--require' || arg === '-r') {
      if (i + 1 < execArgv.length) ArrayPrototypePush(modules, execArgv[++i]);
    } else if (StringPrototypeStartsWith(arg, '--require=')) {
      ArrayPrototypePush(modules, StringPrototypeSlice(arg, 10));
    }
  }
  return modules;
}

function applyExecArgv(execArgv) {
  const options = require('internal/options').getOptions();
  for (const key in kThreadFlags) {
    options[key] = ArrayPrototypeIncludes(execArgv, kThreadFlags[key]);
  }
  process.noDeprecation = options.noDeprecation || undefined;
  process.throwDeprecation = options.throwDeprecation || undefined;
  process.traceDeprecation = options.traceDeprecation || undefined;
  process.noProcessWarnings = options.noWarnings || undefined;
  process.traceProcessWarnings = options.traceWarnings || undefined;
}

// ---------------------------------------------------------------------------------------

function start(message) {
  const io = require('internal/worker/io');
  const thread = require('internal/worker/thread');
  const parentPort = startState.parentPort;
  thread.setWorkerThread(binding.threadId, parentPort, message.workerData,
                         message.resourceLimits);
  for (const { 0: key, 1: value } of message.environmentData) io.setEnvironmentData(key, value);

  const isEval = message.code !== undefined;
  const argv = [process.execPath];
  ArrayPrototypePush(argv, isEval ? '[worker eval]' : message.filename);
  for (let i = 0; i < message.argv.length; i++) ArrayPrototypePush(argv, message.argv[i]);
  defineValue('argv', argv);
  defineValue('execArgv', message.execArgv);
  applyExecArgv(message.execArgv);
  if (message.env !== null) {
    defineValue('env', require('internal/worker/env').createEnvCopy(message.env));
  }
  else require('internal/worker/env').shareEnvironment();
  defineStdio('stdin', () => createStdin(message.hasStdin));

  port.postMessage({ type: 'up' });
  const preloads = requiredModules(message.execArgv);
  if (preloads.length > 0) {
    require('internal/modules/cjs/loader').Module._preloadModules(preloads);
  }
  if (isEval) {
    try {
      require('internal/main/run').evalScript(message.url ?? '[worker eval]', message.code,
                                              false);
    } catch (err) {
      require('internal/process/execution').decorateErrorStack(err);
      throw err;
    }
  } else {
    const { Module } = require('internal/modules/cjs/loader');
    Module.runMain(message.filename);
  }
}

const startState = { parentPort: null };

function onInternalMessage(message) {
  switch (message?.type) {
    case 'load':
      port.unref();
      start(message);
      return;
    case 'stdin':
      process.stdin.push(message.chunk, message.encoding);
      return;
    case 'stdinEnd':
      endStdin();
      return;
  }
}

function run(options) {
  const handles = binding.takeParentPorts();
  const io = require('internal/worker/io');
  port = io.wrapHandle(handles[0]);
  startState.parentPort = io.wrapHandle(handles[1]);
  setupProcess();
  // Listening keeps the thread alive until the parent's 'load' message arrives.
  port.on('message', onInternalMessage);
}

module.exports = { run, kShareEnv: SymbolFor('nodejs.worker_threads.SHARE_ENV') };

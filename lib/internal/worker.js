'use strict';

// The Worker class (the parent's side of a worker thread) and what both sides share: the
// internal protocol and the serialization of uncaught errors.
//
// A worker is started by internalBinding('worker') on a thread of its own with two
// message channels to its parent: the public one (worker.postMessage / parentPort) and an
// internal one, which carries, as plain objects:
//   parent -> worker  { type: 'load', ... }     what to run, workerData, env, argv, ...
//                     { type: 'stdin', chunk } and { type: 'stdinEnd' }
//   worker -> parent  { type: 'up' }            the worker runs ('online')
//                     { type: 'stdio', stream, chunk, encoding }
//                     { type: 'error', error }  an uncaught exception (serializeError)
// The parent creates the internal channel first, so in a loop iteration its messages are
// handled before public ones (node's order: output written before postMessage() shows
// first). When the thread has ended, both ports are drained, the stdio streams end, and
// 'exit' is emitted.

const {
  ArrayIsArray,
  ArrayPrototypeMap,
  ArrayPrototypePush,
  Error,
  EvalError,
  ObjectCreate,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetPrototypeOf,
  ObjectKeys,
  ObjectPrototypeToString,
  Promise,
  PromiseReject,
  RegExpPrototypeSymbolSplit,
  String,
  PromiseResolve,
  RangeError,
  ReferenceError,
  ReflectOwnKeys,
  SafeSet,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
  Symbol,
  SymbolFor,
  SyntaxError,
  TypeError,
  URIError,
} = primordials;

const EventEmitter = require('events');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_URL_SCHEME,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_WORKER_INVALID_EXEC_ARGV,
    ERR_WORKER_NOT_RUNNING,
    ERR_WORKER_PATH,
    ERR_WORKER_UNSERIALIZABLE_ERROR,
  },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const io = require('internal/worker/io');
const clone = require('internal/structured_clone');

const binding = internalBinding('worker');

const kHandle = Symbol('kHandle');
const kPort = Symbol('kPort');
const kPublicPort = Symbol('kPublicPort');
const kOnExit = Symbol('kOnExit');
const kOnMessage = Symbol('kOnMessage');
const kResourceLimits = Symbol('kResourceLimits');
const kStdio = Symbol('kStdio');
const kExitPromises = Symbol('kExitPromises');

const SHARE_ENV = SymbolFor('nodejs.worker_threads.SHARE_ENV');

// ---------------------------------------------------------------------------------------
// Uncaught errors across threads. Errors keep their built-in class (the nearest one on the
// prototype chain), their message and stack and their own cloneable properties; other
// cloneable values travel as they are; anything else as its util.inspect() text.

const errorClasses = {
  __proto__: null, Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError,
  URIError,
};

function isErrorLike(value) {
  if (value === null || typeof value !== 'object') return false;
  return ObjectPrototypeToString(value) === '[object Error]' || value instanceof Error;
}

function builtinErrorName(error) {
  let proto = ObjectGetPrototypeOf(error);
  while (proto !== null) {
    const ctor = ObjectGetOwnPropertyDescriptor(proto, 'constructor')?.value;
    const name = typeof ctor === 'function' ? ctor.name : undefined;
    if (name !== undefined && errorClasses[name] === ctor) return name;
    proto = ObjectGetPrototypeOf(proto);
  }
  return 'Error';
}

function tryClone(value) {
  try {
    clone.serialize(value);
    return true;
  } catch {
    return false;
  }
}

// serializeError(value) -> a cloneable description of an uncaught exception.
function serializeError(value) {
  try {
    if (isErrorLike(value)) {
      const properties = [];
      const keys = ReflectOwnKeys(value);
      let hasStack = false;
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (typeof key !== 'string') continue;
        const descriptor = ObjectGetOwnPropertyDescriptor(value, key);
        if (!('value' in descriptor)) continue;
        if (!tryClone(descriptor.value)) continue;
        if (key === 'stack') hasStack = true;
        ArrayPrototypePush(properties, [key, descriptor.value, descriptor.enumerable]);
      }
      // The stack is also read when it is inherited or an accessor (the library's errors
      // format theirs on first read).
      if (!hasStack) {
        let stack;
        try {
          stack = value.stack;
        } catch {
          // A throwing Error.prepareStackTrace: the error goes without a stack, as in node.
        }
        if (typeof stack === 'string') ArrayPrototypePush(properties, ['stack', stack, false]);
      }
      return { kind: 'error', name: builtinErrorName(value), properties };
    }
    if (tryClone(value)) return { kind: 'value', value };
    return { kind: 'inspected', text: require('internal/util/inspect').inspect(value) };
  } catch {
    return { kind: 'unserializable' };
  }
}

// The value for the parent's 'error' event.
function deserializeError(data) {
  switch (data?.kind) {
    case 'error': {
      // Like node: an object of the error class's prototype carrying the properties (it
      // was not created here, so it has no creation site of its own).
      const Ctor = errorClasses[data.name] ?? Error;
      const error = ObjectCreate(Ctor.prototype);
      const { properties } = data;
      for (let i = 0; i < properties.length; i++) {
        const { 0: key, 1: value, 2: enumerable } = properties[i];
        ObjectDefineProperty(error, key, {
          __proto__: null, value, writable: true, enumerable, configurable: true,
        });
      }
      return error;
    }
    case 'value':
      return data.value;
    case 'inspected':
      return data.text;
  }
  return new ERR_WORKER_UNSERIALIZABLE_ERROR();
}

// ---------------------------------------------------------------------------------------
// execArgv: the options nodus knows (values after '=' are not checked).

const knownExecArgv = new SafeSet([
  '--require', '-r', '--input-type', '--no-warnings', '--no-deprecation', '--throw-deprecation',
  '--trace-deprecation', '--trace-warnings', '--pending-deprecation', '--stack-trace-limit',
  '--unhandled-rejections', '--expose-gc', '--expose-internals', '--expose_internals',
  '--trace-uncaught', '--abort-on-uncaught-exception', '--preserve-symlinks',
  '--preserve-symlinks-main', '--max-old-space-size', '--max-semi-space-size',
  '--stack-size', '--enable-source-maps', '--experimental-vm-modules', '--harmony',
  '--no-experimental-fetch', '--experimental-worker', '--no-addons', '--conditions', '-C',
]);

// Options that are not flags (values of the known ones) are not checked. Process-wide
// options (--title, ...) are invalid, as in node.
function invalidFlags(args) {
  const invalid = [];
  for (let i = 0; i < args.length; i++) {
    const arg = `${args[i]}`;
    // '--' ends the options: what follows is not checked.
    if (arg === '--') break;
    if (arg[0] !== '-') continue;
    const eq = StringPrototypeIndexOf(arg, '=');
    const name = eq === -1 ? arg : StringPrototypeSlice(arg, 0, eq);
    if (!knownExecArgv.has(name)) ArrayPrototypePush(invalid, arg);
  }
  return invalid;
}

// The thread's process.execArgv: the options as strings, without a final '--' (which, as
// on a command line, only marks their end).
function workerExecArgv(execArgv) {
  const result = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = `${execArgv[i]}`;
    if (arg === '--') break;
    ArrayPrototypePush(result, arg);
  }
  return result;
}

function validateExecArgv(execArgv) {
  const invalid = invalidFlags(execArgv);
  if (invalid.length > 0) throw new ERR_WORKER_INVALID_EXEC_ARGV(invalid);
}

// NODE_OPTIONS of a worker's own environment is checked like execArgv.
function validateNodeOptions(env) {
  const value = env.NODE_OPTIONS;
  if (typeof value !== 'string' || value === '') return;
  const invalid = invalidFlags(RegExpPrototypeSymbolSplit(/\s+/, value));
  if (invalid.length > 0) {
    throw new ERR_WORKER_INVALID_EXEC_ARGV(invalid, 'invalid NODE_OPTIONS env variable');
  }
}

// ---------------------------------------------------------------------------------------
// The parent's stdio streams of a worker.

function createStdio(worker, options) {
  const { Readable, Writable } = require('stream');
  const stdout = new Readable({ read() {} });
  const stderr = new Readable({ read() {} });
  let stdin = null;
  if (options.stdin) {
    const port = worker[kPort];
    stdin = new Writable({
      write(chunk, encoding, callback) {
        port.postMessage({ type: 'stdin', chunk, encoding });
        callback();
      },
      final(callback) {
        port.postMessage({ type: 'stdinEnd' });
        callback();
      },
    });
  }
  // Unless the program reads them itself, a worker's outputs go to the parent's.
  if (!options.stdout) stdout.on('data', (chunk) => process.stdout.write(chunk));
  if (!options.stderr) stderr.on('data', (chunk) => process.stderr.write(chunk));
  return { stdin, stdout, stderr };
}

// ---------------------------------------------------------------------------------------
// Worker

let lazyURL;
let lazyFileURLToPath;

function resolveFilename(filename, doEval) {
  lazyURL ??= require('internal/url').URL;
  if (filename instanceof lazyURL) {
    if (doEval) {
      throw new ERR_INVALID_ARG_VALUE('options.eval', doEval,
                                      "must be false when 'filename' is not a string");
    }
    if (filename.protocol === 'data:') return { code: dataURLSource(filename), url: filename.href };
    if (filename.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
    lazyFileURLToPath ??= require('internal/url').fileURLToPath;
    return { filename: lazyFileURLToPath(filename) };
  }
  if (doEval) return { code: filename };
  const path = require('path');
  if (path.isAbsolute(filename) || StringPrototypeStartsWith(filename, './') ||
      StringPrototypeStartsWith(filename, '../') ||
      StringPrototypeStartsWith(filename, '.\\') || StringPrototypeStartsWith(filename, '..\\')) {
    return { filename: path.resolve(filename) };
  }
  throw new ERR_WORKER_PATH(filename);
}

// The script of a data: URL (nodus runs it as a classic script: it has no ES modules).
function dataURLSource(url) {
  const href = url.href;
  const comma = StringPrototypeIndexOf(href, ',');
  const meta = StringPrototypeSlice(href, 5, comma);
  const body = StringPrototypeSlice(href, comma + 1);
  if (StringPrototypeIndexOf(meta, ';base64') !== -1) {
    return require('buffer').Buffer.from(decodeURIComponent(body), 'base64').toString();
  }
  return decodeURIComponent(body);
}

function environmentCopy(env) {
  const copy = { __proto__: null };
  const keys = ObjectKeys(env);
  for (let i = 0; i < keys.length; i++) copy[keys[i]] = `${env[keys[i]]}`;
  return copy;
}

const kLimitNames = ['maxYoungGenerationSizeMb', 'maxOldGenerationSizeMb', 'codeRangeSizeMb',
  'stackSizeMb'];

function readResourceLimits(limits) {
  // Sizes nodus does not enforce (the engine manages its heap) are reported as given.
  const result = {
    maxYoungGenerationSizeMb: 48,
    maxOldGenerationSizeMb: 2048,
    codeRangeSizeMb: 0,
    stackSizeMb: 4,
  };
  if (limits !== null && typeof limits === 'object') {
    for (let i = 0; i < kLimitNames.length; i++) {
      const value = limits[kLimitNames[i]];
      if (typeof value === 'number' && value > 0) result[kLimitNames[i]] = value;
    }
  }
  return result;
}

class Worker extends EventEmitter {
  constructor(filename, options = undefined) {
    super();
    if (typeof filename !== 'string') {
      lazyURL ??= require('internal/url').URL;
      if (!(filename instanceof lazyURL)) {
        throw new ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'], filename);
      }
    }
    if (options === null || typeof options !== 'object') options = {};
    const { execArgv, argv } = options;
    if (execArgv !== undefined && !ArrayIsArray(execArgv)) {
      throw new ERR_INVALID_ARG_TYPE('options.execArgv', 'Array', execArgv);
    }
    if (argv !== undefined && !ArrayIsArray(argv)) {
      throw new ERR_INVALID_ARG_TYPE('options.argv', 'Array', argv);
    }
    const source = resolveFilename(filename, !!options.eval);
    let env;
    if (options.env === SHARE_ENV) {
      env = null;
      require('internal/worker/env').shareEnvironment();
    } else if (options.env === undefined || options.env === null) {
      env = environmentCopy(process.env);
    } else if (typeof options.env === 'object') {
      env = environmentCopy(options.env);
      validateNodeOptions(env);
    } else {
      throw new ERR_INVALID_ARG_TYPE(
        'options.env', ['object', 'undefined', 'null', 'worker_threads.SHARE_ENV'], options.env);
    }
    if (options.name !== undefined) validateString(options.name, 'options.name');
    if (execArgv !== undefined) validateExecArgv(execArgv);
    const limits = readResourceLimits(options.resourceLimits);
    this[kResourceLimits] = limits;
    this[kExitPromises] = [];

    // The internal channel first (see the top of the file).
    const internal = new io.MessageChannel();
    const publicChannel = new io.MessageChannel();
    this[kPort] = internal.port1;
    this[kPublicPort] = publicChannel.port1;

    const load = {
      type: 'load',
      filename: source.filename,
      code: source.code,
      url: source.url,
      workerData: options.workerData,
      environmentData: [...io.environmentData],
      argv: argv === undefined ? [] : ArrayPrototypeMap(argv, (a) => String(a)),
      execArgv: execArgv === undefined ? process.execArgv : workerExecArgv(execArgv),
      env,
      name: options.name === undefined ? '' : options.name,
      hasStdin: !!options.stdin,
      resourceLimits: limits,
      cwd: process.cwd(),
    };
    const transferList = options.transferList;
    // workerData (and its transfers) is cloned now: errors reach the caller.
    internal.port1.postMessage(load, transferList === undefined || transferList === null ?
      [] : transferList);

    const handle = binding.createWorker({
      stackSizeMb: limits.stackSizeMb,
      execArgv: load.execArgv,
    }, io.detachPort(internal.port2), io.detachPort(publicChannel.port2));
    this[kHandle] = handle;
    handle.onexit = (code) => this[kOnExit](code);

    this[kStdio] = createStdio(this, options);

    internal.port1.on('message', (message) => this[kOnMessage](message));
    internal.port1.unref();
    publicChannel.port1.on('message', (message) => this.emit('message', message));
    publicChannel.port1.on('messageerror', (error) => this.emit('messageerror', error));
    publicChannel.port1.unref();

    const err = handle.startThread();
    if (err !== 0) {
      handle.close();
      this[kHandle] = null;
      throw require('internal/errors').errnoException(err, 'uv_thread_create');
    }
    process.nextTick(() => process.emit('worker', this));
  }

  [kOnMessage](message) {
    switch (message?.type) {
      case 'up':
        this.emit('online');
        return;
      case 'stdio': {
        const stream = this[kStdio][message.stream];
        stream?.push(message.chunk, message.encoding);
        return;
      }
      case 'error':
        this.emit('error', deserializeError(message.error));
        return;
    }
  }

  [kOnExit](code) {
    // Everything the worker sent before it ended is delivered first.
    io.drainPort(this[kPublicPort]);
    io.drainPort(this[kPort]);
    const handle = this[kHandle];
    this[kHandle] = null;
    handle.close();
    this[kPublicPort].close();
    this[kPort].close();
    const { stdout, stderr, stdin } = this[kStdio];
    stdout.push(null);
    stderr.push(null);
    if (stdin !== null) stdin.destroy();
    this.emit('exit', code);
    const promises = this[kExitPromises];
    this[kExitPromises] = [];
    for (let i = 0; i < promises.length; i++) promises[i](code);
    this.removeAllListeners('message');
    this.removeAllListeners('messageerror');
  }

  postMessage(...args) {
    if (this[kHandle] === null) return;
    this[kPublicPort].postMessage(...args);
  }

  terminate(callback) {
    if (typeof callback === 'function') {
      process.emitWarning(
        'Passing a callback to worker.terminate() is deprecated. It returns a Promise instead.',
        'DeprecationWarning', 'DEP0132');
      if (this[kHandle] === null) return PromiseResolve();
      this.once('exit', (code) => callback(null, code));
    }
    if (this[kHandle] === null) return PromiseResolve();
    // The promise settles even for an unreferenced worker.
    this[kHandle].ref();
    this[kHandle].stopThread();
    return new Promise((resolve) => ArrayPrototypePush(this[kExitPromises], resolve));
  }

  ref() {
    if (this[kHandle] === null) return;
    this[kHandle].ref();
    this[kPublicPort].ref();
  }

  unref() {
    if (this[kHandle] === null) return;
    this[kHandle].unref();
    this[kPublicPort].unref();
  }

  get threadId() {
    return this[kHandle] === null ? -1 : this[kHandle].threadId;
  }

  get stdin() {
    return this[kStdio].stdin;
  }

  get stdout() {
    return this[kStdio].stdout;
  }

  get stderr() {
    return this[kStdio].stderr;
  }

  get resourceLimits() {
    if (this[kHandle] === null) return {};
    return { ...this[kResourceLimits] };
  }

  // Heap snapshots need engine support the C API does not offer.
  getHeapSnapshot() {
    if (this[kHandle] === null) return PromiseReject(new ERR_WORKER_NOT_RUNNING());
    return PromiseReject(new ERR_METHOD_NOT_IMPLEMENTED('getHeapSnapshot'));
  }

  get performance() {
    return {
      eventLoopUtilization() {
        return { idle: 0, active: 0, utilization: 0 };
      },
    };
  }
}

// postMessageToThread(threadId, value, transferList, timeout) needs a registry of every
// thread's ports (node 22); not available in nodus.
function postMessageToThread() {
  return PromiseReject(new ERR_METHOD_NOT_IMPLEMENTED('postMessageToThread'));
}

module.exports = {
  SHARE_ENV,
  Worker,
  deserializeError,
  postMessageToThread,
  serializeError,
};

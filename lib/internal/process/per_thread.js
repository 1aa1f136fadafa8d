'use strict';

// The properties and methods of `process`, installed once at bootstrap. Values that are
// costly or rarely used (env, stdio, release, config) are getters that build themselves
// on first access.

const {
  ArrayIsArray,
  ArrayPrototypeIncludes,
  ArrayPrototypeSlice,
  NumberIsInteger,
  ObjectDefineProperty,
  ObjectFreeze,
  Proxy,
  ReflectDeleteProperty,
  ReflectGet,
  ReflectGetOwnPropertyDescriptor,
  ReflectHas,
  ReflectApply,
  ReflectOwnKeys,
  StringPrototypeIndexOf,
  StringPrototypeReplaceAll,
  StringPrototypeSlice,
  StringPrototypeToWellFormed,
  SymbolIterator,
} = primordials;

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_OBJECT_DEFINE_PROPERTY,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_CREDENTIAL,
    ERR_UNKNOWN_SIGNAL,
  },
  errnoException,
} = require('internal/errors');
const {
  validateArray,
  validateInteger,
  validateObject,
  validateString,
  validateUint32,
} = require('internal/validators');

const binding = internalBinding('process_methods');

function defineValue(target, name, value, enumerable = true) {
  ObjectDefineProperty(target, name, {
    __proto__: null, value, writable: true, enumerable, configurable: true,
  });
}

function defineLazy(target, name, build, enumerable = true) {
  ObjectDefineProperty(target, name, {
    __proto__: null,
    get() {
      const value = build();
      defineValue(target, name, value, enumerable);
      return value;
    },
    set(value) {
      defineValue(target, name, value, enumerable);
    },
    enumerable,
    configurable: true,
  });
}

// ---------------------------------------------------------------------------------------
// Time and resources.

const hrtimeFields = binding.hrtimeFields;
const hrtimeBigIntFields = binding.hrtimeBigIntFields;

function hrtime(time) {
  binding.hrtime();
  const seconds = hrtimeFields[0] * 0x100000000 + hrtimeFields[1];
  const nanos = hrtimeFields[2];
  if (time === undefined) return [seconds, nanos];
  if (!ArrayIsArray(time)) throw new ERR_INVALID_ARG_TYPE('time', 'Array', time);
  if (time.length !== 2) throw new ERR_OUT_OF_RANGE('time', 2, time.length);
  let secDiff = seconds - time[0];
  let nanoDiff = nanos - time[1];
  if (nanoDiff < 0) {
    secDiff--;
    nanoDiff += 1e9;
  }
  return [secDiff, nanoDiff];
}

hrtime.bigint = function bigint() {
  binding.hrtimeBigInt();
  return hrtimeBigIntFields[0];
};

function validateUsage(prev, name) {
  validateObject(prev, name);
  for (const key of ['user', 'system']) {
    const value = prev[key];
    if (typeof value !== 'number') {
      throw new ERR_INVALID_ARG_TYPE(`${name}.${key}`, 'number', value);
    }
    if (!(value >= 0 && value <= Number.MAX_SAFE_INTEGER)) {
      throw new ERR_INVALID_ARG_VALUE.RangeError(`${name}.${key}`, value);
    }
  }
}

const { ERR_INVALID_ARG_VALUE } = require('internal/errors').codes;

function cpuUsage(prevValue) {
  if (prevValue !== undefined) validateUsage(prevValue, 'prevValue');
  binding.cpuUsage();
  const user = binding.cpuFields[0];
  const system = binding.cpuFields[1];
  if (prevValue !== undefined) {
    return { user: user - prevValue.user, system: system - prevValue.system };
  }
  return { user, system };
}

function memoryUsage() {
  binding.memoryUsage();
  const f = binding.memoryFields;
  return { rss: f[0], heapTotal: f[1], heapUsed: f[2], external: f[3], arrayBuffers: f[4] };
}
memoryUsage.rss = function rss() {
  return binding.rss();
};

function resourceUsage() {
  binding.resourceUsage();
  const f = binding.resourceFields;
  return {
    userCPUTime: f[0],
    systemCPUTime: f[1],
    maxRSS: f[2],
    sharedMemorySize: f[3],
    unsharedDataSize: f[4],
    unsharedStackSize: f[5],
    minorPageFault: f[6],
    majorPageFault: f[7],
    swappedOut: f[8],
    fsRead: f[9],
    fsWrite: f[10],
    ipcSent: f[11],
    ipcReceived: f[12],
    signalsCount: f[13],
    voluntaryContextSwitches: f[14],
    involuntaryContextSwitches: f[15],
  };
}

// ---------------------------------------------------------------------------------------
// Native addons. nodus cannot run them (they are built against V8 and node's C++ or
// N-API interfaces), but process.dlopen() reports node's errors for what cannot be
// loaded at all, and refuses the rest with the same code.

function dlopen(module, filename, flags) {
  const { codedError } = require('internal/errors');
  if (arguments.length < 2) {
    throw codedError(TypeError, 'ERR_MISSING_ARGS', 'process.dlopen needs at least 2 arguments');
  }
  if (module === null || module === undefined) {
    throw new TypeError('Cannot convert undefined or null to object');
  }
  if (flags === undefined) flags = internalBinding('constants').os.dlopen.RTLD_LAZY;
  filename = `${filename}`;
  const message = binding.dlopen(filename, flags | 0);
  throw codedError(Error, 'ERR_DLOPEN_FAILED', message ??
    `Cannot load native addon '${filename}': native addons (.node files) are not ` +
    'supported by nodus yet');
}

// ---------------------------------------------------------------------------------------
// Active resources: what keeps the event loop alive.

// [handle, class name, ...] of the referenced handles, minus worker handles (node does
// not count a Worker among its handles; its message port is counted).
function activeHandlePairs() {
  const pairs = binding.getActiveHandles();
  const result = [];
  for (let i = 0; i < pairs.length; i += 2) {
    if (pairs[i + 1] !== 'WorkerHandle') result.push(pairs[i], pairs[i + 1]);
  }
  return result;
}

// The object a program knows for a handle: the socket, server or child process over it.
function handleOwner(handle, className) {
  let owner;
  if (className === 'Process') {
    owner = handle[require('internal/child_process').kOwner];
  } else if (className === 'TCP' || className === 'Pipe' || className === 'TTY') {
    owner = handle[require('internal/stream_base_commons').kOwner];
  }
  return owner ?? handle;
}

// node's names for handle kinds, as getActiveResourcesInfo() reports them.
function handleInfoName(handle, className) {
  switch (className) {
    case 'TCP':
    case 'Pipe': {
      const owner = handleOwner(handle, className);
      const isServer = owner instanceof require('net').Server;
      if (className === 'TCP') return isServer ? 'TCPServerWrap' : 'TCPSocketWrap';
      return isServer ? 'PipeServerWrap' : 'PipeWrap';
    }
    case 'TTY': return 'TTYWrap';
    case 'Process': return 'ProcessWrap';
    case 'FSEvent': return 'FSEventWrap';
    case 'MessagePortHandle': return 'MessagePort';
    default: return className;
  }
}

function getActiveHandles() {
  const pairs = activeHandlePairs();
  const handles = [];
  for (let i = 0; i < pairs.length; i += 2) handles.push(handleOwner(pairs[i], pairs[i + 1]));
  return handles;
}

// Requests in flight: asynchronous file system calls (other requests, such as
// connections being made or DNS lookups, are not tracked).
function getActiveRequests() {
  return internalBinding('fs').getActiveRequests();
}

function getActiveResourcesInfo() {
  const info = [];
  const requests = getActiveRequests();
  for (let i = 0; i < requests.length; i++) info.push('FSReqCallback');
  const pairs = activeHandlePairs();
  for (let i = 0; i < pairs.length; i += 2) info.push(handleInfoName(pairs[i], pairs[i + 1]));
  const timers = require('internal/timers');
  for (let i = timers.getTimeoutRefCount(); i > 0; i--) info.push('Timeout');
  const { immediateInfo, kRefCount } = internalBinding('timers');
  for (let i = immediateInfo[kRefCount]; i > 0; i--) info.push('Immediate');
  return info;
}

// ---------------------------------------------------------------------------------------
// Exit.

let exitCode;

function validateExitCode(code) {
  if (code === undefined || code === null) return code;
  if (typeof code === 'string' && code !== '' && NumberIsInteger(+code)) return +code;
  validateInteger(code, 'code');
  return code;
}

function exit(code) {
  const execution = require('internal/process/execution');
  if (arguments.length !== 0) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    execution.emitExitEvent();
  }
  // Through the public name: programs (and node's tests) replace it.
  process.reallyExit(execution.getExitCode());
}

function reallyExit(code) {
  binding.reallyExit(code | 0);
}

// ---------------------------------------------------------------------------------------
// Signals and credentials.

let signals;
function getSignals() {
  signals ??= internalBinding('constants').os.signals;
  return signals;
}

function kill(pid, sig) {
  if (pid != (pid | 0)) { // eslint-disable-line eqeqeq
    throw new ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  }
  let signal;
  if (sig === undefined) {
    signal = getSignals().SIGTERM;
  } else if (typeof sig === 'number') {
    signal = sig;
  } else {
    signal = getSignals()[sig];
    if (signal === undefined) throw new ERR_UNKNOWN_SIGNAL(sig);
  }
  // Through the public name, which programs (and node's tests) replace.
  const err = process._kill(pid | 0, signal);
  if (err) throw errnoException(err, 'kill');
  return true;
}

function makeCredentialSetter(name, method, isGroup) {
  return function(id) {
    if (typeof id !== 'number' && typeof id !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('id', ['number', 'string'], id);
    }
    if (typeof id === 'number') validateInteger(id, 'id', 0, 4294967295);
    const result = binding[method](id);
    if (result === 1) throw new ERR_UNKNOWN_CREDENTIAL(isGroup ? 'Group' : 'User', id);
    if (result < 0) throw credentialError(result, name);
  };
}

// An id argument of the group functions: a uint32 id or a name.
function validateCredentialId(id, name) {
  if (typeof id === 'number') validateUint32(id, name);
  else if (typeof id !== 'string') throw new ERR_INVALID_ARG_TYPE(name, ['number', 'string'], id);
}

function setgroups(groups) {
  validateArray(groups, 'groups');
  for (let i = 0; i < groups.length; i++) validateCredentialId(groups[i], `groups[${i}]`);
  const result = binding.setgroups(groups);
  // A positive result is one past the index of a group name that does not exist.
  if (result > 0) throw new ERR_UNKNOWN_CREDENTIAL('Group', groups[result - 1]);
  if (result < 0) throw credentialError(result, 'setgroups');
}

function initgroups(user, extraGroup) {
  validateCredentialId(user, 'user');
  validateCredentialId(extraGroup, 'extraGroup');
  const result = binding.initgroups(user, extraGroup);
  if (result === 1) throw new ERR_UNKNOWN_CREDENTIAL('User', user);
  if (result === 2) throw new ERR_UNKNOWN_CREDENTIAL('Group', extraGroup);
  if (result < 0) throw credentialError(result, 'initgroups');
}

// node reports a failed set*id() the way its C++ layer reports errno values: "EPERM,
// Operation not permitted" with a positive errno, not as a libuv error.
function credentialError(err, syscall) {
  const { uvErrmapGet } = require('internal/errors');
  const [code, description] = uvErrmapGet(err) ?? ['UNKNOWN', 'unknown error'];
  const error = new Error(
    `${code}, ${description[0].toUpperCase()}${description.slice(1)}`);
  error.errno = -err;
  error.code = code;
  error.syscall = syscall;
  return error;
}

// ---------------------------------------------------------------------------------------
// The environment: a proxy whose target mirrors the C environment, so reads are plain
// property reads and util.inspect(process.env) shows the variables. Writes coerce to
// strings and go through to setenv/unsetenv like node's.

// Values other than strings, numbers and booleans are converted; under
// --pending-deprecation (DEP0104 is documentation-only) with a warning, once per process.
let envValueWarned = false;
function warnEnvValue() {
  if (envValueWarned) return;
  envValueWarned = true;
  if (!internalBinding('options').getOptions().pendingDeprecation &&
      binding.getEnv('NODE_PENDING_DEPRECATION') !== '1') {
    return;
  }
  process.emitWarning(
    'Assigning any value other than a string, number, or boolean to a process.env ' +
    'property is deprecated. Please make sure to convert the value to a string before ' +
    'setting process.env with it.', 'DeprecationWarning', 'DEP0104');
}

// The environment holds UTF-8: a name or value with a lone surrogate is stored, and read
// back, with U+FFFD in its place, as node's are. Reading with such a name finds the entry.
function wellFormed(key) {
  return typeof key === 'string' ? StringPrototypeToWellFormed(key) : key;
}

function createEnv() {
  const target = {};
  for (const key of binding.envKeys()) {
    const value = binding.getEnv(key);
    if (value !== undefined) target[key] = value;
  }
  return new Proxy(target, {
    __proto__: null,
    set(obj, key, value) {
      // Like node's, the environment holds strings only: a symbol name cannot be one.
      if (typeof key === 'symbol') {
        throw new TypeError('Cannot convert a Symbol value to a string');
      }
      const name = StringPrototypeToWellFormed(`${key}`);
      if (typeof value !== 'string' && typeof value !== 'number' &&
          typeof value !== 'boolean' && typeof value !== 'symbol') {
        warnEnvValue();
      }
      // The C environment cannot hold names with '=' (or empty ones): node ignores them.
      if (name === '' || name.includes('=')) {
        if (typeof value === 'symbol') {
          throw new TypeError('Cannot convert a Symbol value to a string');
        }
        return true;
      }
      if (typeof value === 'symbol') {
        throw new TypeError('Cannot convert a Symbol value to a string');
      }
      const str = StringPrototypeToWellFormed(`${value}`);
      binding.setEnv(name, str);
      obj[name] = str;
      return true;
    },
    get(obj, key, receiver) {
      const value = ReflectGet(obj, key, receiver);
      if (value !== undefined || typeof key !== 'string') return value;
      const name = StringPrototypeToWellFormed(key);
      return name === key ? value : ReflectGet(obj, name, receiver);
    },
    has(obj, key) {
      return ReflectHas(obj, key) || ReflectHas(obj, wellFormed(key));
    },
    deleteProperty(obj, key) {
      key = wellFormed(key);
      if (typeof key === 'string') binding.unsetEnv(key);
      return ReflectDeleteProperty(obj, key);
    },
    defineProperty(obj, key, desc) {
      // Accessors are refused first, as in node, whatever their flags.
      if (desc.get !== undefined || desc.set !== undefined) {
        throw new ERR_INVALID_OBJECT_DEFINE_PROPERTY(
          "'process.env' does not accept an accessor(getter/setter) descriptor");
      }
      if (!desc.configurable || !desc.writable || !desc.enumerable) {
        throw new ERR_INVALID_OBJECT_DEFINE_PROPERTY(
          "'process.env' only accepts a configurable, writable, and enumerable data " +
          'descriptor');
      }
      const str = StringPrototypeToWellFormed(`${desc.value}`);
      key = wellFormed(key);
      if (typeof key === 'string') binding.setEnv(key, str);
      obj[key] = str;
      return true;
    },
    getOwnPropertyDescriptor(obj, key) {
      return ReflectGetOwnPropertyDescriptor(obj, key) ??
        ReflectGetOwnPropertyDescriptor(obj, wellFormed(key));
    },
    ownKeys(obj) {
      return ReflectOwnKeys(obj);
    },
  });
}

// ---------------------------------------------------------------------------------------

// The options nodus accepts in NODE_OPTIONS that node also allows there (src/main.c's
// option table marks them; keep the two lists in step). V8 options nodus tolerates
// without node allowing them in NODE_OPTIONS (--stack-size, --harmony, ...) are left out.
const kEnvAllowedFlags = [
  '--require', '-r', '--input-type', '--no-warnings', '--no-deprecation',
  '--throw-deprecation', '--trace-deprecation', '--trace-warnings', '--pending-deprecation',
  '--stack-trace-limit', '--unhandled-rejections', '--title', '--redirect-warnings',
  '--expose-gc', '--trace-uncaught', '--abort-on-uncaught-exception', '--preserve-symlinks',
  '--preserve-symlinks-main', '--max-old-space-size', '--max-semi-space-size',
  '--max-http-header-size', '--no-experimental-fetch', '--experimental-global-webcrypto',
  '--no-experimental-global-webcrypto', '--experimental-vm-modules', '--enable-source-maps',
  '--no-addons', '--no-global-search-paths', '--jitless', '--zero-fill-buffers',
  '--perf-basic-prof', '--perf-basic-prof-only-functions', '--perf-prof',
  '--perf-prof-unwinding-info',
];

// process.allowedNodeEnvironmentFlags: a frozen Set whose contents cannot change (add,
// delete and clear do nothing, and the Set's own storage stays empty so that
// Set.prototype methods called on it change nothing visible either). has() accepts a
// flag the way NODE_OPTIONS would: underscores for dashes, a trailing "=value", and,
// without leading dashes, the bare name.
function buildAllowedFlags() {
  const flags = kEnvAllowedFlags;
  const includes = (flag) => ArrayPrototypeIncludes(flags, flag);
  let set;  // a plain Set of the flags, for the iterator methods
  const plain = () => {
    set ??= new Set(flags);
    return set;
  };
  class NodeEnvironmentFlagsSet extends Set {
    constructor() {
      super();
    }

    add() {
      return this;
    }

    delete() {
      return false;
    }

    clear() {}

    has(key) {
      if (typeof key !== 'string') return false;
      key = StringPrototypeReplaceAll(key, '_', '-');
      if (key[0] === '-') {
        const eq = StringPrototypeIndexOf(key, '=');
        return includes(eq === -1 ? key : StringPrototypeSlice(key, 0, eq));
      }
      return includes(`-${key}`) || includes(`--${key}`);
    }

    get size() {
      return flags.length;
    }

    forEach(callback, thisArg = undefined) {
      for (let i = 0; i < flags.length; i++) {
        ReflectApply(callback, thisArg, [flags[i], flags[i], this]);
      }
    }

    entries() {
      return plain().entries();
    }

    keys() {
      return plain().keys();
    }

    values() {
      return plain().values();
    }

    [SymbolIterator]() {
      return plain().values();
    }
  }
  ObjectFreeze(NodeEnvironmentFlagsSet.prototype.constructor);
  ObjectFreeze(NodeEnvironmentFlagsSet.prototype);
  return ObjectFreeze(new NodeEnvironmentFlagsSet());
}

function setupProcessObject(process, options) {
  const nodeVersion = binding.nodeVersion;
  defineValue(process, 'version', `v${nodeVersion}`, true);
  ObjectDefineProperty(process, 'versions', {
    __proto__: null,
    value: ObjectFreeze({
      node: nodeVersion,
      brotli: binding.brotliVersion,
      icu: binding.icuVersion,
      jsc: binding.jscVersion,
      nodus: binding.nodusVersion,
      openssl: binding.opensslVersion,
      unicode: binding.unicodeVersion,
      uv: binding.uvVersion,
      zlib: binding.zlibVersion,
    }),
    writable: true, enumerable: true, configurable: true,
  });
  defineValue(process, 'arch', binding.arch);
  defineValue(process, 'platform', 'linux');
  defineLazy(process, 'release', () => ({
    name: 'node',
    lts: 'Jod',
    sourceUrl: `https://nodejs.org/download/release/v${nodeVersion}/node-v${nodeVersion}.tar.gz`,
    headersUrl:
      `https://nodejs.org/download/release/v${nodeVersion}/node-v${nodeVersion}-headers.tar.gz`,
  }));
  // _rawDebug formats like console.log but writes straight to stderr, so it works when
  // everything else (process.stderr, nextTick) is broken.
  defineValue(process, '_rawDebug', function _rawDebug(...args) {
    binding.rawDebug(require('internal/util/inspect').format(...args));
  });
  // Deprecated (DEP0100); internal/util is loaded on the first call, not at start-up.
  let deprecatedAssert;
  defineValue(process, 'assert', function assert(value, message) {
    deprecatedAssert ??= require('internal/util').deprecate((ok, text) => {
      if (!ok) {
        const { ERR_ASSERTION } = require('internal/errors').codes;
        throw new ERR_ASSERTION(text || 'assertion error');
      }
    }, 'process.assert() is deprecated. Please use the `assert` module instead.', 'DEP0100');
    deprecatedAssert(value, message);
  });
  defineValue(process, 'domain', null);
  defineValue(process, '_exiting', false);

  ObjectDefineProperty(process, 'exitCode', {
    __proto__: null,
    get() { return exitCode; },
    set(code) { exitCode = validateExitCode(code); },
    enumerable: true,
    configurable: false,
  });

  defineLazy(process, 'config', () => ObjectFreeze({
    target_defaults: {
      cflags: [], default_configuration: 'Release', defines: [], include_dirs: [],
      libraries: [],
    },
    variables: {
      host_arch: binding.arch, target_arch: binding.arch, napi_build_version: '9',
      node_shared: false, node_use_openssl: true, node_shared_libuv: true,
      node_module_version: 127,
    },
  }));
  defineValue(process, 'uptime', binding.uptime);
  defineValue(process, 'reallyExit', reallyExit);
  defineValue(process, '_kill', binding.kill);
  defineValue(process, 'cpuUsage', cpuUsage);
  defineValue(process, 'resourceUsage', resourceUsage);
  defineValue(process, 'memoryUsage', memoryUsage);
  defineValue(process, 'constrainedMemory', binding.constrainedMemory);
  defineValue(process, 'availableMemory', () => require('os').freemem?.() ?? 0);
  defineValue(process, 'kill', kill);
  defineValue(process, 'exit', exit);
  defineValue(process, 'hrtime', hrtime);
  defineValue(process, 'getuid', binding.getuid);
  defineValue(process, 'geteuid', binding.geteuid);
  defineValue(process, 'getgid', binding.getgid);
  defineValue(process, 'getegid', binding.getegid);
  defineValue(process, 'getgroups', binding.getgroups);
  defineValue(process, 'setuid', makeCredentialSetter('setuid', 'setuid', false));
  defineValue(process, 'seteuid', makeCredentialSetter('seteuid', 'seteuid', false));
  defineValue(process, 'setgid', makeCredentialSetter('setgid', 'setgid', true));
  defineValue(process, 'setegid', makeCredentialSetter('setegid', 'setegid', true));
  defineValue(process, 'setgroups', setgroups);
  defineValue(process, 'initgroups', initgroups);
  defineLazy(process, 'allowedNodeEnvironmentFlags', buildAllowedFlags);
  defineLazy(process, 'features', () => ({
    inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: true, tls_sni: true,
    tls_ocsp: true, tls: true, cached_builtins: true, require_module: false,
    typescript: false,
  }));

  const taskQueues = require('internal/process/task_queues');
  defineValue(process, 'nextTick', taskQueues.nextTick);
  defineValue(process, '_tickCallback', taskQueues.runNextTicks);
  // Forwards its arguments one by one rather than spreading them: a spread call runs the
  // array iterator, which programs may have patched.
  defineValue(process, 'emitWarning', function emitWarning(warning, type, code, ctor) {
    return require('internal/process/warning').emitWarning(warning, type, code, ctor);
  });
  defineValue(process, 'sourceMapsEnabled', false);
  defineValue(process, 'setSourceMapsEnabled', (enabled) => {
    require('internal/validators').validateBoolean(enabled, 'enabled');
  });
  defineValue(process, 'getBuiltinModule', (id) => {
    validateString(id, 'id');
    const { BuiltinModule } = require('internal/bootstrap/realm');
    const normalized = BuiltinModule.normalizeRequirableId(id);
    return normalized === undefined ? undefined :
      require('internal/modules/cjs/loader').Module._load(id);
  });
  defineValue(process, 'dlopen', dlopen);
  defineValue(process, '_getActiveHandles', getActiveHandles);
  defineValue(process, '_getActiveRequests', getActiveRequests);
  defineValue(process, 'getActiveResourcesInfo', getActiveResourcesInfo);
  defineValue(process, '_fatalException', (err, fromPromise) =>
    require('internal/process/execution').onUncaughtException(err, fromPromise));
  defineValue(process, 'setUncaughtExceptionCaptureCallback', (fn) =>
    require('internal/process/execution').setUncaughtExceptionCaptureCallback(fn));
  defineValue(process, 'hasUncaughtExceptionCaptureCallback', () =>
    require('internal/process/execution').hasUncaughtExceptionCaptureCallback());
  defineValue(process, 'abort', binding.abort);
  defineValue(process, 'umask', (mask) => {
    if (mask === undefined) return binding.umask();
    if (typeof mask === 'string') {
      mask = require('internal/validators').parseFileMode(mask, 'mask');
    } else {
      validateInteger(mask, 'mask', 0, 4294967295);
    }
    return binding.umask(mask);
  });
  // The working directory is cached (path.resolve asks for it constantly) and refreshed
  // by chdir, as node does.
  let cachedCwd = '';
  defineValue(process, 'chdir', function chdir(directory) {
    validateString(directory, 'directory');
    cachedCwd = '';
    binding.chdir(directory);
  });
  defineValue(process, 'cwd', function cwd() {
    if (cachedCwd === '') cachedCwd = binding.cwd();
    return cachedCwd;
  });
  defineLazy(process, 'env', createEnv);
  ObjectDefineProperty(process, 'title', {
    __proto__: null,
    get() { return binding.getTitle(); },
    set(value) { binding.setTitle(`${value}`); },
    enumerable: true,
    configurable: true,
  });

  // argv: [execPath, script or nothing, ...args]
  const execPath = binding.execPath;
  const argv = [execPath];
  if (options.mode === 'file') {
    const path = require('path');
    argv.push(path.resolve(options.script));
  }
  for (const arg of options.scriptArgv) argv.push(arg);
  defineValue(process, 'argv', argv);
  defineValue(process, 'execArgv', ArrayPrototypeSlice(options.execArgv));
  ObjectDefineProperty(process, 'pid', {
    __proto__: null, value: binding.pid(), writable: true, enumerable: true,
    configurable: true,
  });
  ObjectDefineProperty(process, 'ppid', {
    __proto__: null, get: binding.ppid, enumerable: true, configurable: true,
  });
  defineValue(process, 'execPath', execPath);
  defineValue(process, 'debugPort', 9229);
  defineValue(process, 'argv0', options.argv[0]);

  // stdout, stderr, stdin: created on first use.
  require('internal/process/stdio').defineLazyStdio(process);
  defineValue(process, 'openStdin', () => {
    process.stdin.resume();
    return process.stdin;
  });

  // Deprecation flags read by emitWarning.
  if (options.noDeprecation) process.noDeprecation = true;
  if (options.throwDeprecation) process.throwDeprecation = true;
  if (options.traceDeprecation) process.traceDeprecation = true;
  if (options.title !== undefined) binding.setTitle(options.title);

  // process.binding() (deprecated, DEP0111): of node's legacy bindings only 'util' can
  // be offered, its type checks being util.types'; the others are native internals.
  let utilBinding;
  defineValue(process, 'binding', (name) => {
    validateString(name, 'module');
    if (name === 'util') {
      if (utilBinding === undefined) {
        const types = require('internal/util/types');
        utilBinding = {};
        for (const key of ['isAnyArrayBuffer', 'isArrayBuffer', 'isArrayBufferView',
                           'isAsyncFunction', 'isDataView', 'isDate', 'isExternal', 'isMap',
                           'isMapIterator', 'isNativeError', 'isPromise', 'isRegExp', 'isSet',
                           'isSetIterator', 'isTypedArray', 'isUint8Array']) {
          utilBinding[key] = types[key];
        }
      }
      return utilBinding;
    }
    throw new (require('internal/errors').wrappers?.Error ?? Error)(
      `No such module: ${name}`);
  }, false);
}

module.exports = { setupProcessObject, hrtime, exit };

'use strict';

// The properties and methods of `process`, installed once at bootstrap. Values that are
// costly or rarely used (env, stdio, release, config) are getters that build themselves
// on first access.

const {
  ArrayIsArray,
  ArrayPrototypeSlice,
  NumberIsInteger,
  ObjectDefineProperty,
  ObjectFreeze,
  Proxy,
  ReflectDeleteProperty,
  ReflectGetOwnPropertyDescriptor,
  ReflectOwnKeys,
  SafeSet,
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
  validateInteger,
  validateObject,
  validateString,
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
  binding.reallyExit(execution.getExitCode());
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
  const err = binding.kill(pid | 0, signal);
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
    if (result < 0) throw errnoException(result, name);
  };
}

// ---------------------------------------------------------------------------------------
// The environment: a proxy whose target mirrors the C environment, so reads are plain
// property reads and util.inspect(process.env) shows the variables. Writes coerce to
// strings and go through to setenv/unsetenv like node's.

function createEnv() {
  const target = {};
  for (const key of binding.envKeys()) {
    const value = binding.getEnv(key);
    if (value !== undefined) target[key] = value;
  }
  return new Proxy(target, {
    __proto__: null,
    set(obj, key, value) {
      const name = typeof key === 'symbol' ? key : `${key}`;
      if (typeof name === 'symbol') {
        obj[name] = value;
        return true;
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
      const str = `${value}`;
      binding.setEnv(name, str);
      obj[name] = str;
      return true;
    },
    deleteProperty(obj, key) {
      if (typeof key === 'string') binding.unsetEnv(key);
      return ReflectDeleteProperty(obj, key);
    },
    defineProperty(obj, key, desc) {
      if (desc.get !== undefined || desc.set !== undefined || !desc.configurable ||
          !desc.writable || !desc.enumerable) {
        throw new ERR_INVALID_OBJECT_DEFINE_PROPERTY(
          "'process.env' only accepts a configurable, writable, and enumerable data " +
          'descriptor');
      }
      if (!('value' in desc)) {
        throw new ERR_INVALID_OBJECT_DEFINE_PROPERTY(
          "'process.env' does not accept an accessor(getter/setter) descriptor");
      }
      const str = `${desc.value}`;
      if (typeof key === 'string') binding.setEnv(key, str);
      obj[key] = str;
      return true;
    },
    getOwnPropertyDescriptor(obj, key) {
      return ReflectGetOwnPropertyDescriptor(obj, key);
    },
    ownKeys(obj) {
      return ReflectOwnKeys(obj);
    },
  });
}

// ---------------------------------------------------------------------------------------

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
  defineValue(process, '_rawDebug', binding.rawDebug);
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
  defineValue(process, 'constrainedMemory', () => 0);
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
  defineLazy(process, 'allowedNodeEnvironmentFlags', () => new SafeSet([
    '--require', '-r', '--input-type', '--no-warnings', '--no-deprecation',
    '--throw-deprecation', '--trace-deprecation', '--trace-warnings',
    '--pending-deprecation', '--stack-trace-limit', '--unhandled-rejections', '--title',
    '--expose-gc', '--trace-uncaught', '--abort-on-uncaught-exception',
    '--preserve-symlinks', '--preserve-symlinks-main', '--max-old-space-size',
    '--enable-source-maps',
  ]));
  defineLazy(process, 'features', () => ({
    inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: true, tls_sni: true,
    tls_ocsp: true, tls: true, cached_builtins: true, require_module: false,
    typescript: false,
  }));

  const taskQueues = require('internal/process/task_queues');
  defineValue(process, 'nextTick', taskQueues.nextTick);
  defineValue(process, '_tickCallback', taskQueues.runNextTicks);
  defineValue(process, 'emitWarning', (...args) =>
    require('internal/process/warning').emitWarning(...args));
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

  for (const name of ['stdout', 'stderr', 'stdin']) {
    ObjectDefineProperty(process, name, {
      __proto__: null,
      get() {
        const stream = require('internal/process/stdio').getStdio(name);
        ObjectDefineProperty(process, name, {
          __proto__: null, value: stream, writable: true, enumerable: false,
          configurable: true,
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
  defineValue(process, 'openStdin', () => {
    process.stdin.resume();
    return process.stdin;
  });

  // Deprecation flags read by emitWarning.
  if (options.noDeprecation) process.noDeprecation = true;
  if (options.throwDeprecation) process.throwDeprecation = true;
  if (options.traceDeprecation) process.traceDeprecation = true;
  if (options.title !== undefined) binding.setTitle(options.title);

  defineValue(process, 'binding', (name) => {
    validateString(name, 'module');
    throw new (require('internal/errors').wrappers?.Error ?? Error)(
      `No such module: ${name}`);
  }, false);
}

module.exports = { setupProcessObject, hrtime, exit };

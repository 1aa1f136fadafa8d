'use strict';

// node:os, over libuv (src/bindings/os.c). Failed system calls become node's
// SystemError (ERR_SYSTEM_ERROR) with the call's errno, code, message and syscall.

const {
  ArrayPrototypePush,
  Float64Array,
  ObjectDefineProperties,
  StringPrototypeSlice,
  StringPrototypeToLowerCase,
  SymbolToPrimitive,
} = primordials;

const binding = internalBinding('os');
const { os: osConstants } = internalBinding('constants');
const { Buffer } = require('buffer');
const {
  makeSystemErrorWithCode,
} = require('internal/errors');
const { validateInt32 } = require('internal/validators');

const ERR_SYSTEM_ERROR = makeSystemErrorWithCode('ERR_SYSTEM_ERROR');

// Calls a binding function that fills `ctx` on failure; throws node's SystemError then.
function checked(fn, ...args) {
  const ctx = {};
  const result = fn(...args, ctx);
  if (ctx.code !== undefined) throw new ERR_SYSTEM_ERROR(ctx);
  return result;
}

// Functions that also convert to their result when used as a primitive, like node's.
function primitiveFunction(fn) {
  fn[SymbolToPrimitive] = () => fn();
  return fn;
}

// The function names are node's (its internal ones, and `wrappedFn` for the ones that
// check a system call's result): `os.hostname.name` is observable.
const getHostname = primitiveFunction(function wrappedFn() {
  return checked(binding.getHostname);
});

const getHomeDirectory = primitiveFunction(function wrappedFn() {
  return checked(binding.getHomeDirectory);
});

const getUptime = primitiveFunction(function wrappedFn() {
  return checked(binding.getUptime);
});

const getFreeMem = primitiveFunction(function getFreeMem() {
  return binding.getFreeMem();
});

const getTotalMem = primitiveFunction(function getTotalMem() {
  return binding.getTotalMem();
});

const getAvailableParallelism = primitiveFunction(function getAvailableParallelism() {
  return binding.getAvailableParallelism();
});

let osInformation;
function osInfo() {
  osInformation ??= checked(binding.getOSInformation);
  return osInformation;
}

const getOSType = primitiveFunction(function getOSType() { return osInfo()[0]; });
const getOSVersion = primitiveFunction(function getOSVersion() { return osInfo()[1]; });
const getOSRelease = primitiveFunction(function getOSRelease() { return osInfo()[2]; });
const getMachine = primitiveFunction(function getMachine() { return osInfo()[3]; });

function loadavg() {
  const avg = new Float64Array(3);
  binding.getLoadAvg(avg);
  return [avg[0], avg[1], avg[2]];
}

function cpus() {
  const data = binding.getCPUs();
  const result = [];
  for (let i = 0; i < data.length; i += 7) {
    ArrayPrototypePush(result, {
      model: data[i],
      speed: data[i + 1],
      times: {
        user: data[i + 2],
        nice: data[i + 3],
        sys: data[i + 4],
        idle: data[i + 5],
        irq: data[i + 6],
      },
    });
  }
  return result;
}

function arch() {
  return process.arch;
}
arch[SymbolToPrimitive] = () => process.arch;

function platform() {
  return process.platform;
}
platform[SymbolToPrimitive] = () => process.platform;

function tmpdir() {
  let path = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  if (path.length > 1 && path[path.length - 1] === '/') path = StringPrototypeSlice(path, 0, -1);
  return path;
}
tmpdir[SymbolToPrimitive] = () => tmpdir();

function endianness() {
  return 'LE';
}
endianness[SymbolToPrimitive] = () => 'LE';

// "255.255.255.0" -> 24; null for a non-contiguous mask.
function prefixLength(netmask, family) {
  let bits = 0;
  let ended = false;
  if (family === 'IPv4') {
    for (const part of netmask.split('.')) {
      let n = +part;
      for (let i = 7; i >= 0; i--) {
        const bit = (n >> i) & 1;
        if (bit && ended) return null;
        if (bit) bits++;
        else ended = true;
      }
      n = 0;
    }
    return bits;
  }
  for (const group of netmask.split(':')) {
    if (group === '') continue;
    const n = Number.parseInt(group, 16);
    for (let i = 15; i >= 0; i--) {
      const bit = (n >> i) & 1;
      if (bit && ended) return null;
      if (bit) bits++;
      else ended = true;
    }
  }
  return bits;
}

function networkInterfaces() {
  const data = checked(binding.getInterfaceAddresses);
  const result = {};
  for (let i = 0; i < data.length; i += 7) {
    const name = data[i];
    const family = data[i + 3];
    const prefix = prefixLength(data[i + 2], family);
    const entry = {
      address: data[i + 1],
      netmask: data[i + 2],
      family,
      mac: data[i + 4],
      internal: data[i + 5],
      cidr: prefix === null ? null : `${data[i + 1]}/${prefix}`,
    };
    if (family === 'IPv6') entry.scopeid = data[i + 6];
    (result[name] ??= []).push(entry);
  }
  return result;
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  checked(binding.setPriority, pid, priority);
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  return checked(binding.getPriority, pid);
}

// options.encoding names how the strings come back: 'buffer' for Buffers, or any Buffer
// encoding (case-insensitive) applied to their UTF-8 bytes; anything else means UTF-8.
function userInfoEncoder(options) {
  if (options === null || typeof options !== 'object') return (s) => s;
  const encoding = options.encoding;
  if (typeof encoding !== 'string') return (s) => s;
  if (StringPrototypeToLowerCase(encoding) === 'buffer') {
    return (s) => (s === null ? s : Buffer.from(s));
  }
  if (!Buffer.isEncoding(encoding)) return (s) => s;
  return (s) => (s === null ? s : Buffer.from(s).toString(encoding));
}

function userInfo(options) {
  const data = checked(binding.getUserInfo);
  const encode = userInfoEncoder(options);
  return {
    __proto__: null,
    uid: data[0],
    gid: data[1],
    username: encode(data[2]),
    homedir: encode(data[3]),
    shell: encode(data[4]),
  };
}

module.exports = {
  arch,
  availableParallelism: getAvailableParallelism,
  cpus,
  endianness,
  freemem: getFreeMem,
  getPriority,
  homedir: getHomeDirectory,
  hostname: getHostname,
  loadavg,
  networkInterfaces,
  platform,
  release: getOSRelease,
  setPriority,
  tmpdir,
  totalmem: getTotalMem,
  type: getOSType,
  userInfo,
  uptime: getUptime,
  version: getOSVersion,
  machine: getMachine,
};

ObjectDefineProperties(module.exports, {
  constants: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    value: osConstants,
  },
  EOL: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    writable: false,
    value: '\n',
  },
  devNull: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    writable: false,
    value: '/dev/null',
  },
});

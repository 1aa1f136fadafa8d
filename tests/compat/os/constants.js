// os.constants: every signal, errno, priority and dlopen constant with its value (Linux),
// and the shape of the objects (frozen, null prototype, property attributes).
const os = require('os');
const c = os.constants;
console.log(Object.keys(c).join());
for (const group of ['signals', 'errno', 'priority', 'dlopen']) {
  const obj = c[group];
  console.log(group, Object.isFrozen(obj), Object.getPrototypeOf(obj), Object.keys(obj).length);
  console.log(JSON.stringify(obj));
}
console.log('UV_UDP_REUSEADDR', c.UV_UDP_REUSEADDR);
console.log(Object.isFrozen(c), Object.getPrototypeOf(c), JSON.stringify(Object.getOwnPropertyDescriptor(os, 'constants')));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(os, 'EOL')), JSON.stringify(Object.getOwnPropertyDescriptor(os, 'devNull')));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(c.signals, 'SIGINT')));
'use strict';
try {
  c.signals.SIGINT = 1;
} catch (e) {
  console.log(e.name);
}
console.log(c.signals.SIGINT, delete c.errno.ENOENT, c.errno.ENOENT);
// Signals by number match process.kill's table.
const byNumber = {};
for (const [name, n] of Object.entries(c.signals)) (byNumber[n] ??= []).push(name);
console.log(JSON.stringify(byNumber));
console.log(require('constants').SIGTERM === c.signals.SIGTERM, require('constants').ENOENT === c.errno.ENOENT, require('constants').RTLD_LAZY);
// node:constants (deprecated): os, fs and crypto constants in one frozen object.
const all = require('constants');
console.log(Object.keys(all).length, Object.isFrozen(all), Object.getPrototypeOf(all) === Object.prototype, 'defaultCipherList' in all);
console.log(JSON.stringify(all));
console.log(require('module').builtinModules.includes('constants'), require('node:constants') === all);
// The groups are plain members of os.constants (only the numbers are read-only).
for (const key of Object.keys(c)) {
  const d = Object.getOwnPropertyDescriptor(c, key);
  console.log('descriptor', key, d.enumerable, d.writable, d.configurable);
}

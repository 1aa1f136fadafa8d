// node:timers exports, identity with the globals, names and lengths.
const timers = require('timers');
console.log(Object.keys(timers).join());
for (const k of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate']) {
  console.log(k, timers[k] === globalThis[k], timers[k].name, timers[k].length);
  const d = Object.getOwnPropertyDescriptor(globalThis, k);
  console.log('  global', d.writable, d.enumerable, d.configurable);
}
console.log(require('node:timers') === timers, timers.promises === require('timers/promises'));
const pd = Object.getOwnPropertyDescriptor(timers, 'promises');
console.log('promises', typeof pd.get, pd.set, pd.enumerable, pd.configurable);
const custom = Symbol.for('nodejs.util.promisify.custom');
console.log(setTimeout[custom] === require('timers/promises').setTimeout);
console.log(setImmediate[custom] === require('timers/promises').setImmediate);
console.log(setInterval[custom]);
const d = Object.getOwnPropertyDescriptor(setTimeout, custom);
console.log(typeof d.get, d.enumerable, d.configurable);

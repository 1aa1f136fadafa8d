'use strict';
// When write callbacks run relative to process.nextTick, promises, setImmediate and
// timers (stdout is a pipe here).
const log = [];
process.stdout.write('a\n', () => log.push('write cb 1'));
process.nextTick(() => log.push('nextTick'));
Promise.resolve().then(() => log.push('promise'));
setImmediate(() => log.push('immediate'));
setTimeout(() => log.push('timeout'), 0);
process.stdout.write('b\n', () => log.push('write cb 2'));
console.log('c');
process.stdout.once('drain', () => log.push('drain'));
setTimeout(() => console.log(log.join(', ')), 20);

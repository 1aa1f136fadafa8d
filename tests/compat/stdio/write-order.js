'use strict';
// When write callbacks run relative to process.nextTick, promises, setImmediate and
// timers (stdout is a pipe here).
const log = [];
process.stdout.write('a\n', () => log.push('write cb 1'));
process.nextTick(() => log.push('nextTick'));
Promise.resolve().then(() => log.push('promise'));
setImmediate(() => log.push('immediate'));
process.stdout.write('b\n', () => log.push('write cb 2'));
console.log('c');
process.stdout.once('drain', () => log.push('drain'));
// Printed from an immediate queued by a timer: whatever the machine's speed, the first
// check phase (with 'immediate') has run by then. (A zero timeout against an immediate
// from the main module is in no fixed order, in node either.)
setTimeout(() => setImmediate(() => console.log(log.join(', '))), 20);

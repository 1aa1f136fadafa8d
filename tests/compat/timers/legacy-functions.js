// compat: stderr
// The legacy timers.enroll/active/_unrefActive/unenroll turn any object with an
// _onTimeout method into a timer; each warns once (DeprecationWarning).
const timers = require('timers');
for (const k of ['enroll', 'active', '_unrefActive', 'unenroll']) {
  console.log(k, timers[k].name, timers[k].length);
}
const log = [];
const item = {
  _onTimeout() {
    log.push(`item fired ${this === item} ${item._destroyed} ${item._idleTimeout}`);
  },
};
const unrefItem = { _onTimeout() { log.push('unref item fired'); } };
const cancelled = { _onTimeout() { log.push('never'); } };
const reenrolled = { _onTimeout() { log.push('reenrolled fired once'); } };
timers.enroll(unrefItem, 1);
timers._unrefActive(unrefItem);
timers.enroll(item, 30);
const keysEnrolled = Object.keys(item).join();
const linkedToSelf = item._idleNext === item;
timers.active(item);
timers.enroll(cancelled, 40);
timers.active(cancelled);
timers.unenroll(cancelled);
timers.enroll(reenrolled, 2);
timers.active(reenrolled);
timers.enroll(reenrolled, 60);
timers.active(reenrolled);
console.log(keysEnrolled, linkedToSelf);
console.log(Object.keys(item).join(), item._destroyed, item._idleTimeout);
console.log('cancelled', cancelled._idleTimeout, cancelled._destroyed);

for (const bad of [-1, 'x', NaN, Infinity]) {
  try {
    timers.enroll({}, bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
const big = {};
timers.enroll(big, 2 ** 32);
console.log('big', big._idleTimeout);
timers.enroll({}, 1.5);
process.on('exit', () => console.log(log.join('\n')));

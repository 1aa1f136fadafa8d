// util.inspect of Timeout, Immediate and the scheduler (numbers that vary are masked).
const util = require('util');
const mask = (s) => s.replace(/_idleStart: \d+/g, '_idleStart: N')
  .replace(/asyncId\)\]: \d+/g, 'asyncId)]: N');
const t = setTimeout(() => {}, 10);
console.log(mask(util.inspect(t)));
clearTimeout(t);
console.log(mask(util.inspect(t)));
const im = setImmediate(function named() {}, 1, 2);
console.log(mask(util.inspect(im)));
console.log(util.inspect(require('timers/promises').scheduler));
const iv = setInterval(() => {}, 5).unref();
console.log(mask(util.inspect(iv, { depth: 5 })));
console.log(mask(util.inspect({ nested: { timer: iv } })));
clearInterval(iv);

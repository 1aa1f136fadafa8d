// scheduler.wait(delay, options) and scheduler.yield().
const tp = require('timers/promises');
const { scheduler } = tp;
console.log(typeof scheduler, scheduler.constructor.name);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(scheduler)).join());
console.log(Object.getOwnPropertySymbols(scheduler).map((s) => s.description).join());
try {
  new scheduler.constructor();
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  scheduler.wait.call({}, 1);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  scheduler.yield.call(Object.create(scheduler.constructor.prototype));
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  const { yield: detached } = scheduler;
  detached();
} catch (e) {
  console.log(e.name);
}
(async () => {
  setImmediate(() => console.log('immediate before yield resolves'));
  console.log('yield', await scheduler.yield());
  setTimeout(() => console.log('timeout 1'), 1);
  console.log('wait', await scheduler.wait(5));
  console.log('wait no delay', await scheduler.wait());
  console.log('wait with options', await scheduler.wait(1, { ref: true }));
  const sig = { aborted: true, reason: 'stop' };
  await scheduler.wait(1, { signal: sig }).catch((e) => console.log(e.name, e.code, e.cause));
})();

// { ref: false } timers do not keep the process alive, but do run while something
// else does.
const tp = require('timers/promises');
const seen = { immediate: false, interval: false };
tp.setTimeout(100000, 'v', { ref: false }).then(() => console.log('never (unref timeout)'));
tp.setImmediate('v', { ref: false }).then(() => { seen.immediate = true; });
(async () => {
  const it = tp.setInterval(1, 'unref interval', { ref: false });
  await it.next();
  seen.interval = true;
  const it2 = tp.setInterval(100000, 'never', { ref: false });
  it2.next().then(() => console.log('never (unref interval)'));
})();
setTimeout(() => console.log('ref timer', seen.immediate, seen.interval), 50);
process.on('exit', () => console.log('exit'));

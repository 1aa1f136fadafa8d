// Immediates run in creation order; those created while the queue runs wait for the
// next loop iteration; clearing a pending one (even from a tick) skips it.
const log = [];
setImmediate(() => {
  log.push('A');
  setImmediate(() => log.push('A-child'));
  clearImmediate(c);
});
const b = setImmediate(() => {
  log.push('B');
  process.nextTick(() => {
    log.push('B tick clears D');
    clearImmediate(d);
  });
});
const c = setImmediate(() => log.push('C (cleared by A)'));
const d = setImmediate(() => log.push('D (cleared by tick)'));
setImmediate(() => {
  log.push('E');
  Promise.resolve().then(() => {
    log.push('E promise clears F');
    clearImmediate(f);
  });
});
const f = setImmediate(() => log.push('F (cleared by promise)'));
setImmediate(() => {
  log.push('G (last)');
  setImmediate(() => {
    log.push('second round');
    setImmediate(() => {
      log.push('third round');
      clearImmediate(b);
    });
  });
});
process.on('exit', () => console.log(log.join('\n')));

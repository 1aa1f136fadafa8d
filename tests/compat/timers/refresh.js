// refresh() restarts a timer from now, keeps its ref state, and brings back one that
// already fired.
const log = { t: [], again: [], done: [], other: [] };
// The refresher is created first so that the shorter timer always expires first.
let t;
setTimeout(() => { t.refresh(); log.t.push('refreshed t'); }, 5);
t = setTimeout(() => log.t.push('t fired'), 10);
let count = 0;
const again = setTimeout(() => {
  count++;
  log.again.push(`again ${count}`);
  if (count < 3) again.refresh();
}, 1);
const done = setTimeout(() => {
  log.done.push(`done fired (destroyed during callback: ${done._destroyed})`);
  if (log.done.length === 1) {
    setTimeout(() => {
      log.done.push(`destroyed after firing: ${done._destroyed}`);
      log.done.push(`refresh returns this: ${done.refresh() === done}`);
      log.done.push(`destroyed after refresh: ${done._destroyed}`);
    }, 1);
  }
}, 2);
const u = setTimeout(() => log.other.push('unref never fires'), 100000).unref();
u.refresh();
console.log('u still unref', u.hasRef());
const cleared = setTimeout(() => log.other.push('cleared never fires'), 1);
clearTimeout(cleared);
cleared.refresh();
process.on('exit', () => {
  for (const k of Object.keys(log)) console.log(k, log[k].join(' | '));
});

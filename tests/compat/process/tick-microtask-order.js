// Interleaving of nextTick and promise jobs, as node does it.
const log = (m) => console.log(m);
Promise.resolve().then(() => {
  log('p1');
  process.nextTick(() => log('t-from-p1'));
  Promise.resolve().then(() => log('p1-inner'));
});
process.nextTick(() => {
  log('t1');
  Promise.resolve().then(() => log('p-from-t1'));
  process.nextTick(() => log('t-from-t1'));
});
queueMicrotask(() => log('qm1'));
setImmediate(() => {
  log('imm1');
  process.nextTick(() => log('t-in-imm1'));
  Promise.resolve().then(() => log('p-in-imm1'));
});
setImmediate(() => log('imm2'));
(async () => {
  log('async start');
  await null;
  log('after await 1');
  await new Promise((r) => setImmediate(r));
  log('after immediate await');
})();
log('sync end');

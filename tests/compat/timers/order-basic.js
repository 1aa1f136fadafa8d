// (The immediate is created by the first timer: from the main script, whether a 0 ms
// timeout or an immediate runs first depends on how fast the loop starts.)
setTimeout(() => {
  console.log('timeout');
  setImmediate(() => console.log('immediate'));
}, 0);
process.nextTick(() => console.log('tick1'));
Promise.resolve().then(() => { console.log('micro1'); process.nextTick(() => console.log('tick-from-micro')); });
queueMicrotask(() => console.log('qm'));
process.nextTick(() => { console.log('tick2'); Promise.resolve().then(() => console.log('micro-from-tick')); });
setTimeout(() => { console.log('t2'); Promise.resolve().then(() => console.log('micro in t2')); process.nextTick(()=>console.log('tick in t2')); }, 0);
setTimeout(() => console.log('t3'), 0);
process.on('beforeExit', () => console.log('beforeExit'));
process.on('exit', (c) => console.log('exit', c));
console.log('main');

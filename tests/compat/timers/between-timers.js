// Ticks and promise jobs queued by one timer (or immediate) run before the next one.
for (let i = 0; i < 3; i++) {
  setTimeout(() => {
    console.log('timer', i);
    process.nextTick(() => console.log('tick', i));
    Promise.resolve().then(() => console.log('promise', i));
    queueMicrotask(() => console.log('microtask', i));
    if (i === 2) startImmediates();
  }, 2);
}
function startImmediates() {
  for (let i = 0; i < 3; i++) {
    setImmediate(() => {
      console.log('immediate', i);
      process.nextTick(() => console.log('immediate tick', i));
      Promise.resolve().then(() => console.log('immediate promise', i));
    });
  }
}

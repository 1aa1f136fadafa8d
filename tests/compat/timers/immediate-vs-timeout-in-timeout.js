// Inside a timer callback, an immediate always runs before a new 0 ms timeout: the
// check phase comes before the next timers phase.
setTimeout(() => {
  setTimeout(() => {
    console.log('timeout');
    setImmediate(() => console.log('immediate 2'));
    setTimeout(() => console.log('timeout 2'), 0);
    setImmediate(() => console.log('immediate 3'));
  }, 0);
  setImmediate(() => console.log('immediate'));
}, 0);

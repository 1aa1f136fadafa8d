// A throwing timer callback goes to 'uncaughtException'; other due timers still run,
// and an interval that threw keeps going. (Started from a timer callback so that the
// immediates deterministically come first.)
process.on('uncaughtException', (err) => {
  console.log('caught', err.message);
});
setTimeout(() => {
  setTimeout(() => { throw new Error('first'); }, 1);
  setTimeout(() => console.log('second runs'), 1);
  let n = 0;
  const iv = setInterval(() => {
    n++;
    if (n === 3) {
      clearInterval(iv);
      console.log('interval done');
      return;
    }
    throw new Error(`interval ${n}`);
  }, 5);
  setImmediate(() => { throw new Error('immediate'); });
  setImmediate(() => console.log('next immediate runs'));
}, 1);

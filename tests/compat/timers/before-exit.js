// 'beforeExit' may schedule more work; the loop then runs again and 'beforeExit' comes
// back once it is empty again.
let rounds = 0;
process.on('beforeExit', (code) => {
  rounds++;
  console.log('beforeExit', rounds, code);
  if (rounds === 1) {
    setTimeout(() => console.log('timeout from beforeExit'), 1);
  } else if (rounds === 2) {
    setImmediate(() => console.log('immediate from beforeExit'));
    Promise.resolve().then(() => console.log('promise from beforeExit'));
  } else if (rounds === 3) {
    const t = setTimeout(() => console.log('unref timeout never runs'), 1);
    t.unref();
    process.nextTick(() => console.log('tick from beforeExit'));
  }
});
process.on('exit', (code) => console.log('exit', code, rounds));
setTimeout(() => console.log('main timeout'), 1);

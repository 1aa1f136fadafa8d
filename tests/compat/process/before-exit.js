// 'beforeExit' fires when the loop empties and may schedule more work.
let rounds = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, rounds);
  if (rounds++ < 2) {
    setTimeout(() => console.log('timer from beforeExit', rounds), 1);
  } else {
    process.exitCode = 3;
  }
});
process.on('exit', (code) => console.log('exit', code));

// compat: stderr
// Default mode: an unhandled rejection with an Error is an uncaught exception.
process.on('exit', (code) => console.log('exit', code));
async function failing() {
  throw new TypeError('async failure');
}
failing();
setTimeout(() => console.log('never'), 100);

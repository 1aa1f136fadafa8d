// compat: stderr
// An exception inside the 'uncaughtException' handler ends the process with code 7.
process.on('exit', () => console.log('exit must not be emitted'));
process.on('uncaughtException', (err) => {
  console.log('handling', err.message);
  throw new Error('handler failed');
});
throw new Error('first');

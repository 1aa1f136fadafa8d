// compat: stderr
process.on('exit', (code) => console.log('exit', code, process.exitCode));
function thrower() {
  throw new Error('boom');
}
thrower();

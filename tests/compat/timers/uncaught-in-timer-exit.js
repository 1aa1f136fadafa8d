// compat: stderr
// Without a handler, an error thrown by a timer ends the process with code 1.
function thrower() {
  throw new RangeError('boom');
}
setTimeout(() => {
  console.log('about to throw');
  setTimeout(() => console.log('never'), 1);
  setImmediate(() => console.log('never either'));
  // One frame only: how engines name the anonymous callback's frame is not the point.
  Error.stackTraceLimit = 1;
  thrower();
}, 1);
process.on('exit', (code) => console.log('exit', code));

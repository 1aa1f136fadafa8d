'use strict';
// AbortSignal.timeout(ms): aborts with a TimeoutError DOMException; the timer does not
// keep the process alive.
const start = Date.now();
const s = AbortSignal.timeout(10);
console.log(s.aborted, s.reason);
s.addEventListener('abort', (e) => {
  console.log('timeout abort', e.isTrusted, s.aborted, s.reason.name, s.reason.message,
    s.reason.code, s.reason instanceof DOMException);
});
setTimeout(() => {
  console.log('timer at 50ms, signal aborted:', s.aborted);
  // A long timeout signal (with or without listeners) does not hold the process.
  const long = AbortSignal.timeout(1e9);
  long.onabort = () => console.log('never');
  AbortSignal.timeout(4294967295);
}, 50);
process.on('exit', () => console.log('exit well before the long timeouts:', Date.now() - start < 5000));
const zero = AbortSignal.timeout(0);
setTimeout(() => console.log('zero delay aborted by now:', zero.aborted), 5);

'use strict';
// An exception thrown by a listener does not stop the dispatch; it is reported as an
// uncaught exception from a later tick.
process.on('uncaughtException', (err, origin) => {
  console.log('uncaughtException', err.message, origin);
});
const target = new EventTarget();
target.addEventListener('err', () => {
  throw new Error('first');
});
target.addEventListener('err', () => console.log('second listener still runs'));
target.addEventListener('err', { handleEvent() { throw new Error('from handleEvent'); } });
target.addEventListener('err', () => console.log('last listener'));
console.log('dispatch returned', target.dispatchEvent(new Event('err')));
console.log('sync code continues');
process.on('exit', () => console.log('exit'));

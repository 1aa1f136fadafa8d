'use strict';
// A listener's returned promise or thenable: its rejection is reported as an uncaught
// exception; `then` is called synchronously.
process.on('uncaughtException', (err) => console.log('uncaught:', err.message));
process.on('unhandledRejection', (err) => console.log('unhandled (not expected):', err));
const target = new EventTarget();
target.addEventListener('a', async () => { throw new Error('async listener'); });
target.addEventListener('a', () => ({
  then(resolve, reject) {
    console.log('then called with', typeof resolve, typeof reject);
    setTimeout(() => reject(new Error('thenable')), 5);
  },
}));
target.addEventListener('a', async () => 'fine');
target.addEventListener('a', () => 42);
target.addEventListener('a', () => ({ then: 5 }));
target.dispatchEvent(new Event('a'));
console.log('dispatched');
setTimeout(() => console.log('end'), 20);

// compat: stderr
// compat: node-args=--unhandled-rejections=strict
// Strict mode raises the rejection as an uncaught exception first; when an
// 'uncaughtException' listener keeps the process going, 'unhandledRejection' follows, and
// without a listener for that, the warning.
process.on('uncaughtException', (err, origin) => {
  console.log('uncaughtException', err.message ?? err, origin);
});
Promise.reject(new Error('first'));
setTimeout(() => {
  process.on('unhandledRejection', (reason) => console.log('unhandledRejection', reason));
  Promise.reject('second');
}, 5);

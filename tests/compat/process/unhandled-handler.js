// 'unhandledRejection' listeners and 'rejectionHandled' for a late catch.
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandled', reason instanceof Error ? reason.message : reason, promise instanceof Promise);
});
process.on('rejectionHandled', (promise) => console.log('rejectionHandled', promise instanceof Promise));
const p = Promise.reject(new Error('late'));
Promise.reject(42);
setTimeout(() => {
  p.catch(() => console.log('caught late'));
}, 10);

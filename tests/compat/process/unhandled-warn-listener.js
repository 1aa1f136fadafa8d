// compat: stderr
// compat: node-args=--unhandled-rejections=warn
// In warn mode the warning is printed even when an 'unhandledRejection' listener ran, and
// it is printed on a later tick (after ticks the listener queued).
process.on('unhandledRejection', (reason, promise) => {
  console.log('listener', reason);
  process.nextTick(() => console.log('tick from listener'));
  promise.catch(() => {});
});
process.on('warning', (warning) => console.log('warning event', warning.name));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
Promise.reject('plain');

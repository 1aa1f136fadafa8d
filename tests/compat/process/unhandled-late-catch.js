// compat: stderr
// A handler attached after the rejection was reported: 'rejectionHandled', or without a
// listener for it, a PromiseRejectionHandledWarning (default mode). Handlers attached
// through any mix of process.nextTick and promise jobs are in time and raise nothing.
process.on('unhandledRejection', (reason) => console.log('unhandledRejection', reason));

const a = Promise.reject(new Error('nested ticks'));
process.nextTick(() => {
  Promise.resolve().then(() => {
    process.nextTick(() => {
      Promise.resolve().then(() => a.catch(() => console.log('caught a in time')));
    });
  });
});

const b = Promise.reject('late');
setTimeout(() => {
  b.catch(() => console.log('caught b late'));
  setTimeout(() => {
    process.on('rejectionHandled', (promise) => console.log('rejectionHandled', promise === c));
    c.catch(() => {});
  }, 5);
}, 5);

const c = Promise.reject('later');

// Listeners run before ticks that the listener itself queued.
process.once('unhandledRejection', () => {
  process.nextTick(() => console.log('tick queued by the listener'));
});

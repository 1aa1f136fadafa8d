// 'uncaughtException' and 'uncaughtExceptionMonitor' keep the process running.
process.on('uncaughtExceptionMonitor', (err, origin) => console.log('monitor', err.message, origin));
process.on('uncaughtException', (err, origin) => console.log('handler', err.message, origin));
setTimeout(() => {
  console.log('timer still runs');
  throw new Error('from timer');
}, 1);
setTimeout(() => console.log('second timer runs'), 5);
Promise.reject(new Error('rejected'));
throw new Error('top level');

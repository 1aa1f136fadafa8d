// With only unreferenced timers and immediates, the process ends at once.
setTimeout(() => console.log('never'), 1).unref();
setInterval(() => console.log('never'), 1).unref();
setImmediate(() => console.log('never')).unref();
process.on('exit', () => console.log('exit'));
console.log('main done');

// compat: stderr
console.log('start');
throw new Error('top-level failure');

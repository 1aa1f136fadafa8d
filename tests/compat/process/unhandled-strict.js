// compat: stderr
// compat: node-args=--unhandled-rejections=strict
process.on('unhandledRejection', () => console.log('listener (not reached first)'));
Promise.reject(new Error('strict mode'));

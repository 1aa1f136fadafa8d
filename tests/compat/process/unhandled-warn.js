// compat: stderr
// compat: node-args=--unhandled-rejections=warn
Promise.reject(new Error('warned'));
Promise.reject('plain value');
setTimeout(() => console.log('still running', process.exitCode), 5);

// compat: node-args=--unhandled-rejections=none
Promise.reject(new Error('ignored'));
setTimeout(() => console.log('done', process.exitCode), 5);

// compat: stderr
// compat: node-args=--no-warnings
process.on('warning', (w) => console.log('still emitted', w.message));
process.emitWarning('silent');

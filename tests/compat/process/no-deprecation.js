// compat: stderr
// compat: node-args=--no-deprecation
process.on('warning', (w) => console.log('listener', w.name));
process.emitWarning('gone', 'DeprecationWarning');
process.emitWarning('kept');

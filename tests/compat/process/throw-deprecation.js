// compat: node-args=--throw-deprecation
try {
  process.emitWarning('boom', 'DeprecationWarning', 'DEP1');
} catch (e) {
  console.log('thrown', e.name, e.code, e.message);
}

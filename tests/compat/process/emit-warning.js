// compat: stderr
process.on('warning', (w) => console.log('listener', w.name, w.message, w.code ?? '-', w.detail ?? '-'));
process.emitWarning('plain');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('with code', 'CustomWarning', 'CODE1');
process.emitWarning('options', { type: 'OptWarning', code: 'OPT', detail: 'more detail' });
process.emitWarning(new Error('an error object'));
process.emitWarning('dep', 'DeprecationWarning', 'DEP0999');
for (const bad of [1, null, {}]) {
  try {
    process.emitWarning(bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
try {
  process.emitWarning('x', 1);
} catch (e) {
  console.log(e.code, e.message);
}

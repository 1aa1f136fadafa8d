// Flags: --expose-internals
'use strict';
// Every embedded library module must compile after build-time minification (js2c), and
// every public one must load.
const { compileBuiltin, listIds } = internalBindingForTest('builtins');
const ids = listIds();
const { BuiltinModule } = require('internal/bootstrap/realm');

function internalBindingForTest(name) {
  return require('internal/test/binding').internalBinding(name);
}

let failures = 0;
for (const id of ids) {
  try {
    const fn = compileBuiltin(id);
    if (typeof fn !== 'function') throw new Error('did not produce a function');
  } catch (err) {
    failures++;
    console.error(`compile ${id}: ${err.message}`);
  }
}
for (const id of ids) {
  if (!BuiltinModule.canBeRequiredWithoutScheme(id)) continue;
  try {
    require(id);
  } catch (err) {
    failures++;
    console.error(`require ${id}: ${err.stack}`);
  }
}
if (failures > 0) process.exit(1);
console.log(`${ids.length} modules compile`);

// Builtin modules: bare names, the node: scheme, module.builtinModules, isBuiltin.
const Module = require('module');
console.log(require('path') === require('node:path'));
console.log(require('events') === require('node:events'), typeof require('node:events').once);
console.log(Module.isBuiltin('fs'), Module.isBuiltin('node:fs'), Module.isBuiltin('node:nope'), Module.isBuiltin('internal/errors'));
console.log(Module.builtinModules.includes('path'), Module.builtinModules.some((m) => m.startsWith('internal/')));
console.log(require.resolve('path'), require.resolve('node:events'));
console.log(require.resolve.paths('path'));
for (const id of ['node:nope', 'internal/errors', 'node:internal/errors']) {
  try {
    require(id);
  } catch (e) {
    console.log(id, e.code, e.message.split('\n')[0]);
  }
}
for (const bad of [1, '', null, undefined]) {
  try {
    require(bad);
  } catch (e) {
    console.log(String(bad), e.code, e.message);
  }
}
console.log(typeof Module, Module === Module.Module, typeof Module._load, typeof Module._resolveFilename);
console.log(Object.keys(Module._extensions));
console.log(typeof Module.wrap, Module.wrap('X'));

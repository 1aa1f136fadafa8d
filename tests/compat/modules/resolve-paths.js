// require.resolve.paths and Module._nodeModulePaths.
const Module = require('module');
const path = require('path');
console.log(require.resolve.paths('./x').map((p) => path.relative(__dirname, p)));
console.log(Module._nodeModulePaths('/a/b/node_modules/c/d'));
console.log(Module._nodeModulePaths('/'));
console.log(Module._nodeModulePaths('/x/node_modules'));
const paths = require.resolve.paths('foo');
console.log(paths.length > 3, path.relative(__dirname, paths[0]));

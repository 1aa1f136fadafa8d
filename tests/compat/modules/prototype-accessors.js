'use strict';
// Accessors a program puts on Object.prototype under the names the loader uses for
// package.json fields and module records must not run while modules (user modules,
// packages with main/exports/imports/type, and builtins loaded lazily) are required.
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-proto-'));
const pkgDir = path.join(root, 'node_modules', 'pkg');
fs.mkdirSync(path.join(pkgDir, 'lib'), { recursive: true });
fs.writeFileSync(path.join(pkgDir, 'package.json'), JSON.stringify({
  name: 'pkg', main: 'lib/main.js', type: 'commonjs',
  exports: { '.': './lib/main.js', './sub': './lib/sub.js' },
  imports: { '#internal': './lib/sub.js' },
}));
fs.writeFileSync(path.join(pkgDir, 'lib', 'main.js'),
                 "module.exports = 'main ' + require('#internal').value;");
fs.writeFileSync(path.join(pkgDir, 'lib', 'sub.js'), "exports.value = 'sub';");
const nomain = path.join(root, 'node_modules', 'nomain');
fs.mkdirSync(nomain);
fs.writeFileSync(path.join(nomain, 'package.json'), '{"name":"nomain"}');
fs.writeFileSync(path.join(nomain, 'index.js'), "module.exports = 'no main field';");
fs.writeFileSync(path.join(root, 'entry.js'),
                 "module.exports = [require('pkg'), require('pkg/sub').value, require('nomain')];");

const names = ['name', 'main', 'type', 'exports', 'imports'];
const hits = [];
for (const name of names) {
  Object.defineProperty(Object.prototype, name, {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() { hits.push(`get ${name}`); return undefined; },
    set(value) { hits.push(`set ${name}`); },
  });
}

let results;
try {
  results = require(path.join(root, 'entry.js'));
  // Builtins that are not loaded at start-up are created lazily on first require.
  require('querystring');
  require('string_decoder');
  require('readline');
  require('zlib');
} finally {
  for (const name of names) delete Object.prototype[name];
  fs.rmSync(root, { recursive: true, force: true });
}
console.log(results);
console.log('accessors run:', hits);

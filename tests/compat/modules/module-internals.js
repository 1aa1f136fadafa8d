// compat: stderr
// compat: node-args=--pending-deprecation
'use strict';
// Module._stat, writing into Module.wrapper, module.parent's pending deprecation (DEP0144)
// and the process/sys builtin modules.
const Module = require('module');
const path = require('path');
const fs = require('fs');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-modint-'));
fs.writeFileSync(path.join(dir, 'file.js'), 'module.exports = typeof wrapped;');
console.log(Module._stat(dir), Module._stat(path.join(dir, 'file.js')),
            Module._stat(path.join(dir, 'nope')) < 0);
const before = Module.wrapper[0];
Module.wrapper[0] += 'var wrapped = 1;';
console.log(require(path.join(dir, 'file.js')));
Module.wrapper[0] = before;
fs.rmSync(dir, { recursive: true });
console.log(module.parent === null, Object.getOwnPropertyDescriptor(Module.prototype, 'parent').configurable);
console.log(require('process') === process, require('node:process') === process);
console.log(require('sys') === require('util'));
console.log(['sys', 'process'].map((m) => Module.builtinModules.includes(m) && Module.isBuiltin(m)));

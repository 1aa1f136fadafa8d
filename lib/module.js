'use strict';

// node:module is the CommonJS Module constructor itself, with its static helpers
// (createRequire, builtinModules, isBuiltin, _load, _resolveFilename, ...).

const { Module } = require('internal/modules/cjs/loader');

module.exports = Module;

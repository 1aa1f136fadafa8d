'use strict';

// node:sys is the old name of node:util (deprecated, DEP0025): the same module object,
// with a deprecation warning when it is loaded.

process.emitWarning('sys is deprecated. Use util instead.', 'DeprecationWarning', 'DEP0025');

module.exports = require('util');

'use strict';

// node:assert/strict is assert.strict.
module.exports = require('assert').strict;

'use strict';

// node:console is the global console object.

module.exports = require('internal/console/global');

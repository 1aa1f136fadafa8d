'use strict';

// node:path/posix: the POSIX flavour of node:path (the same object as path.posix).
module.exports = require('path').posix;

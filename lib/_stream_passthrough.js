'use strict';

// Legacy module name for stream.PassThrough (node prints no deprecation for it).

module.exports = require('stream').PassThrough;

'use strict';

// Legacy module name for stream.Transform (node prints no deprecation for it).

module.exports = require('stream').Transform;

'use strict';

// Legacy module name for stream.Readable (node prints no deprecation for it).

module.exports = require('stream').Readable;

'use strict';

// Legacy module name for stream.Writable (node prints no deprecation for it).

module.exports = require('stream').Writable;

'use strict';

// Legacy module name for stream.Duplex (node prints no deprecation for it).

module.exports = require('stream').Duplex;

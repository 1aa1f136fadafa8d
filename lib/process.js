'use strict';

// node:process is the global process object itself.

module.exports = process;

'use strict';

// Work done before the entry point runs: options that configure the process, and the
// source reader the stack formatter uses to place V8-style columns.

const stackSupport = require('internal/errors/stack');

function prepareMainThreadExecution(options) {
  const { readFileUtf8 } = internalBinding('fs');
  stackSupport.setSourceReader((filename) => readFileUtf8(filename));
  if (options.exposeInternals) {
    require('internal/bootstrap/realm').BuiltinModule.setExposeInternals(true);
  }
  if (options.noWarnings) process.noProcessWarnings = true;
  if (options.traceWarnings) process.traceProcessWarnings = true;
}

module.exports = { prepareMainThreadExecution };

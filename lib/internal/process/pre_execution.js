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
  // A child started by fork() finds its IPC channel through NODE_CHANNEL_FD. Without
  // one this costs a single getenv: the channel code loads only in forked children.
  if (internalBinding('process_methods').getEnv('NODE_CHANNEL_FD')) {
    require('internal/child_process/channel').setupChildChannel();
  }
}

module.exports = { prepareMainThreadExecution };

'use strict';

// Test-only access to internal bindings (require('internal/test/binding') works only with
// --expose-internals, like node's).

process.emitWarning(
  'These APIs are for internal testing only. Do not use them.',
  'internal/test/binding');

module.exports = { internalBinding };

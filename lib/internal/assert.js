'use strict';

// The library's own invariant checks. A failure here is a bug in nodus (or a misuse of
// its internals), reported as ERR_INTERNAL_ASSERTION rather than as a user-facing
// AssertionError.

let ERR_INTERNAL_ASSERTION;
function internalAssertionError(message) {
  ERR_INTERNAL_ASSERTION ??= require('internal/errors').codes.ERR_INTERNAL_ASSERTION;
  return new ERR_INTERNAL_ASSERTION(message);
}

// assert(value[, message]): throws ERR_INTERNAL_ASSERTION when value is falsy.
function assert(value, message) {
  if (!value) throw internalAssertionError(message);
}

// assert.fail([message]): always throws ERR_INTERNAL_ASSERTION.
function fail(message) {
  throw internalAssertionError(message);
}

assert.fail = fail;

module.exports = assert;

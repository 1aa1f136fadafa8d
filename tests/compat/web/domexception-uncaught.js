'use strict';
// compat: stderr
// An uncaught DOMException.
throw new DOMException('it went wrong', 'InvalidStateError');

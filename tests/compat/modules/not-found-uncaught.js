// compat: stderr
// An uncaught MODULE_NOT_FOUND prints node's message with the require stack.
require('./fixtures/missing-thing');

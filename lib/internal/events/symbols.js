'use strict';

// Private symbols shared between node:events and the code that prints fatal errors.
//
// kEnhanceStackBeforeInspector: an Error thrown by emit('error') (no 'error' listener)
// carries a function under this key. The fatal-exception printer may call it (no
// arguments) to get the error's stack followed by "Emitted 'error' event at:" and the
// frames of the emit() call, which is what node prints for an uncaught 'error' event.

module.exports = {
  kEnhanceStackBeforeInspector: Symbol('kEnhanceStackBeforeInspector'),
};

'use strict';

// Private symbols shared between node:events, EventTarget and their users.
//
// kEnhanceStackBeforeInspector: an Error thrown by emit('error') (no 'error' listener)
// carries a function under this key. The fatal-exception printer may call it (no
// arguments) to get the error's stack followed by "Emitted 'error' event at:" and the
// frames of the emit() call, which is what node prints for an uncaught 'error' event.

// kResistStopPropagation: an addEventListener option under this key makes the listener run
// even after an earlier one called stopImmediatePropagation() (abort handling that must
// always settle). It lives here so that its users need not load internal/event_target.

module.exports = {
  kEnhanceStackBeforeInspector: Symbol('kEnhanceStackBeforeInspector'),
  kResistStopPropagation: Symbol('kResistStopPropagation'),
};

'use strict';
// compat: stderr
// An 'error' event without listeners: the uncaught error is printed with where the event
// was emitted ("Emitted 'error' event on Thing instance at:"), its frames shared with the
// error's own stack elided.
const EventEmitter = require('events');
class Thing extends EventEmitter {}
function fire() {
  new Thing().emit('error', new Error('boom'));
}
fire();

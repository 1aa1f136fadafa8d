'use strict';

// node:timers. The implementation is in internal/timers.

const { ObjectDefineProperty } = primordials;

const timers = require('internal/timers');
const { emitWarning } = process;

function deprecated(fn, name, code) {
  let warned = false;
  return function(...args) {
    if (!warned) {
      warned = true;
      emitWarning(`timers.${name}() is deprecated.`, 'DeprecationWarning', code);
    }
    return fn(...args);
  };
}

module.exports = {
  setTimeout: timers.setTimeout,
  clearTimeout: timers.clearTimeout,
  setImmediate: timers.setImmediate,
  clearImmediate: timers.clearImmediate,
  setInterval: timers.setInterval,
  clearInterval: timers.clearInterval,
  _unrefActive: deprecated(timers.unrefActive, '_unrefActive', 'DEP0127'),
  active: deprecated(timers.active, 'active', 'DEP0126'),
  unenroll: deprecated(timers.unenroll, 'unenroll', 'DEP0096'),
  enroll: deprecated(timers.enroll, 'enroll', 'DEP0095'),
};

ObjectDefineProperty(module.exports, 'promises', {
  __proto__: null,
  get() { return require('timers/promises'); },
  enumerable: true,
  configurable: true,
});

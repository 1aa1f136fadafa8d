'use strict';

// node:timers. The machinery lives in internal/timers; this module adds the legacy
// functions (deprecated, each warning once) and the promise variants.

const {
  ObjectDefineProperty,
  ReflectApply,
  ReflectConstruct,
  SymbolFor,
} = primordials;

const timers = require('internal/timers');

const kPromisifyCustom = SymbolFor('nodejs.util.promisify.custom');

let timersPromises;
function lazyPromises() {
  timersPromises ??= require('timers/promises');
  return timersPromises;
}

// Codes already warned about (shared by every deprecated wrapper made here).
const warnedCodes = { __proto__: null };

// Wraps `fn` so that its first call prints a DeprecationWarning `message` with `code`.
function deprecate(fn, message, code) {
  return function deprecated(...args) {
    if (warnedCodes[code] === undefined) {
      warnedCodes[code] = true;
      process.emitWarning(message, 'DeprecationWarning', code, deprecated);
    }
    if (new.target) return ReflectConstruct(fn, args, new.target);
    return ReflectApply(fn, this, args);
  };
}

// util.promisify(setTimeout) and util.promisify(setImmediate) give the promise versions.
ObjectDefineProperty(timers.setTimeout, kPromisifyCustom, {
  __proto__: null,
  enumerable: true,
  configurable: false,
  get() { return lazyPromises().setTimeout; },
});
ObjectDefineProperty(timers.setImmediate, kPromisifyCustom, {
  __proto__: null,
  enumerable: true,
  configurable: false,
  get() { return lazyPromises().setImmediate; },
});

module.exports = {
  setTimeout: timers.setTimeout,
  clearTimeout: timers.clearTimeout,
  setImmediate: timers.setImmediate,
  clearImmediate: timers.clearImmediate,
  setInterval: timers.setInterval,
  clearInterval: timers.clearInterval,
  _unrefActive: deprecate(timers.unrefActive,
                          'timers._unrefActive() is deprecated. ' +
                          'Please use timeout.refresh() instead.', 'DEP0127'),
  active: deprecate(timers.active,
                    'timers.active() is deprecated. Please use timeout.refresh() instead.',
                    'DEP0126'),
  unenroll: deprecate(timers.unenroll,
                      'timers.unenroll() is deprecated. Please use clearTimeout instead.',
                      'DEP0096'),
  enroll: deprecate(timers.enroll,
                    'timers.enroll() is deprecated. Please use setTimeout instead.',
                    'DEP0095'),
};

ObjectDefineProperty(module.exports, 'promises', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() { return lazyPromises(); },
});

'use strict';

// util.debuglog(section): a logger that prints "SECTION PID: message" on stderr when
// NODE_DEBUG names the section. NODE_DEBUG is a comma-separated list of section names,
// matched case-insensitively, where `*` matches any run of characters ("http*",
// "*"). Whether a logger is enabled is decided on its first use (or first read of
// `.enabled`), after which its implementation is fixed.

const {
  ArrayPrototypeJoin,
  ArrayPrototypeMap,
  ObjectDefineProperty,
  RegExp,
  RegExpPrototypeExec,
  RegExpPrototypeSymbolReplace,
  StringPrototypeSplit,
  StringPrototypeToUpperCase,
} = primordials;

// Decides whether a section name is enabled; set by initializeDebugEnv.
let testEnabled;

// section (upper case) -> its implementation, shared by every logger for that section.
const implementations = { __proto__: null };

// Reads the NODE_DEBUG value once. Node reads it before user code runs; nodus reads it
// when the first logger is created, unless the bootstrap calls this earlier.
function initializeDebugEnv(debugEnv) {
  if (debugEnv) {
    const alternatives = ArrayPrototypeMap(StringPrototypeSplit(debugEnv, ','), (name) => {
      const escaped = RegExpPrototypeSymbolReplace(/[|\\{}()[\]^$+?.]/g, name, '\\$&');
      return RegExpPrototypeSymbolReplace(/\*/g, escaped, '.*');
    });
    const pattern = new RegExp(`^(?:${ArrayPrototypeJoin(alternatives, '|')})$`, 'i');
    testEnabled = (section) => RegExpPrototypeExec(pattern, section) !== null;
  } else {
    testEnabled = () => false;
  }
}

function lazyTestEnabled(section) {
  if (testEnabled === undefined) initializeDebugEnv(process.env.NODE_DEBUG);
  return testEnabled(section);
}

function noop() {}

let inspectModule;
function lazyInspect() {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule;
}

// Whether text written to stream may carry colour escapes (FORCE_COLOR decides when
// set; otherwise a terminal with more than two colours).
function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) {
    return require('internal/tty').getColorDepth() > 2;
  }
  return Boolean(stream?.isTTY) &&
    (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
}

function createImplementation(enabled, section) {
  if (implementations[section] === undefined) {
    if (enabled) {
      const pid = process.pid;
      implementations[section] = function debug(...args) {
        const { format, formatWithOptions, inspect } = lazyInspect();
        const colors = shouldColorize(process.stderr);
        const message = formatWithOptions({ colors }, ...args);
        const shownPid = inspect(pid, { colors });
        process.stderr.write(format('%s %s: %s\n', section, shownPid, message));
      };
    } else {
      implementations[section] = noop;
    }
  }
  return implementations[section];
}

// util.debuglog(section[, callback]): returns the logger function. It has an `enabled`
// getter. callback, if given, receives the section's implementation (a no-op function
// when disabled) when the logger is first used.
function debuglog(section, callback) {
  let enabled;
  function init() {
    section = StringPrototypeToUpperCase(section);
    enabled = lazyTestEnabled(section);
  }

  let debug = (...args) => {
    init();
    debug = createImplementation(enabled, section);
    if (typeof callback === 'function') callback(debug);
    return debug(...args);
  };

  let test = () => {
    init();
    test = () => enabled;
    return enabled;
  };

  const logger = (...args) => {
    debug(...args);
  };
  ObjectDefineProperty(logger, 'enabled', {
    __proto__: null,
    get() {
      return test();
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

module.exports = {
  debuglog,
  initializeDebugEnv,
};

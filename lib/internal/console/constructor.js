'use strict';

// The Console class behind node:console and the global console.
//
// Every printing method formats its arguments into one string (util.format semantics,
// with inspect options and colours decided for the destination stream), indents it by
// the current group depth and writes it, plus a newline, with one write() call to the
// console's stdout or stderr. A stream is anything with a write() method. Unless
// ignoreErrors is false, write errors are swallowed: the console adds a no-op 'error'
// listener around the call, so such streams must also have EventEmitter's
// listenerCount/once/removeListener (node behaves the same way).
//
// Methods are installed on each instance already bound to it, so `const { log } =
// console` works. Methods that print through another method (group, count, table,
// timeEnd/timeLog through log; assert through warn; trace through error) look that
// method up on the instance at call time, so replacing console.log affects them, as in
// node.

const {
  ErrorCaptureStackTrace,
  FunctionPrototypeBind,
  MathFloor,
  Number,
  NumberPrototypeToFixed,
  ObjectDefineProperty,
  ObjectKeys,
  ReflectApply,
  ReflectConstruct,
  ReflectOwnKeys,
  SafeMap,
  SafeWeakMap,
  StringPrototypeIncludes,
  StringPrototypePadStart,
  StringPrototypeRepeat,
  StringPrototypeReplaceAll,
  StringPrototypeSlice,
  StringPrototypeSplit,
  Symbol,
  SymbolHasInstance,
  SymbolToStringTag,
} = primordials;

const {
  codes: {
    ERR_CONSOLE_WRITABLE_STREAM,
    ERR_INCOMPATIBLE_OPTION_PAIR,
  },
} = require('internal/errors');
// Loaded on demand: the global console never needs them, and start-up matters.
let validators;
function lazyValidators() {
  validators ??= require('internal/validators');
  return validators;
}

let inspectModule;
function lazyInspect() {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule;
}

const kMaxGroupIndentation = 1000;

// The descriptions are visible (Reflect.ownKeys(console), util.inspect with showHidden).
const kBindStreamsEager = Symbol('kBindStreamsEager');
const kBindStreamsLazy = Symbol('kBindStreamsLazy');
const kBindProperties = Symbol('kBindProperties');
const kWriteToConsole = Symbol('kWriteToConsole');
const kGetInspectOptions = Symbol('kGetInspectOptions');
const kFormatForStdout = Symbol('kFormatForStdout');
const kFormatForStderr = Symbol('kFormatForStderr');
const kCounts = Symbol('counts');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');
const kUseStdout = Symbol('kUseStdout');
const kUseStderr = Symbol('kUseStderr');

// A console's own inspectOptions (kept out of sight, as in node).
const inspectOptionsByConsole = new SafeWeakMap();

const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

// Defines a hidden (non-enumerable), writable, configurable data property.
function defineHidden(target, key, value) {
  ObjectDefineProperty(target, key, {
    __proto__: null, value, writable: true, enumerable: false, configurable: true,
  });
}

function hasWrite(stream) {
  return !!stream && typeof stream.write === 'function';
}

// new Console(stdout[, stderr[, ignoreErrors]]) or new Console(options); callable
// without `new`. Throws node's errors for a missing stream or invalid options.
function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  if (new.target === undefined) return ReflectConstruct(Console, arguments);

  // A first argument that is a stream (or nothing) means the positional form.
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
  }
  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;

  if (!hasWrite(stdout)) throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
  if (!hasWrite(stderr)) throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');
  const { validateInteger, validateObject, validateOneOf } = lazyValidators();
  validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
  if (groupIndentation !== undefined) {
    validateInteger(groupIndentation, 'groupIndentation', 0, kMaxGroupIndentation);
  }
  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
    inspectOptionsByConsole.set(this, inspectOptions);
  }

  // Bind whatever the instance inherits under the prototype's method names (a subclass's
  // overrides included).
  const keys = ObjectKeys(Console.prototype);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const bound = FunctionPrototypeBind(this[key], this);
    ObjectDefineProperty(bound, 'name', { __proto__: null, value: key });
    this[key] = bound;
  }

  this[kBindStreamsEager](stdout, stderr);
  this[kBindProperties](ignoreErrors, colorMode, groupIndentation);
}

// `x instanceof Console` holds for every console (the global one is a plain object).
ObjectDefineProperty(Console, SymbolHasInstance, {
  __proto__: null,
  value(instance) {
    return instance[kIsConsole];
  },
});

// The internal steps, shared with the global console (internal/console/global).
const internalMethods = {
  // Fixed streams.
  [kBindStreamsEager](stdout, stderr) {
    defineHidden(this, '_stdout', stdout);
    defineHidden(this, '_stderr', stderr);
  },

  // Streams read from `object` (process) on first use; assignable.
  [kBindStreamsLazy](object) {
    let stdout;
    let stderr;
    // Until a stream is looked up or assigned, output may skip building it (see directInfo).
    if (object === process) {
      lazyConsole = this;
      lazyStreamsUnset = (useStdout) => (useStdout ? stdout : stderr) === undefined;
    }
    ObjectDefineProperty(this, '_stdout', {
      __proto__: null,
      enumerable: false,
      configurable: true,
      get() {
        if (!stdout) stdout = object.stdout;
        return stdout;
      },
      set(value) { stdout = value; },
    });
    ObjectDefineProperty(this, '_stderr', {
      __proto__: null,
      enumerable: false,
      configurable: true,
      get() {
        if (!stderr) stderr = object.stderr;
        return stderr;
      },
      set(value) { stderr = value; },
    });
  },

  [kBindProperties](ignoreErrors, colorMode, groupIndentation = 2) {
    defineHidden(this, '_stdoutErrorHandler', createWriteErrorHandler(this, kUseStdout));
    defineHidden(this, '_stderrErrorHandler', createWriteErrorHandler(this, kUseStderr));
    defineHidden(this, '_ignoreErrors', !!ignoreErrors);
    defineHidden(this, '_times', new SafeMap());
    defineHidden(this, kCounts, new SafeMap());
    defineHidden(this, kColorMode, colorMode);
    defineHidden(this, kIsConsole, true);
    defineHidden(this, kGroupIndent, '');
    defineHidden(this, kGroupIndentationWidth, groupIndentation);
    ObjectDefineProperty(this, SymbolToStringTag, {
      __proto__: null, value: 'console', writable: false, enumerable: false,
      configurable: true,
    });
  },

  // Writes `string` (indented for the current group) and a newline to one stream.
  [kWriteToConsole](streamSymbol, string) {
    const ignoreErrors = this._ignoreErrors;
    const groupIndent = this[kGroupIndent];
    const useStdout = streamSymbol === kUseStdout;
    const errorHandler = useStdout ? this._stdoutErrorHandler : this._stderrErrorHandler;

    if (groupIndent.length !== 0) {
      if (StringPrototypeIncludes(string, '\n')) {
        string = StringPrototypeReplaceAll(string, '\n', `\n${groupIndent}`);
      }
      string = groupIndent + string;
    }
    string += '\n';

    if (this === lazyConsole && lazyStreamsUnset(useStdout)) {
      try {
        if (lazyStdio().writeDirect(useStdout ? 1 : 2, string)) return;
      } catch (err) {
        if (isStackOverflowError(err)) throw err;
      }
    }
    const stream = useStdout ? this._stdout : this._stderr;
    if (ignoreErrors === false) return stream.write(string);

    // A synchronous error (files, terminals) is caught here; an asynchronous one (pipes)
    // is kept from becoming uncaught by the temporary listener and by errorHandler.
    try {
      if (stream.listenerCount('error') === 0) stream.once('error', noop);
      stream.write(string, errorHandler);
    } catch (err) {
      // Running out of stack is the caller's problem, not an output problem.
      if (isStackOverflowError(err)) throw err;
    } finally {
      stream.removeListener('error', noop);
    }
  },

  // The inspect options for output to `stream`: the console's inspectOptions (their
  // `colors` filled in on first use) or just the colour decision.
  [kGetInspectOptions](stream) {
    let color = this[kColorMode];
    if (color === 'auto') color = shouldColorize(stream);
    const options = inspectOptionsByConsole.get(this);
    if (options) {
      if (options.colors === undefined) options.colors = color;
      return options;
    }
    return color ? kColorInspectOptions : kNoColorInspectOptions;
  },

  [kFormatForStdout](args) {
    return formatForStream(this, directInfo(this, true) ?? this._stdout, args);
  },

  [kFormatForStderr](args) {
    return formatForStream(this, directInfo(this, false) ?? this._stderr, args);
  },
};

// The global console writes to descriptor 1 or 2 directly, without creating
// process.stdout or process.stderr, while neither it nor anyone else has asked for that
// stream (internal/process/stdio explains why this is the stream's own behaviour).
let lazyConsole;
let lazyStreamsUnset;
let stdioModule;
function lazyStdio() {
  stdioModule ??= require('internal/process/stdio');
  return stdioModule;
}

// When `self`'s output to stdout or stderr can be written directly: what the colour
// decision needs to know about the destination (else undefined).
function directInfo(self, useStdout) {
  if (self !== lazyConsole || !lazyStreamsUnset(useStdout)) return undefined;
  return lazyStdio().directInfo(useStdout ? 1 : 2);
}

// util.formatWithOptions(inspect options for `stream`, ...args). Plain text (only strings,
// and no format directive to expand) is joined here without loading util.inspect, which
// keeps a script's first console.log('...') cheap.
function formatForStream(self, stream, args) {
  const n = args.length;
  let plain = n === 0 || typeof args[0] === 'string';
  if (plain && n > 1) {
    if (StringPrototypeIncludes(args[0], '%')) {
      plain = false;
    } else {
      for (let i = 1; i < n; i++) {
        if (typeof args[i] !== 'string') {
          plain = false;
          break;
        }
      }
    }
  }
  if (plain) {
    // The colour decision still runs: it fills in inspectOptions.colors as node does.
    self[kGetInspectOptions](stream);
    if (n === 1) return args[0];
    let text = n === 0 ? '' : args[0];
    for (let i = 1; i < n; i++) text += ` ${args[i]}`;
    return text;
  }
  return ReflectApply(lazyInspect().formatWithOptions, null,
                      [self[kGetInspectOptions](stream), ...args]);
}

function noop() {}

function isStackOverflowError(err) {
  return err !== null && typeof err === 'object' && err.name === 'RangeError' &&
    typeof err.message === 'string' &&
    StringPrototypeSlice(err.message, 0, 32) === 'Maximum call stack size exceeded';
}

// The write callback: an asynchronous write error that the stream has not emitted yet
// gets a no-op listener (unless someone listens), so it does not crash the process.
function createWriteErrorHandler(instance, streamSymbol) {
  return (err) => {
    const stream = streamSymbol === kUseStdout ? instance._stdout : instance._stderr;
    if (err !== null && !stream._writableState?.errorEmitted) {
      if (stream.listenerCount('error') === 0) stream.once('error', noop);
    }
  };
}

// Colours for a stream in 'auto' mode: forced by FORCE_COLOR, else a terminal with more
// than two colours (a TTY without getColorDepth counts as colourful).
function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) {
    return require('internal/tty').getColorDepth() > 2;
  }
  return stream?.isTTY && (typeof stream.getColorDepth === 'function' ?
    stream.getColorDepth() > 2 : true);
}

// ---------------------------------------------------------------------------------------
// Durations for timeEnd/timeLog.

const kSecond = 1000;
const kMinute = 60 * kSecond;
const kHour = 60 * kMinute;

function pad2(value) {
  return StringPrototypePadStart(`${value}`, 2, '0');
}

// 1.234ms, 1.234s, 1:02.345 (m:ss.mmm), 1:02:03.456 (h:mm:ss.mmm).
function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= kSecond) {
    if (ms >= kMinute) {
      if (ms >= kHour) {
        hours = MathFloor(ms / kHour);
        ms %= kHour;
      }
      minutes = MathFloor(ms / kMinute);
      ms %= kMinute;
    }
    seconds = ms / kSecond;
  }
  if (hours !== 0 || minutes !== 0) {
    const { 0: whole, 1: millis } =
      StringPrototypeSplit(NumberPrototypeToFixed(seconds, 3), '.');
    const lead = hours !== 0 ? `${hours}:${pad2(minutes)}` : minutes;
    return `${lead}:${pad2(whole)}.${millis} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${NumberPrototypeToFixed(seconds, 3)}s`;
  return `${Number(NumberPrototypeToFixed(ms, 3))}ms`;
}

// Prints "label: duration[ data...]" through self.log; false (and a warning) when the
// label is not being timed.
function timeLogImpl(self, name, label, data) {
  const start = self._times.get(label);
  if (start === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const elapsed = process.hrtime(start);
  const formatted = formatTime(elapsed[0] * 1000 + elapsed[1] / 1e6);
  if (data === undefined) {
    self.log('%s: %s', label, formatted);
  } else {
    ReflectApply(self.log, self, ['%s: %s', label, formatted, ...data]);
  }
  return true;
}

// ---------------------------------------------------------------------------------------
// The public methods, in node's order (which Object.keys(console) shows).

const consoleMethods = {
  log(...args) {
    this[kWriteToConsole](kUseStdout, this[kFormatForStdout](args));
  },

  warn(...args) {
    this[kWriteToConsole](kUseStderr, this[kFormatForStderr](args));
  },

  dir(object, options) {
    this[kWriteToConsole](kUseStdout, lazyInspect().inspect(object, {
      customInspect: false,
      ...this[kGetInspectOptions](this._stdout),
      ...options,
    }));
  },

  time(label = 'default') {
    label = `${label}`;
    if (this._times.has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, process.hrtime());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label)) this._times.delete(label);
  },

  timeLog(label = 'default', ...data) {
    label = `${label}`;
    timeLogImpl(this, 'timeLog', label, data);
  },

  trace: function trace(...args) {
    const err = {
      name: 'Trace',
      message: this[kFormatForStderr](args),
    };
    ErrorCaptureStackTrace(err, trace);
    this.error(err.stack);
  },

  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      ReflectApply(this.warn, this, args);
    }
  },

  // Clears a terminal (not a file or pipe): cursor home, then erase below.
  clear() {
    if (this._stdout.isTTY && process.env.TERM !== 'dumb') {
      this._stdout.write('\x1b[1;1H', undefined);
      this._stdout.write('\x1b[0J', undefined);
    }
  },

  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    let count = counts.get(label);
    count = count === undefined ? 1 : count + 1;
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },

  // The existence check uses the label as given while counts are keyed by its string
  // (so countReset(1) after count(1) warns): node's behaviour.
  countReset(label = 'default') {
    const counts = this[kCounts];
    if (!counts.has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(`${label}`);
  },

  group(...data) {
    if (data.length > 0) ReflectApply(this.log, this, data);
    this[kGroupIndent] += StringPrototypeRepeat(' ', this[kGroupIndentationWidth]);
  },

  groupEnd() {
    this[kGroupIndent] = StringPrototypeSlice(
      this[kGroupIndent], 0, this[kGroupIndent].length - this[kGroupIndentationWidth]);
  },

  table(tabularData, properties) {
    if (properties !== undefined) lazyValidators().validateArray(properties, 'properties');
    if (tabularData === null || typeof tabularData !== 'object') {
      return this.log(tabularData);
    }
    tabulate ??= require('internal/console/table').tabulate;
    this.log(tabulate(tabularData, properties, this[kGetInspectOptions](this._stdout)));
  },
};

let tabulate;

consoleMethods.debug = consoleMethods.log;
consoleMethods.info = consoleMethods.log;
consoleMethods.dirxml = consoleMethods.log;
consoleMethods.error = consoleMethods.warn;
consoleMethods.groupCollapsed = consoleMethods.group;

// ---------------------------------------------------------------------------------------
// Console.prototype: the public methods (enumerable, so instances bind them) and the
// internal steps (hidden).

for (const key of ObjectKeys(consoleMethods)) {
  ObjectDefineProperty(Console.prototype, key, {
    __proto__: null, value: consoleMethods[key], writable: true, enumerable: true,
    configurable: true,
  });
}
for (const key of ReflectOwnKeys(internalMethods)) {
  defineHidden(Console.prototype, key, internalMethods[key]);
}

module.exports = {
  Console,
  formatTime,
  kBindProperties,
  kBindStreamsLazy,
  kWriteToConsole,
};

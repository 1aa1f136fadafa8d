'use strict';

// The Console class behind node:console and the global console. Each call formats its
// arguments like util.format (with inspect options and colours decided per stream) and
// writes one string to the stream; group() indents every line that follows.

const {
  ArrayIsArray,
  ArrayPrototypeJoin,
  ArrayPrototypeMap,
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  MathFloor,
  Number,
  NumberPrototypeToFixed,
  ObjectDefineProperty,
  ObjectKeys,
  ObjectPrototypeHasOwnProperty,
  ObjectValues,
  ReflectApply,
  ReflectOwnKeys,
  SafeMap,
  SafeSet,
  StringPrototypeIncludes,
  StringPrototypePadStart,
  StringPrototypeRepeat,
  StringPrototypeReplaceAll,
  Symbol,
  SymbolHasInstance,
  SymbolToStringTag,
} = primordials;

const {
  codes: {
    ERR_CONSOLE_WRITABLE_STREAM,
    ERR_INCOMPATIBLE_OPTION_PAIR,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const {
  validateInteger,
  validateObject,
  validateOneOf,
} = require('internal/validators');
const {
  inspect,
  formatWithOptions,
} = require('internal/util/inspect');

const kSecond = 1000;
const kMinute = 60 * kSecond;
const kHour = 60 * kMinute;
const kMaxGroupIndentation = 1000;

const kWriteToConsole = Symbol('kWriteToConsole');
const kGetInspectOptions = Symbol('kGetInspectOptions');
const kBindStreamsEager = Symbol('kBindStreamsEager');
const kBindProperties = Symbol('kBindProperties');
const kCounts = Symbol('counts');
const kTimers = Symbol('kTimers');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kInspectOptions = Symbol('kInspectOptions');
const kUseStdout = Symbol('kUseStdout');
const kUseStderr = Symbol('kUseStderr');
const kIgnoreErrors = Symbol('kIgnoreErrors');
const kFormatForStdout = Symbol('kFormatForStdout');
const kFormatForStderr = Symbol('kFormatForStderr');
const kBindStreamsLazy = Symbol('kBindStreamsLazy');

function isWritable(stream) {
  return stream !== null && typeof stream === 'object' && typeof stream.write === 'function';
}

function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  if (!new.target) return ReflectApply(construct, null, arguments);
  if (!options || typeof options.write === 'function') {
    options = {
      stdout: options,
      stderr: arguments[1],
      ignoreErrors: arguments[2],
    };
  }
  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;

  if (!isWritable(stdout)) throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
  if (!isWritable(stderr)) throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');
  validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
  if (groupIndentation !== undefined) {
    validateInteger(groupIndentation, 'groupIndentation', 0, kMaxGroupIndentation);
  }
  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
  }

  this[kBindStreamsEager](stdout, stderr);
  this[kBindProperties](ignoreErrors, colorMode, groupIndentation, inspectOptions);

  // Methods are bound to the instance so `const { log } = console` works.
  for (const key of ReflectOwnKeys(Console.prototype)) {
    if (key === 'constructor') continue;
    const method = this[key];
    if (typeof method === 'function' && typeof key === 'string') {
      const bound = method.bind(this);
      ObjectDefineProperty(bound, 'name', { __proto__: null, value: key });
      this[key] = bound;
    }
  }
}

function construct(...args) {
  return new Console(...args);
}

ObjectDefineProperty(Console, SymbolHasInstance, {
  __proto__: null,
  value(instance) {
    return instance !== null && typeof instance === 'object' && instance[kIsConsole] === true;
  },
});

const consolePropertyDescriptor = {
  __proto__: null, writable: true, enumerable: false, configurable: true,
};

function defineHidden(target, key, value) {
  ObjectDefineProperty(target, key, { ...consolePropertyDescriptor, value });
}

Console.prototype[kBindStreamsEager] = function(stdout, stderr) {
  defineHidden(this, '_stdout', stdout);
  defineHidden(this, '_stderr', stderr);
};

// The global console resolves process.stdout/stderr only when first written to.
Console.prototype[kBindStreamsLazy] = function(object) {
  let stdout;
  let stderr;
  ObjectDefineProperty(this, '_stdout', {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return stdout ??= object.stdout; },
    set(value) { stdout = value; },
  });
  ObjectDefineProperty(this, '_stderr', {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return stderr ??= object.stderr; },
    set(value) { stderr = value; },
  });
};

Console.prototype[kBindProperties] = function(ignoreErrors, colorMode, groupIndentation = 2,
                                              inspectOptions) {
  defineHidden(this, kIsConsole, true);
  defineHidden(this, kIgnoreErrors, ignoreErrors);
  defineHidden(this, kCounts, new SafeMap());
  defineHidden(this, kTimers, new SafeMap());
  defineHidden(this, kColorMode, colorMode);
  defineHidden(this, kGroupIndent, '');
  defineHidden(this, kGroupIndentationWidth, groupIndentation);
  defineHidden(this, kInspectOptions, inspectOptions);
  defineHidden(this, SymbolToStringTag, 'console');
};

Console.prototype[kWriteToConsole] = function(streamSymbol, string) {
  const useStdout = streamSymbol === kUseStdout;
  const stream = useStdout ? this._stdout : this._stderr;
  const indent = this[kGroupIndent];
  if (indent.length !== 0) {
    if (StringPrototypeIncludes(string, '\n')) {
      string = StringPrototypeReplaceAll(string, '\n', `\n${indent}`);
    }
    string = indent + string;
  }
  string += '\n';
  if (this[kIgnoreErrors] === false) {
    stream.write(string);
    return;
  }
  // Errors writing to the console (a closed pipe) are swallowed, as in node.
  try {
    if (stream.listenerCount?.('error') === 0) stream.once('error', noop);
    stream.write(string, errorHandler);
  } catch (e) {
    if (e?.name === 'RangeError' && e.message === 'Maximum call stack size exceeded') throw e;
  } finally {
    if (typeof stream.removeListener === 'function') stream.removeListener('error', noop);
  }
};

function noop() {}
function errorHandler() {}

Console.prototype[kGetInspectOptions] = function(stream) {
  let color = this[kColorMode];
  if (color === 'auto') {
    color = stream.isTTY === true &&
      (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
  }
  const options = this[kInspectOptions];
  if (options) {
    if (options.colors === undefined) return { ...options, colors: color };
    return options;
  }
  return color ? kColorInspectOptions : kNoColorInspectOptions;
};

const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

Console.prototype[kFormatForStdout] = function(args) {
  return ReflectApply(formatWithOptions, null, [this[kGetInspectOptions](this._stdout), ...args]);
};

Console.prototype[kFormatForStderr] = function(args) {
  return ReflectApply(formatWithOptions, null, [this[kGetInspectOptions](this._stderr), ...args]);
};

function timeLogImpl(self, name, label, data) {
  const time = self[kTimers].get(label);
  if (time === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const duration = process.hrtime(time);
  const ms = duration[0] * 1000 + duration[1] / 1e6;
  const formatted = formatTime(ms);
  if (data === undefined) {
    self.log('%s: %s', label, formatted);
  } else {
    self.log('%s: %s', label, formatted, ...data);
  }
  return true;
}

function pad(value) {
  return StringPrototypePadStart(`${value}`, 2, '0');
}

function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= kSecond) {
    if (ms >= kMinute) {
      if (ms >= kHour) {
        hours = MathFloor(ms / kHour);
        ms = ms % kHour;
      }
      minutes = MathFloor(ms / kMinute);
      ms = ms % kMinute;
    }
    seconds = ms / kSecond;
  }
  if (hours !== 0 || minutes !== 0) {
    const { 0: whole, 1: fraction } = NumberPrototypeToFixed(seconds, 3).split('.');
    const res = hours !== 0 ? `${hours}:${pad(minutes)}` : minutes;
    return `${res}:${pad(whole)}.${fraction} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${NumberPrototypeToFixed(seconds, 3)}s`;
  return `${Number(NumberPrototypeToFixed(ms, 3))}ms`;
}

const consoleMethods = {
  log(...args) {
    this[kWriteToConsole](kUseStdout, this[kFormatForStdout](args));
  },

  warn(...args) {
    this[kWriteToConsole](kUseStderr, this[kFormatForStderr](args));
  },

  dir(object, options) {
    this[kWriteToConsole](kUseStdout, inspect(object, {
      customInspect: false,
      ...this[kGetInspectOptions](this._stdout),
      ...options,
    }));
  },

  time(label = 'default') {
    label = `${label}`;
    if (this[kTimers].has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this[kTimers].set(label, process.hrtime());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    const found = timeLogImpl(this, 'timeEnd', label);
    if (found) this[kTimers].delete(label);
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
    Error.captureStackTrace(err, trace);
    this.error(err.stack);
  },

  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      ReflectApply(this.warn, this, args);
    }
  },

  clear() {
    if (this._stdout.isTTY && process.env.TERM !== 'dumb') {
      this._stdout.write('\x1b[1;1H\x1b[0J');
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
    this[kGroupIndent] = this[kGroupIndent].slice(
      0, this[kGroupIndent].length - this[kGroupIndentationWidth]);
  },

  table(tabularData, properties) {
    if (properties !== undefined && !ArrayIsArray(properties)) {
      throw new ERR_INVALID_ARG_VALUE('properties', properties, 'must be an array');
    }
    if (tabularData === null || typeof tabularData !== 'object') {
      return this.log(tabularData);
    }
    this.log(renderTable(this, tabularData, properties));
  },
};

// ---------------------------------------------------------------------------------------
// console.table.

const tableChars = {
  middleMiddle: '\u2500',
  rowMiddle: '\u253c',
  topRight: '\u2510',
  topLeft: '\u250c',
  leftMiddle: '\u251c',
  topMiddle: '\u252c',
  bottomRight: '\u2518',
  bottomLeft: '\u2514',
  bottomMiddle: '\u2534',
  rightMiddle: '\u2524',
  left: '\u2502 ',
  right: ' \u2502',
  middle: ' \u2502 ',
};

function stringWidth(str) {
  return require('internal/util/inspect').getStringWidth?.(str) ?? str.length;
}

function renderRow(row, widths) {
  let out = tableChars.left;
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    const needed = widths[i] - stringWidth(cell);
    out += cell + StringPrototypeRepeat(' ', needed);
    if (i !== row.length - 1) out += tableChars.middle;
  }
  return out + tableChars.right;
}

function renderTableText(head, columns) {
  const rows = [];
  const widths = ArrayPrototypeMap(head, (h) => stringWidth(h));
  const longest = columns.reduce((max, col) => (col.length > max ? col.length : max), 0);
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longest; j++) {
      rows[j] ??= [];
      const value = ObjectPrototypeHasOwnProperty(column, j) ? column[j] : '';
      rows[j][i] = value;
      const width = stringWidth(value);
      if (width > widths[i]) widths[i] = width;
    }
  }
  const divider = ArrayPrototypeMap(widths, (w) => StringPrototypeRepeat(tableChars.middleMiddle, w + 2));
  let result = `${tableChars.topLeft}${ArrayPrototypeJoin(divider, tableChars.topMiddle)}` +
    `${tableChars.topRight}\n${renderRow(head, widths)}\n` +
    `${tableChars.leftMiddle}${ArrayPrototypeJoin(divider, tableChars.rowMiddle)}` +
    `${tableChars.rightMiddle}\n`;
  for (const row of rows) result += `${renderRow(row, widths)}\n`;
  result += `${tableChars.bottomLeft}${ArrayPrototypeJoin(divider, tableChars.bottomMiddle)}` +
    tableChars.bottomRight;
  return result;
}

function renderTable(self, tabularData, properties) {
  const inspectOptions = {
    ...self[kGetInspectOptions](self._stdout),
    maxArrayLength: 3,
    breakLength: Infinity,
    colors: false,
  };
  const display = (v) => inspect(v, inspectOptions);
  const indexKey = '(index)';
  const valuesKey = 'Values';
  const iterKey = '(iteration index)';

  const mapIter = tabularData instanceof Map;
  const setIter = tabularData instanceof Set;
  let data = tabularData;
  if (mapIter) {
    const keys = [];
    const values = [];
    let i = 0;
    for (const { 0: k, 1: v } of tabularData) {
      ArrayPrototypePush(keys, display(k));
      ArrayPrototypePush(values, display(v));
      i++;
    }
    const indexes = [];
    for (let n = 0; n < i; n++) ArrayPrototypePush(indexes, `${n}`);
    return renderTableText([iterKey, 'Key', valuesKey], [indexes, keys, values]);
  }
  if (setIter) {
    data = [...tabularData];
    const values = ArrayPrototypeMap(data, display);
    const indexes = ArrayPrototypeMap(data, (_, n) => `${n}`);
    return renderTableText([iterKey, valuesKey], [indexes, values]);
  }

  const map = { __proto__: null };
  let hasPrimitives = false;
  const valuesKeyArray = [];
  const indexKeyArray = ObjectKeys(data);
  for (let i = 0; i < indexKeyArray.length; i++) {
    const item = data[indexKeyArray[i]];
    const primitive = item === null ||
      (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      valuesKeyArray[i] = display(item);
    } else {
      const keys = properties || ObjectKeys(item);
      for (const key of keys) {
        map[key] ??= [];
        if ((primitive && properties) || !ObjectPrototypeHasOwnProperty(item, key)) {
          map[key][i] = '';
        } else {
          map[key][i] = display(item[key]);
        }
      }
    }
  }
  const keys = ObjectKeys(map);
  const values = ObjectValues(map);
  if (hasPrimitives) {
    ArrayPrototypePush(keys, valuesKey);
    ArrayPrototypePush(values, valuesKeyArray);
  }
  return renderTableText([indexKey, ...keys], [indexKeyArray, ...values]);
}

// Aliases, in node's order.
consoleMethods.debug = consoleMethods.log;
consoleMethods.info = consoleMethods.log;
consoleMethods.dirxml = consoleMethods.log;
consoleMethods.error = consoleMethods.warn;
consoleMethods.groupCollapsed = consoleMethods.group;

for (const key of ObjectKeys(consoleMethods)) {
  defineHidden(Console.prototype, key, consoleMethods[key]);
}
Console.prototype.constructor = Console;

module.exports = {
  Console,
  kBindStreamsLazy,
  kBindProperties,
  kWriteToConsole,
  formatTime,
};

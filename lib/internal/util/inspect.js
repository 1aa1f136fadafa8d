'use strict';

// util.inspect and util.format. (Interim version: primitives, plain objects, arrays,
// errors and functions; replaced by the complete implementation.)

const {
  ArrayIsArray,
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  JSONStringify,
  ObjectKeys,
  String,
} = primordials;

const { normalizeErrorStack } = require('internal/errors/stack');

const inspectDefaultOptions = {
  showHidden: false, depth: 2, colors: false, customInspect: true, showProxy: false,
  maxArrayLength: 100, maxStringLength: 10000, breakLength: 128, compact: 3,
  sorted: false, getters: false, numericSeparator: false,
};

function quote(s) {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

function formatValue(value, depth, seen) {
  switch (typeof value) {
    case 'string': return depth === 0 ? value : quote(value);
    case 'number': return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint': return `${value}n`;
    case 'boolean': return String(value);
    case 'undefined': return 'undefined';
    case 'symbol': return String(value);
    case 'function': return `[Function: ${value.name || '(anonymous)'}]`;
  }
  if (value === null) return 'null';
  if (value instanceof Error) return normalizeErrorStack(value) ?? String(value);
  if (seen.includes(value)) return '[Circular *1]';
  seen.push(value);
  let out;
  if (ArrayIsArray(value)) {
    const parts = [];
    for (const v of value) ArrayPrototypePush(parts, formatValue(v, depth + 1, seen));
    out = parts.length === 0 ? '[]' : `[ ${ArrayPrototypeJoin(parts, ', ')} ]`;
  } else {
    const parts = [];
    for (const k of ObjectKeys(value)) {
      const key = /^[A-Za-z_$][\w$]*$/.test(k) ? k : quote(k);
      ArrayPrototypePush(parts, `${key}: ${formatValue(value[k], depth + 1, seen)}`);
    }
    out = parts.length === 0 ? '{}' : `{ ${ArrayPrototypeJoin(parts, ', ')} }`;
  }
  seen.pop();
  return out;
}

function inspect(value, options) {
  return formatValue(value, 1, []);
}
inspect.defaultOptions = inspectDefaultOptions;

function formatWithOptions(inspectOptions, ...args) {
  const first = args[0];
  let out = '';
  let a = 0;
  if (typeof first === 'string' && args.length > 1) {
    a = 1;
    out = first.replace(/%[sdifjoOc%]/g, (m) => {
      if (m === '%%') return '%';
      if (a >= args.length) return m;
      const v = args[a++];
      switch (m) {
        case '%s': return typeof v === 'string' ? v : formatValue(v, 1, []);
        case '%d': case '%i': return String(Number.parseInt(v));
        case '%f': return String(Number.parseFloat(v));
        case '%j': return JSONStringify(v);
        case '%c': return '';
        default: return formatValue(v, 1, []);
      }
    });
  } else if (args.length > 0) {
    out = typeof first === 'string' ? first : formatValue(first, 1, []);
    a = 1;
  }
  for (; a < args.length; a++) {
    const v = args[a];
    out += ` ${typeof v === 'string' ? v : formatValue(v, 1, [])}`;
  }
  return out;
}

function format(...args) {
  return formatWithOptions(undefined, ...args);
}

function stripVTControlCharacters(str) {
  return str.replace(/\u001b\[[0-9;]*m/g, '');
}

module.exports = {
  inspect,
  inspectDefaultOptions,
  format,
  formatWithOptions,
  stripVTControlCharacters,
};

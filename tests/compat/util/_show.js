'use strict';
// Helpers shared by the util tests: a stable text form of values that does not depend on
// util.inspect (undefined, null prototypes and key order stay visible).
function show(value) {
  if (value === undefined) return 'undefined';
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'function') return `[Function ${value.name}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`;
  const proto = Object.getPrototypeOf(value);
  const prefix = proto === null ? '[null] ' : '';
  const parts = Object.keys(value).map((k) => `${JSON.stringify(k)}: ${show(value[k])}`);
  return `${prefix}{${parts.join(', ')}}`;
}

// Prints the code, name and message of what fn throws (or its result).
function attempt(label, fn) {
  try {
    const result = fn();
    console.log(label, '->', show(result));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, JSON.stringify(e.message));
  }
}

module.exports = { show, attempt };

'use strict';

// Classifiers for command-line arguments, used by util.parseArgs. Arguments are
// normally strings; anything else is treated as a positional (node does not validate
// the elements of `args`).

const {
  ObjectEntries,
  TypeError,
  ObjectPrototypeHasOwnProperty,
  StringPrototypeCharAt,
  StringPrototypeIncludes,
  StringPrototypeStartsWith,
} = primordials;

// obj[key] when obj owns key, else undefined (inherited configuration is ignored).
function objectGetOwn(obj, key) {
  // The engine's own wording differs from V8's for this mistake (parseArgs(null)).
  if (obj == null) throw new TypeError('Cannot convert undefined or null to object');
  if (ObjectPrototypeHasOwnProperty(obj, key)) return obj[key];
  return undefined;
}

// options[longOption][key] through own properties only.
function optionsGetOwn(options, longOption, key) {
  if (ObjectPrototypeHasOwnProperty(options, longOption)) {
    return objectGetOwn(options[longOption], key);
  }
  return undefined;
}

// A value that may follow an option needing one: anything but a missing argument
// (values starting with a dash are checked separately in strict mode).
function isOptionValue(value) {
  return value != null;
}

// A value that looks like an option ("-x", "--foo"): ambiguous as an option's value.
function isOptionLikeValue(value) {
  return value != null && value.length > 1 && StringPrototypeCharAt(value, 0) === '-';
}

// "-f": a single short option.
function isLoneShortOption(arg) {
  return typeof arg === 'string' && arg.length === 2 &&
    StringPrototypeCharAt(arg, 0) === '-' && StringPrototypeCharAt(arg, 1) !== '-';
}

// "--foo": a long option without an inline value.
function isLoneLongOption(arg) {
  return typeof arg === 'string' && arg.length > 2 && StringPrototypeStartsWith(arg, '--') &&
    !StringPrototypeIncludes(arg, '=', 3);
}

// "--foo=bar": a long option with an inline value.
function isLongOptionAndValue(arg) {
  return typeof arg === 'string' && arg.length > 2 && StringPrototypeStartsWith(arg, '--') &&
    StringPrototypeIncludes(arg, '=', 3);
}

// The long name configured for a short option letter, or the letter itself.
function findLongOptionForShort(shortOption, options) {
  const entries = ObjectEntries(options);
  for (let i = 0; i < entries.length; i++) {
    if (objectGetOwn(entries[i][1], 'short') === shortOption) return entries[i][0];
  }
  return shortOption;
}

function isShortWithSomething(arg) {
  return typeof arg === 'string' && arg.length > 2 &&
    StringPrototypeCharAt(arg, 0) === '-' && StringPrototypeCharAt(arg, 1) !== '-';
}

// "-abc" whose first letter is not a string option: a group of short options.
function isShortOptionGroup(arg, options) {
  if (!isShortWithSomething(arg)) return false;
  const longOption = findLongOptionForShort(StringPrototypeCharAt(arg, 1), options);
  return optionsGetOwn(options, longOption, 'type') !== 'string';
}

// "-fVALUE" whose letter is a string option: a short option with its value attached.
function isShortOptionAndValue(arg, options) {
  if (!isShortWithSomething(arg)) return false;
  const longOption = findLongOptionForShort(StringPrototypeCharAt(arg, 1), options);
  return optionsGetOwn(options, longOption, 'type') === 'string';
}

module.exports = {
  findLongOptionForShort,
  isLoneLongOption,
  isLoneShortOption,
  isLongOptionAndValue,
  isOptionLikeValue,
  isOptionValue,
  isShortOptionAndValue,
  isShortOptionGroup,
  objectGetOwn,
  optionsGetOwn,
};

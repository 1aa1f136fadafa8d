'use strict';

// util.parseArgs: command-line parsing in the style of the POSIX utility conventions.
// Arguments are first split into tokens (options, positionals, the `--` terminator),
// then, in strict mode, checked against the configured options, then stored.

const {
  ArrayPrototypePush,
  ArrayPrototypeShift,
  ArrayPrototypeSlice,
  ArrayPrototypeUnshiftApply,
  ObjectEntries,
  ObjectPrototypeHasOwnProperty,
  StringPrototypeCharAt,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
} = primordials;

const {
  validateArray,
  validateBoolean,
  validateBooleanArray,
  validateObject,
  validateString,
  validateStringArray,
  validateUnion,
} = require('internal/validators');

const {
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
} = require('internal/util/parse_args/utils');

const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
  },
} = require('internal/errors');

const kEmptyObject = require('internal/util').kEmptyObject;

// The arguments after the script (or after `-e CODE` / `-p CODE`, where there is no
// script and argv[1] is the first user argument).
function getMainArgs() {
  const execArgv = process.execArgv;
  for (let i = 0; i < execArgv.length; i++) {
    const flag = execArgv[i];
    if (flag === '-e' || flag === '--eval' || flag === '-p' || flag === '--print') {
      return ArrayPrototypeSlice(process.argv, 1);
    }
  }
  return ArrayPrototypeSlice(process.argv, 2);
}

// In strict mode, an option must be configured and used according to its type. A
// negated boolean (--no-foo with allowNegative) counts as use of `foo`.
function checkOptionUsage(config, token) {
  const options = config.options;
  let name = token.name;
  if (!ObjectPrototypeHasOwnProperty(options, name)) {
    const negated = StringPrototypeSlice(name, 3);
    if (!config.allowNegative || !StringPrototypeStartsWith(name, 'no-') ||
        !ObjectPrototypeHasOwnProperty(options, negated) ||
        optionsGetOwn(options, negated, 'type') !== 'boolean') {
      throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
    }
    name = negated;
  }

  const short = optionsGetOwn(options, name, 'short');
  const usage = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionsGetOwn(options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${usage} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${usage}' does not take an argument`);
  }
}

// In strict mode, a separate value that looks like an option ("--file -x") is probably
// a forgotten value: reject it and show how to pass a dash-led value deliberately.
function checkOptionLikeValue(token) {
  if (token.inlineValue || !isOptionLikeValue(token.value)) return;
  const raw = token.rawName;
  const example = StringPrototypeStartsWith(raw, '--') ?
    `'${raw}=-XYZ'` :
    `'--${token.name}=-XYZ' or '${raw}-XYZ'`;
  throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
    `Option '${raw}' argument is ambiguous.\n` +
    `Did you forget to specify the option argument for '${raw}'?\n` +
    `To specify an option argument starting with a dash use ${example}.`);
}

// Records one option occurrence: repeated options overwrite, unless `multiple`.
function storeOption(longOption, optionValue, options, values) {
  if (longOption === '__proto__') return;
  const newValue = optionValue ?? true;
  if (optionsGetOwn(options, longOption, 'multiple')) {
    if (values[longOption] === undefined) {
      values[longOption] = [newValue];
    } else {
      ArrayPrototypePush(values[longOption], newValue);
    }
  } else {
    values[longOption] = newValue;
  }
}

function storeDefaultOption(longOption, optionValue, values) {
  if (longOption === '__proto__') return;
  values[longOption] = optionValue;
}

function optionToken(name, rawName, index, value, inlineValue) {
  return { kind: 'option', name, rawName, index, value, inlineValue };
}

// Splits args into tokens. `index` is each token's position in args; the options of a
// short group ("-abc") share the group's index.
function argsToTokens(args, options) {
  const tokens = [];
  let index = -1;
  let groupCount = 0;
  const remaining = ArrayPrototypeSlice(args);

  while (remaining.length > 0) {
    const arg = ArrayPrototypeShift(remaining);
    const nextArg = remaining[0];
    if (groupCount > 0) {
      groupCount--;
    } else {
      index++;
    }

    if (arg === '--') {
      ArrayPrototypePush(tokens, { kind: 'option-terminator', index });
      for (let i = 0; i < remaining.length; i++) {
        ArrayPrototypePush(tokens, { kind: 'positional', index: ++index, value: remaining[i] });
      }
      break;
    }

    if (isLoneShortOption(arg)) {
      const longOption = findLongOptionForShort(StringPrototypeCharAt(arg, 1), options);
      let value;
      let inlineValue;
      if (optionsGetOwn(options, longOption, 'type') === 'string' && isOptionValue(nextArg)) {
        value = ArrayPrototypeShift(remaining);
        inlineValue = false;
      }
      ArrayPrototypePush(tokens, optionToken(longOption, arg, index, value, inlineValue));
      if (value != null) index++;
      continue;
    }

    if (isShortOptionGroup(arg, options)) {
      // Expand "-abc" into "-a", "-b", "-c"; a string option inside the group takes the
      // rest of the group as its value ("-afFILE" -> "-a", "-fFILE").
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const shortOption = StringPrototypeCharAt(arg, i);
        const longOption = findLongOptionForShort(shortOption, options);
        if (optionsGetOwn(options, longOption, 'type') !== 'string' || i === arg.length - 1) {
          ArrayPrototypePush(expanded, `-${shortOption}`);
        } else {
          ArrayPrototypePush(expanded, `-${StringPrototypeSlice(arg, i)}`);
          break;
        }
      }
      ArrayPrototypeUnshiftApply(remaining, expanded);
      groupCount = expanded.length;
      continue;
    }

    if (isShortOptionAndValue(arg, options)) {
      const shortOption = StringPrototypeCharAt(arg, 1);
      const longOption = findLongOptionForShort(shortOption, options);
      ArrayPrototypePush(tokens, optionToken(longOption, `-${shortOption}`, index,
                                             StringPrototypeSlice(arg, 2), true));
      continue;
    }

    if (isLoneLongOption(arg)) {
      const longOption = StringPrototypeSlice(arg, 2);
      let value;
      let inlineValue;
      if (optionsGetOwn(options, longOption, 'type') === 'string' && isOptionValue(nextArg)) {
        value = ArrayPrototypeShift(remaining);
        inlineValue = false;
      }
      ArrayPrototypePush(tokens, optionToken(longOption, arg, index, value, inlineValue));
      if (value != null) index++;
      continue;
    }

    if (isLongOptionAndValue(arg)) {
      const equals = StringPrototypeIndexOf(arg, '=');
      const longOption = StringPrototypeSlice(arg, 2, equals);
      ArrayPrototypePush(tokens, optionToken(longOption, `--${longOption}`, index,
                                             StringPrototypeSlice(arg, equals + 1), true));
      continue;
    }

    ArrayPrototypePush(tokens, { kind: 'positional', index, value: arg });
  }
  return tokens;
}

function validateOptionsConfig(options) {
  const entries = ObjectEntries(options);
  for (let i = 0; i < entries.length; i++) {
    const { 0: longOption, 1: optionConfig } = entries[i];
    const where = `options.${longOption}`;
    validateObject(optionConfig, where);

    const type = objectGetOwn(optionConfig, 'type');
    validateUnion(type, `${where}.type`, ['string', 'boolean']);

    if (ObjectPrototypeHasOwnProperty(optionConfig, 'short')) {
      const shortOption = optionConfig.short;
      validateString(shortOption, `${where}.short`);
      if (shortOption.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`${where}.short`, shortOption,
                                        'must be a single character');
      }
    }

    const multiple = objectGetOwn(optionConfig, 'multiple');
    if (ObjectPrototypeHasOwnProperty(optionConfig, 'multiple')) {
      validateBoolean(multiple, `${where}.multiple`);
    }

    const defaultValue = objectGetOwn(optionConfig, 'default');
    if (defaultValue !== undefined) {
      const name = `${where}.default`;
      if (type === 'string') {
        if (multiple) {
          validateStringArray(defaultValue, name);
        } else {
          validateString(defaultValue, name);
        }
      } else if (multiple) {
        validateBooleanArray(defaultValue, name);
      } else {
        validateBoolean(defaultValue, name);
      }
    }
  }
}

// util.parseArgs([config]) -> { values, positionals[, tokens] }. See node's
// documentation for the configuration; errors are ERR_PARSE_ARGS_* TypeErrors.
function parseArgs(config = kEmptyObject) {
  const args = objectGetOwn(config, 'args') ?? getMainArgs();
  const strict = objectGetOwn(config, 'strict') ?? true;
  const allowPositionals = objectGetOwn(config, 'allowPositionals') ?? !strict;
  const returnTokens = objectGetOwn(config, 'tokens') ?? false;
  const allowNegative = objectGetOwn(config, 'allowNegative') ?? false;
  const options = objectGetOwn(config, 'options') ?? { __proto__: null };
  const parseConfig = { args, strict, options, allowPositionals, allowNegative };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  validateOptionsConfig(options);

  const result = {
    values: { __proto__: null },
    positionals: [],
  };

  const tokens = argsToTokens(args, options);

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === 'option') {
      if (strict) {
        checkOptionUsage(parseConfig, token);
        checkOptionLikeValue(token);
      }
      // With allowNegative, "--no-foo" (without a value) stores false under "foo"; the
      // token then reports the option it negated.
      if (allowNegative && token.value === undefined &&
          StringPrototypeStartsWith(token.rawName, '--no-') &&
          StringPrototypeStartsWith(token.name, 'no-')) {
        token.name = StringPrototypeSlice(token.name, 3);
        storeOption(token.name, false, options, result.values);
      } else {
        storeOption(token.name, token.value, options, result.values);
      }
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      ArrayPrototypePush(result.positionals, token.value);
    }
    // An option-terminator token needs no action.
  }

  const entries = ObjectEntries(options);
  for (let i = 0; i < entries.length; i++) {
    const { 0: longOption, 1: optionConfig } = entries[i];
    const defaultValue = objectGetOwn(optionConfig, 'default');
    if (defaultValue !== undefined && result.values[longOption] === undefined) {
      storeDefaultOption(longOption, defaultValue, result.values);
    }
  }

  if (returnTokens) result.tokens = tokens;
  return result;
}

module.exports = {
  parseArgs,
};

'use strict';

// util.inspect, util.format and util.formatWithOptions, with node's output byte for byte.
//
// The output format is a contract: programs, tests and people compare console.log
// output with what node prints. The rules implemented here were established by running
// node v20 on many values and options (tests/compat/inspect has the goldens).
//
// Shape of the implementation:
//   inspect(value, options)  builds a context (the options plus traversal state) and
//                            calls formatValue.
//   formatValue              primitives, proxies, custom inspectors, circular references;
//                            objects go to formatObject.
//   formatObject             classifies the object once (one engine type query), picks
//                            the prefix ("Map(2) ", "[Object: null prototype] "), the
//                            braces and the entry formatter, formats the entries and the
//                            own properties, and joins them with joinEntries.
//   joinEntries              node's line-breaking rules (compact, breakLength) and
//                            groupArrayElements, which lays short array items out in
//                            aligned columns.
//
// Engine differences handled here: errors created by the engine get V8's message and
// stack first (rewriteEngineMessage, normalizeErrorStack); an error's `stack` is an own
// accessor under nodus (lazy V8-format conversion) but a data property under V8, and
// comes first among its own keys; sloppy functions have no own `arguments`/`caller`
// under JavaScriptCore; %IteratorPrototype% carries accessors (ES2025) V8 does not have.

const {
  Array,
  ArrayIsArray,
  ArrayPrototypeIncludes,
  ArrayPrototypeIndexOf,
  ArrayPrototypeJoin,
  ArrayPrototypeSort,
  ArrayPrototypeSplice,
  ArrayPrototypeUnshift,
  BigIntPrototypeValueOf,
  BooleanPrototypeValueOf,
  DatePrototypeGetTime,
  DatePrototypeToISOString,
  DatePrototypeToString,
  FunctionPrototypeCall,
  FunctionPrototypeToString,
  JSONStringify,
  MapPrototypeEntries,
  MapPrototypeGetSize,
  MathFloor,
  MathMax,
  MathMin,
  MathRound,
  MathSqrt,
  MathTrunc,
  Number,
  NumberIsFinite,
  NumberIsNaN,
  NumberParseFloat,
  NumberParseInt,
  NumberPrototypeToString,
  NumberPrototypeValueOf,
  ObjectAssign,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetOwnPropertyNames,
  ObjectGetOwnPropertySymbols,
  ObjectGetPrototypeOf,
  ObjectKeys,
  ObjectPrototypeHasOwnProperty,
  ObjectPrototypeIsPrototypeOf,
  ObjectPrototypePropertyIsEnumerable,
  ObjectSeal,
  ObjectSetPrototypeOf,
  ReflectOwnKeys,
  RegExp,
  RegExpPrototypeExec,
  RegExpPrototypeSymbolReplace,
  RegExpPrototypeToString,
  SafeMap,
  SafeSet,
  SetPrototypeGetSize,
  SetPrototypeValues,
  String,
  StringPrototypeCharCodeAt,
  StringPrototypeCodePointAt,
  StringPrototypeEndsWith,
  StringPrototypeIncludes,
  StringPrototypeIndexOf,
  StringPrototypeNormalize,
  StringPrototypePadStart,
  StringPrototypeRepeat,
  StringPrototypeReplaceAll,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeStartsWith,
  StringPrototypeToLowerCase,
  StringPrototypeValueOf,
  SymbolFor,
  SymbolIterator,
  SymbolPrototypeToString,
  SymbolPrototypeValueOf,
  SymbolToPrimitive,
  SymbolToStringTag,
  TypedArrayPrototypeGetLength,
  TypedArrayPrototypeGetSymbolToStringTag,
  Uint8Array,
} = primordials;

const binding = internalBinding('util');
const {
  getObjectType,
  getPromiseDetails,
  getProxyDetails,
  kPending,
  kRejected,
  kPromise,
  kError,
  kArguments,
  kMapIterator,
  kSetIterator,
  kMap,
  kSet,
  kWeakMap,
  kWeakSet,
  kDate,
  kRegExp,
  kArrayBuffer,
  kDataView,
  kNumberObject,
  kStringObject,
  kBooleanObject,
} = binding;
const kScopedArguments = binding.kScopedArguments ?? -1;
const kClonedArguments = binding.kClonedArguments ?? -1;
// previewIterator(it) -> [collection, kind, position, done, exact] for Map/Set iterators,
// when the binding can read the engine's iterator state (see previewIteratorEntries).
const previewIterator = binding.previewIterator;

const types = require('internal/util/types');
const { hasOnlyIndexProperties } = require('internal/util/shapes');
const { isSharedArrayBuffer } = types;
const { normalizeErrorStack } = require('internal/errors/stack');
// Resolved at use: the module may still be loading when this one is first required.
const engineMessages = require('internal/errors/engine_messages');
const {
  validateObject,
  validateString,
  kValidateObjectAllowArray,
} = require('internal/validators');

// Symbol and BigInt wrapper objects share the engine's generic object type with many
// other objects (WeakRef, Intl objects, ...): only objects of that type get the throwing
// valueOf brand checks.
const kGenericObjectType = getObjectType(Object(Symbol('sample')));

const ErrorPrototype = primordials.Error.prototype;
const ObjectPrototype = primordials.Object.prototype;
const IteratorPrototype = primordials.IteratorPrototype;

// The constructors V8 installs on the global object (node computes this set from the
// global object at bootstrap, before anything else is added). Prototype properties of
// these are never listed, and %s prints objects whose toString comes from one of them
// with inspect.
const builtInObjects = new SafeSet([
  'Object', 'Function', 'Array', 'Number', 'Boolean', 'String', 'Symbol', 'Date',
  'Promise', 'RegExp', 'Error', 'AggregateError', 'EvalError', 'RangeError',
  'ReferenceError', 'SyntaxError', 'TypeError', 'URIError', 'JSON', 'Math', 'Intl',
  'ArrayBuffer', 'Atomics', 'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array',
  'Uint32Array', 'Int32Array', 'Float32Array', 'Float64Array', 'Uint8ClampedArray',
  'BigUint64Array', 'BigInt64Array', 'DataView', 'Map', 'BigInt', 'Set', 'WeakMap',
  'WeakSet', 'Proxy', 'Reflect', 'FinalizationRegistry', 'WeakRef', 'SharedArrayBuffer',
  'WebAssembly',
]);

// Sealed: defaultOptions can change values but not gain keys (as in node).
const inspectDefaultOptions = ObjectSeal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

const customInspectSymbol = SymbolFor('nodejs.util.inspect.custom');

// Where an object's entries come from; decides how they are laid out.
const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

const kMinLineWidth = 16;

// The regular expressions used per value or per key are hardened (their exec is an own
// property holding the intrinsic) so they can be called directly: faster than the
// receiver-first wrappers, and immune to a patched RegExp.prototype.exec.
const { hardenRegExp } = primordials;

// Property names printed without quotes.
const kPlainKey = hardenRegExp(/^[a-zA-Z_][a-zA-Z_0-9]*$/);
const kIndexKey = hardenRegExp(/^(?:0|[1-9][0-9]*)$/);
const kColorCode = /\u001b\[\d\d?m/g;

// ---------------------------------------------------------------------------------------
// Strings.

// Escapes for the characters inspect never prints raw, by char code.
const escapes = [];
for (let code = 0; code < 0xa0; code++) {
  if (code < 0x20 || code >= 0x7f) {
    escapes[code] = `\\x${StringPrototypePadStart(
      primordials.StringPrototypeToUpperCase(NumberPrototypeToString(code, 16)), 2, '0')}`;
  }
}
escapes[8] = '\\b';
escapes[9] = '\\t';
escapes[10] = '\\n';
escapes[12] = '\\f';
escapes[13] = '\\r';
escapes[39] = "\\'";
escapes[92] = '\\\\';

// Characters that may need an escape (with ' as the quote). Surrogates are included: the
// slow path escapes only unpaired ones. (A lookbehind for exact lone-surrogate matching
// would keep the regular expression off the engine's JIT.)
const kNeedsEscape = hardenRegExp(/[\x00-\x1f\x27\x5c\x7f-\x9f\ud800-\udfff]/);
// The same when the quote is " or ` (the single quote needs no escape then).
const kNeedsEscapeNoQuote = hardenRegExp(/[\x00-\x1f\x5c\x7f-\x9f\ud800-\udfff]/);

// Quotes and escapes a string the way inspect shows it: single quotes unless the text
// contains one, then double quotes, then backticks (when neither `"` nor "`"/"${" occur).
function quoteString(str) {
  let quote = 39;  // '
  let pattern = kNeedsEscape;
  if (StringPrototypeIndexOf(str, "'") !== -1) {
    if (StringPrototypeIndexOf(str, '"') === -1) {
      quote = 34;
    } else if (StringPrototypeIndexOf(str, '`') === -1 &&
               StringPrototypeIndexOf(str, '${') === -1) {
      quote = 96;
    }
    if (quote !== 39) pattern = kNeedsEscapeNoQuote;
  }
  const q = quote === 39 ? "'" : quote === 34 ? '"' : '`';
  if (pattern.exec(str) === null) return q + str + q;
  let out = '';
  let last = 0;
  const length = str.length;
  for (let i = 0; i < length; i++) {
    const code = StringPrototypeCharCodeAt(str, i);
    if (code === quote || code === 92 || code < 32 || (code > 126 && code < 160)) {
      out += StringPrototypeSlice(str, last, i) + escapes[code];
      last = i + 1;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      if (code <= 0xdbff && i + 1 < length) {
        const next = StringPrototypeCharCodeAt(str, i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++;
          continue;
        }
      }
      out += `${StringPrototypeSlice(str, last, i)}\\u${NumberPrototypeToString(code, 16)}`;
      last = i + 1;
    }
  }
  if (last !== length) out += StringPrototypeSlice(str, last);
  return q + out + q;
}

// Escapes control characters in a symbol's description or a hidden key (no quotes).
function escapeKey(str) {
  if (kNeedsEscape.exec(str) === null) return str;
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const code = StringPrototypeCharCodeAt(str, i);
    let escaped;
    if (code === 39 || code === 92 || code < 32 || (code > 126 && code < 160)) {
      escaped = escapes[code];
    } else if (code >= 0xd800 && code <= 0xdfff) {
      if (code <= 0xdbff && i + 1 < str.length) {
        const next = StringPrototypeCharCodeAt(str, i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++;
          continue;
        }
      }
      escaped = `\\u${NumberPrototypeToString(code, 16)}`;
    } else {
      continue;
    }
    out += StringPrototypeSlice(str, last, i) + escaped;
    last = i + 1;
  }
  return out + StringPrototypeSlice(str, last);
}

// ---------------------------------------------------------------------------------------
// Colors.

function stylizeNoColor(str) {
  return str;
}

function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

function removeColors(str) {
  return RegExpPrototypeSymbolReplace(kColorCode, str, '');
}

// ---------------------------------------------------------------------------------------
// Numbers.

// "1234567" -> "1_234_567" (the sign is kept in front).
function groupIntegerDigits(digits) {
  const start = digits[0] === '-' ? 1 : 0;
  let i = digits.length;
  if (i - start < 4) return digits;
  let out = '';
  for (; i >= start + 4; i -= 3) out = `_${StringPrototypeSlice(digits, i - 3, i)}${out}`;
  return StringPrototypeSlice(digits, 0, i) + out;
}

// "123456" -> "123_456" for fraction digits (grouped from the left).
function groupFractionDigits(digits) {
  let out = '';
  let i = 0;
  for (; i < digits.length - 3; i += 3) out += `${StringPrototypeSlice(digits, i, i + 3)}_`;
  return i === 0 ? digits : out + StringPrototypeSlice(digits, i);
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    if (number === 0 && 1 / number < 0) return fn('-0', 'number');
    return fn(`${number}`, 'number');
  }
  const integer = MathTrunc(number);
  const integerText = String(integer);
  if (integer === number) {
    if (!NumberIsFinite(number) || StringPrototypeIncludes(integerText, 'e')) {
      return fn(integerText, 'number');
    }
    return fn(groupIntegerDigits(integerText), 'number');
  }
  if (NumberIsNaN(number)) return fn(integerText, 'number');
  // Fractions in exponent form (1e-7) have no dot; node then splits the text before its
  // last character, which this reproduces.
  const text = String(number);
  const dot = StringPrototypeIndexOf(text, '.');
  return fn(`${groupIntegerDigits(StringPrototypeSlice(text, 0, dot))}.${
    groupFractionDigits(StringPrototypeSlice(text, dot + 1))}`, 'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
  const text = String(bigint);
  if (!numericSeparator) return fn(`${text}n`, 'bigint');
  return fn(`${groupIntegerDigits(text)}n`, 'bigint');
}

// ---------------------------------------------------------------------------------------
// Primitives.

function formatPrimitive(fn, value, ctx) {
  switch (typeof value) {
    case 'string': {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = StringPrototypeSlice(value, 0, ctx.maxStringLength);
        trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
      }
      if (ctx.compact !== true && value.length > kMinLineWidth &&
          value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        // Long strings are shown as a concatenation of their lines.
        const lines = splitAfterNewlines(value);
        if (lines.length > 1) {
          const separator = ` +\n${StringPrototypeRepeat(' ', ctx.indentationLvl + 2)}`;
          let out = fn(quoteString(lines[0]), 'string');
          for (let i = 1; i < lines.length; i++) {
            out += separator + fn(quoteString(lines[i]), 'string');
          }
          return out + trailer;
        }
      }
      return fn(quoteString(value), 'string') + trailer;
    }
    case 'number':
      return formatNumber(fn, value, ctx.numericSeparator);
    case 'bigint':
      return formatBigInt(fn, value, ctx.numericSeparator);
    case 'boolean':
      return fn(`${value}`, 'boolean');
    case 'undefined':
      return fn('undefined', 'undefined');
    default:
      return fn(SymbolPrototypeToString(value), 'symbol');
  }
}

// "a\nb\n" -> ["a\n", "b\n"]: each piece keeps its line break.
function splitAfterNewlines(str) {
  const lines = [];
  let start = 0;
  let nl = StringPrototypeIndexOf(str, '\n');
  while (nl !== -1 && nl !== str.length - 1) {
    lines[lines.length] = StringPrototypeSlice(str, start, nl + 1);
    start = nl + 1;
    nl = StringPrototypeIndexOf(str, '\n', start);
  }
  lines[lines.length] = StringPrototypeSlice(str, start);
  return lines;
}

// ---------------------------------------------------------------------------------------
// inspect().

/**
 * Returns the string representation of `value` that node's util.inspect returns.
 * `options` is an object of inspect options, or (legacy form) showHidden, with depth and
 * colors as the third and fourth arguments.
 */
function inspect(value, options, legacyDepth, legacyColors) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
    userOptions: undefined,
    circular: undefined,
  };
  if (options !== undefined || legacyDepth !== undefined || legacyColors !== undefined) {
    if (legacyDepth !== undefined) ctx.depth = legacyDepth;
    if (legacyColors !== undefined) ctx.colors = legacyColors;
    if (typeof options === 'boolean') {
      ctx.showHidden = options;
    } else if (options) {
      const keys = ObjectKeys(options);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (ObjectPrototypeHasOwnProperty(inspectDefaultOptions, key) || key === 'stylize') {
          ctx[key] = options[key];
        } else if (ctx.userOptions === undefined) {
          // Options inspect does not know are passed on to custom inspectors.
          ctx.userOptions = options;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}

// The options object a custom inspector receives. Inspectors of proxies and objects of
// other realms get a null-prototype copy whose stylize cannot throw.
function getUserOptions(ctx, isCrossContext) {
  const ret = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
  if (isCrossContext) {
    ObjectSetPrototypeOf(ret, null);
    for (const key of ObjectKeys(ret)) {
      if ((typeof ret[key] === 'object' || typeof ret[key] === 'function') &&
          ret[key] !== null) {
        delete ret[key];
      }
    }
    ret.stylize = ObjectSetPrototypeOf((value, flavour) => {
      let stylized;
      try {
        stylized = `${ctx.stylize(value, flavour)}`;
      } catch {
        // Fall through: an unusable stylize leaves the text unstyled.
      }
      if (typeof stylized !== 'string') return value;
      return stylized;
    }, null);
  }
  return ret;
}

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  // The receiver custom inspectors see: the proxy itself, not its target.
  const context = value;
  const type = getObjectType(value);
  let isProxy = false;
  if (type === binding.kProxy) {
    const proxy = getProxyDetails(value, true);
    if (proxy !== undefined) {
      if (proxy[0] === null || (proxy[1] === null && isRevokedProxy(value))) {
        return ctx.stylize('<Revoked Proxy>', 'special');
      }
      if (ctx.showProxy) return formatProxy(ctx, proxy, recurseTimes);
      // Inspecting the target does not run the proxy's traps.
      value = proxy[0];
      isProxy = true;
    }
  }

  if (ctx.customInspect) {
    const maybeCustom = value[customInspectSymbol];
    if (typeof maybeCustom === 'function' && maybeCustom !== inspect &&
        // A class prototype inspected directly does not use its own inspector.
        !(value.constructor && value.constructor.prototype === value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const isCrossContext = isProxy || !ObjectPrototypeIsPrototypeOf(ObjectPrototype, context);
      const ret = FunctionPrototypeCall(maybeCustom, context, depth,
                                        getUserOptions(ctx, isCrossContext), inspect);
      if (ret !== context) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return StringPrototypeReplaceAll(ret, '\n',
                                         `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`);
      }
    }
  }

  const seen = ctx.seen;
  let isSeen = false;
  for (let i = 0; i < seen.length; i++) {
    if (seen[i] === value) {
      isSeen = true;
      break;
    }
  }
  if (isSeen) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new SafeMap();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }

  return formatObject(ctx, value, recurseTimes, typedArray,
                      isProxy ? getObjectType(value) : type);
}

// The engine keeps a revoked proxy's target but drops its handler. Any operation on a
// revoked proxy throws without reaching a trap.
function isRevokedProxy(proxy) {
  try {
    ObjectGetPrototypeOf(proxy);
    return false;
  } catch {
    return true;
  }
}

function formatProxy(ctx, proxy, recurseTimes) {
  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return ctx.stylize('Proxy [Array]', 'special');
  }
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const res = [
    formatValue(ctx, proxy[0], recurseTimes),
    formatValue(ctx, proxy[1], recurseTimes),
  ];
  ctx.indentationLvl -= 2;
  return joinEntries(ctx, res, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

// ---------------------------------------------------------------------------------------
// Object classification.

function isInstanceof(object, proto) {
  try {
    return object instanceof proto;
  } catch {
    return false;
  }
}

// The name of the nearest constructor in the prototype chain whose prototype the value
// inherits from; null for objects without a prototype. With showHidden, `protoProps`
// collects the properties of user prototypes on the way.
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const start = obj;
  while (obj) {
    const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' && isInstanceof(start, descriptor.value)) {
      if (protoProps !== undefined &&
         (firstProto !== obj || !builtInObjects.has(descriptor.value.name))) {
        addPrototypeProperties(ctx, start, firstProto || start, recurseTimes, protoProps);
      }
      return String(descriptor.value.name);
    }
    obj = ObjectGetPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;

  const res = engineClassName(start);
  if (recurseTimes > ctx.depth && ctx.depth !== null) return `${res} <Complex prototype>`;
  const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoConstr === null) {
    return `${res} <${inspect(firstProto, {
      ...ctx,
      customInspect: false,
      depth: -1,
    })}>`;
  }
  return `${res} <${protoConstr}>`;
}

// The class name V8 reports for an object when its prototype chain names no constructor:
// a Symbol.toStringTag data property (own or inherited; an accessor ends the search),
// else the object's built-in kind. (V8 also remembers the constructor an ordinary object
// was created by; JavaScriptCore does not expose it, so those print as Object.)
function engineClassName(value) {
  let obj = value;
  while (obj !== null && getObjectType(obj) !== binding.kProxy) {
    const desc = ObjectGetOwnPropertyDescriptor(obj, SymbolToStringTag);
    if (desc !== undefined) {
      if (typeof desc.value === 'string') return desc.value;
      break;
    }
    obj = ObjectGetPrototypeOf(obj);
  }
  if (typeof value === 'function') return 'Function';
  if (ArrayIsArray(value)) return 'Array';
  const typedArrayName = TypedArrayPrototypeGetSymbolToStringTag(value);
  if (typedArrayName !== undefined) return typedArrayName;
  const type = getObjectType(value);
  switch (type) {
    case kMap: return 'Map';
    case kSet: return 'Set';
    case kWeakMap: return 'WeakMap';
    case kWeakSet: return 'WeakSet';
    case kDate: return 'Date';
    case kRegExp: return 'RegExp';
    case kPromise: return 'Promise';
    case kError: return 'Error';
    case kDataView: return 'DataView';
    case kNumberObject: return 'Number';
    case kStringObject: return 'String';
    case kBooleanObject: return 'Boolean';
    case kArrayBuffer: return isSharedArrayBuffer(value) ? 'SharedArrayBuffer' : 'ArrayBuffer';
    default:
      if (type === kGenericObjectType) return boxedKind(value) ?? 'Object';
      return 'Object';
  }
}

// Lists the non-function properties of the (up to three) user prototypes of `main`.
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = ObjectGetPrototypeOf(obj);
      if (obj === null) return;
      const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined && typeof descriptor.value === 'function' &&
          builtInObjects.has(descriptor.value.name)) {
        return;
      }
    }
    // %IteratorPrototype% has no data properties under V8; JavaScriptCore's carries the
    // ES2025 constructor and Symbol.toStringTag accessors.
    if (obj === IteratorPrototype) return;

    if (depth === 0) {
      keySet = new SafeSet();
    } else {
      for (let i = 0; i < keys.length; i++) keySet.add(keys[i]);
    }
    keys = ReflectOwnKeys(obj);
    ctx.seen[ctx.seen.length] = main;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === 'constructor' || ObjectPrototypeHasOwnProperty(main, key) ||
          (depth !== 0 && keySet.has(key))) {
        continue;
      }
      const desc = ObjectGetOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      output[output.length] = ctx.colors ? `\u001b[2m${value}\u001b[22m` : value;
    }
    ctx.seen.length--;
  } while (++depth !== 3);
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

function isArrayIndexKey(key) {
  if (typeof key !== 'string' || key.length === 0) return false;
  const c = StringPrototypeCharCodeAt(key, 0);
  if (c < 48 || c > 57) return false;
  return kIndexKey.exec(key) !== null && Number(key) < 4294967295;
}

// Listing an array's keys costs time in proportion to its length under JavaScriptCore
// (every index becomes a string; V8 skips them). Longer arrays and typed arrays are first
// asked whether their shape shows they have no named properties (internal/util/shapes).
const kShapeCheckLength = 64;

/**
 * The own keys of an array or typed array that are not indices, in engine order:
 * enumerable ones only when onlyEnumerable is true.
 */
function getOwnNonIndexProperties(value, onlyEnumerable) {
  const isArray = ArrayIsArray(value);
  const length = isArray ? value.length : TypedArrayPrototypeGetLength(value);
  if (length > kShapeCheckLength && hasOnlyIndexProperties(value)) {
    const keys = [];
    if (!onlyEnumerable && isArray) keys[0] = 'length';
    const symbols = ObjectGetOwnPropertySymbols(value);
    for (let i = 0; i < symbols.length; i++) {
      if (!onlyEnumerable || ObjectPrototypePropertyIsEnumerable(value, symbols[i])) {
        keys[keys.length] = symbols[i];
      }
    }
    return keys;
  }
  // Index keys come first in the engine's key order: the scan runs from the end.
  const all = ReflectOwnKeys(value);
  let first = all.length;
  while (first > 0 && !isArrayIndexKey(all[first - 1])) first--;
  const keys = [];
  for (let i = first; i < all.length; i++) {
    const key = all[i];
    if (!onlyEnumerable || ObjectPrototypePropertyIsEnumerable(value, key)) {
      keys[keys.length] = key;
    }
  }
  return keys;
}

function getKeys(value, showHidden) {
  let keys;
  const symbols = ObjectGetOwnPropertySymbols(value);
  if (showHidden) {
    keys = ObjectGetOwnPropertyNames(value);
    for (let i = 0; i < symbols.length; i++) keys[keys.length] = symbols[i];
  } else {
    keys = ObjectKeys(value);
    for (let i = 0; i < symbols.length; i++) {
      if (ObjectPrototypePropertyIsEnumerable(value, symbols[i])) {
        keys[keys.length] = symbols[i];
      }
    }
  }
  return keys;
}

// V8 gives sloppy-mode plain functions own `arguments` and `caller` properties; they
// show with showHidden. JavaScriptCore keeps them on Function.prototype (throwing for
// other functions), so they are listed here where V8 has them.
function addLegacyFunctionKeys(fn, source, keys) {
  if (kPlainFunctionSource.exec(source) === null) return;
  const at = ArrayPrototypeIndexOf(keys, 'prototype');
  if (at === -1 || ArrayPrototypeIncludes(keys, 'arguments') ||
      ArrayPrototypeIncludes(keys, 'caller')) {
    return;
  }
  try {
    // eslint-disable-next-line no-unused-expressions
    fn.caller;
  } catch {
    return;
  }
  ArrayPrototypeSplice(keys, at, 0, 'arguments', 'caller');
}

// V8 lists an error's `stack` before its other own properties.
function moveStackFirst(keys) {
  const at = ArrayPrototypeIndexOf(keys, 'stack');
  if (at > 0) {
    ArrayPrototypeSplice(keys, at, 1);
    ArrayPrototypeUnshift(keys, 'stack');
  }
}

// Accessors nodus installs where V8 has data properties (internal/errors/stack): an
// error's lazily converted `stack` and Error.stackTraceLimit. They print as the data
// properties they stand for.
let dataAccessors;
function isDataAccessor(getter) {
  if (dataAccessors === undefined) {
    dataAccessors = new SafeSet();
    const stack = ObjectGetOwnPropertyDescriptor(new primordials.Error(), 'stack');
    if (stack?.get !== undefined) dataAccessors.add(stack.get);
    const limit = ObjectGetOwnPropertyDescriptor(primordials.Error, 'stackTraceLimit');
    if (limit?.get !== undefined) dataAccessors.add(limit.get);
  }
  return dataAccessors.has(getter);
}

function isBoxedType(value, type) {
  if (type === kNumberObject || type === kStringObject || type === kBooleanObject) {
    return true;
  }
  if (type !== kGenericObjectType) return false;
  return boxedKind(value) !== undefined;
}

// 'Symbol' or 'BigInt' for wrapper objects of the generic engine type, else undefined.
function boxedKind(value) {
  try {
    SymbolPrototypeValueOf(value);
    return 'Symbol';
  } catch {
    // Not a Symbol wrapper.
  }
  try {
    BigIntPrototypeValueOf(value);
    return 'BigInt';
  } catch {
    return undefined;
  }
}

function isErrorValue(value, type) {
  return type === kError || ObjectPrototypeIsPrototypeOf(ErrorPrototype, value);
}

// ---------------------------------------------------------------------------------------
// formatObject.

function formatObject(ctx, value, recurseTimes, typedArray, type) {
  let keys;
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) {
    protoProps = [];
  }
  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

  let tag = value[SymbolToStringTag];
  // The tag is shown unless it is an own property that is listed anyway.
  if (typeof tag !== 'string' ||
      (tag !== '' &&
       (ctx.showHidden ?
         ObjectPrototypeHasOwnProperty(value, SymbolToStringTag) :
         ObjectPrototypePropertyIsEnumerable(value, SymbolToStringTag)))) {
    tag = '';
  }

  let base = '';
  let formatter = formatNothing;
  let braces;
  let noIterator = true;
  let extrasType = kObjectType;
  let formatterArg;
  let typedArrayElements;
  const onlyEnumerable = !ctx.showHidden;

  // (`in`, not a read: an iterator getter must not run.)
  if (SymbolIterator in value || constructor === null) {
    noIterator = false;
    if (ArrayIsArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '') ?
        getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      keys = getOwnNonIndexProperties(value, onlyEnumerable);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && protoProps === undefined) {
        return `${braces[0]}]`;
      }
      extrasType = kArrayExtrasType;
      formatter = formatArray;
    } else if (type === kSet) {
      const size = SetPrototypeGetSize(value);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = formatSet;
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (type === kMap) {
      const size = MapPrototypeGetSize(value);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = formatMap;
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (TypedArrayPrototypeGetSymbolToStringTag(value) !== undefined) {
      keys = getOwnNonIndexProperties(value, onlyEnumerable);
      let fallback = '';
      // Without a prototype the elements are read through a copy that has one.
      let bound = value;
      if (constructor === null) {
        fallback = TypedArrayPrototypeGetSymbolToStringTag(value);
        bound = new primordials[fallback](value);
      }
      const size = TypedArrayPrototypeGetLength(value);
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      // (A typed array without prototype has no length getter: it is never "empty" here.)
      if (value.length === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      formatter = formatTypedArray;
      formatterArg = size;
      typedArrayElements = bound;
      extrasType = kArrayExtrasType;
    } else if (type === kMapIterator) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Map', tag);
      formatter = formatIterator;
      formatterArg = braces;
    } else if (type === kSetIterator) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Set', tag);
      formatter = formatIterator;
      formatterArg = braces;
    } else {
      noIterator = true;
    }
  }

  if (noIterator) {
    const isError = typeof value !== 'function' && isErrorValue(value, type);
    if (isError) {
      // Errors the engine created get V8's message and stack (and lose the engine's
      // line/column/sourceURL properties) before their keys are read.
      engineMessages.rewriteEngineMessage(value);
      normalizeErrorStack(value);
    }
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      const source = functionSource(value);
      if (ctx.showHidden) addLegacyFunctionKeys(value, source, keys);
      base = getFunctionBase(value, constructor, tag, source);
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'special');
    } else if (constructor === 'Object') {
      if (type === kArguments || type === kScopedArguments || type === kClonedArguments) {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      }
      if (keys.length === 0 && protoProps === undefined) {
        return `${braces[0]}}`;
      }
    } else if (type === kRegExp) {
      base = RegExpPrototypeToString(constructor !== null ? value : new RegExp(value));
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if ((keys.length === 0 && protoProps === undefined) ||
          (recurseTimes > ctx.depth && ctx.depth !== null)) {
        return ctx.stylize(base, 'regexp');
      }
    } else if (type === kDate) {
      if (NumberIsNaN(DatePrototypeGetTime(value))) {
        base = DatePrototypeToString(value);
      } else {
        base = DatePrototypeToISOString(value);
      }
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'date');
    } else if (isError) {
      if (ctx.showHidden) moveStackFirst(keys);
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (type === kArrayBuffer) {
      const arrayType = isSharedArrayBuffer(value) ? 'SharedArrayBuffer' : 'ArrayBuffer';
      const prefix = getPrefix(constructor, tag, arrayType);
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0 && protoProps === undefined) {
        return `${prefix}{ byteLength: ${
          formatNumber(ctx.stylize, value.byteLength, false)} }`;
      }
      braces[0] = `${prefix}{`;
      ArrayPrototypeUnshift(keys, 'byteLength');
    } else if (type === kDataView) {
      braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      ArrayPrototypeUnshift(keys, 'byteLength', 'byteOffset', 'buffer');
    } else if (type === kPromise) {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      formatter = formatPromise;
    } else if (type === kWeakSet) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
      formatter = formatWeakCollection;
    } else if (type === kWeakMap) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
      formatter = formatWeakCollection;
    } else if (isBoxedType(value, type)) {
      base = getBoxedBase(value, ctx, keys, constructor, tag, type);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else {
      if (keys.length === 0 && protoProps === undefined) {
        return `${getPrefix(constructor, tag, 'Object')}{}`;
      }
      braces[0] = `${getPrefix(constructor, tag,
                               constructor === null ? engineClassName(value) : 'Object')}{`;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let constructorName = StringPrototypeSlice(
      getPrefix(constructor, tag, constructor === null ? engineClassName(value) : 'Object'), 0, -1);
    if (constructor !== null) constructorName = `[${constructorName}]`;
    return ctx.stylize(constructorName, 'special');
  }
  recurseTimes += 1;

  ctx.seen[ctx.seen.length] = value;
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, typedArrayElements ?? value, recurseTimes, formatterArg);
    for (let i = 0; i < keys.length; i++) {
      output[output.length] = formatProperty(ctx, value, recurseTimes, keys[i], extrasType);
    }
    if (protoProps !== undefined) {
      for (let i = 0; i < protoProps.length; i++) output[output.length] = protoProps[i];
    }
  } catch (err) {
    const constructorName = StringPrototypeSlice(getPrefix(constructor, tag, 'Object'), 0, -1);
    return handleMaxCallStackSize(ctx, err, constructorName, indentationLvl);
  }
  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) {
        base = base === '' ? reference : `${reference} ${base}`;
      } else {
        braces[0] = `${reference} ${braces[0]}`;
      }
    }
  }
  ctx.seen.length--;

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      ArrayPrototypeSort(output, comparator);
    } else if (keys.length > 1) {
      // Only the named properties are sorted; array items keep their order.
      const start = output.length - keys.length;
      const named = ArrayPrototypeSort(ArrayPrototypeSlice(output, start), comparator);
      for (let i = 0; i < named.length; i++) output[start + i] = named[i];
    }
  }

  const res = joinEntries(ctx, output, base, braces, extrasType, recurseTimes, value);
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  // Very large outputs stop descending: everything deeper prints as [Object].
  if (newLength > 2 ** 27) ctx.depth = -1;
  return res;
}

function ArrayPrototypeSlice(array, start) {
  const out = [];
  for (let i = start; i < array.length; i++) out[out.length] = array[i];
  return out;
}

function isStackOverflow(err) {
  return err !== null && typeof err === 'object' && err.name === 'RangeError' &&
    (err.message === 'Maximum call stack size exceeded' ||
     err.message === 'Maximum call stack size exceeded.');
}

function handleMaxCallStackSize(ctx, err, constructorName, indentationLvl) {
  if (isStackOverflow(err)) {
    ctx.seen.length--;
    ctx.indentationLvl = indentationLvl;
    return ctx.stylize(
      `[${constructorName}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`,
      'special');
  }
  throw err;
}

function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

// The text after "class" up to the body's brace: comments, a name, an extends clause.
const kClassSource =
  /^(?:\s|\/\*[^]*?\*\/|\/\/[^\n]*\n)*(?:\[[^\]]*\]|[\w$]+)?\s*(?:extends[^{]*)?\{/;

function functionSource(fn) {
  try {
    return FunctionPrototypeToString(fn);
  } catch {
    return '';
  }
}

// Function kinds from the source text (see internal/util/types).
const kAsyncSource = hardenRegExp(/^async(?:\s+(?!=>)|\s*\*|\s*\([^)]*\)\s*=>)/);
const kGeneratorSource = hardenRegExp(/^(?:async\s*)?(?:function\s*\*|\*)/);
// Sloppy-mode candidates for V8's own `arguments`/`caller`: plain function expressions
// and declarations (not generators, methods, arrows or classes).
const kPlainFunctionSource = hardenRegExp(/^function[\s(]/);

function getFunctionBase(value, constructor, tag, source) {
  if (StringPrototypeStartsWith(source, 'class') && StringPrototypeEndsWith(source, '}')) {
    const body = StringPrototypeSlice(source, 5, -1);
    const brace = StringPrototypeIndexOf(body, '{');
    if (brace !== -1 &&
        (!StringPrototypeIncludes(StringPrototypeSlice(body, 0, brace), '(') ||
         RegExpPrototypeExec(kClassSource, body) !== null)) {
      return getClassBase(value, constructor, tag);
    }
  }
  let kind = 'Function';
  if (kGeneratorSource.exec(source) !== null) kind = `Generator${kind}`;
  if (kAsyncSource.exec(source) !== null) kind = `Async${kind}`;
  let base = `[${kind}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') {
    base += ' (anonymous)';
  } else {
    base += `: ${value.name}`;
  }
  base += ']';
  if (constructor !== kind && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function getClassBase(value, constructor, tag) {
  const hasName = ObjectPrototypeHasOwnProperty(value, 'name');
  const name = (hasName && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = ObjectGetPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function getBoxedBase(value, ctx, keys, constructor, tag, type) {
  let kind;
  let primitive;
  if (type === kNumberObject) {
    kind = 'Number';
    primitive = NumberPrototypeValueOf(value);
  } else if (type === kStringObject) {
    kind = 'String';
    primitive = StringPrototypeValueOf(value);
    // The indices of a String object repeat its value: they are not listed.
    ArrayPrototypeSplice(keys, 0, value.length);
  } else if (type === kBooleanObject) {
    kind = 'Boolean';
    primitive = BooleanPrototypeValueOf(value);
  } else {
    kind = boxedKind(value);
    primitive = kind === 'Symbol' ? SymbolPrototypeValueOf(value) : BigIntPrototypeValueOf(value);
  }
  let base = `[${kind}`;
  if (kind !== constructor) {
    if (constructor === null) {
      base += ' (null prototype)';
    } else {
      base += ` (${constructor})`;
    }
  }
  base += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, StringPrototypeToLowerCase(kind));
}

// ---------------------------------------------------------------------------------------
// Errors.

function getStackString(error) {
  return error.stack ? String(error.stack) : errorToString(error);
}

// Error.prototype.toString semantics, without calling a possibly patched method.
function errorToString(error) {
  let name = error.name;
  name = name === undefined ? 'Error' : `${name}`;
  let message = error.message;
  message = message === undefined ? '' : `${message}`;
  if (name === '') return message;
  if (message === '') return name;
  return `${name}: ${message}`;
}

// Drops name/message/stack from the listed keys when the stack already shows them.
function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (!ctx.showHidden && keys.length !== 0) {
    const names = ['name', 'message', 'stack'];
    for (let i = 0; i < names.length; i++) {
      const index = ArrayPrototypeIndexOf(keys, names[i]);
      if (index !== -1 && StringPrototypeIncludes(stack, err[names[i]])) {
        ArrayPrototypeSplice(keys, index, 1);
      }
    }
  }
}

// The length of the longest run of equal lines shared by two stacks, and where it starts
// in the first (the frames an error has in common with its cause).
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = ArrayPrototypeIndexOf(b, a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = MathMin(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

function getStackFrames(ctx, err, stack) {
  const frames = StringPrototypeSplit(stack, '\n');
  let cause;
  try {
    ({ cause } = err);
  } catch {
    // A throwing getter: no cause to compare with.
  }
  if (cause != null && typeof cause === 'object' &&
      isErrorValue(cause, getObjectType(cause))) {
    const causeStack = getStackString(cause);
    const causeStackStart = StringPrototypeIndexOf(causeStack, '\n    at');
    if (causeStackStart !== -1) {
      const causeFrames = StringPrototypeSplit(
        StringPrototypeSlice(causeStack, causeStackStart + 1), '\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        ArrayPrototypeSplice(frames, offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

// Makes the first line of the stack name the error's class when the stack's own text
// would hide it (a renamed error, a subclass without its own name, a null prototype).
function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (constructor === null ||
      (StringPrototypeEndsWith(name, 'Error') &&
       StringPrototypeStartsWith(stack, name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = RegExpPrototypeExec(/^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/, stack) ||
        RegExpPrototypeExec(/^([a-z_A-Z0-9-]*Error)$/, stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = StringPrototypeSlice(getPrefix(constructor, tag, fallback), 0, -1);
    if (name !== prefix) {
      if (StringPrototypeIncludes(prefix, name)) {
        if (len === 0) {
          stack = `${prefix}: ${stack}`;
        } else {
          stack = `${prefix}${StringPrototypeSlice(stack, len)}`;
        }
      } else {
        stack = `${prefix} [${name}]${StringPrototypeSlice(stack, len)}`;
      }
    }
  }
  return stack;
}

const kCoreFrame = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;
// A package directory after node_modules: "name" or "@scope/name".
const kNodeModule = /[/\\]node_modules[/\\]((?:@[^/\\]+[/\\])?[^/\\]+?)(?=[/\\])/g;
let builtinIds;
const kNodeBuiltinNames = 'assert async_hooks buffer child_process cluster console constants ' +
  'crypto dgram diagnostics_channel dns domain events fs http http2 https inspector module ' +
  'net os path perf_hooks process punycode querystring readline repl stream ' +
  'string_decoder sys timers tls trace_events tty url util v8 vm wasi worker_threads zlib ' +
  '_http_agent _http_client _http_common _http_incoming _http_outgoing _http_server ' +
  '_stream_duplex _stream_passthrough _stream_readable _stream_transform _stream_wrap ' +
  '_stream_writable _tls_common _tls_wrap assert/strict dns/promises fs/promises ' +
  'inspector/promises path/posix path/win32 readline/promises stream/consumers ' +
  'stream/promises stream/web timers/promises util/types test';

// Frames in the runtime's own library (node:id where id is a built-in module: one of this
// library's modules or one of node's public ones).
function isCoreFrame(line) {
  const core = RegExpPrototypeExec(kCoreFrame, line);
  if (core === null) return false;
  if (builtinIds === undefined) {
    builtinIds = new SafeSet(internalBinding('builtins').listIds());
    // node's public modules, whether or not this build has them yet.
    const names = StringPrototypeSplit(kNodeBuiltinNames, ' ');
    for (let i = 0; i < names.length; i++) builtinIds.add(names[i]);
  }
  return builtinIds.has(core[1]);
}

// Underlines package names in node_modules paths.
function markNodeModules(ctx, line) {
  let out = '';
  let pos = 0;
  kNodeModule.lastIndex = 0;
  let match;
  while ((match = RegExpPrototypeExec(kNodeModule, line)) !== null) {
    out += StringPrototypeSlice(line, pos, match.index + 14);
    out += ctx.stylize(match[1], 'module');
    pos = match.index + match[0].length;
  }
  if (pos !== 0) line = out + StringPrototypeSlice(line, pos);
  return line;
}

// Greys out the working directory part of a frame's path.
function markCwd(ctx, line, workingDirectory) {
  let cwdStartPos = StringPrototypeIndexOf(line, workingDirectory);
  if (cwdStartPos === -1) return line;
  let cwdLength = workingDirectory.length;
  if (StringPrototypeSlice(line, cwdStartPos - 7, cwdStartPos) === 'file://') {
    cwdLength += 7;
    cwdStartPos -= 7;
  }
  const start = line[cwdStartPos - 1] === '(' ? cwdStartPos - 1 : cwdStartPos;
  const end = start !== cwdStartPos && StringPrototypeEndsWith(line, ')') ? -1 : line.length;
  const cwdEnd = cwdStartPos + cwdLength + 1;
  let out = StringPrototypeSlice(line, 0, start);
  out += ctx.stylize(StringPrototypeSlice(line, start, cwdEnd), 'undefined');
  out += StringPrototypeSlice(line, cwdEnd, end);
  if (end === -1) out += ctx.stylize(')', 'undefined');
  return out;
}

function safeCwd() {
  try {
    return process.cwd();
  } catch {
    return undefined;
  }
}

function fileUrlOf(path) {
  let encoded = '';
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (c === '%') encoded += '%25';
    else if (c === '\\') encoded += '%5C';
    else if (c === '\n') encoded += '%0A';
    else if (c === '\r') encoded += '%0D';
    else if (c === '\t') encoded += '%09';
    else if (c === '#') encoded += '%23';
    else if (c === '?') encoded += '%3F';
    else encoded += c;
  }
  return `file://${encoded}`;
}

function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? String(err.name) : 'Error';
  let stack = getStackString(err);
  removeDuplicateErrorKeys(ctx, keys, err, stack);
  if ('cause' in err && (keys.length === 0 || !ArrayPrototypeIncludes(keys, 'cause'))) {
    keys[keys.length] = 'cause';
  }
  // AggregateError's errors are always shown.
  if (ArrayIsArray(err.errors) &&
      (keys.length === 0 || !ArrayPrototypeIncludes(keys, 'errors'))) {
    keys[keys.length] = 'errors';
  }
  stack = improveStack(stack, constructor, name, tag);

  // The message may contain "\n    at" itself: search for frames after it.
  let pos = (err.message && StringPrototypeIndexOf(stack, err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  const stackStart = StringPrototypeIndexOf(stack, '\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    let newStack = StringPrototypeSlice(stack, 0, stackStart);
    const lines = getStackFrames(ctx, err, StringPrototypeSlice(stack, stackStart + 1));
    if (ctx.colors) {
      const workingDirectory = safeCwd();
      let workingDirectoryUrl;
      for (let i = 0; i < lines.length; i++) {
        let line = lines[i];
        if (isCoreFrame(line)) {
          newStack += `\n${ctx.stylize(line, 'undefined')}`;
        } else {
          newStack += '\n';
          line = markNodeModules(ctx, line);
          if (workingDirectory !== undefined) {
            let marked = markCwd(ctx, line, workingDirectory);
            if (marked === line) {
              workingDirectoryUrl ??= fileUrlOf(workingDirectory);
              marked = markCwd(ctx, line, workingDirectoryUrl);
            }
            line = marked;
          }
          newStack += line;
        }
      }
    } else {
      newStack += `\n${ArrayPrototypeJoin(lines, '\n')}`;
    }
    stack = newStack;
  }
  if (ctx.indentationLvl !== 0) {
    stack = StringPrototypeReplaceAll(stack, '\n',
                                      `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`);
  }
  return stack;
}

// ---------------------------------------------------------------------------------------
// Entry formatters: each returns the array of entry strings of one object.

function formatNothing() {
  return [];
}

function remainingText(remaining) {
  return `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
}

function formatArray(ctx, value, recurseTimes) {
  const valLen = value.length;
  const len = MathMin(MathMax(0, ctx.maxArrayLength), valLen);
  const remaining = valLen - len;
  const output = [];
  for (let i = 0; i < len; i++) {
    const desc = ObjectGetOwnPropertyDescriptor(value, i);
    // Holes are shown as "<n empty items>".
    if (desc === undefined) return formatSparseArray(ctx, value, recurseTimes, len, output, i);
    output[output.length] = formatProperty(ctx, value, recurseTimes, i, kArrayType, desc);
  }
  if (remaining > 0) output[output.length] = remainingText(remaining);
  return output;
}

function formatSparseArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = ObjectKeys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const tmp = +key;
    // Arrays have at most 2^32 - 1 items; larger "indices" are named properties.
    if (tmp > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (kIndexKey.exec(key) === null) break;
      const emptyItems = tmp - index;
      const message = `<${emptyItems} empty item${emptyItems > 1 ? 's' : ''}>`;
      output[output.length] = ctx.stylize(message, 'undefined');
      index = tmp;
      if (output.length === maxLength) break;
    }
    output[output.length] = formatProperty(ctx, value, recurseTimes, key, kArrayType);
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      const message = `<${remaining} empty item${remaining > 1 ? 's' : ''}>`;
      output[output.length] = ctx.stylize(message, 'undefined');
    }
  } else if (remaining > 0) {
    output[output.length] = remainingText(remaining);
  }
  return output;
}

const hexBytes = [];
for (let i = 0; i < 256; i++) {
  hexBytes[i] = StringPrototypePadStart(NumberPrototypeToString(i, 16), 2, '0');
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  const shown = MathMin(ctx.maxArrayLength, bytes.length);
  let str = '';
  for (let i = 0; i < shown; i++) str += i === 0 ? hexBytes[bytes[i]] : ` ${hexBytes[bytes[i]]}`;
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

const typedArrayHiddenKeys = ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer'];

function formatTypedArray(ctx, value, recurseTimes, length) {
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = value.length - maxLength;
  const output = new Array(maxLength);
  // (Like node, the kind is taken from the first element when `length` reads positive:
  // an own `length` property changes the result.)
  const isNumber = value.length > 0 && typeof value[0] === 'number';
  for (let i = 0; i < maxLength; ++i) {
    output[i] = isNumber ?
      formatNumber(ctx.stylize, value[i], ctx.numericSeparator) :
      formatBigInt(ctx.stylize, value[i], ctx.numericSeparator);
  }
  if (remaining > 0) output[maxLength] = remainingText(remaining);
  if (ctx.showHidden) {
    // The buffer is not a primitive: it comes last. All but BYTES_PER_ELEMENT are getters.
    ctx.indentationLvl += 2;
    for (let i = 0; i < typedArrayHiddenKeys.length; i++) {
      const key = typedArrayHiddenKeys[i];
      const str = formatValue(ctx, value[key], recurseTimes, true);
      output[output.length] = `[${key}]: ${str}`;
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

// Collections are iterated with the intrinsic iterators, so a patched Set.prototype.values
// or a subclass overriding [Symbol.iterator] does not change what is shown.
const setValues = primordials.uncurryThis(new Set()[SymbolIterator]);
const mapEntries = MapPrototypeEntries;
const setIteratorNext = primordials.uncurryThis(
  ObjectGetPrototypeOf(setValues(new Set())).next);
const mapIteratorNext = primordials.uncurryThis(
  ObjectGetPrototypeOf(mapEntries(new Map())).next);

function formatSet(ctx, value, recurseTimes) {
  const length = SetPrototypeGetSize(value);
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  const iterator = SetPrototypeValues(value);
  for (let i = 0; i < maxLength; i++) {
    const step = setIteratorNext(iterator);
    if (step.done) break;
    output[output.length] = formatValue(ctx, step.value, recurseTimes);
  }
  if (remaining > 0) output[output.length] = remainingText(remaining);
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, value, recurseTimes) {
  const length = MapPrototypeGetSize(value);
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  const iterator = mapEntries(value);
  for (let i = 0; i < maxLength; i++) {
    const step = mapIteratorNext(iterator);
    if (step.done) break;
    const entry = step.value;
    output[output.length] =
      `${formatValue(ctx, entry[0], recurseTimes)} => ${formatValue(ctx, entry[1], recurseTimes)}`;
  }
  if (remaining > 0) output[output.length] = remainingText(remaining);
  ctx.indentationLvl -= 2;
  return output;
}

// The entries a Map or Set iterator has left, without advancing it:
// { entries, isKeyValue } (entries flat as [k1, v1, k2, v2, ...] when isKeyValue), or
// undefined when the engine's iterator state cannot be read. The engine records the
// iterator's position in the collection's storage, which counts deleted slots: when
// entries before that position were deleted (or the storage was rebuilt) after iteration
// began, the binding flags the position as inexact and this preview may skip entries.
// Iterators not yet advanced, the common case, are always exact.
function previewIteratorEntries(iterator) {
  if (previewIterator === undefined) return undefined;
  const state = previewIterator(iterator);
  if (state === undefined) return undefined;
  const { 0: collection, 1: kind, 2: position, 3: done } = state;
  const entries = [];
  const isKeyValue = kind === 'entries';
  if (done) return { entries, isKeyValue };
  const isMapIterator = getObjectType(collection) === kMap;
  const source = isMapIterator ? mapEntries(collection) : setValues(collection);
  const next = isMapIterator ? mapIteratorNext : setIteratorNext;
  let index = 0;
  for (;;) {
    const step = next(source);
    if (step.done) break;
    if (index++ < position) continue;
    if (isMapIterator) {
      const entry = step.value;
      if (kind === 'keys') {
        entries[entries.length] = entry[0];
      } else if (kind === 'values') {
        entries[entries.length] = entry[1];
      } else {
        entries[entries.length] = entry[0];
        entries[entries.length] = entry[1];
      }
    } else {
      entries[entries.length] = step.value;
      if (isKeyValue) entries[entries.length] = step.value;
    }
  }
  return { entries, isKeyValue };
}

function formatIterator(ctx, value, recurseTimes, braces) {
  const preview = previewIteratorEntries(value);
  if (preview === undefined) return [ctx.stylize('<items unknown>', 'special')];
  if (preview.isKeyValue) {
    // Entry iterators are marked as such.
    braces[0] = RegExpPrototypeSymbolReplace(/ Iterator] {$/, braces[0], ' Entries] {');
    return formatMapIterInner(ctx, recurseTimes, preview.entries);
  }
  return formatSetIterInner(ctx, recurseTimes, preview.entries);
}

function formatSetIterInner(ctx, recurseTimes, entries) {
  const maxArrayLength = MathMax(ctx.maxArrayLength, 0);
  const maxLength = MathMin(maxArrayLength, entries.length);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) output[i] = formatValue(ctx, entries[i], recurseTimes);
  ctx.indentationLvl -= 2;
  const remaining = entries.length - maxLength;
  if (remaining > 0) output[output.length] = remainingText(remaining);
  return output;
}

function formatMapIterInner(ctx, recurseTimes, entries) {
  const maxArrayLength = MathMax(ctx.maxArrayLength, 0);
  const len = entries.length / 2;
  const remaining = len - maxArrayLength;
  const maxLength = MathMin(maxArrayLength, len);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) {
    const pos = i * 2;
    const res = [
      formatValue(ctx, entries[pos], recurseTimes),
      formatValue(ctx, entries[pos + 1], recurseTimes),
    ];
    output[i] = joinEntries(ctx, res, '', ['[', ']'], kArrayExtrasType, recurseTimes);
  }
  ctx.indentationLvl -= 2;
  if (remaining > 0) output[output.length] = remainingText(remaining);
  return output;
}

// The entries of a WeakMap/WeakSet cannot be enumerated (under V8 they can with
// showHidden; JavaScriptCore offers no way).
function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatPromise(ctx, value, recurseTimes) {
  const details = getPromiseDetails(value);
  if (details === undefined || details[0] === kPending) {
    return [ctx.stylize('<pending>', 'special')];
  }
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, details[1], recurseTimes);
  ctx.indentationLvl -= 2;
  return [details[0] === kRejected ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

// ---------------------------------------------------------------------------------------
// Properties.

// A descriptor for keys that are not own properties of the engine's object but are
// listed the way V8 has them.
function fallbackDescriptor(value, key) {
  if ((key === 'arguments' || key === 'caller') && typeof value === 'function') {
    return { value: value[key], enumerable: false };
  }
  return { value: value[key], enumerable: true };
}

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let name;
  let str;
  let extra = ' ';
  desc = desc || ObjectGetOwnPropertyDescriptor(value, key) || fallbackDescriptor(value, key);
  if (desc.get !== undefined && isDataAccessor(desc.get)) {
    desc = { value: FunctionPrototypeCall(desc.get, original), enumerable: desc.enumerable };
  }
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    const sp = 'special';
    if (ctx.getters && (ctx.getters === true ||
          (ctx.getters === 'get' && desc.set === undefined) ||
          (ctx.getters === 'set' && desc.set !== undefined))) {
      try {
        const tmp = FunctionPrototypeCall(desc.get, original);
        ctx.indentationLvl += 2;
        if (tmp === null) {
          str = `${s(`[${label}:`, sp)} ${s('null', 'null')}${s(']', sp)}`;
        } else if (typeof tmp === 'object') {
          str = `${s(`[${label}]`, sp)} ${formatValue(ctx, tmp, recurseTimes)}`;
        } else {
          const primitive = formatPrimitive(s, tmp, ctx);
          str = `${s(`[${label}:`, sp)} ${primitive}${s(']', sp)}`;
        }
        ctx.indentationLvl -= 2;
      } catch (err) {
        engineMessages.rewriteEngineMessage(err);
        const message = `<Inspection threw (${err.message})>`;
        str = `${s(`[${label}:`, sp)} ${message}${s(']', sp)}`;
      }
    } else {
      str = ctx.stylize(`[${label}]`, sp);
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  if (typeof key === 'symbol') {
    name = `[${ctx.stylize(escapeKey(SymbolPrototypeToString(key)), 'symbol')}]`;
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = `[${escapeKey(key)}]`;
  } else if (kPlainKey.exec(key) !== null) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(quoteString(key), 'string');
  }
  return `${name}:${extra}${str}`;
}

// ---------------------------------------------------------------------------------------
// Layout.

function isBelowBreakLength(ctx, output, start, base) {
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  // Entries never share a line with a base that spans several lines.
  return base === '' || !StringPrototypeIncludes(base, '\n');
}

function joinWith(output, separator) {
  let str = '';
  if (output.length !== 0) {
    str = output[0];
    for (let i = 1; i < output.length; i++) str += separator + output[i];
  }
  return str;
}

// Joins the entries of one object: on one line when they are few, short and (in compact
// mode n) at most n levels deep; otherwise one entry (or one group of array items) per
// line.
function joinEntries(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      // ctx.currentDepth is the depth of the innermost object formatted so far below this
      // one: only objects whose nesting below them is under `compact` levels go on one
      // line.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = joinWith(output, ', ');
          if (!StringPrototypeIncludes(joined, '\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${
      joinWith(output, `,${indentation}  `)}${indentation}${braces[1]}`;
  }
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${joinWith(output, ', ')} ${braces[1]}`;
  }
  const indentation = StringPrototypeRepeat(' ', ctx.indentationLvl);
  // A long opening brace ("Set {") would misalign the entries: start on a new line.
  const ln = base === '' && braces[0].length === 1 ?
    ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${joinWith(output, `,\n${indentation}  `)} ${braces[1]}`;
}

// Runs of spaces by length (negative lengths give ''), cached: grouping pads every item.
const spaceRuns = [''];
function spaces(count) {
  if (count <= 0) return '';
  let run = spaceRuns[count];
  if (run === undefined) {
    run = '';
    for (let i = 0; i < count; i++) run += ' ';
    if (count < 256) spaceRuns[count] = run;
  }
  return run;
}

// Lays out array items in aligned columns when there are more than six and they are of
// similar, short width. Numbers are right-aligned, everything else left-aligned.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let i = 0;
  let outputLength = output.length;
  // The "... more items" entry does not take part.
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2;  // ", "
  const dataLen = new Array(outputLength);
  for (; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  // At least three columns must fit, and no item may be much wider than the average.
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    // Aim for a square block, counting a character as 2.5 times as high as wide; short
    // items get a bias towards more columns.
    const approxCharHeights = 2.5;
    const averageBias = MathSqrt(actualMax - totalLength / output.length);
    const biasedMax = MathMax(actualMax - 3 - averageBias, 1);
    const columns = MathMin(
      MathRound(MathSqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
      MathFloor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;
    const tmp = [];
    const maxLineLength = [];
    for (let c = 0; c < columns; c++) {
      let lineLength = 0;
      for (let j = c; j < output.length; j += columns) {
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      }
      maxLineLength[maxLineLength.length] = lineLength + separatorSpace;
    }
    let padStart = true;
    if (value !== undefined) {
      for (let k = 0; k < output.length; k++) {
        if (typeof value[k] !== 'number' && typeof value[k] !== 'bigint') {
          padStart = false;
          break;
        }
      }
    }
    for (let k = 0; k < outputLength; k += columns) {
      const max = MathMin(k + columns, outputLength);
      let str = '';
      let j = k;
      for (; j < max - 1; j++) {
        // Color codes take no room on the screen: pad by the visible width.
        const entry = `${output[j]}, `;
        const fill = maxLineLength[j - k] + output[j].length - dataLen[j] - entry.length;
        str += padStart ? spaces(fill) + entry : entry + spaces(fill);
      }
      if (padStart) {
        const fill = maxLineLength[j - k] - dataLen[j] - separatorSpace;
        str += spaces(fill) + output[j];
      } else {
        str += output[j];
      }
      tmp[tmp.length] = str;
    }
    if (ctx.maxArrayLength < output.length) tmp[tmp.length] = output[outputLength];
    output = tmp;
  }
  return output;
}

// ---------------------------------------------------------------------------------------
// String width (console.table, grouping) and terminal escapes.

// Code points whose terminal width is not 1, from ICU's data as node (ICU 78) sees it:
// "start[-count]" in base 36, suffix "!" for width 2 and "#" for 3 (code points that
// NFC-decompose), none for width 0. Only code points from U+007F on are listed.
const kWidthTable =
  '3j-w,lc-33,w3-6,13l-18,14v,14x-1,150-1,153,16o-5,174-a,17g,18r-k,19s,1cm-7,1cv-5,' +
  '1d3-1,1d6-3,1e7,1e9,1f4-q,1ie-a,1kb-8,1kt,1li-3,1ln-8,1lx-2,1m1-4,1nd-2,1ow-1,1p3-8,' +
  '1qi-1k,1tm,1to,1tt-7,1u5,1u9-6,1uq-1,1vl,1x8,1xd-3,1xp,1ya-1,1z2,1z5-1,20s,20x-1,' +
  '213-1,217-2,21d,228-1,22d,22p-1,24c,24h-4,24n-1,24t,25e-1,262-5,269,27w,27z,281-3,28d,' +
  '28l-1,28y-1,29u,2bk,2bx,2dc,2dg,2f0,2f2-2,2fa-2,2fe-3,2fp-1,2g2-1,2gx,2ik,2in,2iu,' +
  '2j0-1,2jm-1,2kg-1,2m3-1,2m9-3,2ml,2n6-1,2o1,2q2,2qa-2,2qe,2sx,2t0-6,2tj-7,2wh,2wk-8,' +
  '2x4-6,2zc-1,305,307,309,31t-d,328-4,32e-1,32l-a,32x-z,346,371-3,376-5,37d-1,37h-1,' +
  '388-1,38e-2,38x-3,39e,39h-1,39p,3a5,3cw-2n!,3tp-2,4k2-2,4ky-1,4lu-1,4mq-1,4ok-1,4on-6,' +
  '4p2,4p5-a,4pp,4qz-4,4ud-1,4vd,4yo-2,4yv-1,4z6,4zd-2,55j-1,55n,57a,57c-6,57k,57m,57p-7,' +
  '583-9,58f,59s-19,5b4-b,5c0-3,5dg,5di-4,5do,5du,5ez-8,5fk-1,5gi-3,5go-1,5gr-2,5ie,' +
  '5ig-1,5il,5in-2,5kc-7,5km-1,5ow-2,5p0-c,5pe-6,5pp,5pw,5q0-1,5vk-1r,6bv-4,6cq-4,6e8-4,' +
  '6ee-9,6hc-w,6xm-1!,6y1-1!,73d-3!,73k!,73n!,7i5-1!,7is-1!,7jk-7!,7k8-b!,7lr!,7m2-5!,' +
  '7mb!,7mp!,7my-1!,7nh-1!,7no-1!,7ny!,7o4!,7oq!,7oy-1!,7p1!,7p6!,7p9!,7ph!,7pm-1!,7qg!,' +
  '7rg!,7ri!,7rn-2!,7rr!,7th-2!,7u8!,7un!,8ij-1!,8k0!,8k5!,8vj-2,8zj,928-v,96o-p!,' +
  '97f-2g!,9a8-5x!,9gw-26!,9j5-2d!,9ll-2u!,9ol-16!,9pt-2l!,9sg-2d!,9v3-1b!,9wg-13!,' +
  '9xs-mkc!,wi8-1i!,wvj-3,wvo-9,wwu-1,wz4-1,x6q,x6u,x6z,x7p-1,x7w,xc4-1,xcw-h,xdr,xeu-7,' +
  'xfr-a,xgg-s!,xhc-2,xir,xiu-3,xj0-1,xk5,xm1-5,xm9-1,xmd-1,xmr,xn0,xoc,xps,xpu-2,xpz-1,' +
  'xq6-1,xq9,xrg-1,xrq,xyd,xyg,xyl,xz4-8mb!,1d6o-e7!,1dlq,1e68-f,1e6o-9!,1e74-f,1e7k-y!,' +
  '1e8k-i!,1e94-3!,1edb,1edd-2n!,1ejk-6!,1ek9-2,1eyl,1f4w,1f92-4,1gjl-2,1gjp-1,1gjw-3,' +
  '1gl4-2,1glb,1gpx-1,1h5w-3,1h7t-4,1hgr-1,1hiy-5,1hl2-a,1hmq-3,1hq9,1hrs-e,1htc,1htf-1,' +
  '1htr-2,1hv7-3,1hvd-1,1hvh,1hvm,1hvx,1hxc-2,1hyf-4,1hyl-7,1i0j,1i0w-1,1i2e-8,1i2x-3,' +
  '1i33,1i5r-2,1i5w,1i5y-1,1i66,1i69,1ian,1iar-7,1ibk-1,1id7-1,1idc,1iee-6,1ieo-4,1igr-5,' +
  '1iha,1ihc,1ihe,1iht-1,1ik8-7,1iki-2,1ikm,1ila,1inn-5,1inu,1inz-1,1io2-1,1iuq-3,1iv0-1,' +
  '1iv3-1,1ivw-1,1iyb-7,1iyl,1iyn-1,1j1n,1j1p,1j1s-5,1j1z,1j4t,1j4v,1j4y-3,1j53-4,1jcf-8,' +
  '1jcp-1,1jjv-1,1jjy,1jk3,1jo4-3,1joa-1,1jog,1jpd-9,1jqr-5,1jqz-3,1jrb,1jrl-5,1jrt-2,' +
  '1jt6-c,1jtk-1,1jz4,1jz6-2,1jza,1k4w-6,1k54-5,1k5b,1k7m-l,1k8a-6,1k8i-1,1k8l-1,1kc1-5,' +
  '1kca,1kcc-1,1kcf-6,1kcn,1keo-1,1ket,1kev,1koj-1,1kow-1,1kqe-4,1kqo,1kqq,1kre,1ovk-g,' +
  '1ow7-e,1xr2-b,1xrh-2,1zow-4,1zqo-6,20jz,20lr-3,20o0-4!,20og-6!,20ow-5p1!,26f3-v!,' +
  '26io-36!,2dbk-3!,2dbp-6!,2dbx-1!,2dc0-82!,2dki!,2dlc-2!,2dlh!,2dlw-3!,2dm8-az!,2ftp-1,' +
  '2fts-3,2jgg-19,2jhs-m,2jxa-1!,2jxc-4#,2jxj-2,2jxv-f,2jyd-6,2jze-3,2jzv-1!,2jzx-3#,' +
  '2k3m-2,2k8w-2e!,2kbk-m!,2lmo-1i,2lob-1d,2lpx,2lqc,2lqz-4,2lr5-e,2mtc-6,2mtk-g,2mu3-6,' +
  '2mub-1,2mue-4,2mxb,2n1s-6,2nce,2ne4-3,2nsc-3,2nzi-1,2o6b,2o6e,2o6m-1,2o6t,2ok0-6,' +
  '2on8-6,2pz8!,2q4v!,2qa6!,2qa9-9!,2qcm-s!,2qds-17!,2qf4-8!,2qfk-1!,2qg0-5!,2qkg-w!,' +
  '2qlp-8!,2qlz-1x!,2qny-l!,2qow-16!,2qq7-4!,2qqo-g!,2qr8!,2qrc-1y!,2qtc!,2qte-56!,' +
  '2qyn-1q!,2r0r-3!,2r0w-n!,2r22!,2r2t-1!,2r38!,2r5n-2c!,2r9c-1x!,2rbg!,2rbk-2!,2rbp-3!,' +
  '2rbw-3!,2rcb-1!,2rck-8!,2rj4-b!,2rjk!,2rrg-1a!,2rss-9!,2rt3-54!,2s1c-c!,2s1s-a!,' +
  '2s26-1k!,2s3s!,2s3x-f!,2s4f-b!,2s4v-9!,2t4w-1ekd!,47pc-1ekd!,jny9,jnz4-2n,jo5c-6n';

let widthStarts;
let widthEnds;
let widthValues;

function loadWidthTable() {
  widthStarts = [];
  widthEnds = [];
  widthValues = [];
  const items = StringPrototypeSplit(kWidthTable, ',');
  for (let i = 0; i < items.length; i++) {
    let item = items[i];
    let width = 0;
    const last = item[item.length - 1];
    if (last === '!' || last === '#') {
      width = last === '!' ? 2 : 3;
      item = StringPrototypeSlice(item, 0, -1);
    }
    const dash = StringPrototypeIndexOf(item, '-');
    const start = NumberParseInt(dash === -1 ? item : StringPrototypeSlice(item, 0, dash), 36);
    const count = dash === -1 ? 0 : NumberParseInt(StringPrototypeSlice(item, dash + 1), 36);
    widthStarts[i] = start;
    widthEnds[i] = start + count;
    widthValues[i] = width;
  }
}

function codePointWidth(code) {
  let lo = 0;
  let hi = widthStarts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (code < widthStarts[mid]) {
      hi = mid - 1;
    } else if (code > widthEnds[mid]) {
      lo = mid + 1;
    } else {
      return widthValues[mid];
    }
  }
  return 1;
}

/**
 * The number of terminal columns `str` occupies: East Asian wide and fullwidth characters
 * count 2, combining marks, format and control characters 0. Terminal escape sequences
 * are removed first unless removeControlChars is false.
 */
const kNotPrintableAscii = hardenRegExp(/[^\x20-\x7e]/);

function getStringWidth(str, removeControlChars = true) {
  let width = 0;
  if (removeControlChars) str = stripVTControlCharacters(str);
  // Common case: printable ASCII only.
  if (kNotPrintableAscii.exec(str) === null) return str.length;
  for (let i = 0; i < str.length; i++) {
    const code = StringPrototypeCharCodeAt(str, i);
    if (code >= 127) {
      if (widthStarts === undefined) loadWidthTable();
      const rest = StringPrototypeNormalize(StringPrototypeSlice(str, i), 'NFC');
      for (let j = 0; j < rest.length; j++) {
        const cp = StringPrototypeCodePointAt(rest, j);
        if (cp > 0xffff) j++;
        if (cp < 127) {
          width += cp >= 32 ? 1 : 0;
        } else if (cp >= 0xd800 && cp <= 0xdfff) {
          width += 1;
        } else {
          width += codePointWidth(cp);
        }
      }
      break;
    }
    width += code >= 32 ? 1 : 0;
  }
  return width;
}

// ECMA-48 escape sequences: CSI (ESC [ or U+009B) with parameters and a final byte, and
// OSC-style strings terminated by BEL, ESC \ or U+009C.
const kOscTerminator = '(?:\\u0007|\\u001B\\u005C|\\u009C)';
const kOscPart = '(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?' + kOscTerminator + ')';
const kCsiPart = '(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-nq-uy=><~])';
const kAnsi = new RegExp(`[\\u001B\\u009B][[\\]()#;?]*(?:${kOscPart}|${kCsiPart})`, 'g');

/** Returns `str` without terminal escape sequences. Throws for non-strings. */
function stripVTControlCharacters(str) {
  validateString(str, 'str');
  if (StringPrototypeIndexOf(str, '\u001b') === -1 &&
      StringPrototypeIndexOf(str, '\u009b') === -1) {
    return str;
  }
  return RegExpPrototypeSymbolReplace(kAnsi, str, '');
}

// ---------------------------------------------------------------------------------------
// util.format.

let circularErrorMessage;

function firstLine(text) {
  const nl = StringPrototypeIndexOf(text, '\n');
  return nl === -1 ? text : StringPrototypeSlice(text, 0, nl);
}

function tryStringify(arg) {
  try {
    return JSONStringify(arg);
  } catch (err) {
    if (circularErrorMessage === undefined) {
      try {
        const a = {};
        a.a = a;
        JSONStringify(a);
      } catch (circularError) {
        circularErrorMessage = firstLine(`${circularError.message}`);
      }
    }
    if (err !== null && typeof err === 'object' && err.name === 'TypeError' &&
        firstLine(`${err.message}`) === circularErrorMessage) {
      return '[Circular]';
    }
    throw err;
  }
}

// Whether %s prints an object with inspect (its toString is a built-in one) rather than
// with String().
function hasBuiltInToString(value) {
  if (getObjectType(value) === binding.kProxy) {
    const details = getProxyDetails(value, true);
    if (details === undefined || details[0] === null ||
        (details[1] === null && isRevokedProxy(value))) {
      return true;
    }
    value = details[0];
  }
  // Without a toString or Symbol.toPrimitive function there is nothing but inspect; an
  // own one is the program's own conversion.
  let checkToString = true;
  let checkToPrimitive = true;
  if (typeof value.toString !== 'function') {
    if (typeof value[SymbolToPrimitive] !== 'function') return true;
    if (ObjectPrototypeHasOwnProperty(value, SymbolToPrimitive)) return false;
    checkToString = false;
  } else if (ObjectPrototypeHasOwnProperty(value, 'toString')) {
    return false;
  } else if (typeof value[SymbolToPrimitive] !== 'function') {
    checkToPrimitive = false;
  } else if (ObjectPrototypeHasOwnProperty(value, SymbolToPrimitive)) {
    return false;
  }
  // Otherwise the conversion comes from the nearest prototype defining one: built-in when
  // that prototype belongs to a built-in constructor.
  let pointer = value;
  do {
    pointer = ObjectGetPrototypeOf(pointer);
    if (pointer === null) return true;
  } while (!(checkToString && ObjectPrototypeHasOwnProperty(pointer, 'toString')) &&
           !(checkToPrimitive && ObjectPrototypeHasOwnProperty(pointer, SymbolToPrimitive)));
  const descriptor = ObjectGetOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined && typeof descriptor.value === 'function' &&
    builtInObjects.has(descriptor.value.name);
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';

  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let tempStr;
    let lastPos = 0;
    // %d, %i, %f and %s (for numbers and bigints) group digits like inspect would.
    let numericSeparator;
    // (Direct string method calls: this loop runs for every console.log with a format.)
    const end = first.length - 1;
    for (let i = first.indexOf('%'); i !== -1 && i < end; i = first.indexOf('%', i + 1)) {
      const nextChar = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        if (numericSeparator === undefined && nextChar !== 37) {
          numericSeparator = inspectOptions?.numericSeparator ??
            inspectDefaultOptions.numericSeparator;
        }
        switch (nextChar) {
          case 115: {  // 's'
            const tempArg = args[++a];
            if (typeof tempArg === 'number') {
              tempStr = formatNumber(stylizeNoColor, tempArg, numericSeparator);
            } else if (typeof tempArg === 'bigint') {
              tempStr = formatBigInt(stylizeNoColor, tempArg, numericSeparator);
            } else if (typeof tempArg !== 'object' || tempArg === null ||
                       !hasBuiltInToString(tempArg)) {
              tempStr = String(tempArg);
            } else {
              tempStr = inspect(tempArg, {
                ...inspectOptions,
                depth: 0,
                colors: false,
                compact: 3,
              });
            }
            break;
          }
          case 106:  // 'j'
            tempStr = tryStringify(args[++a]);
            break;
          case 100: {  // 'd'
            const tempNum = args[++a];
            if (typeof tempNum === 'bigint') {
              tempStr = formatBigInt(stylizeNoColor, tempNum, numericSeparator);
            } else if (typeof tempNum === 'symbol') {
              tempStr = 'NaN';
            } else {
              tempStr = formatNumber(stylizeNoColor, Number(tempNum), numericSeparator);
            }
            break;
          }
          case 79:  // 'O'
            tempStr = inspect(args[++a], inspectOptions);
            break;
          case 111:  // 'o'
            tempStr = inspect(args[++a], {
              ...inspectOptions,
              showHidden: true,
              showProxy: true,
              depth: 4,
            });
            break;
          case 105: {  // 'i'
            const tempInteger = args[++a];
            if (typeof tempInteger === 'bigint') {
              tempStr = formatBigInt(stylizeNoColor, tempInteger, numericSeparator);
            } else if (typeof tempInteger === 'symbol') {
              tempStr = 'NaN';
            } else {
              tempStr = formatNumber(stylizeNoColor, NumberParseInt(tempInteger),
                                     numericSeparator);
            }
            break;
          }
          case 102: {  // 'f'
            const tempFloat = args[++a];
            if (typeof tempFloat === 'symbol') {
              tempStr = 'NaN';
            } else {
              tempStr = formatNumber(stylizeNoColor, NumberParseFloat(tempFloat),
                                     numericSeparator);
            }
            break;
          }
          case 99:  // 'c': CSS is ignored outside browsers.
            a += 1;
            tempStr = '';
            break;
          case 37:  // '%'
            str += StringPrototypeSlice(first, lastPos, i);
            lastPos = i + 1;
            continue;
          default:  // Not a placeholder: kept as is.
            continue;
        }
        if (lastPos !== i - 1) str += StringPrototypeSlice(first, lastPos, i - 1);
        str += tempStr;
        lastPos = i + 1;
      } else if (nextChar === 37) {
        str += StringPrototypeSlice(first, lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += StringPrototypeSlice(first, lastPos);
    }
  }

  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

/** util.format(format, ...args): printf-like formatting (%s %d %i %f %j %o %O %c %%). */
function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

/** util.formatWithOptions(inspectOptions, format, ...args). */
function formatWithOptions(inspectOptions, ...args) {
  validateObject(inspectOptions, 'inspectOptions', kValidateObjectAllowArray);
  return formatWithOptionsInternal(inspectOptions, args);
}

// ---------------------------------------------------------------------------------------
// inspect's public properties.

// The legacy depth and colors parameters are not counted (node's inspect.length is 2).
ObjectDefineProperty(inspect, 'length', { __proto__: null, value: 2 });

inspect.custom = customInspectSymbol;

ObjectDefineProperty(inspect, 'defaultOptions', {
  __proto__: null,
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    validateObject(options, 'options');
    return ObjectAssign(inspectDefaultOptions, options);
  },
});

// Escape codes per color name: [open, close].
inspect.colors = {
  __proto__: null,
  reset: [0, 0],
  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  blink: [5, 25],
  inverse: [7, 27],
  hidden: [8, 28],
  strikethrough: [9, 29],
  doubleunderline: [21, 24],
  black: [30, 39],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
  white: [37, 39],
  bgBlack: [40, 49],
  bgRed: [41, 49],
  bgGreen: [42, 49],
  bgYellow: [43, 49],
  bgBlue: [44, 49],
  bgMagenta: [45, 49],
  bgCyan: [46, 49],
  bgWhite: [47, 49],
  framed: [51, 54],
  overlined: [53, 55],
  gray: [90, 39],
  redBright: [91, 39],
  greenBright: [92, 39],
  yellowBright: [93, 39],
  blueBright: [94, 39],
  magentaBright: [95, 39],
  cyanBright: [96, 39],
  whiteBright: [97, 39],
  bgGray: [100, 49],
  bgRedBright: [101, 49],
  bgGreenBright: [102, 49],
  bgYellowBright: [103, 49],
  bgBlueBright: [104, 49],
  bgMagentaBright: [105, 49],
  bgCyanBright: [106, 49],
  bgWhiteBright: [107, 49],
};

// Alternative spellings, hidden from enumeration, reading and writing the main entry.
function defineColorAlias(target, alias) {
  ObjectDefineProperty(inspect.colors, alias, {
    __proto__: null,
    get() {
      return this[target];
    },
    set(value) {
      this[target] = value;
    },
    configurable: true,
    enumerable: false,
  });
}

defineColorAlias('gray', 'grey');
defineColorAlias('gray', 'blackBright');
defineColorAlias('bgGray', 'bgGrey');
defineColorAlias('bgGray', 'bgBlackBright');
defineColorAlias('dim', 'faint');
defineColorAlias('strikethrough', 'crossedout');
defineColorAlias('strikethrough', 'strikeThrough');
defineColorAlias('strikethrough', 'crossedOut');
defineColorAlias('hidden', 'conceal');
defineColorAlias('inverse', 'swapColors');
defineColorAlias('inverse', 'swapcolors');
defineColorAlias('doubleunderline', 'doubleUnderline');

// Style name -> color name, per kind of value.
inspect.styles = ObjectAssign({ __proto__: null }, {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

/** Whether inspect formats `value` as an error (a native error or an Error.prototype heir). */
function isError(value) {
  return value !== null && typeof value === 'object' && isErrorValue(value, getObjectType(value));
}

module.exports = {
  inspect,
  inspectDefaultOptions,
  format,
  formatWithOptions,
  // formatWithOptions without the argument check, for callers whose options are known
  // good (console): (inspectOptions, argsArray) -> string.
  formatWithOptionsInternal,
  getStringWidth,
  // For Buffer's inspector, which lists a buffer's named properties like inspect does.
  getOwnNonIndexProperties,
  // For console.table, which lists what a Map/Set iterator has left.
  previewIteratorEntries,
  stripVTControlCharacters,
  isError,
};

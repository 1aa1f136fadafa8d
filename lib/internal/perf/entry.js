'use strict';

// The performance timeline's entry classes: PerformanceEntry and its kinds (marks,
// measures, node entries such as timerify's 'function' entries, resource timings).
//
// Only PerformanceMark can be constructed by users; the other constructors throw
// ERR_ILLEGAL_CONSTRUCTOR unless called by this library with kCreate. Every field lives in
// a private slot, so getters called on other objects throw node's ERR_INVALID_ARG_TYPE
// ("The "this" argument must be an instance of ...").
//
// markTimings maps a mark's name to the start time of the latest mark created with it
// (constructing a PerformanceMark records it, even outside performance.mark()); measure()
// resolves mark names through it. The names of node's own milestones (milestoneNames)
// resolve to performance.nodeTiming's fields instead, so a mark cannot take them.

const {
  ObjectAssign,
  ObjectDefineProperties,
  ObjectDefineProperty,
  SafeMap,
  SafeSet,
  Symbol,
  SymbolFor,
  SymbolToStringTag,
  TypeError,
} = primordials;

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
    ERR_PERFORMANCE_INVALID_TIMESTAMP,
  },
} = require('internal/errors');
const { validateNumber, validateObject } = require('internal/validators');
const { now } = internalBinding('performance');

const kInspect = SymbolFor('nodejs.util.inspect.custom');
const kCreate = Symbol('kCreate');
const kEnumerable = { __proto__: null, enumerable: true };

const markTimings = new SafeMap();
const milestoneNames = new SafeSet([
  'nodeStart', 'v8Start', 'environment', 'loopStart', 'loopExit', 'bootstrapComplete',
]);

let lazyInspectFn;
function inspect(value, options) {
  lazyInspectFn ??= require('internal/util/inspect').inspect;
  return lazyInspectFn(value, options);
}

// `Name {fields}` printed one level deeper. Once the depth is spent: `[collapsedName]`
// when given (what node prints for its objects, which carry own symbol properties), else
// the object itself.
function inspectFields(self, name, fields, depth, options, collapsedName = undefined) {
  if (depth < 0) {
    return collapsedName === undefined ? self : options.stylize(`[${collapsedName}]`, 'special');
  }
  const opts = ObjectAssign({}, options, {
    depth: options.depth == null ? options.depth : options.depth - 1,
  });
  return `${name} ${inspect(fields, opts)}`;
}

// `${value}`, with V8's message for symbols.
function toName(value) {
  if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  return `${value}`;
}

let lazyStructuredClone;
function cloneDetail(detail) {
  if (detail == null) return null;
  lazyStructuredClone ??= require('internal/structured_clone').structuredClone;
  return lazyStructuredClone(detail);
}

function defineToStringTag(Class, tag) {
  ObjectDefineProperty(Class.prototype, SymbolToStringTag, {
    __proto__: null, value: tag, writable: false, enumerable: false, configurable: true,
  });
}

let isEntry;

class PerformanceEntry {
  #name;
  #entryType;
  #startTime;
  #duration;

  constructor(token = undefined, name, entryType, startTime, duration) {
    if (token !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#name = name;
    this.#entryType = entryType;
    this.#startTime = startTime;
    this.#duration = duration;
  }

  get name() {
    if (!isEntry(this)) throw new ERR_INVALID_ARG_TYPE('this', 'PerformanceEntry', this);
    return this.#name;
  }

  get entryType() {
    if (!isEntry(this)) throw new ERR_INVALID_ARG_TYPE('this', 'PerformanceEntry', this);
    return this.#entryType;
  }

  get startTime() {
    if (!isEntry(this)) throw new ERR_INVALID_ARG_TYPE('this', 'PerformanceEntry', this);
    return this.#startTime;
  }

  get duration() {
    if (!isEntry(this)) throw new ERR_INVALID_ARG_TYPE('this', 'PerformanceEntry', this);
    return this.#duration;
  }

  [kInspect](depth, options) {
    const name = this.constructor.name;
    return inspectFields(this, name, this.toJSON(), depth, options, name);
  }

  toJSON() {
    if (!isEntry(this)) throw new ERR_INVALID_ARG_TYPE('this', 'PerformanceEntry', this);
    return {
      name: this.#name,
      entryType: this.#entryType,
      startTime: this.#startTime,
      duration: this.#duration,
    };
  }

  static {
    isEntry = (value) => value !== null && typeof value === 'object' && #name in value;
  }
}

ObjectDefineProperties(PerformanceEntry.prototype, {
  name: kEnumerable,
  entryType: kEnumerable,
  startTime: kEnumerable,
  duration: kEnumerable,
  toJSON: kEnumerable,
});

let isMark;

class PerformanceMark extends PerformanceEntry {
  #detail;

  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = toName(name);
    if (milestoneNames.has(name)) throw new ERR_INVALID_ARG_VALUE('name', name);
    if (options != null) validateObject(options, 'options');
    const startTime = options?.startTime ?? now();
    validateNumber(startTime, 'startTime');
    if (startTime < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(startTime);
    markTimings.set(name, startTime);
    const detail = cloneDetail(options?.detail);
    super(kCreate, name, 'mark', startTime, 0);
    this.#detail = detail;
  }

  get detail() {
    if (!isMark(this)) throw new ERR_INVALID_ARG_TYPE('this', 'PerformanceMark', this);
    return this.#detail;
  }

  toJSON() {
    if (!isMark(this)) throw new ERR_INVALID_ARG_TYPE('this', 'PerformanceMark', this);
    return {
      name: this.name,
      entryType: this.entryType,
      startTime: this.startTime,
      duration: this.duration,
      detail: this.#detail,
    };
  }

  static {
    isMark = (value) => value !== null && typeof value === 'object' && #detail in value;
  }
}

ObjectDefineProperties(PerformanceMark.prototype, { detail: kEnumerable });
defineToStringTag(PerformanceMark, 'PerformanceMark');

let isMeasure;

class PerformanceMeasure extends PerformanceEntry {
  #detail;

  constructor(token = undefined, name, startTime, duration, detail) {
    if (token !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kCreate, name, 'measure', startTime, duration);
    this.#detail = detail;
  }

  get detail() {
    if (!isMeasure(this)) throw new ERR_INVALID_ARG_TYPE('this', 'PerformanceMeasure', this);
    return this.#detail;
  }

  toJSON() {
    if (!isMeasure(this)) throw new ERR_INVALID_ARG_TYPE('this', 'PerformanceMeasure', this);
    return {
      name: this.name,
      entryType: this.entryType,
      startTime: this.startTime,
      duration: this.duration,
      detail: this.#detail,
    };
  }

  static {
    isMeasure = (value) => value !== null && typeof value === 'object' && #detail in value;
  }
}

ObjectDefineProperties(PerformanceMeasure.prototype, { detail: kEnumerable });
defineToStringTag(PerformanceMeasure, 'PerformanceMeasure');

// Entries node produces itself ('function' from timerify, later 'gc', 'http', ...); the
// detail is whatever the producer attaches (timerify: the call's arguments).
class PerformanceNodeEntry extends PerformanceEntry {
  #detail;

  constructor(token = undefined, name, entryType, startTime, duration, detail) {
    if (token !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kCreate, name, entryType, startTime, duration);
    this.#detail = detail;
  }

  get detail() {
    return this.#detail;
  }

  toJSON() {
    return {
      name: this.name,
      entryType: this.entryType,
      startTime: this.startTime,
      duration: this.duration,
      detail: this.#detail,
    };
  }
}

ObjectDefineProperties(PerformanceNodeEntry.prototype, { detail: kEnumerable });

// Resource timing (fetch's entries): the timing info is kept as given, and each field is
// read from it. toJSON lists them in node's order.
const resourceFields = [
  'initiatorType', 'nextHopProtocol', 'workerStart', 'redirectStart', 'redirectEnd',
  'fetchStart', 'domainLookupStart', 'domainLookupEnd', 'connectStart', 'connectEnd',
  'secureConnectionStart', 'requestStart', 'responseStart', 'responseEnd', 'transferSize',
  'encodedBodySize', 'decodedBodySize',
];

let resourceInfo;

class PerformanceResourceTiming extends PerformanceEntry {
  #info;

  constructor(token = undefined, name, info) {
    if (token !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kCreate, name, 'resource', info.startTime, info.duration);
    this.#info = info;
  }

  toJSON() {
    const info = resourceInfo(this);
    const json = {
      name: this.name,
      entryType: this.entryType,
      startTime: this.startTime,
      duration: this.duration,
    };
    for (let i = 0; i < resourceFields.length; i++) json[resourceFields[i]] = info[resourceFields[i]];
    return json;
  }

  static {
    resourceInfo = (value) => {
      if (value === null || typeof value !== 'object' || !(#info in value)) {
        throw new ERR_INVALID_ARG_TYPE('this', 'PerformanceResourceTiming', value);
      }
      return value.#info;
    };
  }
}

{
  const descriptors = { __proto__: null, toJSON: kEnumerable };
  for (let i = 0; i < resourceFields.length; i++) {
    const field = resourceFields[i];
    descriptors[field] = {
      __proto__: null,
      get() { return resourceInfo(this)[field]; },
      enumerable: true,
      configurable: true,
    };
  }
  ObjectDefineProperties(PerformanceResourceTiming.prototype, descriptors);
}
defineToStringTag(PerformanceResourceTiming, 'PerformanceResourceTiming');

function createPerformanceMeasure(name, startTime, duration, detail) {
  return new PerformanceMeasure(kCreate, name, startTime, duration, detail);
}

function createPerformanceNodeEntry(name, entryType, startTime, duration, detail) {
  return new PerformanceNodeEntry(kCreate, name, entryType, startTime, duration, detail);
}

function createPerformanceResourceTiming(name, info) {
  return new PerformanceResourceTiming(kCreate, name, info);
}

module.exports = {
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceNodeEntry,
  PerformanceResourceTiming,
  cloneDetail,
  createPerformanceMeasure,
  createPerformanceNodeEntry,
  createPerformanceResourceTiming,
  inspectFields,
  isPerformanceEntry: (value) => isEntry(value),
  markTimings,
  milestoneNames,
  toName,
};

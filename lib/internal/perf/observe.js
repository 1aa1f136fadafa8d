'use strict';

// The performance timeline's buffers and its observers.
//
// Buffers. performance.mark() and measure() keep their entries in the global buffers
// (resource timings have their own, bounded one); getEntries*() read them, sorted by
// start time. Entries of other types (timerify's 'function', ...) only go to observers.
//
// Observers. enqueue(entry) appends the entry to the buffer of every connected observer
// that watches its type; one immediate (the first enqueue schedules it) then delivers each
// pending observer's buffer to its callback, as node does: marks made in the same turn
// arrive together, after the timers phase.

const {
  ArrayFrom,
  ArrayIsArray,
  ArrayPrototypeFilter,
  ArrayPrototypeIncludes,
  ArrayPrototypePush,
  ArrayPrototypeShift,
  ArrayPrototypeSlice,
  ArrayPrototypeSort,
  FunctionPrototypeCall,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectFreeze,
  SafeMap,
  SafeSet,
  SymbolFor,
  SymbolToStringTag,
} = primordials;

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');
const { inspectFields, toName } = require('internal/perf/entry');

const kInspect = SymbolFor('nodejs.util.inspect.custom');
const kEnumerable = { __proto__: null, enumerable: true };

const kSupportedEntryTypes = ObjectFreeze([
  'dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource',
]);

// Above this many entries of one type, the buffer warns (once) of a probable leak.
const kBufferWarnSize = 1e6;

let lazySetImmediate;

let markBuffer = [];
let measureBuffer = [];
let resourceBuffer = [];
const warned = { __proto__: null, mark: false, measure: false };

// Resource timing's buffer holds resourceBufferSize entries; entries that arrive while it
// is full wait in a secondary buffer until a 'resourcetimingbufferfull' event (dispatched
// from an immediate) has given listeners a chance to make room (the Resource Timing
// specification's algorithm).
let resourceBufferSize = 250;
let secondaryResourceBuffer = [];
let resourceBufferFullPending = false;
let dispatchResourceBufferFull = null;  // set by internal/perf/performance

// Connected observers, observers with entries to deliver, and per-type observer counts
// (producers ask hasObserver(type) before building entries nobody would see).
const observers = new SafeSet();
const pendingObservers = new SafeSet();
const observerCounts = new SafeMap();
let deliveryScheduled = false;

function hasObserver(type) {
  return (observerCounts.get(type) ?? 0) > 0;
}

function countObserver(type, delta) {
  const count = (observerCounts.get(type) ?? 0) + delta;
  observerCounts.set(type, count);
  // global.gc() times its collections only while someone watches.
  if (type === 'gc') require('internal/perf/gc').setObserved(count > 0);
}

function byStartTime(a, b) {
  return a.startTime - b.startTime;
}

// Sorts entries by start time (stably). Buffers are usually in that order already, which
// one pass confirms.
function sortByStartTime(list) {
  let previous = -Infinity;
  for (let i = 0; i < list.length; i++) {
    const time = list[i].startTime;
    if (!(time >= previous)) return ArrayPrototypeSort(list, byStartTime);
    previous = time;
  }
  return list;
}

// The buffered entries with the given name and/or type (undefined: any), by start time.
function filterBuffers(name, type) {
  let list;
  if (type === 'mark') {
    list = markBuffer;
  } else if (type === 'measure') {
    list = measureBuffer;
  } else if (type === 'resource') {
    list = resourceBuffer;
  } else if (type !== undefined) {
    return [];
  } else {
    list = [];
    for (let i = 0; i < markBuffer.length; i++) ArrayPrototypePush(list, markBuffer[i]);
    for (let i = 0; i < measureBuffer.length; i++) ArrayPrototypePush(list, measureBuffer[i]);
    for (let i = 0; i < resourceBuffer.length; i++) ArrayPrototypePush(list, resourceBuffer[i]);
  }
  if (name !== undefined) {
    list = ArrayPrototypeFilter(list, (entry) => entry.name === name);
  } else if (list === markBuffer || list === measureBuffer || list === resourceBuffer) {
    list = ArrayPrototypeSlice(list);
  }
  return sortByStartTime(list);
}

function warnBufferSize(type, size) {
  if (warned[type] || size <= kBufferWarnSize) return;
  warned[type] = true;
  const clear = type === 'mark' ? 'clearMarks' : 'clearMeasures';
  process.emitWarning('Possible perf_hooks memory leak detected. ' +
                      `${size} ${type} entries added to the global performance entry buffer. ` +
                      `Use performance.${clear} to clear the buffer.`,
                      'MaxPerformanceEntryBufferExceededWarning');
}

// Keeps a mark or measure in the global buffer.
function bufferUserTiming(entry) {
  if (entry.entryType === 'mark') {
    ArrayPrototypePush(markBuffer, entry);
    warnBufferSize('mark', markBuffer.length);
  } else {
    ArrayPrototypePush(measureBuffer, entry);
    warnBufferSize('measure', measureBuffer.length);
  }
}

// Keeps a resource timing entry, in the secondary buffer while the buffer is full.
function bufferResourceTiming(entry) {
  if (resourceBuffer.length < resourceBufferSize && secondaryResourceBuffer.length === 0) {
    ArrayPrototypePush(resourceBuffer, entry);
    return;
  }
  if (!resourceBufferFullPending) {
    resourceBufferFullPending = true;
    lazySetImmediate ??= require('timers').setImmediate;
    lazySetImmediate(drainSecondaryResourceBuffer);
  }
  ArrayPrototypePush(secondaryResourceBuffer, entry);
}

function drainSecondaryResourceBuffer() {
  while (secondaryResourceBuffer.length !== 0) {
    const before = secondaryResourceBuffer.length;
    if (resourceBuffer.length >= resourceBufferSize && dispatchResourceBufferFull !== null) {
      dispatchResourceBufferFull();
    }
    while (secondaryResourceBuffer.length !== 0 && resourceBuffer.length < resourceBufferSize) {
      ArrayPrototypePush(resourceBuffer, ArrayPrototypeShift(secondaryResourceBuffer));
    }
    if (before <= secondaryResourceBuffer.length) {
      secondaryResourceBuffer = [];
      break;
    }
  }
  resourceBufferFullPending = false;
}

function clearMarkBuffer(name) {
  markBuffer = name === undefined ? [] :
    ArrayPrototypeFilter(markBuffer, (entry) => entry.name !== name);
}

function clearMeasureBuffer(name) {
  measureBuffer = name === undefined ? [] :
    ArrayPrototypeFilter(measureBuffer, (entry) => entry.name !== name);
}

function clearResourceBuffer() {
  resourceBuffer = [];
}

function setResourceBufferSize(size) {
  resourceBufferSize = size;
}

function setResourceBufferFullHandler(dispatch) {
  dispatchResourceBufferFull = dispatch;
}

function scheduleDelivery() {
  if (deliveryScheduled) return;
  deliveryScheduled = true;
  lazySetImmediate ??= require('timers').setImmediate;
  lazySetImmediate(deliverPending);
}

let dispatch;
let maybeBuffer;

function deliverPending() {
  deliveryScheduled = false;
  const list = ArrayFrom(pendingObservers);
  pendingObservers.clear();
  for (let i = 0; i < list.length; i++) dispatch(list[i]);
}

// Hands an entry to every observer that watches its type.
function enqueue(entry) {
  if (observers.size === 0) return;
  for (const observer of observers) maybeBuffer(observer, entry);
}

let lazyDOMException;
function domException(message, name) {
  lazyDOMException ??= require('internal/per_context/domexception').DOMException;
  return new lazyDOMException(message, name);
}

const kTypeSingle = 1;
const kTypeMultiple = 2;

let entryListFrom;

class PerformanceObserverEntryList {
  #entries;

  constructor(token = undefined, entries) {
    if (token !== kSupportedEntryTypes) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#entries = sortByStartTime(entries);
  }

  getEntries() {
    return ArrayPrototypeSlice(entryListFrom(this));
  }

  getEntriesByType(type) {
    const entries = entryListFrom(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    type = toName(type);
    return ArrayPrototypeFilter(entries, (entry) => entry.entryType === type);
  }

  getEntriesByName(name, type = undefined) {
    const entries = entryListFrom(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = toName(name);
    if (type !== undefined) {
      type = toName(type);
      return ArrayPrototypeFilter(entries,
                                  (entry) => entry.name === name && entry.entryType === type);
    }
    return ArrayPrototypeFilter(entries, (entry) => entry.name === name);
  }

  [kInspect](depth, options) {
    return inspectFields(this, 'PerformanceObserverEntryList', this.#entries, depth, options,
                        'PerformanceObserverEntryList');
  }

  static {
    entryListFrom = (value) => {
      if (value === null || typeof value !== 'object' || !(#entries in value)) {
        throw new ERR_INVALID_ARG_TYPE('this', 'PerformanceObserverEntryList', value);
      }
      return value.#entries;
    };
  }
}

ObjectDefineProperties(PerformanceObserverEntryList.prototype, {
  getEntries: kEnumerable,
  getEntriesByType: kEnumerable,
  getEntriesByName: kEnumerable,
  [SymbolToStringTag]: {
    __proto__: null, value: 'PerformanceObserverEntryList', writable: false,
    enumerable: false, configurable: true,
  },
});

class PerformanceObserver {
  #callback;
  #buffer = [];
  #entryTypes = new SafeSet();
  #type = undefined;

  constructor(callback) {
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  observe(options = { __proto__: null }) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = { __proto__: null, ...options };
    if (entryTypes === undefined && type === undefined) {
      throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    }
    if (entryTypes != null && type != null) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
                                      'options.entryTypes can not set with options.type together');
    }
    switch (this.#type) {
      case undefined:
        if (entryTypes !== undefined) this.#type = kTypeMultiple;
        if (type !== undefined) this.#type = kTypeSingle;
        break;
      case kTypeSingle:
        if (entryTypes !== undefined) {
          throw domException('PerformanceObserver can not change to multiple observations',
                             'InvalidModificationError');
        }
        break;
      case kTypeMultiple:
        if (type !== undefined) {
          throw domException('PerformanceObserver can not change to single observation',
                             'InvalidModificationError');
        }
        break;
    }
    if (this.#type === kTypeMultiple) {
      if (!ArrayIsArray(entryTypes)) {
        throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      }
      this.#forgetTypes();
      for (let i = 0; i < entryTypes.length; i++) {
        const entryType = entryTypes[i];
        if (ArrayPrototypeIncludes(kSupportedEntryTypes, entryType) &&
            !this.#entryTypes.has(entryType)) {
          this.#entryTypes.add(entryType);
          countObserver(entryType, 1);
        }
      }
    } else {
      if (!ArrayPrototypeIncludes(kSupportedEntryTypes, type)) return;
      if (!this.#entryTypes.has(type)) {
        this.#entryTypes.add(type);
        countObserver(type, 1);
      }
      if (buffered) {
        const entries = filterBuffers(undefined, type);
        for (let i = 0; i < entries.length; i++) ArrayPrototypePush(this.#buffer, entries[i]);
        pendingObservers.add(this);
        scheduleDelivery();
      }
    }
    if (this.#entryTypes.size !== 0) {
      observers.add(this);
    } else {
      this.disconnect();
    }
  }

  disconnect() {
    this.#forgetTypes();
    observers.delete(this);
    pendingObservers.delete(this);
    this.#buffer = [];
    this.#type = undefined;
  }

  takeRecords() {
    const list = this.#buffer;
    this.#buffer = [];
    return list;
  }

  static get supportedEntryTypes() {
    return kSupportedEntryTypes;
  }

  #forgetTypes() {
    for (const entryType of this.#entryTypes) countObserver(entryType, -1);
    this.#entryTypes.clear();
  }

  [kInspect](depth, options) {
    return inspectFields(this, 'PerformanceObserver', {
      connected: observers.has(this),
      pending: pendingObservers.has(this),
      entryTypes: ArrayFrom(this.#entryTypes),
      buffer: this.#buffer,
    }, depth, options);
  }

  static {
    maybeBuffer = (observer, entry) => {
      if (!observer.#entryTypes.has(entry.entryType)) return;
      ArrayPrototypePush(observer.#buffer, entry);
      pendingObservers.add(observer);
      scheduleDelivery();
    };
    dispatch = (observer) => {
      const entries = observer.#buffer;
      observer.#buffer = [];
      const list = new PerformanceObserverEntryList(kSupportedEntryTypes, entries);
      FunctionPrototypeCall(observer.#callback, observer, list, observer);
    };
  }
}

ObjectDefineProperties(PerformanceObserver.prototype, {
  observe: kEnumerable,
  disconnect: kEnumerable,
  takeRecords: kEnumerable,
  [SymbolToStringTag]: {
    __proto__: null, value: 'PerformanceObserver', writable: false, enumerable: false,
    configurable: true,
  },
});
ObjectDefineProperty(PerformanceObserver, 'supportedEntryTypes', { __proto__: null, enumerable: false });

module.exports = {
  PerformanceObserver,
  PerformanceObserverEntryList,
  bufferResourceTiming,
  bufferUserTiming,
  clearMarkBuffer,
  clearMeasureBuffer,
  clearResourceBuffer,
  enqueue,
  filterBuffers,
  hasObserver,
  setResourceBufferFullHandler,
  setResourceBufferSize,
};

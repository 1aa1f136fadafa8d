'use strict';

// The Performance interface and its one instance, `performance`: the clock (now,
// timeOrigin), user timing (mark, measure, the buffers' getters and clear functions),
// resource timing, and node's additions (nodeTiming, eventLoopUtilization, timerify).
//
// performance.now() is one native call (the binding reads uv_hrtime and subtracts the
// time origin); the receiver check before it is a single comparison for the usual
// `performance.now()` call.

const {
  MathCeil,
  MathTrunc,
  NumberIsFinite,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ReflectApply,
  ReflectConstruct,
  Symbol,
  SymbolFor,
  SymbolToStringTag,
} = primordials;

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_MISSING_ARGS,
    ERR_PERFORMANCE_INVALID_TIMESTAMP,
    ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS,
  },
} = require('internal/errors');
const {
  validateFunction,
  validateObject,
  validateString,
} = require('internal/validators');
const { EventTarget, defineEventHandler, Event } = require('internal/event_target');
const {
  PerformanceMark,
  cloneDetail,
  createPerformanceMeasure,
  createPerformanceNodeEntry,
  createPerformanceResourceTiming,
  inspectFields,
  markTimings,
  milestoneNames,
  toName,
} = require('internal/perf/entry');
const {
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
} = require('internal/perf/observe');

const binding = internalBinding('performance');
const {
  milestones,
  kNodeStart,
  kV8Start,
  kEnvironment,
  kBootstrapComplete,
  kLoopStart,
  kLoopExit,
} = binding;
const now = binding.now;

const kInspect = SymbolFor('nodejs.util.inspect.custom');
const kCreate = Symbol('kCreate');
const kEnumerable = { __proto__: null, enumerable: true };

// ---------------------------------------------------------------------------------------
// nodeTiming: node's start-up milestones, in milliseconds since the time origin (-1 for a
// milestone not reached yet).

class PerformanceNodeTiming {
  constructor(token = undefined) {
    if (token !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    const value = (v) => ({ __proto__: null, value: v, enumerable: true, configurable: true });
    const getter = (get) => ({ __proto__: null, get, enumerable: true, configurable: true });
    ObjectDefineProperties(this, {
      name: value('node'),
      entryType: value('node'),
      startTime: value(0),
      duration: getter(now),
      nodeStart: getter(() => milestones[kNodeStart]),
      v8Start: getter(() => milestones[kV8Start]),
      environment: getter(() => milestones[kEnvironment]),
      loopStart: getter(() => milestones[kLoopStart]),
      loopExit: getter(() => milestones[kLoopExit]),
      bootstrapComplete: getter(() => milestones[kBootstrapComplete]),
      idleTime: getter(() => binding.loopIdleTime()),
      // libuv 1.44 has no uv_metrics_info(): the iteration count comes from nodus's own
      // prepare handle, and the event counts are not available.
      uvMetricsInfo: getter(() => ({
        loopCount: binding.loopCount(),
        events: 0,
        eventsWaiting: 0,
      })),
    });
  }

  [kInspect](depth, options) {
    return inspectFields(this, 'PerformanceNodeTiming', this.toJSON(), depth, options);
  }

  toJSON() {
    return {
      name: 'node',
      entryType: 'node',
      startTime: this.startTime,
      duration: this.duration,
      nodeStart: this.nodeStart,
      v8Start: this.v8Start,
      bootstrapComplete: this.bootstrapComplete,
      environment: this.environment,
      loopStart: this.loopStart,
      loopExit: this.loopExit,
      idleTime: this.idleTime,
    };
  }
}

const nodeTiming = new PerformanceNodeTiming(kCreate);

// ---------------------------------------------------------------------------------------
// User timing.

let lazyDOMException;

// The time a measure boundary names: a timestamp, a milestone, or the latest mark.
function markTime(name) {
  if (typeof name === 'number') {
    if (name < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(name);
    return name;
  }
  name = toName(name);
  if (milestoneNames.has(name)) return nodeTiming[name];
  const time = markTimings.get(name);
  if (time === undefined) {
    lazyDOMException ??= require('internal/per_context/domexception').DOMException;
    throw new lazyDOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
  }
  return time;
}

// measure()'s start and end: a start mark name (a string), or an options object whose
// start/end/duration count only when start or end is given; an end mark otherwise.
function measureBounds(startOrOptions, endMark) {
  let start, end, duration;
  let useOptions = false;
  if (startOrOptions !== null && typeof startOrOptions === 'object') {
    ({ start, end, duration } = startOrOptions);
    useOptions = start !== undefined || end !== undefined;
  }
  if (useOptions) {
    if (endMark !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('endMark must not be specified');
    }
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
        'Must not have options.start, options.end, and options.duration specified');
    }
  }
  let endTime;
  if (endMark !== undefined) {
    endTime = markTime(endMark);
  } else if (useOptions && end !== undefined) {
    endTime = markTime(end);
  } else if (useOptions && start !== undefined && duration !== undefined) {
    endTime = markTime(start) + markTime(duration);
  } else {
    endTime = now();
  }
  let startTime;
  if (typeof startOrOptions === 'string') {
    startTime = markTime(startOrOptions);
  } else if (useOptions && start !== undefined) {
    startTime = markTime(start);
  } else if (useOptions && duration !== undefined && end !== undefined) {
    startTime = endTime - markTime(duration);
  } else {
    startTime = 0;
  }
  return { startTime, duration: endTime - startTime };
}

function mark(name, options) {
  const entry = new PerformanceMark(name, options);
  enqueue(entry);
  bufferUserTiming(entry);
  return entry;
}

function measure(name, startOrOptions, endMark) {
  validateString(name, 'name');
  const { startTime, duration } = measureBounds(startOrOptions, endMark);
  const detail = startOrOptions !== null && typeof startOrOptions === 'object' ?
    cloneDetail(startOrOptions.detail) : null;
  const entry = createPerformanceMeasure(name, startTime, duration, detail);
  enqueue(entry);
  bufferUserTiming(entry);
  return entry;
}

// ---------------------------------------------------------------------------------------
// eventLoopUtilization([utilization1[, utilization2]]): idle and active milliseconds
// since the loop started (or between two earlier readings), and their ratio.

function eventLoopUtilization(util1, util2) {
  const loopStart = milestones[kLoopStart];
  if (loopStart <= 0) return { idle: 0, active: 0, utilization: 0 };
  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }
  const idle = binding.loopIdleTime();
  const active = now() - loopStart - idle;
  if (!util1) return { idle, active, utilization: active / (idle + active) };
  const idleDelta = idle - util1.idle;
  const activeDelta = active - util1.active;
  return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
}

// ---------------------------------------------------------------------------------------
// timerify(fn[, options]): a wrapper that reports each call's duration as a 'function'
// entry (and records it, in nanoseconds, in options.histogram). Calls that return a
// promise-like value are timed until it settles.

let lazyHistogram;

function timerify(fn, options = { __proto__: null }) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  const { histogram } = options;
  lazyHistogram ??= require('internal/perf/histogram');
  if (histogram !== undefined && !lazyHistogram.isRecordableHistogram(histogram)) {
    throw new ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram', histogram);
  }

  function complete(startTime, args) {
    const duration = now() - startTime;
    if (histogram !== undefined) {
      const ns = MathCeil(duration * 1e6);
      lazyHistogram.recordInternal(histogram, ns > 0 ? ns : 1);
    }
    if (hasObserver('function')) {
      const entry = createPerformanceNodeEntry(fn.name, 'function', startTime, duration, args);
      // Node also exposes the arguments as the entry's indexed properties.
      for (let i = 0; i < args.length; i++) entry[i] = args[i];
      enqueue(entry);
    }
  }

  function timerified(...args) {
    const constructing = new.target !== undefined;
    const startTime = now();
    const result = constructing ? ReflectConstruct(fn, args, fn) : ReflectApply(fn, this, args);
    if (!constructing && typeof result?.finally === 'function') {
      return result.finally(() => complete(startTime, args));
    }
    complete(startTime, args);
    return result;
  }

  ObjectDefineProperties(timerified, {
    length: { __proto__: null, configurable: false, enumerable: true, value: fn.length },
    name: {
      __proto__: null, configurable: false, enumerable: true, value: `timerified ${fn.name}`,
    },
  });
  return timerified;
}

// ---------------------------------------------------------------------------------------
// Resource timing (recorded by fetch).

const kResourceBufferFull = 'resourcetimingbufferfull';

// markResourceTiming(timingInfo, requestedUrl, initiatorType, global, cacheMode, bodyInfo,
// responseStatus, deliveryType): records a fetch's timing (fetch calls it). The fields are
// read from the fetch timing info as given.
function markResourceTiming(timingInfo, requestedUrl, initiatorType, global, cacheMode,
                            bodyInfo = undefined, responseStatus = undefined,
                            deliveryType = undefined) {
  const connection = timingInfo.finalConnectionTimingInfo;
  let transferSize;
  if (cacheMode === 'local') {
    transferSize = 0;
  } else if (cacheMode === 'validated') {
    transferSize = 300;
  } else {
    transferSize = timingInfo.encodedBodySize + 300;
  }
  const info = {
    __proto__: null,
    startTime: timingInfo.startTime,
    duration: timingInfo.endTime - timingInfo.startTime,
    initiatorType,
    nextHopProtocol: connection?.ALPNNegotiatedProtocol,
    workerStart: timingInfo.finalServiceWorkerStartTime,
    redirectStart: timingInfo.redirectStartTime,
    redirectEnd: timingInfo.redirectEndTime,
    fetchStart: timingInfo.postRedirectStartTime,
    domainLookupStart: connection?.domainLookupStartTime,
    domainLookupEnd: connection?.domainLookupEndTime,
    connectStart: connection?.connectionStartTime,
    connectEnd: connection?.connectionEndTime,
    secureConnectionStart: connection?.secureConnectionStartTime,
    requestStart: timingInfo.finalNetworkRequestStartTime,
    responseStart: timingInfo.finalNetworkResponseStartTime,
    responseEnd: timingInfo.endTime,
    transferSize,
    encodedBodySize: timingInfo.encodedBodySize,
    decodedBodySize: timingInfo.decodedBodySize,
    cacheMode,
    bodyInfo,
    responseStatus,
    deliveryType,
  };
  const entry = createPerformanceResourceTiming(`${requestedUrl}`, info);
  enqueue(entry);
  bufferResourceTiming(entry);
  return entry;
}

// ---------------------------------------------------------------------------------------
// Performance.

let isPerformance;
let performance;

function checkThis(self) {
  if (self !== performance && !isPerformance(self)) {
    throw new ERR_INVALID_ARG_TYPE('this', 'Performance', self);
  }
}

class Performance extends EventTarget {
  #brand = true;

  constructor(token = undefined) {
    if (token !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }

  clearMarks(name = undefined) {
    checkThis(this);
    if (name !== undefined) {
      name = toName(name);
      markTimings.delete(name);
      clearMarkBuffer(name);
    } else {
      markTimings.clear();
      clearMarkBuffer(undefined);
    }
  }

  clearMeasures(name = undefined) {
    checkThis(this);
    clearMeasureBuffer(name === undefined ? undefined : toName(name));
  }

  clearResourceTimings(name = undefined) {
    checkThis(this);
    clearResourceBuffer();
  }

  getEntries() {
    checkThis(this);
    return filterBuffers(undefined, undefined);
  }

  getEntriesByName(name, type = undefined) {
    checkThis(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = toName(name);
    return filterBuffers(name, type === undefined ? undefined : toName(type));
  }

  getEntriesByType(type) {
    checkThis(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    return filterBuffers(undefined, toName(type));
  }

  mark(name, options = undefined) {
    checkThis(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return mark(name, options);
  }

  measure(name, startOrMeasureOptions = undefined, endMark = undefined) {
    checkThis(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return measure(name, startOrMeasureOptions, endMark);
  }

  now() {
    if (this !== performance) checkThis(this);
    return now();
  }

  setResourceTimingBufferSize(maxSize) {
    checkThis(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('maxSize');
    // An unsigned long, as node converts it: non-finite and negative sizes become 0.
    let size = +maxSize;
    size = NumberIsFinite(size) ? MathTrunc(size) % 2 ** 32 : 0;
    setResourceBufferSize(size > 0 ? size : 0);
  }

  get timeOrigin() {
    checkThis(this);
    return binding.timeOrigin;
  }

  toJSON() {
    checkThis(this);
    return {
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
      eventLoopUtilization: this.eventLoopUtilization(),
    };
  }

  [kInspect](depth, options) {
    return inspectFields(this, 'Performance', {
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
    }, depth, options);
  }

  static {
    isPerformance = (value) => value !== null && typeof value === 'object' && #brand in value;
  }
}

ObjectDefineProperties(Performance.prototype, {
  clearMarks: kEnumerable,
  clearMeasures: kEnumerable,
  clearResourceTimings: kEnumerable,
  getEntries: kEnumerable,
  getEntriesByName: kEnumerable,
  getEntriesByType: kEnumerable,
  mark: kEnumerable,
  measure: kEnumerable,
  now: kEnumerable,
  setResourceTimingBufferSize: kEnumerable,
  timeOrigin: kEnumerable,
  toJSON: kEnumerable,
  eventLoopUtilization: {
    __proto__: null, value: eventLoopUtilization, writable: true, enumerable: false,
    configurable: true,
  },
  nodeTiming: {
    __proto__: null, value: nodeTiming, writable: true, enumerable: false, configurable: true,
  },
  markResourceTiming: {
    __proto__: null, value: markResourceTiming, writable: true, enumerable: false,
    configurable: true,
  },
  timerify: {
    __proto__: null, value: timerify, writable: true, enumerable: false, configurable: true,
  },
  [SymbolToStringTag]: {
    __proto__: null, value: 'Performance', writable: false, enumerable: false,
    configurable: true,
  },
});
defineEventHandler(Performance.prototype, kResourceBufferFull);
ObjectDefineProperty(Performance.prototype, `on${kResourceBufferFull}`, { __proto__: null, enumerable: true });

performance = new Performance(kCreate);
setResourceBufferFullHandler(() => performance.dispatchEvent(new Event(kResourceBufferFull)));

module.exports = {
  Performance,
  eventLoopUtilization,
  nodeTiming,
  now,
  performance,
  timerify,
};

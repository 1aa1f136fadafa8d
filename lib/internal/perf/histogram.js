'use strict';

// Histograms: createHistogram() (a RecordableHistogram) and monitorEventLoopDelay() (an
// IntervalHistogram fed by a native timer). The counts live in C (the performance
// binding's high-dynamic-range histogram); every statistic is one call into it.

const {
  BigInt,
  MathTrunc,
  NumberIsNaN,
  NumberMAX_SAFE_INTEGER,
  RangeError,
  TypeError,
  ObjectFromEntries,
  SafeMap,
  SafeWeakSet,
  Float64Array,
  Symbol,
  SymbolFor,
} = primordials;

const {
  codedError,
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateInteger,
  validateNumber,
  validateObject,
} = require('internal/validators');
const { inspectFields } = require('internal/perf/entry');

const binding = internalBinding('performance');
const { kCount, kMin, kMax, kExceeds, kMean, kStddev } = binding;

const kInspect = SymbolFor('nodejs.util.inspect.custom');
const kCreate = Symbol('kCreate');
// BigInt values must fit a signed 64-bit integer.
const kBigIntLimit = 2n ** 63n;

// Values recorded from JavaScript are collected in a batch and handed to the native
// histogram in one call (one crossing per kBatchSize values), before anything reads it.
// The batch belongs to the handle, so every object over the same counts in this thread
// sees it. Histograms that went through a message (whose other side has a handle of its
// own) record directly.
const kBatchSize = 128;

class HistogramState {
  constructor(handle) {
    this.handle = handle;
    this.pending = null;
    this.count = 0;
  }
}

// Handles sent in or received from a message.
const sharedHandles = new SafeWeakSet();
let anyShared = false;

function flush(state) {
  const count = state.count;
  if (count !== 0) {
    state.count = 0;
    binding.recordBatch(state.handle, state.pending, count);
  }
  return state.handle;
}

function recordValue(state, value) {
  if (anyShared && sharedHandles.has(state.handle)) {
    binding.record(flush(state), value);
    return;
  }
  state.pending ??= new Float64Array(kBatchSize);
  state.pending[state.count++] = value;
  if (state.count === kBatchSize) flush(state);
}

let stateOf;
let isHistogram;

// The native handle, with every recorded value handed over.
function handleOf(value) {
  return flush(stateOf(value));
}

function percentilesMap(handle, bigint) {
  const flat = binding.percentiles(handle, bigint);
  const map = new SafeMap();
  for (let i = 0; i < flat.length; i += 2) map.set(flat[i], flat[i + 1]);
  return map;
}

function validatePercentile(percentile) {
  validateNumber(percentile, 'percentile');
  if (NumberIsNaN(percentile) || percentile <= 0 || percentile > 100) {
    throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
  }
}

class Histogram {
  #state;

  constructor(token = undefined, state) {
    if (token !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#state = state;
  }

  get count() { return binding.stat(handleOf(this), kCount, false); }
  get countBigInt() { return binding.stat(handleOf(this), kCount, true); }
  get min() { return binding.stat(handleOf(this), kMin, false); }
  get minBigInt() { return binding.stat(handleOf(this), kMin, true); }
  get max() { return binding.stat(handleOf(this), kMax, false); }
  get maxBigInt() { return binding.stat(handleOf(this), kMax, true); }
  get mean() { return binding.stat(handleOf(this), kMean, false); }
  get exceeds() { return binding.stat(handleOf(this), kExceeds, false); }
  get exceedsBigInt() { return binding.stat(handleOf(this), kExceeds, true); }
  get stddev() { return binding.stat(handleOf(this), kStddev, false); }

  percentile(percentile) {
    const handle = handleOf(this);
    validatePercentile(percentile);
    return binding.percentile(handle, percentile, false);
  }

  percentileBigInt(percentile) {
    const handle = handleOf(this);
    validatePercentile(percentile);
    return binding.percentile(handle, percentile, true);
  }

  get percentiles() { return percentilesMap(handleOf(this), false); }
  get percentilesBigInt() { return percentilesMap(handleOf(this), true); }

  reset() {
    binding.reset(handleOf(this));
  }

  [kInspect](depth, options) {
    return inspectFields(this, 'Histogram', {
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      count: this.count,
      percentiles: this.percentiles,
    }, depth, options, this.constructor.name);
  }

  toJSON() {
    return {
      count: this.count,
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      percentiles: ObjectFromEntries(this.percentiles),
    };
  }

  static {
    isHistogram = (value) => value !== null && typeof value === 'object' && #state in value;
    stateOf = (value) => {
      if (!isHistogram(value)) throw new ERR_INVALID_THIS('Histogram');
      return value.#state;
    };
  }
}

let recordableStateOf;
let isRecordableHistogram;
let highestOf;

class RecordableHistogram extends Histogram {
  #highest;

  constructor(token = undefined, state, highest) {
    super(token, state);
    this.#highest = highest;
  }

  record(val) {
    const state = recordableStateOf(this);
    if (typeof val === 'bigint') {
      if (val < 1n || val >= kBigIntLimit) {
        throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'value is out of range');
      }
      if (val > BigInt(this.#highest)) {
        binding.recordExceeds(flush(state));
        return;
      }
      recordValue(state, Number(val));
      return;
    }
    validateInteger(val, 'val', 1);
    recordValue(state, val);
  }

  recordDelta() {
    binding.recordDelta(flush(recordableStateOf(this)));
  }

  add(other) {
    const handle = flush(recordableStateOf(this));
    if (!isRecordableHistogram(other)) {
      throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    }
    binding.add(handle, handleOf(other));
  }

  static {
    isRecordableHistogram = (value) =>
      value !== null && typeof value === 'object' && #highest in value;
    recordableStateOf = (value) => {
      if (!isRecordableHistogram(value)) throw new ERR_INVALID_THIS('RecordableHistogram');
      return stateOf(value);
    };
    highestOf = (value) => value.#highest;
  }
}

let intervalOf;

// monitorEventLoopDelay()'s histogram (node's IntervalHistogram, named ELDHistogram).
class ELDHistogram extends Histogram {
  #interval = true;

  enable() {
    return binding.enableDelayMonitor(intervalOf(this));
  }

  disable() {
    return binding.disableDelayMonitor(intervalOf(this));
  }

  static {
    intervalOf = (value) => {
      if (value === null || typeof value !== 'object' || !(#interval in value)) {
        throw new ERR_INVALID_THIS('ELDHistogram');
      }
      return handleOf(value);
    };
  }
}

// A lowest/highest option: an integer Number in [min, MAX_SAFE_INTEGER], or a BigInt.
function boundOption(value, name, min) {
  if (typeof value === 'bigint') return value;
  validateInteger(value, name, min, NumberMAX_SAFE_INTEGER);
  return value;
}

function createHistogram(options = { __proto__: null }) {
  validateObject(options, 'options');
  const {
    lowest = 1,
    highest = NumberMAX_SAFE_INTEGER,
    figures = 3,
  } = options;
  const low = boundOption(lowest, 'options.lowest', 1);
  let high;
  if (typeof highest === 'bigint') {
    high = highest;
  } else {
    if (typeof low === 'bigint') {
      // Node computes 2 * lowest here, which fails for a BigInt lowest.
      throw new TypeError('Cannot mix BigInt and other types, use explicit conversions');
    }
    high = boundOption(highest, 'options.highest', 2 * low);
  }
  validateInteger(figures, 'options.figures', 1, 5);
  const handle = binding.create(Number(low), Number(high), figures);
  return new RecordableHistogram(kCreate, new HistogramState(handle), Number(high));
}

function monitorEventLoopDelay(options = { __proto__: null }) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  return new ELDHistogram(kCreate, new HistogramState(binding.createDelayMonitor(resolution)));
}

// Records without the argument checks (timerify's durations, always positive integers).
function recordInternal(histogram, value) {
  recordValue(recordableStateOf(histogram), MathTrunc(value));
}

// Cloning: as in node, a clone is a RecordableHistogram over the same counts (recording
// into either shows in both), also in a message to another thread: there the handle is
// cloned through its own handler, as a reference the receiving side adopts (and the state
// object arrives as a plain copy, which becomes a new state).
const structuredClone = require('internal/structured_clone');
structuredClone.registerHostHandler({
  name: 'Histogram',
  test: (value) => isHistogram(value),
  serialize: (value) => {
    const state = stateOf(value);
    flush(state);
    return {
      state,
      highest: isRecordableHistogram(value) ? highestOf(value) : NumberMAX_SAFE_INTEGER,
    };
  },
  deserialize: (data) => {
    const state = data.state instanceof HistogramState ? data.state :
      new HistogramState(data.state.handle);
    return new RecordableHistogram(kCreate, state, data.highest);
  },
});
structuredClone.registerHostHandler({
  name: 'HistogramHandle',
  test: (value) => binding.isHandle(value),
  serialize: (handle) => {
    sharedHandles.add(handle);
    anyShared = true;
    return binding.share(handle);
  },
  deserialize: (id) => {
    const handle = binding.adopt(id);
    if (handle !== undefined) {
      sharedHandles.add(handle);
      anyShared = true;
    }
    return handle;
  },
});

module.exports = {
  Histogram,
  ELDHistogram,
  RecordableHistogram,
  createHistogram,
  isHistogram: (value) => isHistogram(value),
  isRecordableHistogram: (value) => isRecordableHistogram(value),
  monitorEventLoopDelay,
  recordInternal,
};

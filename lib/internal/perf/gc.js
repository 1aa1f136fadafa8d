'use strict';

// global.gc() (--expose-gc) and the 'gc' performance entries it produces. The engine
// offers no hook into the collections it decides on itself, so the entries are those of
// the collections nodus runs when asked: full and synchronous, kind
// NODE_PERFORMANCE_GC_MAJOR with the flag NODE_PERFORMANCE_GC_FLAGS_FORCED, as V8 reports
// a forced collection. Timing costs nothing while no observer watches 'gc'.

const {
  ObjectDefineProperty,
} = primordials;

const { gc: collect } = internalBinding('process_methods');
const { now } = internalBinding('performance');

const kGcMajor = 4;
const kGcFlagsForced = 4;

// Observers watching 'gc' (internal/perf/observe keeps the count up to date).
let observed = false;

function setObserved(value) {
  observed = value;
}

// entry.kind and entry.flags: node's deprecated own accessors (DEP0152) next to detail.
let deprecateAccessor;
function defineDeprecatedAccessor(entry, name, initial) {
  deprecateAccessor ??= (fn) => require('internal/util').deprecate(
    fn, 'Custom PerformanceEntry accessors are deprecated. Please use the detail property.',
    'DEP0152');
  let value = initial;
  ObjectDefineProperty(entry, name, {
    __proto__: null,
    get: deprecateAccessor(() => value),
    set: deprecateAccessor((newValue) => { value = newValue; }),
    enumerable: true,
    configurable: true,
  });
}

// Named so, like V8's function.
function gc() {
  if (!observed) {
    collect();
    return;
  }
  const start = now();
  collect();
  const duration = now() - start;
  const { createPerformanceNodeEntry } = require('internal/perf/entry');
  const detail = { kind: kGcMajor, flags: kGcFlagsForced };
  const entry = createPerformanceNodeEntry('gc', 'gc', start, duration, detail);
  defineDeprecatedAccessor(entry, 'kind', detail.kind);
  defineDeprecatedAccessor(entry, 'flags', detail.flags);
  require('internal/perf/observe').enqueue(entry);
}

module.exports = { gc, setObserved };

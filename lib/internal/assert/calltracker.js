'use strict';

// assert.CallTracker (deprecated, DEP0173): wraps functions to count their calls, and
// reports or throws when a wrapped function was not called the expected number of times.

const {
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  Error,
  ObjectFreeze,
  Proxy,
  ReflectApply,
  SafeSet,
  SafeWeakMap,
  TypeError,
} = primordials;

const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_UNAVAILABLE_DURING_EXIT,
  },
} = require('internal/errors');
const AssertionError = require('internal/assert/assertion_error');
const { validateUint32 } = require('internal/validators');

// The default tracked function; nameless, so reports call it "calls".
const noop = [() => {}][0];

// The record of one tracked function.
class TrackedCalls {
  #expected;
  #calls = [];
  #name;
  #stackTrace;

  constructor(expected, name, stackTrace) {
    this.#expected = expected;
    this.#name = name;
    this.#stackTrace = stackTrace;
  }

  track(thisArg, args) {
    ArrayPrototypePush(this.#calls, ObjectFreeze({
      thisArg,
      arguments: ObjectFreeze(ArrayPrototypeSlice(args)),
    }));
  }

  get satisfied() {
    return this.#calls.length === this.#expected;
  }

  reset() {
    this.#calls = [];
  }

  getCalls() {
    return ObjectFreeze(ArrayPrototypeSlice(this.#calls));
  }

  report() {
    if (this.satisfied) return undefined;
    return {
      message: `Expected the ${this.#name} function to be executed ${this.#expected} ` +
        `time(s) but was executed ${this.#calls.length} time(s).`,
      actual: this.#calls.length,
      expected: this.#expected,
      operator: this.#name,
      stack: this.#stackTrace,
    };
  }
}

class CallTracker {
  #tracked = new SafeSet();
  #byFunction = new SafeWeakMap();

  #lookup(tracked) {
    const record = this.#byFunction.get(tracked);
    if (record === undefined) {
      throw new ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    }
    return record;
  }

  // reset([fn]): forgets the calls of one tracked function, or of all of them.
  reset(tracked) {
    if (tracked === undefined) {
      for (const record of this.#tracked) record.reset();
      return;
    }
    this.#lookup(tracked).reset();
  }

  // getCalls(fn) -> frozen [{ thisArg, arguments }] of a tracked function.
  getCalls(tracked) {
    return this.#lookup(tracked).getCalls();
  }

  // calls([fn][, exact = 1]) -> a wrapper of fn (default: a no-op) counting its calls.
  calls(fn, expected = 1) {
    if (process._exiting) throw new ERR_UNAVAILABLE_DURING_EXIT();
    if (typeof fn === 'number') {
      expected = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    validateUint32(expected, 'expected', true);
    if ((typeof fn !== 'function' && typeof fn !== 'object') || fn === null) {
      throw new TypeError('Cannot create proxy with a non-object as target or handler');
    }
    const record = new TrackedCalls(expected, fn.name || 'calls', new Error());
    const wrapper = new Proxy(fn, {
      __proto__: null,
      apply(target, thisArg, args) {
        record.track(thisArg, args);
        return ReflectApply(target, thisArg, args);
      },
    });
    this.#tracked.add(record);
    this.#byFunction.set(wrapper, record);
    return wrapper;
  }

  // report() -> the tracked functions whose call counts are off.
  report() {
    const errors = [];
    for (const record of this.#tracked) {
      const entry = record.report();
      if (entry !== undefined) ArrayPrototypePush(errors, entry);
    }
    return errors;
  }

  // verify(): throws an AssertionError listing the functions whose counts are off.
  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ? errors[0].message :
      'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}

module.exports = CallTracker;

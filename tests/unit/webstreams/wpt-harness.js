'use strict';
// A small stand-in for web-platform-tests' testharness.js, enough to run the streams and
// encoding-streams tests (tests/fixtures/wpt) outside a browser.
//
// Usage: nodus wpt-harness.js FILE.any.js
// Loads the file's "// META: script=" dependencies and the file itself into one function
// scope, runs its tests the way testharness.js does (test() at once, async_test() at
// once and concurrently, promise_test() one after another in definition order, each with
// a time limit) and prints one JSON line: [{ name, status, message }, ...], with status
// "PASS", "FAIL" or "TIMEOUT".

const fs = require('fs');
const path = require('path');

const TEST_TIMEOUT_MS = 3000;
const file = path.resolve(process.argv[2]);
const wptRoot = path.resolve(__dirname, '..', '..', 'fixtures', 'wpt');

const results = [];
const pending = new Set();
const promiseTests = [];
let finished = false;

class AssertionError extends Error {
  constructor(message) {
    super(message);
    this.name = 'AssertionError';
  }
}

function formatValue(value) {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'symbol') return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (Object.is(value, -0)) return '-0';
  if (value === null || typeof value !== 'object') return String(value);
  try {
    return require('util').inspect(value, { depth: 1 });
  } catch {
    return Object.prototype.toString.call(value);
  }
}

function fail(message, description) {
  throw new AssertionError(description ? `${description}: ${message}` : message);
}

function sameValue(a, b) {
  return Object.is(a, b);
}

// ---------------------------------------------------------------------------------------
// Assertions.

const asserts = {
  assert_true(actual, description) {
    if (actual !== true) fail(`expected true got ${formatValue(actual)}`, description);
  },
  assert_false(actual, description) {
    if (actual !== false) fail(`expected false got ${formatValue(actual)}`, description);
  },
  assert_equals(actual, expected, description) {
    if (!sameValue(actual, expected)) {
      fail(`expected ${formatValue(expected)} but got ${formatValue(actual)}`, description);
    }
  },
  assert_not_equals(actual, expected, description) {
    if (sameValue(actual, expected)) {
      fail(`got disallowed value ${formatValue(actual)}`, description);
    }
  },
  assert_in_array(actual, expected, description) {
    if (!expected.includes(actual)) {
      fail(`value ${formatValue(actual)} not in array ${formatValue(expected)}`, description);
    }
  },
  assert_array_equals(actual, expected, description) {
    if (actual === null || typeof actual !== 'object' || !('length' in actual)) {
      fail(`value is ${formatValue(actual)}, expected array`, description);
    }
    if (actual.length !== expected.length) {
      fail(`lengths differ, expected array ${formatValue(expected)} length ` +
           `${expected.length}, got ${formatValue(actual)} length ${actual.length}`,
           description);
    }
    for (let i = 0; i < actual.length; i++) {
      if (actual.hasOwnProperty(i) !== expected.hasOwnProperty(i) ||
          !sameValue(actual[i], expected[i])) {
        fail(`expected property ${i} to be ${formatValue(expected[i])} but got ` +
             `${formatValue(actual[i])} (expected array ${formatValue(expected)} got ` +
             `${formatValue(actual)})`, description);
      }
    }
  },
  assert_object_equals(actual, expected, description) {
    const seen = [];
    function check(a, e, where) {
      if (typeof e !== 'object' || e === null) {
        if (!sameValue(a, e)) {
          fail(`property ${where} expected ${formatValue(e)} got ${formatValue(a)}`,
               description);
        }
        return;
      }
      if (seen.includes(e)) return;
      seen.push(e);
      if (typeof a !== 'object' || a === null) {
        fail(`property ${where} expected object got ${formatValue(a)}`, description);
      }
      for (const key in a) {
        if (!(key in e)) fail(`unexpected property ${where}.${key}`, description);
      }
      for (const key in e) {
        if (!(key in a)) fail(`missing property ${where}.${key}`, description);
        check(a[key], e[key], `${where}.${key}`);
      }
    }
    check(actual, expected, '');
  },
  assert_approx_equals(actual, expected, epsilon, description) {
    if (typeof actual !== 'number' || Math.abs(actual - expected) > epsilon) {
      fail(`expected ${formatValue(expected)} +/- ${epsilon} but got ${formatValue(actual)}`,
           description);
    }
  },
  assert_less_than(actual, expected, description) {
    if (!(actual < expected)) fail(`expected a number less than ${expected} but got ${actual}`,
                                   description);
  },
  assert_greater_than(actual, expected, description) {
    if (!(actual > expected)) {
      fail(`expected a number greater than ${expected} but got ${actual}`, description);
    }
  },
  assert_less_than_equal(actual, expected, description) {
    if (!(actual <= expected)) {
      fail(`expected a number less than or equal to ${expected} but got ${actual}`,
           description);
    }
  },
  assert_greater_than_equal(actual, expected, description) {
    if (!(actual >= expected)) {
      fail(`expected a number greater than or equal to ${expected} but got ${actual}`,
           description);
    }
  },
  assert_regexp_match(actual, expected, description) {
    if (!expected.test(actual)) {
      fail(`expected ${formatValue(actual)} to match ${expected}`, description);
    }
  },
  assert_class_string(object, className, description) {
    const actual = Object.prototype.toString.call(object);
    const expected = `[object ${className}]`;
    if (actual !== expected) {
      fail(`expected ${expected} but got ${actual}`, description);
    }
  },
  assert_own_property(object, name, description) {
    if (!Object.prototype.hasOwnProperty.call(object, name)) {
      fail(`expected property ${formatValue(name)} missing`, description);
    }
  },
  assert_not_own_property(object, name, description) {
    if (Object.prototype.hasOwnProperty.call(object, name)) {
      fail(`unexpected property ${formatValue(name)} is found on object`, description);
    }
  },
  assert_inherits(object, name, description) {
    if (typeof object !== 'object' && typeof object !== 'function') {
      fail('provided value is not an object', description);
    }
    if (Object.prototype.hasOwnProperty.call(object, name)) {
      fail(`property ${formatValue(name)} found on object, expected in prototype chain`,
           description);
    }
    if (!(name in object)) {
      fail(`property ${formatValue(name)} not found in prototype chain`, description);
    }
  },
  assert_unreached(description) {
    fail('Reached unreachable code', description);
  },
  assert_throws_js(constructor, func, description) {
    let threw = false;
    try {
      func();
    } catch (err) {
      threw = true;
      checkJsError(constructor, err, description);
    }
    if (!threw) fail(`${func} did not throw`, description);
  },
  assert_throws_exactly(exception, func, description) {
    let threw = false;
    try {
      func();
    } catch (err) {
      threw = true;
      if (!sameValue(err, exception)) {
        fail(`${func} threw ${formatValue(err)} but we expected it to throw ` +
             `${formatValue(exception)}`, description);
      }
    }
    if (!threw) fail(`${func} did not throw`, description);
  },
  assert_throws_dom(type, funcOrConstructor, maybeFunc, maybeDescription) {
    let func = funcOrConstructor;
    let description = maybeFunc;
    if (typeof maybeFunc === 'function') {
      func = maybeFunc;
      description = maybeDescription;
    }
    let threw = false;
    try {
      func();
    } catch (err) {
      threw = true;
      checkDomError(type, err, description);
    }
    if (!threw) fail(`${func} did not throw`, description);
  },
  assert_implements(condition, description) {
    if (!condition) throw new OptionalFeatureUnsupported(description);
  },
  assert_implements_optional(condition, description) {
    if (!condition) throw new OptionalFeatureUnsupported(description);
  },
};

class OptionalFeatureUnsupported extends Error {}

function checkJsError(constructor, err, description) {
  if (typeof err !== 'object' || err === null) {
    fail(`threw ${formatValue(err)}, not an object`, description);
  }
  if (!(err instanceof constructor) && err.constructor !== constructor) {
    fail(`threw ${formatValue(err)} (${err && err.name}) expected instance of ` +
         `${constructor.name}`, description);
  }
  if (err.constructor !== constructor &&
      Object.getPrototypeOf(err) !== constructor.prototype) {
    fail(`threw object with constructor ${err.constructor && err.constructor.name}, ` +
         `expected ${constructor.name}`, description);
  }
}

const domCodes = {
  IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4,
  InvalidCharacterError: 5, NoModificationAllowedError: 7, NotFoundError: 8,
  NotSupportedError: 9, InvalidStateError: 11, SyntaxError: 12,
  InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
  TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20,
  URLMismatchError: 21, QuotaExceededError: 22, TimeoutError: 23,
  InvalidNodeTypeError: 24, DataCloneError: 25,
};

function checkDomError(type, err, description) {
  const name = typeof type === 'number' ?
    Object.keys(domCodes).find((k) => domCodes[k] === type) : type;
  if (typeof err !== 'object' || err === null) {
    fail(`threw ${formatValue(err)}, not a DOMException`, description);
  }
  if (err.name !== name) {
    fail(`threw exception with name ${formatValue(err.name)}, expected ${name}`,
         description);
  }
}

function promiseRejects(test, check, promise, description) {
  return Promise.resolve(promise).then(() => {
    fail('Should have rejected', description);
  }, (err) => {
    check(err);
  });
}

const globals = {
  ...asserts,
  promise_rejects_js(test, constructor, promise, description) {
    return promiseRejects(test, (err) => checkJsError(constructor, err, description),
                          promise, description);
  },
  promise_rejects_exactly(test, exception, promise, description) {
    return promiseRejects(test, (err) => {
      if (!sameValue(err, exception)) {
        fail(`rejected with ${formatValue(err)}, expected ${formatValue(exception)}`,
             description);
      }
    }, promise, description);
  },
  promise_rejects_dom(test, type, promiseOrConstructor, maybePromise, maybeDescription) {
    let promise = promiseOrConstructor;
    let description = maybePromise;
    if (typeof promiseOrConstructor === 'function') {
      promise = maybePromise;
      description = maybeDescription;
    }
    return promiseRejects(test, (err) => checkDomError(type, err, description), promise,
                          description);
  },
  format_value: formatValue,
  step_timeout(fn, ms, ...args) {
    return setTimeout(fn, ms, ...args);
  },
  setup() {},
  done() {},
  add_completion_callback() {},
  test(fn, name) {
    const t = new Test(name);
    t.run(fn);
    if (t.status === undefined) t.finish('PASS');
  },
  async_test(fn, name) {
    if (typeof fn === 'string') {
      name = fn;
      fn = undefined;
    }
    const t = new Test(name);
    t.startTimer();
    if (fn) t.run(fn);
    return t;
  },
  promise_test(fn, name) {
    promiseTests.push({ fn, name });
  },
  GLOBAL: {
    isWindow: () => false,
    isWorker: () => false,
    isShadowRealm: () => false,
  },
};

// ---------------------------------------------------------------------------------------
// Tests.

class Test {
  constructor(name) {
    this.name = name;
    this.status = undefined;
    this.message = '';
    this.cleanups = [];
    this.timer = undefined;
    this.onDone = undefined;
    pending.add(this);
  }

  startTimer() {
    this.timer = setTimeout(() => this.finish('TIMEOUT', 'test timed out'), TEST_TIMEOUT_MS);
  }

  run(fn, thisArg, args) {
    if (this.status !== undefined) return undefined;
    try {
      return fn.apply(thisArg ?? this, args ?? [this]);
    } catch (err) {
      this.fail(err);
      return undefined;
    }
  }

  fail(err) {
    if (err instanceof OptionalFeatureUnsupported) {
      this.finish('PRECONDITION_FAILED', String(err.message));
      return;
    }
    this.finish('FAIL', err && err.stack ? `${err.message}` : String(err));
  }

  step(fn, thisArg, ...args) {
    return this.run(fn, thisArg, args);
  }

  step_func(fn, thisArg) {
    return (...args) => this.run(fn, thisArg, args);
  }

  step_func_done(fn, thisArg) {
    return (...args) => {
      if (fn) this.run(fn, thisArg, args);
      this.done();
    };
  }

  unreached_func(description) {
    return this.step_func(() => {
      asserts.assert_unreached(description);
    });
  }

  step_timeout(fn, ms, ...args) {
    return setTimeout(this.step_func(fn), ms, ...args);
  }

  add_cleanup(fn) {
    this.cleanups.push(fn);
  }

  done() {
    if (this.status === undefined) this.finish('PASS');
  }

  finish(status, message = '') {
    if (this.status !== undefined) return;
    this.status = status;
    this.message = message;
    clearTimeout(this.timer);
    for (const fn of this.cleanups) {
      try {
        fn();
      } catch {
        // Cleanups failing do not change the result.
      }
    }
    pending.delete(this);
    results.push({ name: this.name, status, message });
    if (this.onDone) this.onDone();
    maybeFinish();
  }
}

function runPromiseTests(index) {
  if (index >= promiseTests.length) {
    promiseTestsDone = true;
    maybeFinish();
    return;
  }
  const { fn, name } = promiseTests[index];
  const t = new Test(name);
  t.startTimer();
  t.onDone = () => setTimeout(() => runPromiseTests(index + 1), 0);
  let promise;
  try {
    promise = fn.call(t, t);
  } catch (err) {
    t.fail(err);
    return;
  }
  Promise.resolve(promise).then(() => t.done(), (err) => t.fail(err));
}

let promiseTestsDone = false;
let loaded = false;

function maybeFinish() {
  if (finished || !loaded || !promiseTestsDone || pending.size > 0) return;
  finished = true;
  process.stdout.write(`${JSON.stringify(results)}\n`);
  process.exit(0);
}

// ---------------------------------------------------------------------------------------
// Loading.

function loadSource(testFile) {
  const text = fs.readFileSync(testFile, 'utf8');
  const parts = [];
  for (const line of text.split('\n')) {
    const m = /^\/\/ META: script=(.*)$/.exec(line);
    if (!m) continue;
    const ref = m[1].trim();
    const target = ref.startsWith('/') ? path.join(wptRoot, ref) :
      path.resolve(path.dirname(testFile), ref);
    parts.push(fs.readFileSync(target, 'utf8'));
  }
  parts.push(text);
  return parts.join('\n;\n');
}

globalThis.self = globalThis;
Object.assign(globalThis, globals);
if (typeof globalThis.gc === 'function') {
  globalThis.garbageCollect = globalThis.gc;
}

process.on('uncaughtException', (err) => {
  // testharness.js fails the whole file on an uncaught error; report it against every
  // test still running.
  for (const t of [...pending]) t.fail(err);
  if (pending.size === 0 && !finished) {
    results.push({ name: '(harness)', status: 'FAIL', message: `uncaught: ${err && err.message}` });
  }
});
process.on('unhandledRejection', () => {
  // testharness.js ignores unhandled rejections.
});

const source = loadSource(file);
try {
  // A sloppy-mode function, like a classic script (some tests rely on sloppy semantics).
  const run = new Function(source);
  run.call(globalThis);
} catch (err) {
  results.push({ name: '(load)', status: 'FAIL', message: String(err && err.stack) });
}
loaded = true;
runPromiseTests(0);
setTimeout(() => {
  for (const t of [...pending]) t.finish('TIMEOUT', 'harness timed out');
  maybeFinish();
}, 120000).unref();

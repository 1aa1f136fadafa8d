'use strict';

// Atomics.waitAsync, which V8 has and JavaScriptCore does not expose. Waiters live in C
// (src/bindings/atomics.c) so that Atomics.notify on any thread can wake them; bootstrap
// replaces Atomics.notify with a function that wakes the engine's own Atomics.wait
// waiters and then these (notifyAsync below). Libraries such as thread-stream (pino's
// transports) wait this way for a worker to consume shared memory.

const {
  ArrayIsArray,
  AtomicsLoad,
  BigInt,
  BigIntAsIntN,
  FunctionPrototypeCall,
  FunctionPrototypeToString,
  MathMin,
  MathTrunc,
  Number,
  NumberIsNaN,
  ObjectGetPrototypeOf,
  ObjectPrototypeToString,
  Promise,
  SafeMap,
  SafeWeakSet,
  String,
  SyntaxError,
  TypedArrayPrototypeGetSymbolToStringTag,
  TypeError,
  RangeError,
} = primordials;

const {
  isBigInt64Array,
  isInt32Array,
  isSharedArrayBuffer,
  isTypedArray,
} = require('internal/util/types');

const { setTimeout, clearTimeout } = require('timers');

const binding = internalBinding('atomics');
const { waiterCount } = binding;

// id -> { resolve, timer } of this thread's pending waits.
const pending = new SafeMap();
let waker;

// Whether a typed array's buffer is shared, remembered per buffer: the test behind
// isSharedArrayBuffer catches an exception for every shared buffer, which would cost
// Atomics.notify (called in loops) several microseconds a call.
const sharedBuffers = new SafeWeakSet();
function isShared(typedArray) {
  const buffer = typedArray.buffer;
  if (sharedBuffers.has(buffer)) return true;
  if (!isSharedArrayBuffer(buffer)) return false;
  sharedBuffers.add(buffer);
  return true;
}

// setTimeout's longest delay; a longer timeout (over 24 days) waits without a timer.
const kMaxTimer = 2 ** 31 - 1;

function onWake(ids) {
  for (let i = 0; i < ids.length; i++) {
    const entry = pending.get(ids[i]);
    if (entry === undefined) continue;
    pending.delete(ids[i]);
    if (entry.timer !== undefined) clearTimeout(entry.timer);
    entry.resolve('ok');
  }
}

// How V8 names a value in these TypeErrors.
function describe(value) {
  if (typeof value === 'function') return FunctionPrototypeToString(value);
  if (typeof value === 'object' && value !== null) {
    if (ArrayIsArray(value) || isTypedArray(value)) return ObjectPrototypeToString(value);
    const proto = ObjectGetPrototypeOf(value);
    const ctor = proto === null ? undefined : proto.constructor;
    const name = typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name ?
      ctor.name : 'Object';
    return `#<${name}>`;
  }
  return String(value);
}

function validateWaitable(typedArray) {
  if (!isInt32Array(typedArray) && !isBigInt64Array(typedArray)) {
    throw new TypeError(`${describe(typedArray)} is not an int32 or BigInt64 typed array.`);
  }
}

function validateTypedArray(typedArray) {
  validateWaitable(typedArray);
  if (!isShared(typedArray)) {
    throw new TypeError(`${describe(typedArray)} is not a shared typed array.`);
  }
}

// ToIndex, then the bounds check, with V8's error.
function validateIndex(typedArray, index) {
  let i = index === undefined ? 0 : MathTrunc(toNumber(index));
  if (NumberIsNaN(i)) i = 0;
  if (i < 0 || i >= typedArray.length) throw new RangeError('Invalid atomic access index');
  return i === 0 ? 0 : i;
}

// ToNumber with V8's message for a symbol (the engine words it differently).
function toNumber(value) {
  if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a number');
  return Number(value);
}

// ToBigInt with V8's messages for the primitives it refuses.
function toBigInt(value) {
  switch (typeof value) {
    case 'bigint':
    case 'boolean':
      return BigInt(value);
    case 'string':
      try {
        return BigInt(value);
      } catch {
        throw new SyntaxError(`Cannot convert ${value} to a BigInt`);
      }
    case 'object':
    case 'function':
      if (value !== null) return BigIntAsIntN(64, value);
      // Falls through for null.
    default:
      throw new TypeError(`Cannot convert ${String(value)} to a BigInt`);
  }
}

// The expected value as the binding takes it: [low 32 bits, high 32 bits].
function splitValue(typedArray, value) {
  if (isBigInt64Array(typedArray)) {
    const v = BigIntAsIntN(64, toBigInt(value));
    return [Number(v & 0xffffffffn), Number((v >> 32n) & 0xffffffffn)];
  }
  return [toNumber(value) | 0, 0];
}

function waitAsync(typedArray, index, value, timeout) {
  validateTypedArray(typedArray);
  const i = validateIndex(typedArray, index);
  const { 0: low, 1: high } = splitValue(typedArray, value);
  let t = toNumber(timeout);
  t = NumberIsNaN(t) ? Infinity : (t < 0 ? 0 : t);
  waker ??= new binding.Waker();
  waker.onwake ??= onWake;
  const id = binding.wait(waker, typedArray, i, low, high, t !== 0);
  if (id === -1) return { async: false, value: 'not-equal' };
  if (id === 0) return { async: false, value: 'timed-out' };
  let resolve;
  const promise = new Promise((res) => { resolve = res; });
  const entry = { resolve, timer: undefined };
  pending.set(id, entry);
  if (t <= kMaxTimer) {
    entry.timer = setTimeout(() => {
      // False when a notify took the waiter first: its 'ok' is already on the way.
      if (binding.cancel(id)) {
        pending.delete(id);
        resolve('timed-out');
      }
    }, t);
    // A pending waitAsync does not keep the process alive in node either.
    entry.timer.unref();
  }
  return { async: true, value: promise };
}

// Atomics.notify: the engine's notify wakes its own Atomics.wait waiters, then the
// waiters of waitAsync get the rest of the count. The checks come first, with V8's errors.
function notify(engineNotify, typedArray, index, count) {
  // Nobody waits asynchronously in the process and the arguments are plainly valid: the
  // engine's notify does all the work (its errors are worded differently from V8's, so
  // anything it could reject takes the checked path below).
  if (AtomicsLoad(waiterCount, 0) === 0 &&
      TypedArrayPrototypeGetSymbolToStringTag(typedArray) === 'Int32Array' &&
      typeof index === 'number' && index >= 0 && index < typedArray.length &&
      (count === undefined || typeof count === 'number')) {
    return FunctionPrototypeCall(engineNotify, Atomics, typedArray, index, count);
  }
  validateWaitable(typedArray);
  const i = validateIndex(typedArray, index);
  let c = count === undefined ? Infinity : MathTrunc(toNumber(count));
  if (NumberIsNaN(c) || c < 0) c = 0;
  const woken = FunctionPrototypeCall(engineNotify, Atomics, typedArray, i, c);
  if (c - woken <= 0 || !isShared(typedArray)) return woken;
  return woken + binding.notify(typedArray, i, MathMin(c - woken, 2 ** 53));
}

module.exports = { waitAsync, notify };

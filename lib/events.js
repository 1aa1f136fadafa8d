'use strict';

// node:events. An emitter keeps its listeners in `_events`, a null-prototype object
// mapping each event name (string or symbol) to one function, or to an array once a
// second listener arrives; `_eventsCount` counts the names. Libraries read and even
// write these fields, so their layout is node's. once() listeners are stored as bound
// wrappers that carry the original function in `.listener`. Removing the last listener of
// a name replaces the map by a copy without it (see eventsWithout) rather than deleting.
//
// This module is loaded at start-up (process is an emitter): everything else it needs
// (errors, validators, the AbortSignal and EventTarget glue, EventEmitterAsyncResource)
// is loaded on first use.

const {
  ArrayIsArray,
  ArrayPrototypeIndexOf,
  ArrayPrototypeJoin,
  ArrayPrototypePop,
  ArrayPrototypePush,
  ArrayPrototypeShift,
  ArrayPrototypeSlice,
  ArrayPrototypeSplice,
  ArrayPrototypeUnshift,
  Boolean,
  Error,
  ErrorCaptureStackTrace,
  FunctionPrototypeBind,
  FunctionPrototypeCall,
  NumberMAX_SAFE_INTEGER,
  ObjectCreate,
  ObjectDefineProperty,
  ObjectDefineProperties,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetPrototypeOf,
  ObjectPrototypePropertyIsEnumerable,
  ObjectSetPrototypeOf,
  Promise,
  PromiseReject,
  PromiseResolve,
  ReflectApply,
  ReflectOwnKeys,
  String,
  StringPrototypeSplit,
  Symbol,
  SymbolAsyncIterator,
  SymbolDispose,
  SymbolFor,
  SymbolToStringTag,
} = primordials;

const kCapture = Symbol('kCapture');
const kErrorMonitor = Symbol('events.errorMonitor');
const kShapeMode = Symbol('shapeMode');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kRejection = SymbolFor('nodejs.rejection');
// EventTarget classes carry this registry symbol as a static brand (node's check).
const kIsEventTarget = SymbolFor('nodejs.event_target');
// The key under which on()'s iterator exposes its queue state (read by streams).
const kWatermarkData = SymbolFor('nodejs.watermarkData');

let lazyErrors;
function errors() {
  lazyErrors ??= require('internal/errors');
  return lazyErrors;
}
let lazyValidators;
function validators() {
  lazyValidators ??= require('internal/validators');
  return lazyValidators;
}
function inspect(value) {
  return require('internal/util/inspect').inspect(value);
}
// Options for the one-shot EventTarget listeners of once() and addAbortListener(): they
// must run even when an earlier listener calls event.stopImmediatePropagation(), or the
// promise (or the abort cleanup) would never settle.
function resistantOnceFlags() {
  const { kResistStopPropagation } = require('internal/events/symbols');
  return { __proto__: null, once: true, [kResistStopPropagation]: true };
}

let defaultMaxListeners = 10;

function EventEmitter(opts) {
  FunctionPrototypeCall(EventEmitter.init, this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

function checkListener(listener) {
  if (typeof listener !== 'function') validators().validateFunction(listener, 'listener');
}

// The effective limit: the emitter's own, else the module default.
function effectiveMaxListeners(that) {
  if (that._maxListeners === undefined) return EventEmitter.defaultMaxListeners;
  return that._maxListeners;
}

// setMaxListeners(n): a limit of listeners per event before a warning; 0 or Infinity
// means no limit.
EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validators().validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return effectiveMaxListeners(this);
};

// With captureRejections on, a listener's returned promise that rejects becomes a call
// of the emitter's Symbol.for('nodejs.rejection') method when it has one, else an
// 'error' event; both on a later tick.
function captureRejection(that, promise, type, ...args) {
  if (!that[kCapture]) return;
  // `then` may be a getter, and may throw: read it once.
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      FunctionPrototypeCall(then, promise, undefined, function(err) {
        process.nextTick(reportRejection, that, err, type, args);
      });
    }
  } catch (err) {
    that.emit('error', err);
  }
}

function reportRejection(emitter, err, type, args) {
  if (typeof emitter[kRejection] === 'function') {
    emitter[kRejection](err, type, ...args);
    return;
  }
  // The 'error' listener itself may return a rejecting promise: capture is off while it
  // runs so that this cannot loop. If it throws, the error goes to 'uncaughtException'
  // and the flag is still restored.
  const previous = emitter[kCapture];
  try {
    emitter[kCapture] = false;
    emitter.emit('error', err);
  } finally {
    emitter[kCapture] = previous;
  }
}

// The error thrown by emit('error') without 'error' listeners: the value itself when it
// is an Error, else ERR_UNHANDLED_ERROR describing it (with the value in `.context`).
function unhandledErrorFor(emitter, value) {
  if (value instanceof Error) {
    try {
      const site = {};
      ErrorCaptureStackTrace(site, EventEmitter.prototype.emit);
      const { kEnhanceStackBeforeInspector } = require('internal/events/symbols');
      ObjectDefineProperty(value, kEnhanceStackBeforeInspector, {
        __proto__: null,
        value: FunctionPrototypeBind(describeErrorSite, emitter, value, site),
        configurable: true,
      });
    } catch {
      // A frozen error, or one whose stack cannot be captured: thrown as it is.
    }
    return value;
  }
  let shown;
  try {
    shown = inspect(value);
  } catch {
    shown = value;
  }
  const err = new (errors().codes.ERR_UNHANDLED_ERROR)(shown);
  err.context = value;
  return err;
}

// Called (with the emitter as `this`) by the fatal-exception printer for an Error thrown
// by emit('error'): the error's stack followed by where the event was emitted, with the
// frames both stacks share collapsed.
function describeErrorSite(err, site) {
  let owner = '';
  try {
    const { name } = this.constructor;
    if (name !== 'EventEmitter') owner = ` on ${name} instance`;
  } catch {
    // No usable constructor: the header stays generic.
  }
  const errorFrames = ArrayPrototypeSlice(StringPrototypeSplit(err.stack, '\n'), 1);
  const siteFrames = ArrayPrototypeSlice(StringPrototypeSplit(site.stack, '\n'), 1);
  const { start, length } = sharedRun(siteFrames, errorFrames);
  if (length > 0) {
    ArrayPrototypeSplice(siteFrames, start + 1, length - 2,
                         '    [... lines matching original stack trace ...]');
  }
  return `${err.stack}\nEmitted 'error' event${owner} at:\n` +
    ArrayPrototypeJoin(siteFrames, '\n');
}

// The first run of more than three consecutive frames of `a` that also appear
// consecutively in `b` (with more than three frames of `b` from there on).
function sharedRun(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const at = ArrayPrototypeIndexOf(b, a[i]);
    if (at === -1) continue;
    const remaining = b.length - at;
    if (remaining <= 3) continue;
    const limit = a.length - i < remaining ? a.length - i : remaining;
    let length = 1;
    while (length < limit && a[i + length] === b[at + length]) length++;
    if (length > 3) return { start: i, length };
  }
  return { start: 0, length: 0 };
}

// How many emit() calls (of any emitter) are running the listeners of an array. Listener
// arrays are changed in place only when it is zero; otherwise a changed copy replaces
// them, so that a running emit() keeps iterating the listeners it started with.
let listenerArrayEmits = 0;

// A copy of `list` with `listener` added at the start or the end, keeping the
// max-listeners warning flag.
function copyWithListener(list, listener, prepend) {
  const count = list.length;
  const copy = new Array(count + 1);
  const offset = prepend ? 1 : 0;
  for (let i = 0; i < count; i++) copy[i + offset] = list[i];
  copy[prepend ? 0 : count] = listener;
  if (list.warned) copy.warned = true;
  return copy;
}

// A copy of `list` without the element at `position`, keeping the warning flag.
function copyWithout(list, position) {
  const count = list.length - 1;
  const copy = new Array(count);
  for (let i = 0; i < position; i++) copy[i] = list[i];
  for (let i = position; i < count; i++) copy[i] = list[i + 1];
  if (list.warned) copy.warned = true;
  return copy;
}

// emit(type, ...args): calls the listeners of `type` in order, synchronously, with the
// emitter as `this`; returns whether there were any. Listeners added or removed while
// the event is being emitted do not change the current round. An 'error' event without
// listeners throws (after errorMonitor listeners ran).
//
// 'error' is handled out of line (emitError) so that the code of every other emit stays
// short, which lets JavaScriptCore's optimizing tiers compile it sooner. `args` is only
// ever read by index and length, spread or handed to ReflectApply: JavaScriptCore then
// forwards the arguments without allocating the rest array. Listeners are called with
// `fn.call(this, a, b)` for up to three arguments, which the engine turns into a direct
// call, where ReflectApply costs a varargs call (about twice the instructions for three
// listeners); a listener whose `call` is not Function.prototype.call (an own `call`
// property, a patched prototype) is called through ReflectApply, as node always does. (The
// check reads `call` from the listener: only a Proxy or a `call` getter can observe it.)
//
// Function.prototype.call as it was at start-up (this module loads before user code).
const functionCall = Function.prototype.call;

EventEmitter.prototype.emit = function emit(type, ...args) {
  const events = this._events;
  if (type === 'error') return emitError(this, events, ...args);
  if (events === undefined) return false;
  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    let result;
    if (handler.call !== functionCall) {
      result = ReflectApply(handler, this, args);
    } else {
      switch (args.length) {
        case 0: result = handler.call(this); break;
        case 1: result = handler.call(this, args[0]); break;
        case 2: result = handler.call(this, args[0], args[1]); break;
        case 3: result = handler.call(this, args[0], args[1], args[2]); break;
        default: result = ReflectApply(handler, this, args);
      }
    }
    if (result !== undefined && result !== null) captureRejection(this, result, type, ...args);
    return true;
  }
  switch (args.length) {
    case 0: return emitList0(this, type, handler);
    case 1: return emitList1(this, type, handler, args[0]);
    case 2: return emitList2(this, type, handler, args[0], args[1]);
    default: return emitList(this, type, handler, args);
  }
};

// emit('error', ...args): errorMonitor listeners first; without 'error' listeners the
// error is thrown.
function emitError(that, events, ...args) {
  if (events !== undefined) {
    if (events[kErrorMonitor] !== undefined) {
      that.emit(kErrorMonitor, ...args);
      // A monitor that removed listeners replaced the map (see eventsWithout).
      events = that._events;
    }
    const handler = events.error;
    if (typeof handler === 'function') {
      const result = ReflectApply(handler, that, args);
      if (result !== undefined && result !== null) captureRejection(that, result, 'error', ...args);
      return true;
    }
    if (handler !== undefined) return emitList(that, 'error', handler, args);
  }
  throw unhandledErrorFor(that, args.length > 0 ? args[0] : undefined);
}

// Several listeners: while listenerArrayEmits is non-zero, adding and removing listeners
// replaces arrays instead of changing them, so `handler` stays the snapshot of this round
// without being copied. emitList0..2 are the same loop for zero to two arguments.
function emitList(that, type, handler, args) {
  const count = handler.length;
  listenerArrayEmits++;
  try {
    for (let i = 0; i < count; i++) {
      const result = ReflectApply(handler[i], that, args);
      if (result !== undefined && result !== null) captureRejection(that, result, type, ...args);
    }
  } finally {
    listenerArrayEmits--;
  }
  return true;
}

function emitList0(that, type, handler) {
  const count = handler.length;
  listenerArrayEmits++;
  try {
    for (let i = 0; i < count; i++) {
      const fn = handler[i];
      const result = fn.call === functionCall ? fn.call(that) : ReflectApply(fn, that, []);
      if (result !== undefined && result !== null) captureRejection(that, result, type);
    }
  } finally {
    listenerArrayEmits--;
  }
  return true;
}

function emitList1(that, type, handler, a) {
  const count = handler.length;
  listenerArrayEmits++;
  try {
    for (let i = 0; i < count; i++) {
      const fn = handler[i];
      const result = fn.call === functionCall ? fn.call(that, a) : ReflectApply(fn, that, [a]);
      if (result !== undefined && result !== null) captureRejection(that, result, type, a);
    }
  } finally {
    listenerArrayEmits--;
  }
  return true;
}

function emitList2(that, type, handler, a, b) {
  const count = handler.length;
  listenerArrayEmits++;
  try {
    for (let i = 0; i < count; i++) {
      const fn = handler[i];
      const result = fn.call === functionCall ? fn.call(that, a, b) : ReflectApply(fn, that, [a, b]);
      if (result !== undefined && result !== null) captureRejection(that, result, type, a, b);
    }
  } finally {
    listenerArrayEmits--;
  }
  return true;
}

// How util.inspect shows an object at depth -1 ('[EventEmitter]', '[Foo [tag]]',
// '[Object: null prototype]', '[Object <Complex prototype>]'), which the warning
// uses. Computed here so that the common cases do not load util.inspect; objects with
// a custom inspect function and non-objects go to util.inspect.
function shortDescription(value) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function') ||
      typeof value[SymbolFor('nodejs.util.inspect.custom')] === 'function') {
    return require('internal/util/inspect').inspect(value, { depth: -1 });
  }
  let name = null;
  let firstProto;
  for (let proto = value; proto !== null && proto !== undefined;) {
    const desc = ObjectGetOwnPropertyDescriptor(proto, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' && desc.value.name !== '' &&
        isInstance(value, desc.value)) {
      name = String(desc.value.name);
      break;
    }
    proto = ObjectGetPrototypeOf(proto);
    if (firstProto === undefined) firstProto = proto;
  }
  if (name === null) {
    const kind = typeof value === 'function' ? 'Function' : ArrayIsArray(value) ? 'Array' : 'Object';
    if (firstProto === null) return `[${kind}: null prototype]`;
    name = `${kind} <Complex prototype>`;
  }
  let tag = value[SymbolToStringTag];
  if (typeof tag !== 'string' || (tag !== '' && ObjectPrototypePropertyIsEnumerable(value, SymbolToStringTag))) {
    tag = '';
  }
  return tag !== '' && tag !== name ? `[${name} [${tag}]]` : `[${name}]`;
}

function isInstance(value, constructor) {
  try {
    return value instanceof constructor;
  } catch {
    return false;
  }
}

function warnTooManyListeners(target, type, count, max) {
  const warning = new Error('Possible EventEmitter memory leak detected. ' +
    `${count} ${String(type)} listeners added to ${shortDescription(target)}. ` +
    `MaxListeners is ${max}. Use emitter.setMaxListeners() to increase limit`);
  warning.name = 'MaxListenersExceededWarning';
  warning.emitter = target;
  warning.type = type;
  warning.count = count;
  process.emitWarning(warning);
}

// Adds a listener at the end (or the start). 'newListener' is emitted before the
// listener is added, with the unwrapped function for once() listeners.
function insertListener(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = ObjectCreate(null);
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ?? listener);
      // A 'newListener' listener may have replaced the map.
      events = target._events;
    }
    existing = events[type];
  }

  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }
  if (typeof existing === 'function') {
    existing = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else if (listenerArrayEmits > 0) {
    existing = events[type] = copyWithListener(existing, listener, prepend);
  } else if (prepend) {
    ArrayPrototypeUnshift(existing, listener);
  } else {
    ArrayPrototypePush(existing, listener);
  }
  const max = effectiveMaxListeners(target);
  if (max > 0 && existing.length > max && !existing.warned) {
    existing.warned = true;
    warnTooManyListeners(target, type, existing.length, max);
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return insertListener(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return insertListener(this, type, listener, true);
};

// A once() wrapper: removes itself, then calls the listener (at most once even if the
// event is re-emitted from inside it). A closure rather than a bound function, which
// JavaScriptCore calls much more slowly; made as a method so that it looks like node's
// bound wrapper (named 'bound onceWrapper', no length, no prototype property).
function wrapOnce(target, type, listener) {
  let fired = false;
  const wrapped = {
    'bound onceWrapper'(...args) {
      if (fired) return undefined;
      target.removeListener(type, wrapped);
      fired = true;
      return ReflectApply(listener, target, args);
    },
  }['bound onceWrapper'];
  wrapped.listener = listener;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, wrapOnce(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, wrapOnce(this, type, listener));
  return this;
};

// A copy of an emitter's event map without `type`, which replaces the map instead of a
// `delete`: on JavaScriptCore every delete gives the object a new shape, and after a few
// dozen adds and deletes the map becomes a dictionary whose every later delete copies its
// whole shape (slow, and garbage for the collector). A copy made by adding the remaining
// names in order reuses the shapes all maps share.
function eventsWithout(events, type) {
  // The name as a property key (`delete events[1]` removes the key '1').
  if (typeof type !== 'string' && typeof type !== 'symbol') type = String(type);
  const copy = ObjectCreate(null);
  const keys = ReflectOwnKeys(events);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key !== type) copy[key] = events[key];
  }
  return copy;
}

// removeListener(type, listener): removes the most recently added occurrence of
// listener (or of a once() wrapper around it) and emits 'removeListener'.
EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      // The emitter's _events came from its prototype's shape: keep the key.
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = ObjectCreate(null);
    } else {
      const rest = this._events = eventsWithout(events, type);
      if (rest.removeListener) this.emit('removeListener', type, list.listener || listener);
    }
    return this;
  }
  if (typeof list === 'function') return this;

  let position = -1;
  for (let i = list.length - 1; i >= 0; i--) {
    if (list[i] === listener || list[i].listener === listener) {
      position = i;
      break;
    }
  }
  if (position < 0) return this;
  if (list.length === 2) {
    events[type] = list[1 - position];
  } else if (listenerArrayEmits > 0) {
    events[type] = copyWithout(list, position);
  } else {
    for (let i = position + 1; i < list.length; i++) list[i - 1] = list[i];
    list.length--;
  }
  if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

// removeAllListeners([type]): with 'removeListener' listeners present, each removal is
// announced (the listeners of one event last to first, 'removeListener' itself last).
EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;

  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = ObjectCreate(null);
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = ObjectCreate(null);
      else this._events = eventsWithout(events, type);
    }
    this[kShapeMode] = false;
    return this;
  }

  if (arguments.length === 0) {
    for (const key of ReflectOwnKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = ObjectCreate(null);
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

// A copy of the listeners of `type`; with `unwrap`, once() wrappers are replaced by the
// functions they wrap.
function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const value = events[type];
  if (value === undefined) return [];
  if (typeof value === 'function') return unwrap ? [value.listener || value] : [value];
  const copy = ArrayPrototypeSlice(value);
  if (unwrap) {
    for (let i = 0; i < copy.length; i++) {
      const original = copy[i].listener;
      if (typeof original === 'function') copy[i] = original;
    }
  }
  return copy;
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

// listenerCount(type[, listener]): how many listeners `type` has (only those that are
// `listener` or wrap it, when given).
function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const value = events[type];
  if (typeof value === 'function') {
    if (listener != null) return listener === value || listener === value.listener ? 1 : 0;
    return 1;
  }
  if (value === undefined) return 0;
  if (listener == null) return value.length;
  let matching = 0;
  for (let i = 0; i < value.length; i++) {
    if (value[i] === listener || value[i].listener === listener) matching++;
  }
  return matching;
}
EventEmitter.prototype.listenerCount = listenerCount;

// eventNames(): the names with listeners, in insertion order (strings, then symbols).
EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? ReflectOwnKeys(this._events) : [];
};

// Node defines the default as a non-enumerable, non-configurable data property, which
// shows in property listings and descriptor checks.
ObjectDefineProperty(EventEmitter.prototype, kCapture, {
  __proto__: null,
  value: false,
  writable: true,
  enumerable: false,
  configurable: false,
});

// ---------------------------------------------------------------------------------------
// Module functions.

// Whether value is an EventTarget (by the brand its class carries).
function isEventTarget(value) {
  return value?.constructor?.[kIsEventTarget] === true;
}

function invalidEmitter(name, value) {
  return new (errors().codes.ERR_INVALID_ARG_TYPE)(name, ['EventEmitter', 'EventTarget'],
                                                   value);
}

// getEventListeners(emitterOrTarget, type): a copy of the listeners of `type`.
function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget.listeners === 'function') {
    return emitterOrTarget.listeners(type);
  }
  if (isEventTarget(emitterOrTarget)) {
    return require('internal/event_target').getEventListeners(emitterOrTarget, type);
  }
  throw invalidEmitter('emitter', emitterOrTarget);
}

// getMaxListeners(emitterOrTarget): the listener limit of an emitter or EventTarget.
function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') {
    return effectiveMaxListeners(emitterOrTarget);
  }
  if (emitterOrTarget?.[kMaxEventTargetListeners]) {
    return emitterOrTarget[kMaxEventTargetListeners];
  }
  throw invalidEmitter('emitter', emitterOrTarget);
}

// addAbortListener(signal, listener): listens for the signal's 'abort' once (or calls
// listener in a microtask when it is already aborted); returns a Disposable that
// removes the listener. Works with any object shaped like an AbortSignal.
function addAbortListener(signal, listener) {
  if (signal === undefined) {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('signal', 'AbortSignal', signal);
  }
  validators().validateAbortSignal(signal, 'signal');
  validators().validateFunction(listener, 'listener');
  let remove;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, resistantOnceFlags());
    remove = () => {
      signal.removeEventListener('abort', listener);
    };
  }
  return {
    __proto__: null,
    [SymbolDispose]() {
      remove?.();
    },
  };
}

function abortError(signal) {
  return new (errors().AbortError)(undefined, { cause: signal?.reason });
}

// Listening on an EventEmitter (on/once) or an EventTarget (addEventListener).
function listen(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags?.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('emitter', 'EventEmitter', emitter);
  }
}

function unlisten(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('emitter', 'EventEmitter', emitter);
  }
}

const kNoOptions = { __proto__: null };

// once(emitter, name[, { signal }]): a promise of the arguments of the next `name`
// event (an array). It rejects with an 'error' event's error (unless `name` is
// 'error'), or with an AbortError when the signal aborts.
async function once(emitter, name, options = kNoOptions) {
  // Only the signal is validated (options itself is not checked, as in node).
  const signal = options?.signal;
  validators().validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw abortError(signal);
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal != null) unlisten(signal, 'abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') {
        emitter.removeListener('error', errorListener);
      }
      if (signal != null) unlisten(signal, 'abort', abortListener);
      resolve(args);
    };
    listen(emitter, name, resolver, resistantOnceFlags());
    if (name !== 'error' && typeof emitter.once === 'function') {
      // EventTargets have no 'error' semantics: only emitters are watched for errors.
      emitter.once('error', errorListener);
    }
    function abortListener() {
      unlisten(emitter, name, resolver);
      unlisten(emitter, 'error', errorListener);
      reject(abortError(signal));
    }
    if (signal != null) {
      listen(signal, 'abort', abortListener, resistantOnceFlags());
    }
  });
}

const AsyncIteratorPrototype = ObjectGetPrototypeOf(
  ObjectGetPrototypeOf(async function* () {}).prototype);

function iterResult(value, done) {
  return { value, done };
}

// on(emitter, event[, options]): an async iterator over the argument arrays of `event`.
// Events that arrive while nobody waits are queued; beyond options.highWaterMark the
// emitter is paused (emitter.pause()) and it is resumed once the queue is below
// options.lowWaterMark. An 'error' event ends the iteration with that error (after the
// queued events); the events listed in options.close, return() and the signal end it.
function on(emitter, event, options = kNoOptions) {
  const { validateAbortSignal, validateInteger } = validators();
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw abortError(signal);
  // The lower-case 'mark' spellings are accepted too, as by node.
  const highWaterMark = options.highWaterMark ?? options.highWatermark ?? NumberMAX_SAFE_INTEGER;
  validateInteger(highWaterMark, 'options.highWaterMark', 1);
  const lowWaterMark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(lowWaterMark, 'options.lowWaterMark', 1);

  const queued = [];    // argument arrays nobody has asked for yet
  const waiting = [];   // {resolve, reject} of next() calls waiting for an event
  let paused = false;
  let error = null;
  let finished = false;
  const added = [];     // [emitter, name, handler] to undo

  const iterator = ObjectSetPrototypeOf({
    next() {
      if (queued.length > 0) {
        const value = ArrayPrototypeShift(queued);
        if (paused && queued.length < lowWaterMark) {
          emitter.resume();
          paused = false;
        }
        return PromiseResolve(iterResult(value, false));
      }
      // An error is reported once; after it the iterator is finished.
      if (error) {
        const rejected = PromiseReject(error);
        error = null;
        return rejected;
      }
      if (finished) return closeHandler();
      return new Promise(function(resolve, reject) {
        ArrayPrototypePush(waiting, { resolve, reject });
      });
    },
    return() {
      return closeHandler();
    },
    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new (errors().codes.ERR_INVALID_ARG_TYPE)('EventEmitter.AsyncIterator',
                                                        'Error', err);
      }
      errorHandler(err);
    },
    [SymbolAsyncIterator]() {
      return this;
    },
    // Live view of the queue and the flow control state, for code that adapts the
    // iterator (such as a stream built on it).
    [kWatermarkData]: {
      get size() {
        return queued.length;
      },
      get low() {
        return lowWaterMark;
      },
      get high() {
        return highWaterMark;
      },
      get isPaused() {
        return paused;
      },
    },
  }, AsyncIteratorPrototype);

  function add(target, name, handler) {
    listen(target, name, handler);
    ArrayPrototypePush(added, [target, name, handler]);
  }

  function eventHandler(value) {
    if (waiting.length > 0) {
      ArrayPrototypeShift(waiting).resolve(iterResult(value, false));
      return;
    }
    ArrayPrototypePush(queued, value);
    if (!paused && queued.length > highWaterMark) {
      paused = true;
      emitter.pause();
    }
  }

  function errorHandler(err) {
    if (waiting.length > 0) ArrayPrototypeShift(waiting).reject(err);
    else error = err;
    closeHandler();
  }

  function abortListener() {
    errorHandler(abortError(signal));
  }

  function closeHandler() {
    abortRegistration?.[SymbolDispose]();
    while (added.length > 0) {
      const { 0: target, 1: name, 2: handler } = ArrayPrototypePop(added);
      unlisten(target, name, handler);
    }
    finished = true;
    const done = iterResult(undefined, true);
    while (waiting.length > 0) ArrayPrototypeShift(waiting).resolve(done);
    return PromiseResolve(done);
  }

  add(emitter, event, function(...args) {
    return eventHandler(args);
  });
  if (event !== 'error' && typeof emitter.on === 'function') {
    add(emitter, 'error', errorHandler);
  }
  const closeEvents = options?.close;
  if (closeEvents?.length) {
    for (let i = 0; i < closeEvents.length; i++) add(emitter, closeEvents[i], closeHandler);
  }
  const abortRegistration = signal ? addAbortListener(signal, abortListener) : null;
  return iterator;
}

// ---------------------------------------------------------------------------------------
// The exports: properties of EventEmitter itself, in node's order (it shows in
// Object.keys and util.inspect).

EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;
ObjectDefineProperty(EventEmitter, 'captureRejections', {
  __proto__: null,
  get() {
    return EventEmitter.prototype[kCapture];
  },
  set(value) {
    validators().validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true,
});
ObjectDefineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  __proto__: null,
  enumerable: true,
  get() {
    return require('internal/events/async_resource').getEventEmitterAsyncResource(
      EventEmitter);
  },
  set: undefined,
  configurable: true,
});
EventEmitter.errorMonitor = kErrorMonitor;
ObjectDefineProperty(EventEmitter, 'defaultMaxListeners', {
  __proto__: null,
  enumerable: true,
  get() {
    return defaultMaxListeners;
  },
  set(value) {
    validators().validateNumber(value, 'defaultMaxListeners', 0);
    defaultMaxListeners = value;
  },
});
ObjectDefineProperties(EventEmitter, {
  kMaxEventTargetListeners: {
    __proto__: null, value: kMaxEventTargetListeners, enumerable: false, configurable: false,
    writable: false,
  },
  kMaxEventTargetListenersWarned: {
    __proto__: null, value: kMaxEventTargetListenersWarned, enumerable: false,
    configurable: false, writable: false,
  },
});
// setMaxListeners(n, ...targets): sets the limit of the targets, or the default limit
// of new emitters and EventTargets when no target is given.
EventEmitter.setMaxListeners = function(n = defaultMaxListeners, ...eventTargets) {
  validators().validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (let i = 0; i < eventTargets.length; i++) {
    const target = eventTargets[i];
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw invalidEmitter('eventTargets', target);
    }
  }
};
// init(opts): what the constructor does; subclasses written in the ES5 style call it.
EventEmitter.init = function(opts) {
  if (this._events === undefined || this._events === ObjectGetPrototypeOf(this)._events) {
    this._events = ObjectCreate(null);
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    // A subclass prototype that defines _events: instances share its shape.
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts?.captureRejections) {
    validators().validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};
// EventEmitter.listenerCount(emitter, type): deprecated form of emitter.listenerCount().
EventEmitter.listenerCount = function(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return FunctionPrototypeCall(listenerCount, emitter, type);
};

module.exports = EventEmitter;

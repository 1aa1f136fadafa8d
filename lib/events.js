'use strict';

// node:events. Listeners are stored per event in `_events` (a null-prototype object):
// a single function while there is one listener, an array from the second on, which is
// the representation libraries inspect. once() wrappers carry the original in
// `.listener`.

const {
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  ArrayPrototypeSplice,
  ArrayPrototypeUnshift,
  Boolean,
  Error,
  FunctionPrototypeCall,
  NumberIsNaN,
  ObjectDefineProperty,
  ObjectDefineProperties,
  ObjectGetPrototypeOf,
  ObjectSetPrototypeOf,
  Promise,
  PromiseReject,
  PromiseResolve,
  ReflectApply,
  ReflectOwnKeys,
  String,
  Symbol,
  SymbolAsyncIterator,
  SymbolFor,
} = primordials;

const kCapture = Symbol('kCapture');
const kErrorMonitor = Symbol('events.errorMonitor');
const kShapeMode = Symbol('shapeMode');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kRejection = SymbolFor('nodejs.rejection');

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
let lazyInspect;
function inspect(value, options) {
  lazyInspect ??= require('internal/util/inspect').inspect;
  return lazyInspect(value, options);
}

let defaultMaxListeners = 10;
let captureRejectionsDefault = false;

function checkListener(listener) {
  validators().validateFunction(listener, 'listener');
}

function EventEmitter(opts) {
  FunctionPrototypeCall(EventEmitter.init, this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

function validateMaxListeners(n, name) {
  if (typeof n !== 'number' || n < 0 || NumberIsNaN(n)) {
    throw new (errors().codes.ERR_OUT_OF_RANGE)(name, 'a non-negative number', n);
  }
}

EventEmitter.init = function(opts) {
  if (this._events === undefined || this._events === ObjectGetPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
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

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateMaxListeners(n, 'n');
  this._maxListeners = n;
  return this;
};

function getMaxListenersOf(that) {
  return that._maxListeners === undefined ? defaultMaxListeners : that._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return getMaxListenersOf(this);
};

// With captureRejections, a listener's rejected promise becomes an 'error' event (or a
// call to the emitter's Symbol.for('nodejs.rejection') method).
function addCatch(that, promise, type, args) {
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      FunctionPrototypeCall(then, promise, undefined, (err) => {
        process.nextTick(emitUnhandledRejectionOrErr, that, err, type, args);
      });
    }
  } catch (err) {
    that.emit('error', err);
  }
}

function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection](err, type, ...args);
    return;
  }
  const prev = ee[kCapture];
  try {
    // Avoid looping when the 'error' listener itself rejects.
    ee[kCapture] = false;
    ee.emit('error', err);
  } finally {
    ee[kCapture] = prev;
  }
}

function unhandledError(emitter, er) {
  if (er instanceof Error) return er;
  let shown;
  try {
    shown = inspect(er);
  } catch {
    shown = er;
  }
  const err = new (errors().codes.ERR_UNHANDLED_ERROR)(shown);
  err.context = er;
  return err;
}

EventEmitter.prototype.emit = function emit(type, ...args) {
  const events = this._events;
  let doError = type === 'error';
  if (events !== undefined) {
    if (doError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    doError = doError && events.error === undefined;
  } else if (!doError) {
    return false;
  }
  if (doError) throw unhandledError(this, args[0]);

  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = ReflectApply(handler, this, args);
    if (result !== undefined && result !== null && this[kCapture]) {
      addCatch(this, result, type, args);
    }
  } else {
    // Listeners added or removed during the emit do not change this round.
    const listeners = ArrayPrototypeSlice(handler);
    for (let i = 0; i < listeners.length; i++) {
      const result = ReflectApply(listeners[i], this, args);
      if (result !== undefined && result !== null && this[kCapture]) {
        addCatch(this, result, type, args);
      }
    }
  }
  return true;
};

function warnMaxListeners(target, type, count) {
  const w = new Error(`Possible EventEmitter memory leak detected. ${count} ` +
    `${String(type)} listeners added to ${inspect(target, { depth: -1 })}. ` +
    'Use emitter.setMaxListeners() to increase limit');
  w.name = 'MaxListenersExceededWarning';
  w.emitter = target;
  w.type = type;
  w.count = count;
  process.emitWarning(w);
}

function addListener(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else if (events.newListener !== undefined) {
    target.emit('newListener', type, listener.listener ?? listener);
    events = target._events;
  }
  const existing = events[type];
  if (existing === undefined) {
    events[type] = listener;
    target._eventsCount++;
    return target;
  }
  let list;
  if (typeof existing === 'function') {
    list = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else {
    list = existing;
    if (prepend) ArrayPrototypeUnshift(list, listener);
    else ArrayPrototypePush(list, listener);
  }
  const max = getMaxListenersOf(target);
  if (max > 0 && list.length > max && !list.warned) {
    list.warned = true;
    warnMaxListeners(target, type, list.length);
  }
  return target;
}

EventEmitter.prototype.addListener = function addListenerMethod(type, listener) {
  return addListener(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListener(this, type, listener, true);
};

function onceWrapper(...args) {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    return ReflectApply(this.listener, this.target, args);
  }
}

function onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount--;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = { __proto__: null };
    } else {
      delete events[type];
    }
    if (events.removeListener !== undefined) {
      this.emit('removeListener', type, list.listener || listener);
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
  const removed = list[position];
  ArrayPrototypeSplice(list, position, 1);
  if (list.length === 1) events[type] = list[0];
  if (events.removeListener !== undefined) {
    this.emit('removeListener', type, removed.listener || listener);
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;

  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = { __proto__: null };
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }

  // With 'removeListener' listeners, each removal is announced ('removeListener' last).
  if (arguments.length === 0) {
    for (const key of ReflectOwnKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
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

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const value = events[type];
  if (value === undefined) return [];
  if (typeof value === 'function') return unwrap ? [value.listener || value] : [value];
  if (!unwrap) return ArrayPrototypeSlice(value);
  const out = new Array(value.length);
  for (let i = 0; i < value.length; i++) out[i] = value[i].listener || value[i];
  return out;
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const value = events[type];
  if (value === undefined) return 0;
  if (typeof value === 'function') {
    if (listener == null) return 1;
    return value === listener || value.listener === listener ? 1 : 0;
  }
  if (listener == null) return value.length;
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    if (value[i] === listener || value[i].listener === listener) count++;
  }
  return count;
}
EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? ReflectOwnKeys(this._events) : [];
};

// ---------------------------------------------------------------------------------------
// Static helpers.

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
EventEmitter.prototype[kCapture] = false;

function isEventTarget(value) {
  return typeof value?.addEventListener === 'function' &&
    typeof value?.removeEventListener === 'function' &&
    typeof value?.dispatchEvent === 'function';
}

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget.listeners === 'function') {
    return emitterOrTarget.listeners(type);
  }
  if (isEventTarget(emitterOrTarget)) {
    const { getEventTargetListeners } = require('internal/event_target');
    return getEventTargetListeners(emitterOrTarget, type);
  }
  throw new (errors().codes.ERR_INVALID_ARG_TYPE)('emitter', ['EventEmitter', 'EventTarget'],
                                                  emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') {
    return getMaxListenersOf(emitterOrTarget);
  }
  if (isEventTarget(emitterOrTarget)) {
    return emitterOrTarget[kMaxEventTargetListeners] ?? defaultMaxListeners;
  }
  throw new (errors().codes.ERR_INVALID_ARG_TYPE)('emitter', ['EventEmitter', 'EventTarget'],
                                                  emitterOrTarget);
}

function setMaxListeners(n = defaultMaxListeners, ...eventTargets) {
  validateMaxListeners(n, 'n');
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const target of eventTargets) {
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new (errors().codes.ERR_INVALID_ARG_TYPE)(
        'eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
}

function addAbortListener(signal, listener) {
  if (signal === undefined) {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('signal', 'AbortSignal', signal);
  }
  validators().validateAbortSignal(signal, 'signal');
  validators().validateFunction(listener, 'listener');
  let removeEventListener;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, { __proto__: null, once: true });
    removeEventListener = () => signal.removeEventListener('abort', listener);
  }
  return {
    __proto__: null,
    [primordials.SymbolDispose]() {
      removeEventListener?.();
    },
  };
}

function abortError(signal) {
  return new (errors().AbortError)(undefined, { cause: signal?.reason });
}

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

// events.once(emitter, name, { signal }): resolves with the event's arguments, rejects
// on 'error' (unless waiting for 'error' itself) or abort.
async function once(emitter, name, options = { __proto__: null }) {
  validators().validateObject(options, 'options');
  const signal = options?.signal;
  validators().validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw abortError(signal);
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      unlisten(emitter, name, resolver);
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
    const abortListener = () => {
      unlisten(emitter, name, resolver);
      if (typeof emitter.removeListener === 'function') {
        emitter.removeListener('error', errorListener);
      }
      reject(abortError(signal));
    };
    listen(emitter, name, resolver, { __proto__: null, once: true });
    if (name !== 'error' && typeof emitter.once === 'function') {
      emitter.once('error', errorListener);
    }
    if (signal != null) {
      listen(signal, 'abort', abortListener, { __proto__: null, once: true });
    }
  });
}

const AsyncIteratorPrototype = ObjectGetPrototypeOf(
  ObjectGetPrototypeOf(async function* () {}).prototype);

// events.on(emitter, name, { signal, close, highWaterMark, lowWaterMark }): an async
// iterator of the event's argument arrays.
function on(emitter, event, options = { __proto__: null }) {
  validators().validateObject(options, 'options');
  const signal = options.signal;
  validators().validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw abortError(signal);
  const highWaterMark = options.highWaterMark ?? Number.MAX_SAFE_INTEGER;
  validators().validateInteger(highWaterMark, 'options.highWaterMark', 1);
  const lowWaterMark = options.lowWaterMark ?? 1;
  validators().validateInteger(lowWaterMark, 'options.lowWaterMark', 1);
  const closeEvents = options.close;

  const queue = [];
  const waiting = [];
  let error = null;
  let finished = false;
  let paused = false;

  function eventHandler(...args) {
    if (waiting.length > 0) {
      waiting.shift().resolve({ value: args, done: false });
      return;
    }
    queue.push(args);
    if (queue.length > highWaterMark && !paused && typeof emitter.pause === 'function') {
      paused = true;
      emitter.pause();
    }
  }

  function errorHandler(err) {
    if (waiting.length > 0) {
      waiting.shift().reject(err);
    } else {
      error = err;
    }
    closeHandler();
  }

  function abortListener() {
    errorHandler(abortError(signal));
  }

  function closeHandler() {
    removeAll();
    finished = true;
    while (waiting.length > 0) waiting.shift().resolve({ value: undefined, done: true });
    return PromiseResolve({ value: undefined, done: true });
  }

  function removeAll() {
    unlisten(emitter, event, eventHandler);
    if (event !== 'error' && typeof emitter.removeListener === 'function') {
      emitter.removeListener('error', errorHandler);
    }
    if (closeEvents) {
      for (const name of closeEvents) unlisten(emitter, name, closeHandler);
    }
    if (signal) unlisten(signal, 'abort', abortListener);
  }

  const iterator = ObjectSetPrototypeOf({
    next() {
      if (queue.length > 0) {
        const value = queue.shift();
        if (paused && queue.length < lowWaterMark && typeof emitter.resume === 'function') {
          paused = false;
          emitter.resume();
        }
        return PromiseResolve({ value, done: false });
      }
      if (error) {
        const p = PromiseReject(error);
        error = null;
        return p;
      }
      if (finished) return closeHandler();
      return new Promise((resolve, reject) => {
        ArrayPrototypePush(waiting, { resolve, reject });
      });
    },
    return() {
      return closeHandler();
    },
    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new (errors().codes.ERR_INVALID_ARG_TYPE)('EventEmitter.AsyncIterator', 'Error',
                                                        err);
      }
      errorHandler(err);
    },
    [SymbolAsyncIterator]() {
      return this;
    },
  }, AsyncIteratorPrototype);

  listen(emitter, event, eventHandler);
  if (event !== 'error' && typeof emitter.on === 'function') emitter.on('error', errorHandler);
  if (closeEvents) {
    for (const name of closeEvents) listen(emitter, name, closeHandler);
  }
  if (signal) listen(signal, 'abort', abortListener, { __proto__: null, once: true });
  return iterator;
}

// Property order is node's (it shows in util.inspect(EventEmitter)).
const init = EventEmitter.init;
delete EventEmitter.init;
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
  get() { return captureRejectionsDefault; },
  set(value) {
    validators().validateBoolean(value, 'EventEmitter.captureRejections');
    captureRejectionsDefault = value;
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true,
  configurable: false,
});
ObjectDefineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  __proto__: null,
  get() {
    return require('internal/events/async_resource').EventEmitterAsyncResource;
  },
  enumerable: true,
  configurable: true,
});
EventEmitter.errorMonitor = kErrorMonitor;
ObjectDefineProperty(EventEmitter, 'defaultMaxListeners', {
  __proto__: null,
  enumerable: true,
  get() { return defaultMaxListeners; },
  set(value) {
    validateMaxListeners(value, 'defaultMaxListeners');
    defaultMaxListeners = value;
  },
});
EventEmitter.setMaxListeners = setMaxListeners;
EventEmitter.init = init;
EventEmitter.listenerCount = function(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return FunctionPrototypeCall(listenerCount, emitter, type);
};

module.exports = EventEmitter;

'use strict';

// Event, CustomEvent and EventTarget (the DOM interfaces node exposes as globals), and
// NodeEventTarget, an EventTarget with an EventEmitter-like surface for internal users.
//
// Node's dispatch model, which this module reproduces:
//  - an EventTarget has no parent, so an event is only ever dispatched AT_TARGET;
//  - the listeners of a type form a doubly-linked list in registration order. Dispatch
//    walks it, reading each record's successor before calling the listener; a removed
//    record keeps its successor, so listeners added during a dispatch run in that
//    dispatch when the walk reaches them, and listeners removed before their turn do not;
//  - after the first DOM-style listener returns, the event no longer counts as being
//    dispatched (node resets the flag per listener): later listeners see eventPhase 0,
//    currentTarget null and an empty composedPath(), and may re-dispatch the event;
//  - `passive` is accepted but does not stop preventDefault() (node's behaviour);
//  - an exception thrown by a listener (or a rejection of the promise or thenable it
//    returns) is rethrown from a process.nextTick callback, i.e. reported as an uncaught
//    exception, and dispatch continues with the next listener;
//  - a listener object's handleEvent is looked up when the event is dispatched, and is
//    called from an async function, so its exceptions surface as rejections.

const {
  ArrayFrom,
  Error,
  FunctionPrototypeCall,
  NumberIsInteger,
  ObjectAssign,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  ReflectApply,
  ReflectOwnKeys,
  SafeFinalizationRegistry,
  SafeMap,
  SafeWeakMap,
  SafeWeakRef,
  String,
  Symbol,
  SymbolFor,
  SymbolToStringTag,
  TypeError,
} = primordials;

const {
  codes: {
    ERR_EVENT_RECURSION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const {
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
  kValidateObjectAllowNullable,
  validateAbortSignal,
  validateObject,
  validateString,
} = require('internal/validators');

const EventEmitter = require('events');
const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = EventEmitter;

const kInspect = SymbolFor('nodejs.util.inspect.custom');
const kIsEventTarget = SymbolFor('nodejs.event_target');

// Internal listener and event options (never visible as strings to user code).
const kTrustEvent = Symbol('kTrustEvent');
const kWeakHandler = Symbol('kWeak');
const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');
const { kResistStopPropagation } = require('internal/events/symbols');
// Hooks subclasses override: called after a listener is added or removed, with the new
// number of listeners of the type.
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
// target[kHybridDispatch](nodeValue, type, event): dispatches `event` (or, when it is
// undefined, an event made by target[kCreateEvent](nodeValue, type) for DOM-style
// listeners) while node-style listeners receive nodeValue.
const kHybridDispatch = SymbolFor('nodejs.internal.kHybridDispatch');
const kCreateEvent = Symbol('kCreateEvent');

const processUptime = process.uptime;

let lazyInspectFn;
function lazyInspect(value, options) {
  lazyInspectFn ??= require('internal/util/inspect').inspect;
  return lazyInspectFn(value, options);
}

function inspectOptionsOneLevelDeeper(options) {
  return ObjectAssign({}, options, {
    depth: NumberIsInteger(options.depth) ? options.depth - 1 : options.depth,
  });
}

// WebIDL's DOMString conversion as node performs it for event types.
function toDOMString(value) {
  if (typeof value === 'symbol') throw new ERR_INVALID_ARG_VALUE('value', value);
  return `${value}`;
}

// ToString, with V8's message for symbols.
function toStringValue(value) {
  if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  return `${value}`;
}

// Node's exceptions from listeners are thrown again on the next tick.
function emitUncaughtException(err) {
  process.nextTick(() => { throw err; });
}

// A listener's return value: rejections of a thenable are reported like exceptions.
function addCatch(result) {
  const then = result.then;
  if (typeof then === 'function') {
    FunctionPrototypeCall(then, result, undefined, emitUncaughtException);
  }
}

// Makes the named accessors and methods of a class prototype enumerable (WebIDL members
// are enumerable; class syntax makes them non-enumerable).
function makeEnumerable(proto, names) {
  const descriptors = { __proto__: null };
  for (let i = 0; i < names.length; i++) {
    descriptors[names[i]] = {
      __proto__: null, ...ObjectGetOwnPropertyDescriptor(proto, names[i]), enumerable: true,
    };
  }
  ObjectDefineProperties(proto, descriptors);
}

function defineToStringTag(proto, tag) {
  ObjectDefineProperty(proto, SymbolToStringTag, {
    __proto__: null, value: tag, writable: false, enumerable: false, configurable: true,
  });
}

// ---------------------------------------------------------------------------------------
// Event

// Accessors to Event's private state for the dispatch code below (set in a static block).
let isEvent;
let startDispatch;       // (event, target)
let setDispatching;      // (event, boolean)
let isDispatching;       // (event) -> boolean
let isImmediatelyStopped;

const kEmptyInit = { __proto__: null };

class Event {
  #type;
  #bubbles;
  #cancelable;
  #composed;
  #defaultPrevented = false;
  #timeStamp;
  #propagationStopped = false;
  #immediateStopped = false;
  #target = null;
  #dispatching = false;
  #trusted = false;

  constructor(type, options = kEmptyInit) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    validateObject(options, 'options', kValidateObjectAllowNullable);
    this.#bubbles = !!options?.bubbles;
    this.#cancelable = !!options?.cancelable;
    this.#composed = !!options?.composed;
    this.#trusted = options?.[kTrustEvent] === true;
    this.#type = toStringValue(type);
    this.#timeStamp = processUptime() * 1000;
  }

  // Legacy initializer: a no-op while the event is being dispatched.
  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (!isEvent(this)) {
      throw new TypeError(
        'Cannot write private member #bubbles to an object whose class did not declare it');
    }
    if (this.#dispatching) return;
    this.#type = toStringValue(type);
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  stopImmediatePropagation() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this.#propagationStopped = true;
    this.#immediateStopped = true;
  }

  preventDefault() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this.#defaultPrevented = true;
  }

  get target() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#target;
  }

  get currentTarget() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#dispatching ? this.#target : null;
  }

  get srcElement() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#target;
  }

  get type() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#type;
  }

  get cancelable() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#cancelable;
  }

  get defaultPrevented() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#timeStamp;
  }

  composedPath() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#dispatching ? [this.#target] : [];
  }

  get returnValue() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return !(this.#cancelable && this.#defaultPrevented);
  }

  get bubbles() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#bubbles;
  }

  get composed() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#composed;
  }

  get eventPhase() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#dispatching ? 2 : 0;
  }

  get cancelBubble() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this.#propagationStopped = true;
  }

  [kInspect](depth, options) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${lazyInspect({
      type: this.#type,
      defaultPrevented: this.#cancelable && this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timeStamp,
    }, inspectOptionsOneLevelDeeper(options))}`;
  }

  static {
    isEvent = (value) => value !== null && typeof value === 'object' && #type in value;
    startDispatch = (event, target) => {
      event.#target = target;
      event.#dispatching = true;
    };
    setDispatching = (event, value) => { event.#dispatching = value; };
    isDispatching = (event) => event.#dispatching;
    isImmediatelyStopped = (event) => event.#immediateStopped;
    // isTrusted is a getter every event shares; it answers false for other objects.
    ObjectDefineProperty(Event.prototype, 'isTrusted', {
      __proto__: null,
      get: ObjectGetOwnPropertyDescriptor({
        get isTrusted() {
          return isEvent(this) && this.#trusted;
        },
      }, 'isTrusted').get,
      enumerable: true,
      configurable: false,
    });
  }
}

makeEnumerable(Event.prototype, [
  'initEvent', 'stopImmediatePropagation', 'preventDefault', 'target', 'currentTarget',
  'srcElement', 'type', 'cancelable', 'defaultPrevented', 'timeStamp', 'composedPath',
  'returnValue', 'bubbles', 'composed', 'eventPhase', 'cancelBubble', 'stopPropagation',
]);
defineToStringTag(Event.prototype, 'Event');
{
  const phase = (value) => ({
    __proto__: null, value, writable: false, enumerable: true, configurable: false,
  });
  ObjectDefineProperties(Event, {
    NONE: phase(0),
    CAPTURING_PHASE: phase(1),
    AT_TARGET: phase(2),
    BUBBLING_PHASE: phase(3),
  });
}

let isCustomEvent;

class CustomEvent extends Event {
  #detail;

  constructor(type, options = kEmptyInit) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  get detail() {
    if (!isCustomEvent(this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this.#detail;
  }

  static {
    isCustomEvent = (value) => value !== null && typeof value === 'object' && #detail in value;
  }
}

makeEnumerable(CustomEvent.prototype, ['detail']);
defineToStringTag(CustomEvent.prototype, 'CustomEvent');

// ---------------------------------------------------------------------------------------
// Listener records

// One registration. `callback` is what dispatch calls with the target as `this`: the
// listener itself, or for a listener object a function that looks up handleEvent. For
// weak registrations (internal), `callback` is a WeakRef and `listener` is reached
// through it.
class Listener {
  constructor(listener, once, capture, passive, isNodeStyle, weak, resist) {
    this.next = null;
    this.previous = null;
    this.once = once;
    this.capture = capture;
    this.passive = passive;
    this.isNodeStyleListener = isNodeStyle;
    this.resistStopPropagation = resist;
    this.removed = false;
    this.weak = weak !== undefined;
    if (this.weak) {
      // The callback lives as long as its owner (weak) does; when it is collected the
      // record unlinks itself.
      this.callback = new SafeWeakRef(listener);
      this.listener = this.callback;
      let owned = weakOwners.get(weak);
      if (owned === undefined) {
        owned = [];
        weakOwners.set(weak, owned);
      }
      owned[owned.length] = listener;
      weakRecords.register(listener, this, this);
    } else if (typeof listener === 'function') {
      this.callback = listener;
      this.listener = listener;
    } else {
      this.callback = makeHandleEventCaller(listener);
      this.listener = listener;
    }
  }

  // The value the user registered (undefined once a weak listener was collected).
  get value() {
    return this.weak ? this.listener.deref() : this.listener;
  }

  same(listener, capture) {
    return this.value === listener && this.capture === capture;
  }

  // Unlinks the record. Its own `next` is kept so a dispatch positioned on it can go on.
  unlink() {
    this.previous.next = this.next;
    if (this.next !== null) this.next.previous = this.previous;
    this.removed = true;
    if (this.weak) weakRecords.unregister(this);
  }
}

const weakOwners = new SafeWeakMap();
const weakRecords = new SafeFinalizationRegistry((record) => {
  if (!record.removed) {
    record.unlink();
    record.root.size--;
  }
});

function makeHandleEventCaller(listener) {
  // handleEvent is read twice per call, as node does (observable through getters).
  return async function(event) {
    if (listener.handleEvent) {
      const handleEvent = listener.handleEvent;
      if (typeof handleEvent !== 'function') {
        const { describeForMessage } = require('internal/structured_clone');
        throw new TypeError(`Function.prototype.apply was called on ${
          describeForMessage(handleEvent)}, which is ${
          articleType(handleEvent)} and not a function`);
      }
      await FunctionPrototypeCall(handleEvent, listener, event);
    }
  };
}

function articleType(value) {
  if (value === null) return 'null';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type}`;
}

function parseListenerOptions(options) {
  if (typeof options === 'boolean') {
    return {
      once: false, capture: options, passive: false, signal: undefined,
      isNodeStyle: false, weak: undefined, resist: false,
    };
  }
  if (options === undefined || options === null) {
    return {
      once: false, capture: false, passive: false, signal: undefined,
      isNodeStyle: false, weak: undefined, resist: false,
    };
  }
  validateObject(options, 'options',
                 kValidateObjectAllowNullable | kValidateObjectAllowArray |
                 kValidateObjectAllowFunction);
  // The members are read in node's order, which getters on options can observe.
  const parsed = {
    once: !!options.once,
    capture: !!options.capture,
    passive: !!options.passive,
    signal: options.signal,
    weak: options[kWeakHandler],
    resist: !!options[kResistStopPropagation],
    isNodeStyle: !!options[kIsNodeStyleListener],
  };
  validateAbortSignal(parsed.signal, 'options.signal');
  return parsed;
}

// removeEventListener's capture flag. As in node, only an options object with
// `capture: true` selects capture listeners (a boolean third argument is ignored).
function captureOption(options) {
  return options?.capture === true;
}

// Whether listener can be registered: functions and objects can; null and undefined
// are ignored (with a warning on add); anything else is a TypeError.
function checkListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') {
    return true;
  }
  if (listener === null || listener === undefined) return false;
  if (typeof listener === 'object') return true;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

// ---------------------------------------------------------------------------------------
// EventTarget

// Accessors to EventTarget's private state (set in a static block).
let isEventTarget;
let getListenerMap;
let getHandlerMap;

class EventTarget {
  static [kIsEventTarget] = true;

  // type -> { next: first Listener, size } (the list head doubles as a sentinel record)
  #events = new SafeMap();
  // type -> the wrapper registered by an on<type> attribute (defineEventHandler)
  #handlers = undefined;

  constructor() {
    this[kMaxEventTargetListeners] = EventEmitter.defaultMaxListeners;
    this[kMaxEventTargetListenersWarned] = false;
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    const max = this[kMaxEventTargetListeners];
    if (max > 0 && size > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const warning = new Error('Possible EventTarget memory leak detected. ' +
        `${size} ${type} listeners added to ${lazyInspect(this, { depth: -1 })}. ` +
        `MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
      warning.name = 'MaxListenersExceededWarning';
      warning.target = this;
      warning.type = type;
      warning.count = size;
      process.emitWarning(warning);
    }
  }

  [kRemoveListener](size, type, listener, capture) {}

  addEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const { once, capture, passive, signal, isNodeStyle, weak, resist } =
      parseListenerOptions(options);
    if (signal?.aborted) return;
    if (!checkListener(listener)) {
      const warning = new Error(`addEventListener called with ${listener} which has no effect.`);
      warning.name = 'AddEventListenerArgumentTypeWarning';
      warning.target = this;
      warning.type = type;
      process.emitWarning(warning);
      return;
    }
    type = toDOMString(type);
    if (signal !== undefined) {
      // The registration ends when the signal aborts. The signal only holds the remover
      // weakly (for as long as this target lives).
      signal.addEventListener('abort', () => {
        this.removeEventListener(type, listener, options);
      }, { __proto__: null, once: true, [kWeakHandler]: this, [kResistStopPropagation]: true });
    }
    let root = this.#events.get(type);
    if (root === undefined) {
      root = { __proto__: null, next: null, size: 0 };
      this.#events.set(type, root);
    }
    let last = root;
    for (let record = root.next; record !== null; record = record.next) {
      // Weak registrations whose callback was collected are dropped on the way (the
      // finalization callback may never run). `last` stays on the last live record.
      if (record.weak && record.callback.deref() === undefined) {
        removeRecord(this, root, record, type);
        continue;
      }
      if (record.same(listener, capture)) return;
      last = record;
    }
    const record = new Listener(listener, once, capture, passive, isNodeStyle, weak, resist);
    record.root = root;
    record.previous = last;
    last.next = record;
    root.size++;
    this[kNewListener](root.size, type, listener, once, capture, passive, weak);
  }

  removeEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!checkListener(listener)) return;
    type = toDOMString(type);
    const capture = captureOption(options);
    const root = this.#events.get(type);
    if (root === undefined) return;
    for (let record = root.next; record !== null; record = record.next) {
      if (record.same(listener, capture)) {
        removeRecord(this, root, record, type);
        return;
      }
    }
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!isEvent(event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (isDispatching(event)) throw new ERR_EVENT_RECURSION(event.type);
    this[kHybridDispatch](event, event.type, event);
    return event.defaultPrevented !== true;
  }

  [kHybridDispatch](nodeValue, type, event) {
    if (event !== undefined) startDispatch(event, this);
    const root = this.#events.get(type);
    let record = root === undefined ? null : root.next;
    while (record !== null) {
      const next = record.next;
      if (record.removed ||
          (event !== undefined && isImmediatelyStopped(event) && !record.resistStopPropagation)) {
        record = next;
        continue;
      }
      if (record.once) removeRecord(this, root, record, type);
      try {
        let arg;
        if (record.isNodeStyleListener) {
          arg = nodeValue;
        } else {
          if (event === undefined) {
            event = this[kCreateEvent](nodeValue, type);
            startDispatch(event, this);
          }
          arg = event;
        }
        const callback = record.weak ? record.callback.deref() : record.callback;
        let result;
        if (callback !== undefined) {
          result = ReflectApply(callback, this, [arg]);
          if (!record.isNodeStyleListener) setDispatching(arg, false);
        }
        if (result !== undefined && result !== null) addCatch(result);
      } catch (err) {
        emitUncaughtException(err);
      }
      record = next;
    }
    if (event !== undefined) setDispatching(event, false);
  }

  [kCreateEvent](nodeValue, type) {
    return new CustomEvent(type, { detail: nodeValue });
  }

  [kInspect](depth, options) {
    // node brands by the constructor here (objects inheriting the prototype pass).
    if (this?.constructor?.[kIsEventTarget] !== true) throw new ERR_INVALID_THIS('EventTarget');
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${lazyInspect({}, inspectOptionsOneLevelDeeper(options))}`;
  }

  static {
    isEventTarget = (value) => value !== null && typeof value === 'object' && #events in value;
    getListenerMap = (target) => target.#events;
    getHandlerMap = (target) => (target.#handlers ??= new SafeMap());
  }
}

function removeRecord(target, root, record, type) {
  record.unlink();
  root.size--;
  target[kRemoveListener](root.size, type, record.value, record.capture);
}

makeEnumerable(EventTarget.prototype, ['addEventListener', 'removeEventListener',
  'dispatchEvent']);
defineToStringTag(EventTarget.prototype, 'EventTarget');

// getEventListeners(target, type): the listeners registered for `type` (the exact key,
// not converted), in dispatch order, as the values that were registered.
function getEventListeners(target, type) {
  const list = [];
  const root = getListenerMap(target).get(type);
  if (root === undefined) return list;
  for (let record = root.next; record !== null; record = record.next) {
    const value = record.value;
    if (value !== undefined) list[list.length] = value;
  }
  return list;
}

// ---------------------------------------------------------------------------------------
// on<event> attributes

// Defines an `on${name}` accessor on `emitter` (usually a prototype). Assigning a value
// registers one wrapper listener at that point of the list; later assignments replace
// the handler in place; a non-function handler stays registered but is not called.
function defineEventHandler(emitter, name, event = name) {
  const key = `on${name}`;
  const get = {
    [`get ${key}`]() {
      if (!isEventTarget(this)) throw new ERR_INVALID_ARG_TYPE('this', 'EventTarget', this);
      return getHandlerMap(this).get(event)?.handler ?? null;
    },
  }[`get ${key}`];
  const set = {
    [`set ${key}`](value) {
      if (!isEventTarget(this)) throw new ERR_INVALID_ARG_TYPE('this', 'EventTarget', this);
      const handlers = getHandlerMap(this);
      let wrapper = handlers.get(event);
      if (wrapper === undefined) {
        wrapper = makeEventHandler(value);
        this.addEventListener(event, wrapper);
        handlers.set(event, wrapper);
        return;
      }
      const root = getListenerMap(this).get(event);
      if (typeof wrapper.handler === 'function' && root !== undefined) {
        root.size--;
        this[kRemoveListener](root.size, event, wrapper.handler, false);
      }
      wrapper.handler = value;
      if (typeof value === 'function' && root !== undefined) {
        root.size++;
        this[kNewListener](root.size, event, value, false, false, false, undefined);
      }
    },
  }[`set ${key}`];
  ObjectDefineProperty(emitter, key, {
    __proto__: null, get, set, enumerable: true, configurable: true,
  });
}

function makeEventHandler(handler) {
  function eventHandler(...args) {
    if (typeof eventHandler.handler !== 'function') return;
    return ReflectApply(eventHandler.handler, this, args);
  }
  eventHandler.handler = handler;
  return eventHandler;
}

// ---------------------------------------------------------------------------------------
// NodeEventTarget

let isNodeEventTarget;

class NodeEventTarget extends EventTarget {
  static defaultMaxListeners = 10;

  #isNodeEventTarget = true;

  static {
    isNodeEventTarget = (value) => value !== null && typeof value === 'object' &&
      #isNodeEventTarget in value;
  }

  setMaxListeners(n) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    EventEmitter.setMaxListeners(n, this);
  }

  getMaxListeners() {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    return this[kMaxEventTargetListeners];
  }

  eventNames() {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    return ArrayFrom(getListenerMap(this).keys());
  }

  listenerCount(type) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    return getListenerMap(this).get(type)?.size ?? 0;
  }

  off(type, listener, options) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.removeEventListener(type, listener, options);
    return this;
  }

  on(type, listener) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.addEventListener(type, listener, { __proto__: null, [kIsNodeStyleListener]: true });
    return this;
  }

  addListener(type, listener) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.addEventListener(type, listener, { __proto__: null, [kIsNodeStyleListener]: true });
    return this;
  }

  emit(type, arg) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    validateString(type, 'type');
    const hadListeners = this.listenerCount(type) > 0;
    this[kHybridDispatch](arg, type);
    return hadListeners;
  }

  once(type, listener) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.addEventListener(type, listener,
                          { __proto__: null, once: true, [kIsNodeStyleListener]: true });
    return this;
  }

  removeAllListeners(type) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    const map = getListenerMap(this);
    if (type !== undefined) {
      map.delete(String(type));
    } else {
      map.clear();
    }
    return this;
  }
}

makeEnumerable(NodeEventTarget.prototype, ReflectOwnKeys(NodeEventTarget.prototype)
  .filter((key) => key !== 'constructor'));

module.exports = {
  CustomEvent,
  Event,
  EventTarget,
  NodeEventTarget,
  defineEventHandler,
  getEventListeners,
  getEventTargetListeners: getEventListeners,
  isEvent,
  isEventTarget,
  kCreateEvent,
  kHybridDispatch,
  kIsEventTarget,
  kIsNodeStyleListener,
  kNewListener,
  kRemoveListener,
  kResistStopPropagation,
  kTrustEvent,
  kWeakHandler,
};

'use strict';

// node:diagnostics_channel: named publish/subscribe channels that libraries (lru-cache,
// glob, pino, undici, ...) create at load time to let tools observe them, and tracing
// channels that group the five channels of one traced operation.

const {
  ArrayPrototypeAt,
  ArrayPrototypeIndexOf,
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  ArrayPrototypeSplice,
  ObjectDefineProperty,
  ObjectGetPrototypeOf,
  ObjectSetPrototypeOf,
  Promise,
  PromisePrototypeThen,
  PromiseReject,
  PromiseResolve,
  ReflectApply,
  SafeMap,
  SafeSet,
  SymbolHasInstance,
} = primordials;

const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');
const { triggerUncaughtException } = internalBinding('task_queue');

// name -> WeakRef(channel). A channel nobody references and nobody listens to may be
// collected, as in node; `held` keeps every channel with subscribers or bound stores
// alive, since its listeners must keep receiving messages published through a later
// channel(name) lookup.
const channels = new SafeMap();
const held = new SafeSet();
const registry = new FinalizationRegistry((name) => {
  const ref = channels.get(name);
  if (ref !== undefined && ref.deref() === undefined) channels.delete(name);
});

function register(name, ch) {
  channels.set(name, new WeakRef(ch));
  registry.register(ch, name);
}

function lookup(name) {
  const ref = channels.get(name);
  return ref === undefined ? undefined : ref.deref();
}

// A subscriber that throws must not stop the others nor the publisher: the error is
// reported as an uncaught exception on the next tick.
function reportLater(err) {
  process.nextTick(() => {
    triggerUncaughtException(err, false);
  });
}

function defaultTransform(data) {
  return data;
}

// Wraps `next` so that it runs inside store.run() with the transformed message as the
// store's value. A transform that throws is reported and the store is skipped.
function wrapStoreRun(store, data, next, transform) {
  return () => {
    let value;
    try {
      value = transform(data);
    } catch (err) {
      reportLater(err);
      return next();
    }
    return store.run(value, next);
  };
}

// Channels switch between two prototypes: the inactive one makes publish() and
// hasSubscribers free for the common case where nobody listens.
class ActiveChannel {
  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    // A copy, so that a subscriber added or removed during publish() does not change
    // the list that publish() is walking.
    const list = ArrayPrototypeSlice(this._subscribers);
    ArrayPrototypePush(list, subscription);
    this._subscribers = list;
  }

  unsubscribe(subscription) {
    const index = ArrayPrototypeIndexOf(this._subscribers, subscription);
    if (index === -1) return false;
    const list = ArrayPrototypeSlice(this._subscribers);
    ArrayPrototypeSplice(list, index, 1);
    this._subscribers = list;
    deactivateIfIdle(this);
    return true;
  }

  bindStore(store, transform) {
    this._stores.set(store, transform === undefined ? defaultTransform : transform);
  }

  unbindStore(store) {
    if (!this._stores.has(store)) return false;
    this._stores.delete(store);
    deactivateIfIdle(this);
    return true;
  }

  get hasSubscribers() {
    return true;
  }

  publish(data) {
    const list = this._subscribers;
    for (let i = 0; i < list.length; i++) {
      try {
        const onMessage = list[i];
        onMessage(data, this.name);
      } catch (err) {
        reportLater(err);
      }
    }
  }

  runStores(data, fn, thisArg, ...args) {
    let run = () => {
      this.publish(data);
      return ReflectApply(fn, thisArg, args);
    };
    for (const { 0: store, 1: transform } of this._stores) {
      run = wrapStoreRun(store, data, run, transform);
    }
    return run();
  }

}

// The two state changes live outside the classes so that the prototypes carry only
// node's methods.
function activate(ch) {
  ObjectSetPrototypeOf(ch, ActiveChannel.prototype);
  ch._subscribers = [];
  ch._stores = new SafeMap();
  held.add(ch);
}

function deactivateIfIdle(ch) {
  if (ch._subscribers.length === 0 && ch._stores.size === 0) {
    ObjectSetPrototypeOf(ch, Channel.prototype);
    held.delete(ch);
  }
}

class Channel {
  constructor(name) {
    this._subscribers = undefined;
    this._stores = undefined;
    this.name = name;
    register(name, this);
  }

  static [SymbolHasInstance](instance) {
    if (instance === null || (typeof instance !== 'object' && typeof instance !== 'function')) {
      return false;
    }
    const proto = ObjectGetPrototypeOf(instance);
    return proto === Channel.prototype || proto === ActiveChannel.prototype;
  }

  subscribe(subscription) {
    // As in node, the channel becomes active before the argument is checked, so a bad
    // argument leaves it reporting subscribers.
    activate(this);
    this.subscribe(subscription);
  }

  unsubscribe() {
    return false;
  }

  bindStore(store, transform) {
    activate(this);
    this.bindStore(store, transform);
  }

  unbindStore() {
    return false;
  }

  get hasSubscribers() {
    return false;
  }

  publish() {}

  runStores(data, fn, thisArg, ...args) {
    return ReflectApply(fn, thisArg, args);
  }
}

function channel(name) {
  const existing = lookup(name);
  if (existing !== undefined) return existing;
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw new ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], name);
  }
  return new Channel(name);
}

function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

function hasSubscribers(name) {
  const ch = lookup(name);
  return ch === undefined ? false : ch.hasSubscribers;
}

const traceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

function tracingChannelFrom(nameOrChannels, event) {
  if (typeof nameOrChannels === 'string') {
    return channel(`tracing:${nameOrChannels}:${event}`);
  }
  if (typeof nameOrChannels === 'object' && nameOrChannels !== null) {
    const ch = nameOrChannels[event];
    if (!(ch instanceof Channel)) {
      throw new ERR_INVALID_ARG_TYPE(`nameOrChannels.${event}`, ['Channel'], ch);
    }
    return ch;
  }
  throw new ERR_INVALID_ARG_TYPE('nameOrChannels', ['string', 'object', 'TracingChannel'],
                                 nameOrChannels);
}

class TracingChannel {
  constructor(nameOrChannels) {
    for (let i = 0; i < traceEvents.length; i++) {
      const event = traceEvents[i];
      ObjectDefineProperty(this, event, {
        __proto__: null,
        value: tracingChannelFrom(nameOrChannels, event),
      });
    }
  }

  get hasSubscribers() {
    return this.start.hasSubscribers || this.end.hasSubscribers ||
      this.asyncStart.hasSubscribers || this.asyncEnd.hasSubscribers ||
      this.error.hasSubscribers;
  }

  subscribe(handlers) {
    for (let i = 0; i < traceEvents.length; i++) {
      const event = traceEvents[i];
      if (handlers[event]) this[event].subscribe(handlers[event]);
    }
  }

  unsubscribe(handlers) {
    let all = true;
    for (let i = 0; i < traceEvents.length; i++) {
      const event = traceEvents[i];
      if (handlers[event] && !this[event].unsubscribe(handlers[event])) all = false;
    }
    return all;
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return ReflectApply(fn, thisArg, args);
    return traced(this, context, () => {
      const result = ReflectApply(fn, thisArg, args);
      context.result = result;
      return result;
    });
  }

  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return ReflectApply(fn, thisArg, args);
    const { asyncStart, asyncEnd, error } = this;
    // The async channels fire when the promise settles; asyncEnd cannot wait for the
    // code that continues after the caller's await, so both fire back to back.
    function onFulfilled(result) {
      context.result = result;
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return result;
    }
    function onRejected(err) {
      context.error = err;
      error.publish(context);
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return PromiseReject(err);
    }
    return traced(this, context, () => {
      let promise = ReflectApply(fn, thisArg, args);
      // Thenables become native promises so that the result is always a promise.
      if (!(promise instanceof Promise)) promise = PromiseResolve(promise);
      return PromisePrototypeThen(promise, onFulfilled, onRejected);
    });
  }

  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return ReflectApply(fn, thisArg, args);
    const { asyncStart, asyncEnd, error } = this;
    const callback = ArrayPrototypeAt(args, position);
    validateFunction(callback, 'callback');
    function wrappedCallback(err, result) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = result;
      }
      return asyncStart.runStores(context, () => {
        try {
          return ReflectApply(callback, this, arguments);
        } finally {
          asyncEnd.publish(context);
        }
      });
    }
    ArrayPrototypeSplice(args, position, 1, wrappedCallback);
    return traced(this, context, () => ReflectApply(fn, thisArg, args));
  }
}

// The synchronous part every trace* shares: body runs inside the start channel's stores;
// a throw is published on error (and rethrown); end is published either way.
function traced(channels, context, body) {
  const { start, end, error } = channels;
  return start.runStores(context, () => {
    try {
      return body();
    } catch (err) {
      context.error = err;
      error.publish(context);
      throw err;
    } finally {
      end.publish(context);
    }
  });
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = {
  channel,
  hasSubscribers,
  subscribe,
  tracingChannel,
  unsubscribe,
  Channel,
};

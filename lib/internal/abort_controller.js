'use strict';

// AbortController and AbortSignal.
//
// A signal aborts at most once: it records the reason, dispatches a trusted 'abort'
// Event, then aborts the signals that depend on it (AbortSignal.any), in creation order.
//
// Lifetime: AbortSignal.timeout() runs on an unreferenced timer (it never keeps the
// process alive) that holds the signal weakly, and AbortSignal.any() sources hold their
// dependents weakly, so signals nobody can observe are collected. A timeout or composite
// signal with 'abort' listeners is kept alive (in `observedSignals`) until it aborts or
// loses its listeners, because those listeners must still run.

const {
  ObjectAssign,
  ObjectDefineProperty,
  SafeFinalizationRegistry,
  SafeSet,
  SafeWeakRef,
  Symbol,
  SymbolFor,
  SymbolToStringTag,
  TypeError,
} = primordials;

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { validateAbortSignalArray, validateUint32 } = require('internal/validators');
const {
  Event,
  EventTarget,
  defineEventHandler,
  kNewListener,
  kRemoveListener,
  kTrustEvent,
} = require('internal/event_target');
const { DOMException } = require('internal/per_context/domexception');

const kInspect = SymbolFor('nodejs.util.inspect.custom');
const kDontThrow = Symbol('kDontThrow');

let lazyInspectFn;
function lazyInspect(value, options) {
  lazyInspectFn ??= require('internal/util/inspect').inspect;
  return lazyInspectFn(value, options);
}

// `${Constructor} ${inspect(fields)}` one level deeper, or the object itself when the
// depth is exhausted (inspect then prints it as [Constructor]).
function customInspect(self, fields, depth, options) {
  if (depth < 0) return self;
  const opts = ObjectAssign({}, options, {
    depth: options.depth === null ? null : options.depth - 1,
  });
  return `${self.constructor.name} ${lazyInspect(fields, opts)}`;
}

// Signals with listeners that only a timer or a source signal can abort.
const observedSignals = new SafeSet();

const timeoutCleanup = new SafeFinalizationRegistry((timer) => {
  require('internal/timers').clearTimeout(timer);
});

// Accessors to AbortSignal's private state, set in its static blocks.
let isAbortSignal;
let getProxyDetails;

// The signal a getter was called on. node's check reads a symbol-keyed property through
// `this`, so a proxy of a signal (which forwards the read) passes it as the signal; the
// state here is in private fields, which a proxy does not forward, hence the unwrapping.
function thisSignal(value) {
  if (isAbortSignal(value)) return value;
  getProxyDetails ??= internalBinding('util').getProxyDetails;
  for (let target = getProxyDetails(value, false); target != null;
    target = getProxyDetails(target, false)) {
    if (isAbortSignal(target)) return target;
  }
  throw new ERR_INVALID_THIS('AbortSignal');
}
let abortSignal;
let makeSignal;
let follow;
let markTransferable;
let isTransferable;

class AbortSignal extends EventTarget {
  #aborted = false;
  #reason = undefined;
  // 0: plain, 1: timeout, 2: composite (AbortSignal.any)
  #kind = 0;
  // WeakRefs to the composite signals that follow this one.
  #dependents = undefined;
  // The plain signals a composite follows.
  #sources = undefined;
  #timer = undefined;
  #timerToken = undefined;
  #transferable = false;
  // When #dependents reaches this size, collected entries are swept out.
  #pruneAt = 0;

  constructor(key = undefined) {
    if (key !== kDontThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }

  get aborted() {
    return thisSignal(this).#aborted;
  }

  get reason() {
    return thisSignal(this).#reason;
  }

  throwIfAborted() {
    const signal = thisSignal(this);
    if (signal.#aborted) throw signal.#reason;
  }

  [kInspect](depth, options) {
    return customInspect(this, { aborted: this.aborted }, depth, options);
  }

  // AbortSignal.abort(reason): a signal that is already aborted.
  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    const signal = new AbortSignal(kDontThrow);
    signal.#aborted = true;
    signal.#reason = reason;
    return signal;
  }

  // AbortSignal.timeout(delay): a signal that aborts with a TimeoutError after delay ms.
  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kDontThrow);
    signal.#kind = 1;
    const ref = new SafeWeakRef(signal);
    const token = { __proto__: null };
    signal.#timer = require('internal/timers').setUnrefTimeout(() => {
      timeoutCleanup.unregister(token);
      const target = ref.deref();
      if (target !== undefined) {
        target.#timer = undefined;
        abortSignal(target,
                    new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
      }
    }, delay);
    // A collected signal's timer is cleared (when the engine runs finalizers).
    timeoutCleanup.register(signal, signal.#timer, token);
    signal.#timerToken = token;
    return signal;
  }

  // AbortSignal.any(signals): a signal that aborts when the first of signals does.
  static any(signals) {
    validateAbortSignalArray(signals, 'signals');
    const result = new AbortSignal(kDontThrow);
    for (let i = 0; i < signals.length; i++) {
      const signal = signals[i];
      if (signal.aborted) {
        result.#aborted = true;
        result.#reason = signal.reason;
        return result;
      }
    }
    result.#kind = 2;
    result.#sources = new SafeSet();
    const ref = new SafeWeakRef(result);
    for (let i = 0; i < signals.length; i++) {
      const signal = signals[i];
      if (!isAbortSignal(signal)) continue;
      if (signal.#kind === 2) {
        for (const source of signal.#sources) follow(source, result, ref);
      } else {
        follow(signal, result, ref);
      }
    }
    return result;
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    super[kNewListener](size, type, listener, once, capture, passive, weak);
    if (type === 'abort' && this.#kind !== 0 && !this.#aborted && !weak) {
      observedSignals.add(this);
    }
  }

  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
    if (type === 'abort' && size === 0) observedSignals.delete(this);
  }

  static {
    isAbortSignal = (value) => value !== null && typeof value === 'object' && #aborted in value;
    makeSignal = () => new AbortSignal(kDontThrow);

    abortSignal = function abort(signal, reason) {
      if (signal.#aborted) return;
      signal.#aborted = true;
      signal.#reason = reason;
      observedSignals.delete(signal);
      if (signal.#timer !== undefined) {
        require('internal/timers').clearTimeout(signal.#timer);
        signal.#timer = undefined;
        timeoutCleanup.unregister(signal.#timerToken);
      }
      signal.dispatchEvent(new Event('abort', { __proto__: null, [kTrustEvent]: true }));
      const dependents = signal.#dependents;
      if (dependents !== undefined) {
        signal.#dependents = undefined;
        for (const ref of dependents) {
          const dependent = ref.deref();
          if (dependent !== undefined) abort(dependent, reason);
        }
      }
    };
  }

  static {
    // Makes `dependent` (a composite) follow `source` (a plain or timeout signal).
    follow = (source, dependent, ref) => {
      if (dependent.#sources.has(source)) return;
      dependent.#sources.add(source);
      let dependents = source.#dependents;
      if (dependents === undefined) {
        dependents = source.#dependents = new SafeSet();
        source.#pruneAt = 64;
      } else if (dependents.size >= source.#pruneAt) {
        // Drop collected dependents here too: finalization callbacks may never run.
        for (const old of dependents) {
          if (old.deref() === undefined) dependents.delete(old);
        }
        source.#pruneAt = dependents.size * 2 + 64;
      }
      dependents.add(ref);
    };
    markTransferable = (signal) => { signal.#transferable = true; };
    isTransferable = (signal) => signal.#transferable;
  }
}

defineEventHandler(AbortSignal.prototype, 'abort');

let isAbortController;

class AbortController {
  #signal = undefined;

  get signal() {
    if (!isAbortController(this)) throw privateMemberError('read', this);
    this.#signal ??= makeSignal();
    return this.#signal;
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    if (!isAbortController(this)) throw privateMemberError('read', this);
    this.#signal ??= makeSignal();
    abortSignal(this.#signal, reason);
  }

  [kInspect](depth, options) {
    return customInspect(this, { signal: this.signal }, depth, options);
  }

  static {
    isAbortController = (value) => value !== null && typeof value === 'object' &&
      #signal in value;
  }
}

// V8's wording for a brand failure on a class with private fields (for a null or
// undefined receiver, that of a failed property read).
function privateMemberError(access, receiver) {
  if (receiver == null) {
    return new TypeError(`Cannot read properties of ${receiver} (reading '#signal')`);
  }
  return new TypeError(`Cannot ${access} private member #signal from an object whose class ` +
                       'did not declare it');
}

function makeEnumerable(proto, names) {
  for (let i = 0; i < names.length; i++) {
    ObjectDefineProperty(proto, names[i], { __proto__: null, enumerable: true });
  }
}

makeEnumerable(AbortSignal.prototype, ['aborted']);
makeEnumerable(AbortController.prototype, ['signal', 'abort']);
for (const { 0: proto, 1: tag } of [[AbortSignal.prototype, 'AbortSignal'],
  [AbortController.prototype, 'AbortController']]) {
  ObjectDefineProperty(proto, SymbolToStringTag, {
    __proto__: null, value: tag, writable: false, enumerable: false, configurable: true,
  });
}

let transferHandlerRegistered = false;

// Transferable signals (util.transferableAbortSignal/transferableAbortController) can be
// listed in a postMessage transfer list, any number of times, and stay usable here. A
// signal that is still pending travels as one end of a fresh MessageChannel whose other
// end posts this signal's reason when it aborts; an aborted one travels as its reason.
// Both ends are unreferenced, so a transferred signal never keeps a thread alive. The
// handler registers with the first transferable signal (the structured clone module is
// large), and on the receiving side when a message names it (internal/worker/serialize).
function registerTransferHandler() {
  if (transferHandlerRegistered) return;
  transferHandlerRegistered = true;
  require('internal/structured_clone').registerHostHandler({
    __proto__: null,
    name: 'AbortSignal',
    test: (value) => isAbortSignal(value) && isTransferable(value),
    duplicateMessage: 'Transfer list contains duplicate AbortSignal',
    transfer(signal) {
      if (signal.aborted) return { __proto__: null, aborted: true, reason: signal.reason };
      const { MessageChannel } = require('internal/worker/io');
      const { port1, port2 } = new MessageChannel();
      port1.unref();
      port2.unref();
      signal.addEventListener('abort', () => {
        port1.postMessage(signal.reason);
        port1.close();
      }, { __proto__: null, once: true });
      return { __proto__: null, aborted: false, port: port2 };
    },
    // The ports inside transfer()'s data, which move with the message.
    transferList: (data) => (data.port === undefined ? [] : [data.port]),
    deserialize(data) {
      const signal = makeSignal();
      markTransferable(signal);
      if (data.aborted) {
        abortSignal(signal, data.reason);
        return signal;
      }
      const { port } = data;
      port.onmessage = ({ data: reason }) => {
        port.onmessage = undefined;
        port.close();
        abortSignal(signal, reason);
      };
      // After onmessage, which references the port.
      port.unref();
      return signal;
    },
  });
}

// util.transferableAbortSignal(signal): marks signal as transferable (see above).
function transferableAbortSignal(signal) {
  if (!isAbortSignal(signal)) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  markTransferable(signal);
  registerTransferHandler();
  return signal;
}

// util.transferableAbortController(): a controller whose signal is transferable.
function transferableAbortController() {
  const controller = new AbortController();
  markTransferable(controller.signal);
  registerTransferHandler();
  return controller;
}

module.exports = {
  AbortController,
  AbortSignal,
  abortSignal,
  isAbortSignal,
  isTransferableAbortSignal: (signal) => isAbortSignal(signal) && isTransferable(signal),
  registerTransferHandler,
  transferableAbortController,
  transferableAbortSignal,
};

'use strict';

// events.EventEmitterAsyncResource: an EventEmitter whose listeners run inside an async
// resource's scope (emit() goes through asyncResource.runInAsyncScope()).
//
// nodus has no async_hooks yet. Until node:async_hooks exists, the resource is a small
// stand-in with node's AsyncResource interface and argument checks: asyncId() and
// triggerAsyncId() return numbers from a private counter (not related to any hook),
// runInAsyncScope() simply calls the function, and emitDestroy() does nothing. When
// node:async_hooks is available its AsyncResource is used instead, unchanged.

const {
  NumberIsSafeInteger,
  ReflectApply,
  Symbol,
} = primordials;

const kEventEmitter = Symbol('kEventEmitter');
const kAsyncResource = Symbol('kAsyncResource');

let cached;

// The EventEmitterAsyncResource class, built on first use (the getter on EventEmitter
// calls this).
function getEventEmitterAsyncResource(EventEmitter) {
  if (cached !== undefined) return cached;
  const { codes: { ERR_INVALID_THIS } } = require('internal/errors');
  const { validateString } = require('internal/validators');
  const AsyncResource = loadAsyncResource();

  class EventEmitterReferencingAsyncResource extends AsyncResource {
    constructor(emitter, type, options) {
      super(type, options);
      this[kEventEmitter] = emitter;
    }

    // The EventEmitterAsyncResource this resource belongs to.
    get eventEmitter() {
      if (this[kEventEmitter] === undefined) {
        throw new ERR_INVALID_THIS('EventEmitterReferencingAsyncResource');
      }
      return this[kEventEmitter];
    }
  }

  class EventEmitterAsyncResource extends EventEmitter {
    // options: a string (the resource type), or EventEmitter options plus `name` (the
    // type; required unless a subclass is constructed, which defaults to its class
    // name), `triggerAsyncId` and `requireManualDestroy`.
    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        if (new.target === EventEmitterAsyncResource) {
          validateString(options?.name, 'options.name');
        }
        name = options?.name || new.target.name;
      }
      super(options);
      this[kAsyncResource] = new EventEmitterReferencingAsyncResource(this, name, options);
    }

    emit(event, ...args) {
      const resource = checkedResource(this);
      return resource.runInAsyncScope(super.emit, this, event, ...args);
    }

    emitDestroy() {
      checkedResource(this).emitDestroy();
    }

    get asyncId() {
      return checkedResource(this).asyncId();
    }

    get triggerAsyncId() {
      return checkedResource(this).triggerAsyncId();
    }

    get asyncResource() {
      return checkedResource(this);
    }
  }

  function checkedResource(that) {
    const resource = that?.[kAsyncResource];
    if (resource === undefined) throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
    return resource;
  }

  cached = EventEmitterAsyncResource;
  return cached;
}

function loadAsyncResource() {
  try {
    return require('async_hooks').AsyncResource;
  } catch {
    return makeStandInAsyncResource();
  }
}

// A minimal AsyncResource (see the comment at the top).
function makeStandInAsyncResource() {
  const { codes: { ERR_INVALID_ASYNC_ID } } = require('internal/errors');
  const { validateFunction, validateString } = require('internal/validators');
  const kId = Symbol('asyncId');
  const kTriggerId = Symbol('triggerAsyncId');
  // Id 1 stands for the main script, as in node; resources are numbered from 2.
  let lastId = 1;

  class AsyncResource {
    constructor(type, options = { __proto__: null }) {
      validateString(type, 'type');
      let triggerAsyncId = options;
      if (typeof options !== 'number') {
        triggerAsyncId = options.triggerAsyncId === undefined ? 1 : options.triggerAsyncId;
      }
      if (!NumberIsSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
        throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerAsyncId);
      }
      this[kId] = ++lastId;
      this[kTriggerId] = triggerAsyncId;
    }

    runInAsyncScope(fn, thisArg, ...args) {
      return ReflectApply(fn, thisArg, args);
    }

    emitDestroy() {
      return this;
    }

    asyncId() {
      return this[kId];
    }

    triggerAsyncId() {
      return this[kTriggerId];
    }

    bind(fn, thisArg) {
      validateFunction(fn, 'fn');
      const resource = this;
      return function bound(...args) {
        return resource.runInAsyncScope(fn, thisArg === undefined ? this : thisArg, ...args);
      };
    }

    static bind(fn, type, thisArg) {
      type = type || fn.name || 'bound-anonymous-fn';
      return (new AsyncResource(type)).bind(fn, thisArg);
    }
  }
  return AsyncResource;
}

module.exports = { getEventEmitterAsyncResource };

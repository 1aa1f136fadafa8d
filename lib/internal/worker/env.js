'use strict';

// process.env for threads that share the environment (worker_threads.SHARE_ENV): every
// access goes to the C environment, so what one thread sets the others see at once. The
// main thread switches to it when it starts such a worker (its usual process.env caches
// the variables it read at start-up).

const {
  ObjectDefineProperty,
  ObjectKeys,
  Proxy,
  StringPrototypeIncludes,
  TypeError,
} = primordials;

const {
  codes: { ERR_INVALID_OBJECT_DEFINE_PROPERTY },
} = require('internal/errors');

const binding = internalBinding('process_methods');

function toValue(value) {
  if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  return `${value}`;
}

function createLiveEnv() {
  return new Proxy({}, {
    __proto__: null,
    get(target, key) {
      if (typeof key === 'symbol') return target[key];
      return binding.getEnv(key);
    },
    set(target, key, value) {
      if (typeof key === 'symbol') {
        target[key] = value;
        return true;
      }
      const str = toValue(value);
      if (key !== '' && !StringPrototypeIncludes(key, '=')) binding.setEnv(key, str);
      return true;
    },
    has(target, key) {
      if (typeof key === 'symbol') return key in target;
      return binding.getEnv(key) !== undefined;
    },
    deleteProperty(target, key) {
      if (typeof key === 'string') binding.unsetEnv(key);
      return true;
    },
    defineProperty(target, key, desc) {
      if (typeof key === 'string') binding.setEnv(key, toValue(desc.value));
      return true;
    },
    getOwnPropertyDescriptor(target, key) {
      if (typeof key === 'symbol') return undefined;
      const value = binding.getEnv(key);
      if (value === undefined) return undefined;
      return { __proto__: null, value, writable: true, enumerable: true, configurable: true };
    },
    ownKeys() {
      return binding.envKeys();
    },
  });
}

// process.env of a worker that does not share its parent's: a copy (made when the
// worker was created), with the real one's string coercion and descriptor rules.
function createEnvCopy(values) {
  const target = {};
  const keys = ObjectKeys(values);
  for (let i = 0; i < keys.length; i++) target[keys[i]] = `${values[keys[i]]}`;
  return new Proxy(target, {
    __proto__: null,
    set(obj, key, value) {
      if (typeof key === 'symbol') {
        obj[key] = value;
        return true;
      }
      obj[key] = toValue(value);
      return true;
    },
    defineProperty(obj, key, desc) {
      if (desc.get !== undefined || desc.set !== undefined || !desc.configurable ||
          !desc.writable || !desc.enumerable) {
        throw new ERR_INVALID_OBJECT_DEFINE_PROPERTY(
          "'process.env' only accepts a configurable, writable, and enumerable data " +
          'descriptor');
      }
      if (!('value' in desc)) {
        throw new ERR_INVALID_OBJECT_DEFINE_PROPERTY(
          "'process.env' does not accept an accessor(getter/setter) descriptor");
      }
      obj[key] = toValue(desc.value);
      return true;
    },
  });
}

let shared = false;

// Makes this thread's process.env the live one (once).
function shareEnvironment() {
  if (shared) return;
  shared = true;
  ObjectDefineProperty(process, 'env', {
    __proto__: null, value: createLiveEnv(), writable: true, enumerable: true, configurable: true,
  });
}

module.exports = { createEnvCopy, shareEnvironment };

'use strict';

// node:crypto. This first part covers hashing, HMAC, random numbers, timing-safe
// comparison and the Web Crypto basics (getRandomValues, randomUUID, subtle.digest).

const {
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectKeys,
} = primordials;

const binding = internalBinding('crypto');
const { isAnyArrayBuffer } = require('internal/util/types');
const { deprecate } = require('internal/util');
const { Hash, Hmac, hash, getHashes } = require('internal/crypto/hash');
const {
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
} = require('internal/crypto/random');
const {
  codedError,
  codes: { ERR_WORKER_UNSUPPORTED_OPERATION },
} = require('internal/errors');

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

function timingSafeEqual(buf1, buf2) {
  for (const [name, value] of [['buf1', buf1], ['buf2', buf2]]) {
    if (!ArrayBuffer.isView(value) && !isAnyArrayBuffer(value)) {
      // node's native check words this without "Received ...".
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" argument must be an ` +
        'instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
    }
  }
  const view = (v) => (v instanceof Uint8Array ? v : ArrayBuffer.isView(v) ?
    new Uint8Array(v.buffer, v.byteOffset, v.byteLength) : new Uint8Array(v));
  return binding.timingSafeEqual(view(buf1), view(buf2));
}
// node's timingSafeEqual is its native function, which declares no parameters.
ObjectDefineProperty(timingSafeEqual, 'length', { __proto__: null, value: 0 });

function getFips() {
  return binding.getFips();
}

// OpenSSL's FIPS switch is process-wide state, which a worker may not change.
function setFips(val) {
  if (!require('worker_threads').isMainThread) {
    throw new ERR_WORKER_UNSUPPORTED_OPERATION('Calling crypto.setFips()');
  }
  binding.setFips(val);
}

function webcrypto() {
  return require('internal/crypto/webcrypto');
}

// crypto.getRandomValues works detached from any object (unlike the Web Crypto method,
// which requires globalThis.crypto as `this`).
function getRandomValues(array) {
  return webcrypto().crypto.getRandomValues(array);
}

module.exports = {
  createHash,
  createHmac,
  getHashes,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  timingSafeEqual,
  getFips,
  setFips,
  hash,
  // node 22 warns when a program calls these constructors itself (createHash and
  // createHmac are the public way); instances still pass instanceof against the wrappers.
  Hash: deprecate(Hash, 'crypto.Hash constructor is deprecated.', 'DEP0179'),
  Hmac: deprecate(Hmac, 'crypto.Hmac constructor is deprecated.', 'DEP0181'),
};

// The old names of randomBytes: hidden accessors that give the same function, and that a
// program may overwrite (the property then becomes a plain hidden value).
for (const name of ['pseudoRandomBytes', 'prng', 'rng']) {
  ObjectDefineProperty(module.exports, name, {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return randomBytes; },
    set(value) {
      ObjectDefineProperty(this, name, {
        __proto__: null, value, writable: true, enumerable: false, configurable: true,
      });
    },
  });
}

// crypto.constants: OpenSSL's numbers as node lists them, on a null-prototype object;
// defaultCipherList is settable (node's --tls-cipher-list default) and reads back.
function makeConstants() {
  const source = internalBinding('constants').crypto;
  const constants = { __proto__: null };
  let defaultCipherList = source.defaultCipherList;
  for (const key of ObjectKeys(source)) {
    if (key === 'defaultCipherList') {
      ObjectDefineProperty(constants, key, {
        __proto__: null,
        get() { return defaultCipherList; },
        set(value) { defaultCipherList = value; },
        enumerable: true, configurable: true,
      });
    } else {
      // Read-only and not deletable, like the other constants.
      ObjectDefineProperty(constants, key, {
        __proto__: null, value: source[key], writable: false, enumerable: true, configurable: false,
      });
    }
  }
  return constants;
}

ObjectDefineProperties(module.exports, {
  constants: {
    __proto__: null, configurable: false, enumerable: true, writable: false,
    value: makeConstants(),
  },
  // crypto.fips (deprecated, DEP0093): getFips/setFips as a hidden property.
  fips: {
    __proto__: null, configurable: false, enumerable: false,
    get: getFips,
    set: setFips,
  },
  webcrypto: {
    __proto__: null, configurable: false, enumerable: true,
    get() { return webcrypto().crypto; },
  },
  subtle: {
    __proto__: null, configurable: false, enumerable: true,
    get() { return webcrypto().subtle; },
  },
  getRandomValues: {
    __proto__: null, configurable: false, enumerable: true,
    get() { return getRandomValues; },
  },
});

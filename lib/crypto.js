'use strict';

// node:crypto. This first part covers hashing, HMAC, random numbers, timing-safe
// comparison and the Web Crypto basics (getRandomValues, randomUUID, subtle.digest).

const {
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectKeys,
} = primordials;

const binding = internalBinding('crypto');
const { Hash, Hmac, hash, getHashes } = require('internal/crypto/hash');
const {
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
} = require('internal/crypto/random');
const { codedError } = require('internal/errors');

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

function timingSafeEqual(buf1, buf2) {
  for (const [name, value] of [['buf1', buf1], ['buf2', buf2]]) {
    if (!ArrayBuffer.isView(value) && !(value instanceof ArrayBuffer)) {
      // node's native check words this without "Received ...".
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" argument must be an ` +
        'instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
    }
  }
  const view = (v) => (v instanceof Uint8Array ? v : ArrayBuffer.isView(v) ?
    new Uint8Array(v.buffer, v.byteOffset, v.byteLength) : new Uint8Array(v));
  return binding.timingSafeEqual(view(buf1), view(buf2));
}

function webcrypto() {
  return require('internal/crypto/webcrypto');
}

module.exports = {
  createHash,
  createHmac,
  getHashes,
  hash,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  timingSafeEqual,
  Hash,
  Hmac,
  // The same function object on both names, as in node.
  pseudoRandomBytes: randomBytes,
  prng: randomBytes,
  rng: randomBytes,
};

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
      constants[key] = source[key];
    }
  }
  return constants;
}

ObjectDefineProperties(module.exports, {
  constants: {
    __proto__: null, configurable: false, enumerable: true, writable: false,
    value: makeConstants(),
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
    get() { return webcrypto().getRandomValues; },
  },
});

'use strict';

// globalThis.crypto (Web Crypto): getRandomValues, randomUUID and subtle.digest. The
// rest of SubtleCrypto comes with the keys and ciphers of node:crypto.

const {
  ObjectDefineProperties,
  PromiseReject,
  PromiseResolve,
  StringPrototypeToUpperCase,
  SymbolToStringTag,
} = primordials;

const binding = internalBinding('crypto');
const { randomUUID } = require('internal/crypto/random');
const {
  codedError,
  codes: { ERR_INVALID_THIS, ERR_MISSING_ARGS },
} = require('internal/errors');

function domException(message, name) {
  const DOMException = globalThis.DOMException;
  if (typeof DOMException === 'function') return new DOMException(message, name);
  const err = new Error(message);
  err.name = name;
  return err;
}

const kIntegerArrays = new Set(['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array',
  'Uint16Array', 'Int32Array', 'Uint32Array', 'BigInt64Array', 'BigUint64Array']);

function typedArrayName(value) {
  if (!ArrayBuffer.isView(value) || value instanceof DataView) return undefined;
  let proto = Object.getPrototypeOf(value);
  while (proto !== null && !Object.prototype.hasOwnProperty.call(proto, 'BYTES_PER_ELEMENT')) {
    proto = Object.getPrototypeOf(proto);
  }
  return proto?.constructor?.name;
}

class SubtleCrypto {
  constructor() {
    throw new TypeError('Illegal constructor');
  }
}

const digestNames = {
  __proto__: null,
  'SHA-1': 'sha1',
  'SHA-256': 'sha256',
  'SHA-384': 'sha384',
  'SHA-512': 'sha512',
};

function bufferSource(data) {
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer ||
      (typeof SharedArrayBuffer === 'function' && data instanceof SharedArrayBuffer)) {
    return new Uint8Array(data);
  }
  return undefined;
}

async function digest(algorithm, data) {
  if (this !== subtle) throw new ERR_INVALID_THIS('SubtleCrypto');
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('algorithm', 'data');
  const name = typeof algorithm === 'string' ? algorithm : algorithm?.name;
  if (typeof name !== 'string') {
    throw new TypeError("Failed to execute 'digest' on 'SubtleCrypto': 1st argument is not " +
      'of type AlgorithmIdentifier.');
  }
  const openssl = digestNames[StringPrototypeToUpperCase(name)];
  if (openssl === undefined) throw domException('Unrecognized algorithm name', 'NotSupportedError');
  const bytes = bufferSource(data);
  if (bytes === undefined) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', "Failed to execute 'digest' on " +
      "'SubtleCrypto': 2nd argument is not instance of ArrayBuffer, Buffer, TypedArray, or " +
      'DataView.');
  }
  // Copied first: the data may change while the promise is pending.
  return binding.oneShotDigest(openssl, bytes.slice());
}

const subtle = Object.create(SubtleCrypto.prototype);
ObjectDefineProperties(SubtleCrypto.prototype, {
  digest: { __proto__: null, value: digest, writable: true, enumerable: true, configurable: true },
  [SymbolToStringTag]: { __proto__: null, value: 'SubtleCrypto', configurable: true },
});

class Crypto {
  constructor() {
    throw new TypeError('Illegal constructor');
  }
}

function getRandomValues(array) {
  if (this !== crypto && this !== undefined) throw new ERR_INVALID_THIS('Crypto');
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('typedArray');
  const name = typedArrayName(array);
  if (name === undefined || !kIntegerArrays.has(name)) {
    throw domException("The data argument must be an integer-type TypedArray",
                       'TypeMismatchError');
  }
  if (array.byteLength > 65536) {
    throw domException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  binding.randomFillSync(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), 0,
                         array.byteLength);
  return array;
}

const crypto = Object.create(Crypto.prototype);
ObjectDefineProperties(Crypto.prototype, {
  subtle: {
    __proto__: null,
    get() {
      if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
      return subtle;
    },
    enumerable: true,
    configurable: true,
  },
  getRandomValues: {
    __proto__: null, value: getRandomValues, writable: true, enumerable: true, configurable: true,
  },
  randomUUID: {
    __proto__: null,
    value: function randomUUIDWeb() {
      if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
      return randomUUID();
    },
    writable: true,
    enumerable: true,
    configurable: true,
  },
  [SymbolToStringTag]: { __proto__: null, value: 'Crypto', configurable: true },
});

void PromiseReject;
void PromiseResolve;

module.exports = { Crypto, SubtleCrypto, crypto, subtle, getRandomValues };

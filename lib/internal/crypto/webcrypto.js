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
const { randomUUID: randomUUIDNode } = require('internal/crypto/random');
const {
  codedError,
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');

// Web IDL argument handling as node words it: plain TypeErrors with a code property,
// their message prefixed with the operation ("Failed to execute 'digest' on ...").
function requiredArguments(length, required, prefix) {
  if (length < required) {
    throw codedError(TypeError, 'ERR_MISSING_ARGS', `${prefix}: ${required} argument` +
      `${required === 1 ? '' : 's'} required, but only ${length} present.`);
  }
}

function toDOMString(value, prefix, context) {
  if (typeof value === 'symbol') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
                     `${prefix}: ${context} is a Symbol and cannot be converted to a string.`);
  }
  return `${value}`;
}

// An AlgorithmIdentifier is an object (a dictionary with a name) or a string naming the
// algorithm; names compare case-insensitively with the registered ones.
function normalizeAlgorithm(algorithm, registered) {
  if (typeof algorithm === 'string') algorithm = { name: algorithm };
  const prefix = 'Failed to normalize algorithm';
  const name = algorithm.name;
  if (name === undefined) {
    throw codedError(TypeError, 'ERR_MISSING_OPTION', `${prefix}: passed algorithm can not ` +
      "be converted to 'Algorithm' because 'name' is required in 'Algorithm'.");
  }
  const upper = StringPrototypeToUpperCase(
    toDOMString(name, prefix, "'name' of 'Algorithm' (passed algorithm)"));
  const found = registered[upper];
  if (found === undefined) throw domException('Unrecognized algorithm name', 'NotSupportedError');
  return found;
}

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
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
}

const digestNames = {
  __proto__: null,
  'SHA-1': 'sha1',
  'SHA-256': 'sha256',
  'SHA-384': 'sha384',
  'SHA-512': 'sha512',
};

// A BufferSource: an ArrayBuffer or a view of one (never of a SharedArrayBuffer), as bytes.
function bufferSource(data, prefix, context) {
  if (ArrayBuffer.isView(data)) {
    if (typeof SharedArrayBuffer === 'function' && data.buffer instanceof SharedArrayBuffer) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `${prefix}: ${context} is a view ` +
        'on a SharedArrayBuffer, which is not allowed.');
    }
    // A view of a detached buffer has no bytes (and cannot be viewed again).
    if (data.byteLength === 0) return new Uint8Array(0);
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  }
  if (data instanceof ArrayBuffer) {
    return data.byteLength === 0 ? new Uint8Array(0) : new Uint8Array(data);
  }
  throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `${prefix}: ${context} is not ` +
    'instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
}

async function digest(algorithm, data) {
  if (this !== subtle) throw new ERR_INVALID_THIS('SubtleCrypto');
  const prefix = "Failed to execute 'digest' on 'SubtleCrypto'";
  requiredArguments(arguments.length, 2, prefix);
  if ((typeof algorithm !== 'object' || algorithm === null) && typeof algorithm !== 'function') {
    algorithm = toDOMString(algorithm, prefix, '1st argument');
  }
  const bytes = bufferSource(data, prefix, '2nd argument');
  const openssl = normalizeAlgorithm(algorithm, digestNames);
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
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
}

function getRandomValues(array) {
  if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
  requiredArguments(arguments.length, 1, "Failed to execute 'getRandomValues' on 'Crypto'");
  const name = typedArrayName(array);
  if (name === undefined || !kIntegerArrays.has(name)) {
    throw domException("The data argument must be an integer-type TypedArray",
                       'TypeMismatchError');
  }
  if (array.byteLength > 65536) {
    throw domException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  // Nothing to fill in an empty view (which a view of a detached buffer also is).
  if (array.byteLength === 0) return array;
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
    value: function randomUUID() {
      if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
      return randomUUIDNode();
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

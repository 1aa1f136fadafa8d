'use strict';

// crypto.createHash, crypto.createHmac, crypto.hash (one-shot) and getHashes over
// OpenSSL (src/bindings/crypto.c). Strings are encoded with Buffer first.

const {
  ObjectDefineProperty,
  ObjectSetPrototypeOf,
  ReflectApply,
  StringPrototypeToLowerCase,
  Symbol,
} = primordials;

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { encodingId, normalizeEncoding } = require('internal/buffer');
const {
  codedError,
  codes: {
    ERR_CRYPTO_HASH_FINALIZED,
    ERR_CRYPTO_HASH_UPDATE_FAILED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const {
  validateEncoding,
  validateString,
  validateUint32,
} = require('internal/validators');

const kHandle = Symbol('kHandle');
const kState = Symbol('kState');
const kFinalized = Symbol('kFinalized');
const kDigested = Symbol('kDigested');

const LazyTransform = require('internal/streams/lazy_transform');

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

// Bytes for update(): strings in the given encoding, or any ArrayBufferView.
function toData(data, encoding, name = 'data') {
  if (typeof data === 'string') {
    validateEncoding(data, encoding);
    // Like node's native side, an encoding it does not know (or 'buffer', or a value that
    // is not a string) means UTF-8.
    const canonical = typeof encoding === 'string' ? normalizeEncoding(encoding) : undefined;
    return Buffer.from(data, canonical ?? 'utf8');
  }
  if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  // The binding takes byte views (a DataView is not a typed array to the engine).
  return data instanceof Uint8Array ? data :
    new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

// The id of the encoding a digest is returned in, for the binding: -1 for a Buffer (no
// encoding, 'buffer', or one node does not know, for which it falls back to a Buffer).
// Strings are made by the binding straight from the digest's bytes.
function outputEncodingId(encoding) {
  if (encoding === undefined || encoding === 'buffer') return -1;
  const canonical = normalizeEncoding(encoding);
  return canonical === undefined ? -1 : encodingId(canonical);
}

function digestOutput(result, id) {
  return id === -1 ? Buffer.from(result) : result;
}

function digestNotSupported() {
  return new Error('Digest method not supported');
}

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  let xofLen = -1;
  if (!(algorithm instanceof _Hash)) {
    validateString(algorithm, 'algorithm');
    // Options are not validated (node passes any value on to the stream); only an
    // outputLength is.
    if (options?.outputLength !== undefined) {
      validateUint32(options.outputLength, 'options.outputLength');
      xofLen = options.outputLength;
    }
    const handle = binding.createHash(algorithm, xofLen);
    if (handle === undefined) throw digestNotSupported();
    this[kHandle] = handle;
  } else {
    this[kHandle] = algorithm.handle;
    options = algorithm.options;
  }
  // kDigested is hidden so that the state inspects like node's ({ [kFinalized]: false }).
  this[kState] = { [kFinalized]: false };
  ObjectDefineProperty(this[kState], kDigested, {
    __proto__: null, value: false, writable: true, enumerable: false, configurable: true,
  });
  ReflectApply(LazyTransform, this, [options]);
}
ObjectSetPrototypeOf(Hash.prototype, LazyTransform.prototype);
ObjectSetPrototypeOf(Hash, LazyTransform);

// Wraps an existing handle (Hash.prototype.copy).
class _Hash {
  constructor(handle, options) {
    this.handle = handle;
    this.options = options;
  }
}

Hash.prototype.copy = function copy(options) {
  const state = this[kState];
  if (state[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  let xofLen = -1;
  if (options?.outputLength !== undefined) {
    validateUint32(options.outputLength, 'options.outputLength');
    xofLen = options.outputLength;
  }
  return new Hash(new _Hash(binding.hashCopy(this[kHandle], xofLen), options));
};

// As a stream (written to, or piped into), a Hash consumes what is written and, at the
// end, pushes the digest as a Buffer. The digest is kept: a digest taken before the end
// is still delivered, and digest() may be called once after the end and returns it.
Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  if (!this[kState][kDigested]) {
    binding.hashUpdate(this[kHandle], toData(chunk, encoding));
  }
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this[kState][kDigested] = true;
  this.push(Buffer.from(binding.hashDigest(this[kHandle], -1)));
  callback();
};

Hash.prototype.update = function update(data, encoding) {
  const state = this[kState];
  if (state[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  const bytes = toData(data, encoding);
  try {
    binding.hashUpdate(this[kHandle], bytes);
  } catch {
    throw new ERR_CRYPTO_HASH_UPDATE_FAILED();
  }
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  state[kFinalized] = true;
  state[kDigested] = true;
  // As in node, any falsy encoding ('' included) means a Buffer here.
  const id = outputEncodingId(outputEncoding || 'buffer');
  return digestOutput(binding.hashDigest(this[kHandle], id), id);
};

// A string key is encoded with options.encoding (UTF-8 by default); views of every kind
// are passed to the binding as bytes. (KeyObject and CryptoKey keys come with those
// classes: an object that merely looks like one is rejected, as node does.)
function prepareKey(key, encoding) {
  if (typeof key === 'string') {
    return Buffer.from(key, encoding === undefined || encoding === 'buffer' ? 'utf8' : encoding);
  }
  if (isArrayBufferView(key)) {
    return key instanceof Uint8Array ? key :
      new Uint8Array(key.buffer, key.byteOffset, key.byteLength);
  }
  if (key instanceof ArrayBuffer) return new Uint8Array(key);
  throw new ERR_INVALID_ARG_TYPE('key',
                                 ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView',
                                  'KeyObject', 'CryptoKey'], key);
}

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  // As in node, options may be anything; only a non-null options.encoding is checked.
  const encoding = options ? options.encoding ?? undefined : undefined;
  if (encoding !== undefined) validateString(encoding, 'options.encoding');
  const keyBytes = prepareKey(key, encoding);
  const handle = binding.createHmac(hmac, keyBytes);
  // Thrown by node's native side: a plain TypeError with a code property.
  if (handle === undefined) {
    throw codedError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${hmac}`);
  }
  this[kHandle] = handle;
  this[kState] = { [kFinalized]: false };
  ReflectApply(LazyTransform, this, [options]);
}
ObjectSetPrototypeOf(Hmac.prototype, LazyTransform.prototype);
ObjectSetPrototypeOf(Hmac, LazyTransform);

Hmac.prototype.update = function update(data, encoding) {
  const state = this[kState];
  if (state[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  binding.hmacUpdate(this[kHandle], toData(data, encoding));
  return this;
};

Hmac.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state[kFinalized]) {
    // node returns an empty digest once an Hmac is finalized.
    // Any falsy encoding means a Buffer, as for the first digest.
    const empty = Buffer.alloc(0);
    return !outputEncoding || outputEncoding === 'buffer' ? empty : '';
  }
  state[kFinalized] = true;
  // As in node, any falsy encoding ('' included) means a Buffer here.
  const id = outputEncodingId(outputEncoding || 'buffer');
  return digestOutput(binding.hmacDigest(this[kHandle], id), id);
};

// As a stream an Hmac behaves like a Hash, except that pushing the digest finalizes it:
// a digest() call afterwards returns an empty result, as node's does. (_flush comes
// before _transform, the order in which node defines them.)
Hmac.prototype._flush = function _flush(callback) {
  this.push(this.digest());
  callback();
};

Hmac.prototype._transform = function _transform(chunk, encoding, callback) {
  if (!this[kState][kFinalized]) {
    binding.hmacUpdate(this[kHandle], toData(chunk, encoding));
  }
  callback();
};

function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isArrayBufferView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  let id = -1;
  if (outputEncoding !== 'buffer') {
    validateString(outputEncoding, 'outputEncoding');
    const canonical = normalizeEncoding(outputEncoding);
    if (canonical !== undefined) {
      id = encodingId(canonical);
    } else if (StringPrototypeToLowerCase(outputEncoding) !== 'buffer') {
      // 'buffer' is accepted in any letter case, as node does.
      throw new ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
    }
  }
  const bytes = toData(input, 'utf8', 'input');
  const result = binding.oneShotDigest(algorithm, bytes, id);
  if (result === undefined) throw new Error(`Digest method ${algorithm} is not supported`);
  return digestOutput(result, id);
}

let hashes;
function getHashes() {
  hashes ??= binding.getHashes();
  return [...hashes];
}
// node's getHashes is an anonymous caching wrapper: its name is empty.
ObjectDefineProperty(getHashes, 'name', { __proto__: null, value: '' });

module.exports = { Hash, Hmac, hash, getHashes, toData };

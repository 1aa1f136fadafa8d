'use strict';

// randomBytes, randomFill(Sync), randomInt and randomUUID. Random bytes come from
// OpenSSL's generator; the asynchronous forms run on the thread pool.

const {
  ArrayPrototypePush,
  ArrayPrototypeShift,
  ArrayPrototypeSplice,
  MathFloor,
  NumberIsSafeInteger,
  StringPrototypePadStart,
} = primordials;

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateFunction,
  validateNumber,
  validateObject,
  validateBoolean,
} = require('internal/validators');

const kMaxInt32 = 2 ** 31 - 1;
const kMaxPossibleLength = Math.min(require('buffer').kMaxLength, kMaxInt32);

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (size !== size || size < 0 || size > kMaxPossibleLength) {  // eslint-disable-line no-self-compare
    throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) {
    throw new ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  }
  return size >>> 0;
}

function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = Math.min(length, kMaxPossibleLength);
  if (offset !== offset || offset < 0 || offset > maxLength) {  // eslint-disable-line no-self-compare
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  return offset >>> 0;
}

// Runs a fill on the thread pool and calls callback(err) afterwards.
function fillAsync(buf, offset, size, callback) {
  // Materialize the backing store so its address cannot change while a worker thread
  // writes into it.
  void buf.buffer;
  binding.randomFillJob({
    buffer: buf,
    offset,
    size,
    ondone(err) {
      callback(err);
    },
  });
}

function randomBytes(size, callback) {
  // A fractional size is truncated, as in node.
  size = assertSize(size, 1, 0, Infinity);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = new FastBuffer(size);
  if (callback === undefined) {
    binding.randomFillSync(buf, 0, size);
    return buf;
  }
  // Through randomFill, so that (as in node) a zero size calls back synchronously.
  randomFill(buf, 0, size, (err) => callback(err, err ? undefined : buf));
}

function toBytesView(buf) {
  if (buf instanceof Uint8Array) return buf;
  return new Uint8Array(buf.buffer ?? buf, buf.byteOffset ?? 0, buf.byteLength);
}

function isFillable(buf) {
  return ArrayBuffer.isView(buf) || buf instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && buf instanceof SharedArrayBuffer);
}

function randomFillSync(buf, offset = 0, size) {
  if (!isFillable(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  offset = assertOffset(offset, elementSize, buf.byteLength);
  if (size === undefined) size = buf.byteLength - offset;
  else size = assertSize(size, elementSize, offset, buf.byteLength);
  if (size === 0) return buf;
  binding.randomFillSync(toBytesView(buf), offset, size);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  if (!isFillable(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    // A count of elements, which assertSize turns into bytes.
    size = buf.length;
  } else if (typeof size === 'function') {
    callback = size;
    // As in node, the default size counts elements of the view: an offset that is not a
    // number fails here already (a symbol or bigint with the language's TypeError), and an
    // ArrayBuffer or DataView (which have no length) gets a NaN size, rejected below.
    size = buf.length - offset;
  } else {
    validateFunction(callback, 'callback');
  }
  offset = assertOffset(offset, elementSize, buf.byteLength);
  if (size === undefined) size = buf.byteLength - offset;
  else size = assertSize(size, elementSize, offset, buf.byteLength);
  // node calls back synchronously when there is nothing to fill.
  if (size === 0) {
    callback(null, buf);
    return;
  }
  fillAsync(toBytesView(buf), offset, size, (err) => callback(err, buf));
}

// randomInt draws 6 bytes at a time from a cached pool and rejects values that would
// bias the result (node's algorithm is the same idea). A synchronous call refills an empty
// pool on the spot; an asynchronous one is answered on the next tick while the pool has
// bytes, and otherwise waits for a refill on the thread pool that all such calls share.
const RAND_MAX = 0xFFFF_FFFF_FFFF;
const randomCache = new FastBuffer(6 * 1024);
let randomCacheOffset = randomCache.length;
let asyncRefillPending = false;
const waitingForRefill = [];

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!NumberIsSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!NumberIsSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  }
  const randLimit = RAND_MAX - (RAND_MAX % range);
  while (isSync || randomCacheOffset < randomCache.length) {
    if (randomCacheOffset === randomCache.length) {
      binding.randomFillSync(randomCache, 0, randomCache.length);
      randomCacheOffset = 0;
    }
    const x = randomCache.readUIntBE(randomCacheOffset, 6);
    randomCacheOffset += 6;
    if (x < randLimit) {
      const n = (x % range) + min;
      if (isSync) return n;
      process.nextTick(callback, undefined, n);
      return;
    }
  }
  ArrayPrototypePush(waitingForRefill, { min, max, callback });
  refillRandomIntCacheAsync();
}

function refillRandomIntCacheAsync() {
  if (asyncRefillPending) return;
  asyncRefillPending = true;
  randomFill(randomCache, (err) => {
    asyncRefillPending = false;
    const tasks = ArrayPrototypeSplice(waitingForRefill, 0);
    // On failure only the first waiting call hears of it; the others try again.
    const failed = err ? ArrayPrototypeShift(tasks) : undefined;
    if (!err) randomCacheOffset = 0;
    for (const task of tasks) randomInt(task.min, task.max, task.callback);
    if (failed !== undefined) failed.callback(err);
  });
}

// randomUUID uses a cached pool of random bytes for 128 UUIDs at a time, like node.
const kUUIDBatch = 128;
let uuidData;
let uuidIndex = kUUIDBatch;
const hex = [];
for (let i = 0; i < 256; i++) hex[i] = StringPrototypePadStart(i.toString(16), 2, '0');

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  // Only a missing (undefined) option means false: null is rejected, as in node.
  let disableEntropyCache = options?.disableEntropyCache;
  if (disableEntropyCache === undefined) disableEntropyCache = false;
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  let bytes;
  let offset;
  if (disableEntropyCache) {
    bytes = randomBytes(16);
    offset = 0;
  } else {
    if (uuidIndex === kUUIDBatch) {
      uuidData ??= Buffer.allocUnsafeSlow(16 * kUUIDBatch);
      binding.randomFillSync(uuidData, 0, uuidData.length);
      uuidIndex = 0;
    }
    bytes = uuidData;
    offset = uuidIndex * 16;
    uuidIndex++;
  }
  bytes[offset + 6] = (bytes[offset + 6] & 0x0f) | 0x40;
  bytes[offset + 8] = (bytes[offset + 8] & 0x3f) | 0x80;
  const b = (i) => hex[bytes[offset + i]];
  return `${b(0)}${b(1)}${b(2)}${b(3)}-${b(4)}${b(5)}-${b(6)}${b(7)}-${b(8)}${b(9)}-` +
    `${b(10)}${b(11)}${b(12)}${b(13)}${b(14)}${b(15)}`;
}

void MathFloor;

module.exports = {
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
};

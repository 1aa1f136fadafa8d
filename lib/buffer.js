'use strict';

// node:buffer. A Buffer is a Uint8Array whose prototype carries node's methods. Small
// allocations come from a shared 8 KiB pool like node's (Buffer.poolSize); encoding and
// decoding of long inputs, searching and comparing run in C (src/bindings/buffer.c),
// while short inputs stay in JavaScript, where they are cheaper than a crossing.

const {
  ArrayBufferIsView,
  ArrayBufferPrototypeGetByteLength,
  ArrayIsArray,
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  FunctionPrototypeCall,
  MathFloor,
  MathMin,
  MathTrunc,
  NumberIsInteger,
  NumberIsNaN,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectFreeze,
  ObjectGetOwnPropertyDescriptor,
  ObjectKeys,
  ObjectPrototypeToString,
  ObjectSetPrototypeOf,
  ReflectApply,
  StringFromCharCode,
  StringPrototypeCharCodeAt,
  StringPrototypeIsWellFormed,
  StringPrototypeToWellFormed,
  SymbolFor,
  SymbolSpecies,
  SymbolToPrimitive,
  TypedArrayPrototypeFill,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeGetLength,
  TypedArrayPrototypeGetSymbolToStringTag,
  TypedArrayPrototypeSet,
  TypedArrayPrototypeSlice,
  Uint8Array,
} = primordials;

// The engine's own base64 and hex conversions (Uint8Array.fromBase64, toBase64, toHex,
// setFromHex): vectorised, and called without the cost of a crossing into C. They are
// strict where node is lenient (invalid characters, odd hex lengths, data after padding),
// so a SyntaxError from them sends the input down node's own path in C; for every input
// they accept, they produce node's bytes and text. (Small base64 texts are decoded in C,
// by node's rules: see fromBase64.)
const {
  setFromHex: nativeSetFromHex,
  toBase64: nativeToBase64,
} = Uint8Array.prototype;
const nativeFromBase64 = Uint8Array.fromBase64;
const nativeFromHex = Uint8Array.fromHex;
const hasNativeBase64 = typeof nativeToBase64 === 'function' &&
  typeof nativeFromBase64 === 'function';
const hasNativeHex = typeof nativeSetFromHex === 'function' &&
  typeof nativeFromHex === 'function';
// The standard alphabet is the default of the engine's base64 functions: calling them
// without an options object saves reading one (10-20% of a 1 KiB conversion).
const kBase64Options = undefined;
const kNoArguments = ObjectFreeze([]);
const kBase64UrlOptions = { __proto__: null, alphabet: 'base64url' };
const kBase64UrlEncodeOptions = { __proto__: null, alphabet: 'base64url', omitPadding: true };

const binding = internalBinding('buffer');
const {
  FastBuffer,
  encodingId,
  markPoolBuffer,
  normalizeEncoding,
  normalizeEncodingStrict,
  numericMethods,
} = require('internal/buffer');
const {
  codedError,
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_BUFFER_SIZE,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const {
  validateArray,
  validateInteger,
  validateNumber,
  validateString,
} = require('internal/validators');

const kMaxLength = binding.kMaxLength;
const kStringMaxLength = binding.kStringMaxLength;
// The limits are fixed: each property is read-only and cannot be redefined, though (as in
// node) the object itself is not frozen.
const constants = ObjectDefineProperties({}, {
  MAX_LENGTH: {
    __proto__: null, value: kMaxLength, writable: false, enumerable: true, configurable: false,
  },
  MAX_STRING_LENGTH: {
    __proto__: null,
    value: kStringMaxLength,
    writable: false,
    enumerable: true,
    configurable: false,
  },
});

const customInspectSymbol = SymbolFor('nodejs.util.inspect.custom');

// Inputs shorter than this are encoded and decoded in JavaScript.
const kSmall = 64;

let INSPECT_MAX_BYTES = 50;

// ---------------------------------------------------------------------------------------
// Allocation.

let poolSize = 8 * 1024;
let poolOffset = 0;
let allocPool;
let poolLength = 0;

let allocPoolView;

// The pool's memory comes from C without the zeroing the ArrayBuffer constructor does
// (pooled memory is handed out uninitialised anyway); that roughly halves the cost of a
// new pool. Sizes a program set that are not plain byte counts keep the constructor's
// behaviour (and errors).
// --zero-fill-buffers (on the command line or in NODE_OPTIONS) asks for zeroed pools.
let zeroFillBuffers;
function zeroFillRequested() {
  zeroFillBuffers ??= require('internal/options').getOptions().zeroFillBuffers;
  return zeroFillBuffers;
}

function createPool() {
  // Like node, a new pool takes the size a program last gave Buffer.poolSize; node makes
  // its first pool while loading, before a program can change it, so the first is 8 KiB.
  if (allocPool !== undefined) poolSize = Buffer.poolSize;
  allocPool = NumberIsInteger(poolSize) && poolSize >= 0 && poolSize <= 0x40000000 &&
    !zeroFillRequested() ? binding.allocUnsafe(poolSize) : new ArrayBuffer(poolSize);
  markPoolBuffer(allocPool);
  // Kept in a variable: reading byteLength is a getter call on every allocation.
  poolLength = ArrayBufferPrototypeGetByteLength(allocPool);
  allocPoolView = undefined;
  poolOffset = 0;
}

// Makes room for `size` bytes at poolOffset. Node makes its first pool (8 KiB) while
// loading, before a program can change Buffer.poolSize; here it is made on first use (the
// length of no pool is 0), and a request it cannot hold (after a program raised poolSize)
// gets a pool of the new size, as node's would.
function reservePool(size) {
  if (size > poolLength - poolOffset) {
    createPool();
    // Only the first pool, 8 KiB whatever Buffer.poolSize says, can still be too small.
    if (size > poolLength) createPool();
  }
}

// A Uint8Array over the whole pool, for writing at poolOffset before the size is known.
function poolView() {
  if (allocPoolView === undefined) allocPoolView = new Uint8Array(allocPool);
  return allocPoolView;
}

// Moves poolOffset past `size` bytes, to the next multiple of 8 as node does (int32
// arithmetic, exact for the pools of up to 1 GiB that programs set).
function advancePool(size) {
  poolOffset = (poolOffset + size + 7) & ~7;
}

// A Buffer of `size` bytes from the pool when it fits in half the pool, as node does.
// Pooled memory is not zeroed. The pooled path makes no call but the constructor's (each
// call and the old byteLength getter cost about 400 instructions per Buffer); other sizes
// go to allocateUnpooled.
function allocate(size) {
  if (size > 0 && size < (Buffer.poolSize >>> 1)) {
    if (size > poolLength - poolOffset) reservePool(size);
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset = (poolOffset + size + 7) & ~7;
    return b;
  }
  return allocateUnpooled(size);
}

function allocateUnpooled(size) {
  return size <= 0 ? new FastBuffer() : new FastBuffer(size);
}

function validateSize(size) {
  validateNumber(size, 'size', 0, kMaxLength);
}

// ---------------------------------------------------------------------------------------
// The Buffer function (legacy constructor) and statics.

let bufferWarned = false;
let nodeModulesChecks = 0;
let pendingDeprecation;
let checkingCaller = false;

// Like node: the warning is for application code, so calls from inside node_modules do
// not trigger it (unless --pending-deprecation); after 100 such calls the check, which
// costs a stack trace, is given up.
function showFlaggedDeprecation() {
  if (bufferWarned || nodeModulesChecks > 100) return;
  pendingDeprecation ??= internalBinding('options').getOptions().pendingDeprecation === true ||
    process.env.NODE_PENDING_DEPRECATION === '1';
  if (!pendingDeprecation) {
    // A user Error.prepareStackTrace may itself call Buffer(): that inner call neither
    // checks nor warns.
    if (checkingCaller) return;
    checkingCaller = true;
    let inside;
    try {
      inside = require('internal/util').isInsideNodeModules();
    } finally {
      checkingCaller = false;
    }
    if (inside) {
      nodeModulesChecks++;
      return;
    }
  }
  bufferWarned = true;
  process.emitWarning('Buffer() is deprecated due to security and usability issues. ' +
    'Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
  'DeprecationWarning', 'DEP0005');
}

function Buffer(arg, encodingOrOffset, length) {
  showFlaggedDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
ObjectSetPrototypeOf(Buffer, Uint8Array);

// Typed-array methods that create arrays (map, filter, slice of a plain Uint8Array view)
// construct through Symbol.species; FastBuffer makes Buffers without going through the
// deprecated Buffer() call.
ObjectDefineProperty(Buffer, SymbolSpecies, {
  __proto__: null, get() { return FastBuffer; }, configurable: true,
});

// A plain data property, as node has it; createPool reads it.
Buffer.poolSize = poolSize;

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[SymbolToPrimitive] === 'function') {
      const primitive = value[SymbolToPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE(
    'first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) {
    throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  }
  const viewLength = TypedArrayPrototypeGetLength(view);
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = TypedArrayPrototypeSlice(view, offset, end);
  }
  return fromArrayLike(new Uint8Array(TypedArrayPrototypeGetBuffer(view),
                                      TypedArrayPrototypeGetByteOffset(view),
                                      TypedArrayPrototypeGetByteLength(view)));
};

Buffer.of = function of(...items) {
  const b = new FastBuffer(items.length);
  for (let i = 0; i < items.length; i++) b[i] = items[i];
  return b;
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = createUnsafeBuffer(size);
    return fillImpl(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  // The common case is checked here; validateNumber is too large to be inlined.
  if (typeof size !== 'number' || !(size >= 0 && size <= kMaxLength)) validateSize(size);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateSize(size);
  return createUnsafeBuffer(size);
};

function createUnsafeBuffer(size) {
  return new FastBuffer(size);
}

// SlowBuffer: deprecated (DEP0030) unpooled allocation.
function SlowBuffer(size) {
  validateSize(size);
  return createUnsafeBuffer(size);
}
ObjectSetPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
ObjectSetPrototypeOf(SlowBuffer, Uint8Array);

// instanceof is the quick filter; the byteLength getter then checks the brand, so an object
// that merely inherits from ArrayBuffer.prototype is not taken for one (the getter throws).
function isAnyArrayBuffer(value) {
  if (value instanceof ArrayBuffer) return hasArrayBufferBrand(value);
  if (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer) {
    return isSharedArrayBufferBrand(value);
  }
  // An ArrayBuffer of another context (node:vm) fails instanceof; its tag gives it away.
  if (typeof value === 'object' && value !== null && !ArrayBufferIsView(value)) {
    const tag = ObjectPrototypeToString(value);
    if (tag === '[object ArrayBuffer]') return hasArrayBufferBrand(value);
    if (tag === '[object SharedArrayBuffer]' && typeof SharedArrayBuffer === 'function') {
      return isSharedArrayBufferBrand(value);
    }
  }
  return false;
}

function hasArrayBufferBrand(value) {
  try {
    ArrayBufferPrototypeGetByteLength(value);
    return true;
  } catch {
    return false;
  }
}

let sharedByteLength;
function isSharedArrayBufferBrand(value) {
  sharedByteLength ??=
    ObjectGetOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get;
  try {
    FunctionPrototypeCall(sharedByteLength, value);
    return true;
  } catch {
    return false;
  }
}

function isTypedArray(value) {
  return ArrayBufferIsView(value) && !(value instanceof DataView);
}

function isUint8Array(value) {
  return value instanceof Uint8Array;
}

// ---------------------------------------------------------------------------------------
// Encodings.

// Exact byte length of a string in an encoding.
function stringByteLength(string, canonical) {
  const n = string.length;
  switch (canonical) {
    case 'utf8':
      if (n < kSmall) return utf8LengthSmall(string);
      return binding.byteLength(string, 0);
    case 'utf16le':
      return n * 2;
    case 'latin1':
    case 'ascii':
      return n;
    case 'hex':
      return n >>> 1;
    default:
      return base64ByteLength(string, n);
  }
}

function utf8LengthSmall(string) {
  let length = 0;
  for (let i = 0; i < string.length; i++) {
    const c = StringPrototypeCharCodeAt(string, i);
    if (c < 0x80) {
      length += 1;
    } else if (c < 0x800) {
      length += 2;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < string.length) {
      const d = StringPrototypeCharCodeAt(string, i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        length += 4;
        i++;
      } else {
        length += 3;
      }
    } else {
      length += 3;
    }
  }
  return length;
}

// node's estimate for base64 (the number of bytes the text decodes to, counting '='
// padding out); used by Buffer.byteLength, not for allocation.
function base64ByteLength(str, bytes) {
  if (StringPrototypeCharCodeAt(str, bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && StringPrototypeCharCodeAt(str, bytes - 1) === 0x3D) bytes--;
  return (bytes * 3) >>> 2;
}

function fromString(string, encoding) {
  // A missing, empty or non-string encoding means utf8, as in node.
  const canonical = typeof encoding !== 'string' || encoding.length === 0 ? 'utf8' :
    normalizeEncoding(encoding);
  if (canonical === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  if (string.length === 0) return new FastBuffer();
  const id = encodingId(canonical);
  if (canonical === 'base64' || canonical === 'base64url') {
    return fromBase64(string, canonical === 'base64' ? kBase64Options : kBase64UrlOptions);
  } else if (canonical === 'hex') {
    if (hasNativeHex && (string.length & 1) === 0) {
      const buf = fromHexNative(string);
      if (buf !== undefined) return buf;
    }
  }
  if (canonical === 'utf8' && string.length < kSmall) {
    const size = utf8LengthSmall(string);
    const buf = allocate(size);
    if (size === string.length) {
      for (let i = 0; i < size; i++) buf[i] = StringPrototypeCharCodeAt(string, i);
    } else {
      binding.write(buf, string, 0, size, id);
    }
    return buf;
  }
  // One crossing into C per call. Sizes that follow from the length are exact; utf8 is
  // written into the pool with room for the longest possible result, and the pool only
  // advances past what was written. Large results get their own memory (fromLarge).
  const n = string.length;
  const half = Buffer.poolSize >>> 1;
  let exact = -1;
  if (canonical === 'latin1' || canonical === 'ascii') exact = n;
  else if (canonical === 'utf16le') exact = n * 2;
  else if (canonical === 'hex') exact = n >>> 1;
  if (exact >= 0) {
    if (exact >= half) return fromLarge(string, id, exact);
    const buf = allocate(exact);
    // Only latin1 and ascii take one byte per character (n is not 0 here), and they fill
    // the whole Buffer: the binding's two-argument write saves converting three numbers.
    // (The test stays this small on purpose: a larger fromString changes how the engine's
    // compilers inline it into a caller's loop, at up to 100 ms of compiling.)
    if (exact === n) {
      binding.writeLatin1(buf, string);
      return buf;
    }
    const written = binding.write(buf, string, 0, exact, id);
    return written === exact ? buf : new FastBuffer(TypedArrayPrototypeGetBuffer(buf),
                                                    TypedArrayPrototypeGetByteOffset(buf),
                                                    written);
  }
  if (canonical === 'utf8' && n >= half) {
    // Not pooled (at least a byte a character): encoded in one pass into memory of its
    // own, which costs less than measuring, zeroing and then writing.
    const bytes = binding.encodeUtf8(string);
    return new FastBuffer(TypedArrayPrototypeGetBuffer(bytes), 0,
                          TypedArrayPrototypeGetByteLength(bytes));
  }
  if (n * 3 >= half) {
    // As in node, the pool takes any result under half its size, counted exactly.
    const size = binding.byteLength(string, id);
    if (size >= half) return fromLarge(string, id, size);
    const buf = allocate(size);
    binding.write(buf, string, 0, size, id);
    return buf;
  }
  if (canonical === 'utf8') {
    const max = n * 3;
    reservePool(max);
    const written = binding.write(poolView(), string, poolOffset, max, id);
    const buf = new FastBuffer(allocPool, poolOffset, written);
    advancePool(written);
    return buf;
  }
  const size = binding.byteLength(string, id);
  const buf = allocate(size);
  const written = binding.write(buf, string, 0, size, id);
  return written === size ? buf : new FastBuffer(TypedArrayPrototypeGetBuffer(buf),
                                                 TypedArrayPrototypeGetByteOffset(buf), written);
}

// A Buffer of its own for an encoded string of `size` bytes. The engine's zeroed memory
// costs less than memory from C: an external ArrayBuffer is made and finalised through the
// C API, and the fresh pages of a large malloc fault in on every call.
function fromLarge(string, id, size) {
  const buf = new FastBuffer(size);
  const written = binding.write(buf, string, 0, size, id);
  return written === size ? buf : new FastBuffer(TypedArrayPrototypeGetBuffer(buf), 0, written);
}

// Buffer.from(string, 'base64' or 'base64url'). As in node, the pool takes results under
// half its size, sized by node's estimate (exact unless the text has characters to skip
// or data after a '=') and advanced past what was written; the text is decoded in C by
// node's lenient rules (vectorised). Larger results are made by the engine's decoder
// when it accepts the text.
function fromBase64(string, options) {
  const size = base64ByteLength(string, string.length);
  if (size < (Buffer.poolSize >>> 1)) {
    reservePool(size);
    const buf = new FastBuffer(allocPool, poolOffset, size);
    const written = binding.writeBase64(buf, string);
    const result = written === size ? buf : new FastBuffer(allocPool, poolOffset, written);
    advancePool(written);
    return result;
  }
  if (hasNativeBase64) {
    let bytes;
    try {
      bytes = nativeFromBase64(string, options);
    } catch {
      bytes = undefined;
    }
    if (bytes !== undefined) {
      return new FastBuffer(TypedArrayPrototypeGetBuffer(bytes), 0,
                            TypedArrayPrototypeGetLength(bytes));
    }
  }
  return fromLarge(string, encodingId('base64'), size);
}

// Buffer.from(string, 'hex') of an even-length string through the engine's decoder;
// undefined when a character is not a hex digit (node stops at the first bad pair, in C).
function fromHexNative(string) {
  const size = string.length >>> 1;
  if (size < (Buffer.poolSize >>> 1)) {
    const buf = allocate(size);
    try {
      ReflectApply(nativeSetFromHex, buf, [string]);
    } catch {
      return undefined;
    }
    return buf;
  }
  let bytes;
  try {
    bytes = nativeFromHex(string);
  } catch {
    return undefined;
  }
  return new FastBuffer(TypedArrayPrototypeGetBuffer(bytes), 0,
                        TypedArrayPrototypeGetLength(bytes));
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (NumberIsNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  const length = obj.length;
  if (length <= 0) return new FastBuffer();
  if (length < (Buffer.poolSize >>> 1)) {
    const b = allocate(length);
    if (isTypedArray(obj)) TypedArrayPrototypeSet(b, obj, 0);
    else for (let i = 0; i < length; i++) b[i] = obj[i];
    return b;
  }
  return new FastBuffer(obj);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && ArrayIsArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

// ---------------------------------------------------------------------------------------
// Statics.

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return binding.compare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    normalizeEncoding(encoding) !== undefined;
};
Buffer[SymbolFor('kIsEncodingSymbol')] = Buffer.isEncoding;

// Where binding.concat leaves the byte position when it hands the rest of a list back.
const concatState = new Float64Array(1);
const concatStateBytes = new Uint8Array(TypedArrayPrototypeGetBuffer(concatState));

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  // The binding copies the parts of a plain array of plain Uint8Arrays in one call; from
  // the first part it cannot read without running JavaScript (a getter, a proxy trap, a
  // hole, a part of another kind), the loop below goes on in node's order.
  let pos = binding.concat(buffer, list, 0, 0, concatStateBytes);
  if (pos >= 0) {
    if (pos < length) TypedArrayPrototypeFill(buffer, 0, pos, length);
    return buffer;
  }
  const start = -pos - 1;
  pos = concatState[0];
  for (let i = start; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    const n = buf.length;
    if (n > 0 && n <= length - pos) {
      TypedArrayPrototypeSet(buffer, buf, pos);
      pos += n;
    } else {
      pos += copyImpl(buf, buffer, pos, 0, n);
    }
  }
  // A total length larger than the parts leaves zeros, not old pool contents.
  if (pos < length) TypedArrayPrototypeFill(buffer, 0, pos, length);
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBufferIsView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  if (len === 0) return 0;
  const canonical = encoding === undefined ? 'utf8' : normalizeEncoding(encoding) ?? 'utf8';
  if (canonical === 'base64' || canonical === 'base64url') return base64ByteLength(string, len);
  return stringByteLength(string, canonical);
}
Buffer.byteLength = byteLength;

function validateOffset(value, name, min = 0, max = kMaxLength) {
  validateInteger(value, name, min, max);
}

// ---------------------------------------------------------------------------------------
// Decoding (toString).

function latin1SliceSmall(buf, start, end) {
  let out = '';
  for (let i = start; i < end; i++) out += StringFromCharCode(buf[i]);
  return out;
}

// The longest input whose base64 text fits the engine's longest string; longer ones go
// to the binding, which throws node's ERR_STRING_TOO_LONG (the engine's own conversion
// would throw a RangeError without a code).
const kMaxNativeBase64Input = 1610612733;

function decode(buf, canonical, start, end) {
  if ((canonical === 'base64' || canonical === 'base64url') && hasNativeBase64 &&
      end - start <= kMaxNativeBase64Input) {
    const view = start === 0 && end === TypedArrayPrototypeGetLength(buf) ? buf :
      new Uint8Array(TypedArrayPrototypeGetBuffer(buf),
                     TypedArrayPrototypeGetByteOffset(buf) + start, end - start);
    return canonical === 'base64' ? ReflectApply(nativeToBase64, view, kNoArguments) :
      ReflectApply(nativeToBase64, view, [kBase64UrlEncodeOptions]);
  }
  if (end - start < kSmall) {
    if (canonical === 'latin1') return latin1SliceSmall(buf, start, end);
    if (canonical === 'utf8' || canonical === 'ascii') {
      let ascii = true;
      for (let i = start; i < end; i++) {
        if (buf[i] > 0x7f) {
          ascii = false;
          break;
        }
      }
      if (ascii) return latin1SliceSmall(buf, start, end);
    }
  }
  return binding.toString(buf, encodingId(canonical), start, end);
}

// The encoding named by toString(), write() and indexOf(): like node, these
// compare the argument's string form, so null ("null") and an empty string or
// array ("") are unknown encodings rather than synonyms of utf8.
function namedEncoding(encoding) {
  if (typeof encoding !== 'string') encoding = `${encoding}`;
  return encoding === '' ? undefined : normalizeEncoding(encoding);
}

function toString(encoding, start, end) {
  if (arguments.length === 0) return decode(this, 'utf8', 0, this.length);
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = MathTrunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = MathTrunc(end) || 0;
  if (end <= start) return '';
  if (encoding === undefined) return decode(this, 'utf8', start, end);
  const canonical = namedEncoding(encoding);
  if (canonical === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return decode(this, canonical, start, end);
}

// ---------------------------------------------------------------------------------------
// Prototype methods.

const proto = Buffer.prototype;

function copyImpl(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd > source.length) sourceEnd = source.length;
  let nb = sourceEnd - sourceStart;
  if (nb <= 0) return 0;
  const room = target.length - targetStart;
  if (nb > room) nb = room;
  if (nb <= 0) return 0;
  if (nb < kSmall && source !== target) {
    for (let i = 0; i < nb; i++) target[targetStart + i] = source[sourceStart + i];
    return nb;
  }
  // The engine's typed array copy (a memmove, overlap-safe as the specification requires)
  // costs less than a crossing into C, even with a view to make.
  const from = sourceStart === 0 && nb === TypedArrayPrototypeGetLength(source) ? source :
    new Uint8Array(TypedArrayPrototypeGetBuffer(source),
                   TypedArrayPrototypeGetByteOffset(source) + sourceStart, nb);
  TypedArrayPrototypeSet(target, from, targetStart);
  return nb;
}

function toInteger(value, defaultValue) {
  value = +value;
  if (!NumberIsNaN(value) && value >= Number.MIN_SAFE_INTEGER &&
      value <= Number.MAX_SAFE_INTEGER) {
    return value % 1 === 0 ? value : MathFloor(value);
  }
  return defaultValue;
}

const methods = {
  copy(target, targetStart, sourceStart, sourceEnd) {
    if (!isUint8Array(this)) {
      throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], this);
    }
    if (!isUint8Array(target)) {
      throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
    }
    if (targetStart === undefined) {
      targetStart = 0;
    } else {
      // Integers are kept as they are, even past 2 ** 53 (as in node).
      targetStart = NumberIsInteger(targetStart) ? targetStart : toInteger(targetStart, 0);
      if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
    }
    if (sourceStart === undefined) {
      sourceStart = 0;
    } else {
      sourceStart = NumberIsInteger(sourceStart) ? sourceStart : toInteger(sourceStart, 0);
      if (sourceStart < 0 || sourceStart > this.length) {
        throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${this.length}`, sourceStart);
      }
    }
    if (sourceEnd === undefined) {
      sourceEnd = this.length;
    } else {
      sourceEnd = NumberIsInteger(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
      if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
    }
    if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
    return copyImpl(this, target, targetStart, sourceStart, sourceEnd);
  },

  toString,

  equals(otherBuffer) {
    if (!isUint8Array(otherBuffer)) {
      throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
    }
    if (this === otherBuffer) return true;
    const len = TypedArrayPrototypeGetByteLength(this);
    if (len !== TypedArrayPrototypeGetByteLength(otherBuffer)) return false;
    return len === 0 || binding.compare(this, otherBuffer) === 0;
  },

  inspect(recurseTimes, ctx) {
    const max = INSPECT_MAX_BYTES;
    const actualMax = MathMin(max, this.length);
    const remaining = this.length - max;
    const hex = [];
    for (let i = 0; i < actualMax; i++) {
      const b = this[i];
      ArrayPrototypePush(hex, (b < 16 ? '0' : '') + b.toString(16));
    }
    let str = ArrayPrototypeJoin(hex, ' ');
    if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
    if (ctx) {
      let extras = false;
      const filter = ctx.showHidden ? 0 : 2;  // ALL_PROPERTIES : ONLY_ENUMERABLE
      // The inspector's own helper finds the non-index keys without listing every index
      // of a large buffer (listing the 5 million keys of a 5 MB buffer took seconds).
      const { inspect, getOwnNonIndexProperties } = require('internal/util/inspect');
      const extraKeys = getOwnNonIndexProperties(this, filter !== 0);
      const parts = [];
      for (const key of extraKeys) {
        extras = true;
        const shownKey = typeof key === 'symbol' ? `[${key.toString()}]` : key;
        // Node formats the extras as the properties of one object at the caller's depth,
        // so each value is one level down.
        ArrayPrototypePush(parts, `${shownKey}: ${inspect(this[key], {
          ...ctx,
          depth: ctx.depth === null || ctx.depth === undefined ? ctx.depth : ctx.depth - 1,
          breakLength: Infinity,
          compact: true,
        })}`);
      }
      if (extras) {
        if (this.length !== 0) str += ', ';
        str += ArrayPrototypeJoin(parts, ', ');
      }
    }
    return `<${this.constructor.name} ${str}>`;
  },

  compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
    if (!isUint8Array(target)) {
      throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
    }
    if (arguments.length === 1) return binding.compare(this, target);
    if (targetStart === undefined) targetStart = 0;
    else validateOffset(targetStart, 'targetStart');
    if (targetEnd === undefined) targetEnd = target.length;
    else validateOffset(targetEnd, 'targetEnd', 0, target.length);
    if (sourceStart === undefined) sourceStart = 0;
    else validateOffset(sourceStart, 'sourceStart');
    if (sourceEnd === undefined) sourceEnd = this.length;
    else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
    if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
    if (targetStart >= targetEnd) return 1;
    return binding.compare(this, target, sourceStart, sourceEnd, targetStart, targetEnd);
  },

  includes(val, byteOffset, encoding) {
    return this.indexOf(val, byteOffset, encoding) !== -1;
  },

  indexOf(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
  },

  lastIndexOf(val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
  },

  fill(value, offset, end, encoding) {
    return fillImpl(this, value, offset, end, encoding);
  },

  write(string, offset, length, encoding) {
    if (typeof string !== 'string') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
    }
    if (offset === undefined) {
      return writeString(this, string, 0, this.length, 'utf8');
    }
    if (length === undefined && typeof offset === 'string') {
      encoding = offset;
      length = this.length;
      offset = 0;
    } else {
      validateOffset(offset, 'offset', 0, this.length);
      const remaining = this.length - offset;
      if (length === undefined) {
        length = remaining;
      } else if (typeof length === 'string') {
        encoding = length;
        length = remaining;
      } else {
        validateOffset(length, 'length', 0, this.length);
        if (length > remaining) length = remaining;
      }
    }
    if (!encoding || encoding === 'utf8') return writeString(this, string, offset, length, 'utf8');
    const canonical = namedEncoding(encoding);
    if (canonical === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return writeString(this, string, offset, length, canonical);
  },

  toJSON() {
    if (this.length > 0) {
      const data = new Array(this.length);
      for (let i = 0; i < this.length; ++i) data[i] = this[i];
      return { type: 'Buffer', data };
    }
    return { type: 'Buffer', data: [] };
  },

  subarray(start, end) {
    return adjustedSubarray(this, start, end);
  },

  slice(start, end) {
    return adjustedSubarray(this, start, end);
  },

  swap16() {
    const len = this.length;
    if (len % 2 !== 0) throw new ERR_INVALID_BUFFER_SIZE('16-bits');
    for (let i = 0; i < len; i += 2) {
      const t = this[i];
      this[i] = this[i + 1];
      this[i + 1] = t;
    }
    return this;
  },

  swap32() {
    const len = this.length;
    if (len % 4 !== 0) throw new ERR_INVALID_BUFFER_SIZE('32-bits');
    for (let i = 0; i < len; i += 4) {
      let t = this[i];
      this[i] = this[i + 3];
      this[i + 3] = t;
      t = this[i + 1];
      this[i + 1] = this[i + 2];
      this[i + 2] = t;
    }
    return this;
  },

  swap64() {
    const len = this.length;
    if (len % 8 !== 0) throw new ERR_INVALID_BUFFER_SIZE('64-bits');
    for (let i = 0; i < len; i += 8) {
      for (let k = 0; k < 4; k++) {
        const t = this[i + k];
        this[i + k] = this[i + 7 - k];
        this[i + 7 - k] = t;
      }
    }
    return this;
  },
};

function adjustedSubarray(buf, start, end) {
  const len = TypedArrayPrototypeGetLength(buf);
  start = adjustOffset(start, len);
  end = end === undefined ? len : adjustOffset(end, len);
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(TypedArrayPrototypeGetBuffer(buf),
                        TypedArrayPrototypeGetByteOffset(buf) + start, newLength);
}

function adjustOffset(offset, length) {
  offset = MathTrunc(offset);
  if (offset === 0 || NumberIsNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  return offset < length ? offset : length;
}

// Short strings are copied in JavaScript, longer ones by the binding in one crossing: a
// character-by-character loop costs several nanoseconds a character in the engine, which
// for a 1 KiB string is many times the crossing.
function writeString(buf, string, offset, length, canonical) {
  if (length <= 0 || string.length === 0) return 0;
  if (string.length < kSmall &&
      (canonical === 'latin1' || canonical === 'ascii' || canonical === 'utf8')) {
    let ascii = true;
    const n = MathMin(string.length, length);
    if (canonical === 'utf8') {
      for (let i = 0; i < n; i++) {
        if (StringPrototypeCharCodeAt(string, i) > 0x7f) {
          ascii = false;
          break;
        }
      }
      // A string longer than the room may still have non-ASCII past it: only the
      // written prefix matters for ASCII, but its UTF-8 length must fit exactly.
    }
    if (ascii) {
      for (let i = 0; i < n; i++) buf[offset + i] = StringPrototypeCharCodeAt(string, i);
      return n;
    }
  }
  return binding.write(buf, string, offset, length, encodingId(canonical));
}

function fillImpl(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const canonical = normalizeEncodingStrict(encoding);
    if (canonical === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      if (canonical === 'utf8') {
        const code = StringPrototypeCharCodeAt(value, 0);
        if (code < 128) value = code;
      } else if (canonical === 'latin1') {
        value = StringPrototypeCharCodeAt(value, 0);
      }
    }
    if (typeof value === 'string') {
      offset = normalizeFillRange(buf, offset, end);
      end = fillEnd;
      if (end <= offset) return buf;
      // Node validates a non-string encoding by its string form but then fills
      // with its native default, UTF-8 (so new String('hex') fills UTF-8 bytes).
      const effective = typeof encoding === 'string' ? canonical : 'utf8';
      const written = binding.fillString(buf, value, offset, end, encodingId(effective));
      if (written === 0) {
        throw new ERR_INVALID_ARG_VALUE('value', value);
      }
      return buf;
    }
  } else {
    encoding = undefined;
  }
  offset = normalizeFillRange(buf, offset, end);
  end = fillEnd;
  if (end <= offset) return buf;
  if (typeof value === 'number') {
    TypedArrayPrototypeFill(buf, value & 255, offset, end);
  } else if (typeof value === 'boolean') {
    TypedArrayPrototypeFill(buf, +value, offset, end);
  } else if (ArrayBufferIsView(value)) {
    const bytes = new Uint8Array(TypedArrayPrototypeGetBuffer(value),
                                 TypedArrayPrototypeGetByteOffset(value),
                                 TypedArrayPrototypeGetByteLength(value));
    if (bytes.length === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
    binding.fillBytes(buf, bytes, offset, end);
  } else if (value === undefined || value === null) {
    TypedArrayPrototypeFill(buf, 0, offset, end);
  } else {
    TypedArrayPrototypeFill(buf, (+value) & 255, offset, end);
  }
  return buf;
}

let fillEnd = 0;
function normalizeFillRange(buf, offset, end) {
  if (offset === undefined) {
    offset = 0;
    fillEnd = buf.length;
    return offset;
  }
  validateOffset(offset, 'offset');
  if (end === undefined) {
    end = buf.length;
  } else {
    validateOffset(end, 'end', 0, buf.length);
  }
  if (offset >= buf.length) {
    fillEnd = 0;
    return 0;
  }
  fillEnd = end;
  return offset;
}

// An empty needle matches at the (clamped) start position in both directions.
function emptyNeedleIndex(byteOffset, length) {
  if (byteOffset > length) return length;
  return byteOffset < 0 ? 0 : byteOffset;
}

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (!isUint8Array(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'Uint8Array'], buffer);
  }
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (NumberIsNaN(byteOffset)) {
    byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  }
  const length = buffer.length;
  if (byteOffset < 0) byteOffset += length;
  if (!dir && byteOffset < 0 && typeof val !== 'number') return -1;

  if (typeof val === 'number') {
    const target = val >>> 0 & 255;
    if (dir) {
      for (let i = byteOffset < 0 ? 0 : byteOffset; i < length; i++) {
        if (buffer[i] === target) return i;
      }
    } else {
      for (let i = byteOffset >= length ? length - 1 : byteOffset; i >= 0; i--) {
        if (buffer[i] === target) return i;
      }
    }
    return -1;
  }
  if (typeof val === 'string') {
    const canonical = encoding === undefined ? 'utf8' : namedEncoding(encoding);
    if (canonical === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (val.length === 0) return emptyNeedleIndex(byteOffset, length);
    return binding.indexOfString(buffer, val, byteOffset, encodingId(canonical), dir);
  }
  if (isUint8Array(val) || ArrayBufferIsView(val)) {
    const bytes = isUint8Array(val) ? val :
      new Uint8Array(TypedArrayPrototypeGetBuffer(val), TypedArrayPrototypeGetByteOffset(val),
                     TypedArrayPrototypeGetByteLength(val));
    if (bytes.length === 0) return emptyNeedleIndex(byteOffset, length);
    return binding.indexOfBytes(buffer, bytes, byteOffset, dir);
  }
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

// The encoding-specific slice/write methods node exposes on Buffer.prototype.
// These behave like node's C++ slice/write helpers: arguments are coerced to integers,
// and out-of-range indexes fail with "Index out of range".
function makeSlice(canonical) {
  return function(start = 0, end = this.length) {
    start = MathTrunc(+start) || 0;
    end = MathTrunc(+end) || 0;
    if (start < 0 || end > this.length || start > this.length) {
      throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
    }
    if (end <= start) return '';
    return binding.toString(this, encodingId(canonical), start, end);
  };
}

function makeWrite(canonical) {
  return function(string, offset = 0, length = this.length - offset) {
    if (typeof string !== 'string') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
    }
    offset = MathTrunc(+offset) || 0;
    if (offset < 0) throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
    if (offset > this.length) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
    length = MathTrunc(+length) || 0;
    if (length > this.length - offset) length = this.length - offset;
    return writeString(this, string, offset, length, canonical);
  };
}

for (const [name, canonical] of [['ascii', 'ascii'], ['base64', 'base64'],
  ['base64url', 'base64url'], ['latin1', 'latin1'], ['hex', 'hex'], ['ucs2', 'utf16le'],
  ['utf8', 'utf8']]) {
  methods[`${name}Slice`] = makeSlice(canonical);
  methods[`${name}Write`] = makeWrite(canonical);
  // Node's versions are native functions: named, and declaring no parameters.
  for (const key of [`${name}Slice`, `${name}Write`]) {
    ObjectDefineProperty(methods[key], 'name', { __proto__: null, value: key });
    ObjectDefineProperty(methods[key], 'length', { __proto__: null, value: 0 });
  }
}

for (const key of ObjectKeys(numericMethods)) methods[key] = numericMethods[key];

for (const key of ObjectKeys(methods)) {
  ObjectDefineProperty(proto, key, {
    __proto__: null, value: methods[key], writable: true, enumerable: true, configurable: true,
  });
}
proto.toLocaleString = proto.toString;
// Node assigns it, so it is enumerable like the methods.
proto[customInspectSymbol] = proto.inspect;

// Deprecated aliases of .buffer and .byteOffset.
ObjectDefineProperties(proto, {
  parent: {
    __proto__: null,
    enumerable: true,
    get() {
      if (!(this instanceof Buffer)) return undefined;
      return this.buffer;
    },
  },
  offset: {
    __proto__: null,
    enumerable: true,
    get() {
      if (!(this instanceof Buffer)) return undefined;
      return this.byteOffset;
    },
  },
});

// ---------------------------------------------------------------------------------------
// Module functions.

// transcode() errors are plain Errors named after ICU's status codes, with ICU's number.
function transcodeError(code, errno) {
  const err = new Error(`Unable to transcode Buffer [${code}]`);
  err.code = code;
  err.errno = errno;
  return err;
}

// Which characters the source becomes, and which inputs are rejected, depends on the pair
// of encodings, because node converts each pair with a different routine: UTF-8 to UTF-16
// and UTF-16 to UTF-8 are strict (malformed input is an error rather than U+FFFD), ASCII to
// UTF-16 widens every byte as Latin-1 does, and the other ASCII conversions read bytes
// above 0x7f as U+FFFD.
function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (source.length === 0) return Buffer.alloc(0);
  const from = normalizeEncodingStrict(fromEncoding) || fromEncoding;
  const to = normalizeEncodingStrict(toEncoding) || toEncoding;
  const supported = ['ascii', 'latin1', 'utf8', 'utf16le'];
  if (!supported.includes(from) || !supported.includes(to)) {
    throw transcodeError('U_ILLEGAL_ARGUMENT_ERROR', 1);
  }
  let text;
  if (from === 'ascii') {
    text = decode(source, 'latin1', 0, source.length);
    if (to !== 'utf16le') {
      let out = '';
      for (let i = 0; i < text.length; i++) {
        out += StringPrototypeCharCodeAt(text, i) > 0x7f ? '\ufffd' : text[i];
      }
      text = out;
    }
  } else if (from === 'utf8') {
    if (to === 'utf16le' && !binding.isUtf8(source)) {
      throw transcodeError('U_INVALID_CHAR_FOUND', 10);
    }
    text = decode(source, 'utf8', 0, source.length);
  } else if (from === 'utf16le') {
    // A trailing odd byte is dropped, except that UTF-16 to UTF-16 turns it (and any lone
    // surrogate) into U+FFFD, and UTF-16 to UTF-8 of fewer than two bytes fails.
    const odd = (source.length & 1) === 1;
    text = decode(source, 'utf16le', 0, source.length - (odd ? 1 : 0));
    if (to === 'utf8') {
      if (text.length === 0 || !StringPrototypeIsWellFormed(text)) {
        throw transcodeError('U_INVALID_CHAR_FOUND', 10);
      }
    } else if (to === 'utf16le') {
      text = StringPrototypeToWellFormed(text);
      if (odd) text += '\ufffd';
    }
  } else {
    text = decode(source, 'latin1', 0, source.length);
  }
  // Characters the target cannot represent become '?', except that the default-ignorable
  // ones (such as a byte order mark or a zero-width space) are dropped, as ICU's
  // substituting converters do.
  if (to === 'ascii' || to === 'latin1') {
    const limit = to === 'ascii' ? 0x7f : 0xff;
    let out = '';
    for (const ch of text) {
      const code = ch.codePointAt(0);
      if (code <= limit) out += ch;
      else if (!isDefaultIgnorable(code)) out += '?';
    }
    return fromString(out, to);
  }
  return fromString(text, to);
}

// The default-ignorable code points ICU's substitution callback skips.
function isDefaultIgnorable(c) {
  return c === 0xad || c === 0x34f || c === 0x61c || c === 0x115f || c === 0x1160 ||
    c === 0x17b4 || c === 0x17b5 || (c >= 0x180b && c <= 0x180f) ||
    (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x206f) || c === 0x3164 || (c >= 0xfe00 && c <= 0xfe0f) ||
    c === 0xfeff || c === 0xffa0 || (c >= 0xfff0 && c <= 0xfff8) ||
    (c >= 0x1bca0 && c <= 0x1bca3) || (c >= 0x1d173 && c <= 0x1d17a) ||
    (c >= 0xe0000 && c <= 0xe0fff);
}

// node's check of a detached ArrayBuffer comes from C++: a plain Error with a code and no
// "[code]" in its message or stack.
function checkNotDetached(input) {
  if (!isTypedArray(input) && input.detached === true) {
    const err = new Error('Cannot validate on a detached buffer');
    err.code = 'ERR_INVALID_STATE';
    throw err;
  }
}

// The binding reads the kinds of typed array the engine's C API knows; a Float16Array (which
// that API does not describe) is read through a Uint8Array over the same bytes.
function validationView(input) {
  if (isTypedArray(input) && TypedArrayPrototypeGetSymbolToStringTag(input) === 'Float16Array') {
    return new Uint8Array(TypedArrayPrototypeGetBuffer(input),
                          TypedArrayPrototypeGetByteOffset(input),
                          TypedArrayPrototypeGetByteLength(input));
  }
  return input;
}

function isUtf8(input) {
  if (isTypedArray(input) || isAnyArrayBuffer(input)) {
    checkNotDetached(input);
    return binding.isUtf8(validationView(input));
  }
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isAscii(input) {
  if (isTypedArray(input) || isAnyArrayBuffer(input)) {
    checkNotDetached(input);
    return binding.isAscii(validationView(input));
  }
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

// atob/btoa follow the HTML spec (forgiving base64), with node's errors.
const base64Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let n = 0; n < input.length; n++) {
    if (StringPrototypeCharCodeAt(input, n) > 0xff) {
      throw lazyDOMException('Invalid character', 'InvalidCharacterError');
    }
  }
  return binding.toString(fromString(input, 'latin1'), 4, 0, input.length);
}

function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  let nonAsciiWhitespaceCharCount = 0;
  let equalCharCount = 0;
  for (let n = 0; n < input.length; n++) {
    const code = StringPrototypeCharCodeAt(input, n);
    if (code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d || code === 0x20) {
      continue;
    }
    if (code === 0x3d) {
      equalCharCount++;
    } else if (equalCharCount === 0 && base64Alphabet.indexOf(input[n]) !== -1) {
      nonAsciiWhitespaceCharCount++;
      continue;
    } else {
      throw lazyDOMException('Invalid character', 'InvalidCharacterError');
    }
    if (equalCharCount > 2) {
      throw lazyDOMException('Invalid character', 'InvalidCharacterError');
    }
    nonAsciiWhitespaceCharCount++;
  }
  let reminder = nonAsciiWhitespaceCharCount % 4;
  if (reminder === 0 && equalCharCount !== 0) {
    reminder = (nonAsciiWhitespaceCharCount - equalCharCount) % 4;
  }
  if (reminder === 1 || (equalCharCount !== 0 && nonAsciiWhitespaceCharCount % 4 !== 0)) {
    throw lazyDOMException('The string to be decoded is not correctly encoded.',
                           'InvalidCharacterError');
  }
  return fromString(input, 'base64').latin1Slice();
}

function lazyDOMException(message, name) {
  const DOMException = globalThis.DOMException;
  if (typeof DOMException === 'function') return new DOMException(message, name);
  const err = new Error(message);
  err.name = name;
  return err;
}

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
};

ObjectDefineProperties(module.exports, {
  // Fixed, as node's is: neither writable nor configurable.
  constants: {
    __proto__: null, configurable: false, enumerable: true, writable: false, value: constants,
  },
  INSPECT_MAX_BYTES: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return INSPECT_MAX_BYTES; },
    set(val) {
      validateNumber(val, 'INSPECT_MAX_BYTES', 0);
      INSPECT_MAX_BYTES = val;
    },
  },
});

// Blob, File and resolveObjectURL load their modules on first use. As in node,
// each is an accessor named "get X" whose setter ("set X") replaces it with a
// plain value.
function defineLazyExport(key, id) {
  const get = { [`get ${key}`]() { return require(id)[key]; } }[`get ${key}`];
  const set = { [`set ${key}`](value) {
    ObjectDefineProperty(module.exports, key, { __proto__: null, writable: true, value });
  } }[`set ${key}`];
  ObjectDefineProperty(module.exports, key, {
    __proto__: null, configurable: true, enumerable: true, get, set,
  });
}
defineLazyExport('Blob', 'internal/blob');
defineLazyExport('resolveObjectURL', 'internal/blob');
defineLazyExport('File', 'internal/file');

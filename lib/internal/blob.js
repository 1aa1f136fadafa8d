'use strict';

// Blob (the File API's immutable byte sequence), blob: URL resolution and fs.openAsBlob.
//
// Storage. A Blob is a list of parts, each either
//   - a Uint8Array over memory no one else writes: the bytes of a string (encoded into a
//     fresh buffer), or a copy of an ArrayBuffer or view taken when the Blob was built;
//   - a file range (fs.openAsBlob), read when the Blob is read.
// Parts are never modified, so Blobs built from other Blobs and slices share them: slice()
// makes subarray views and copies nothing. Consecutive parts that had to be copied are
// copied into one buffer. Reading (arrayBuffer, bytes, text, stream) copies out.
//
// Timing. arrayBuffer() settles one microtask after the call, text() two, bytes() three,
// the order node's promise jobs run in (programs that interleave them with other promise
// jobs print in node's order).

const {
  ArrayBufferIsView,
  ArrayPrototypePush,
  DataViewPrototypeGetBuffer,
  DataViewPrototypeGetByteLength,
  DataViewPrototypeGetByteOffset,
  MathMax,
  MathMin,
  MathTrunc,
  NumberIsNaN,
  ObjectAssign,
  ObjectDefineProperties,
  Promise,
  PromisePrototypeThen,
  PromiseReject,
  PromiseResolve,
  RegExpPrototypeExec,
  RegExpPrototypeSymbolReplace,
  SafeWeakSet,
  StringPrototypeToLowerCase,
  Symbol,
  SymbolFor,
  SymbolIterator,
  SymbolToStringTag,
  TypeError,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeSet,
  TypedArrayPrototypeSlice,
  TypedArrayPrototypeSubarray,
  Uint8Array,
} = primordials;

const {
  codedError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const {
  validateDictionary,
  validateObject,
  validateString,
} = require('internal/validators');
const { isAnyArrayBuffer, isDataView } = require('internal/util/types');

const bufferBinding = internalBinding('buffer');
const kUtf8 = 0;

const kInspect = SymbolFor('nodejs.util.inspect.custom');
const kCreate = Symbol('kCreate');
const kEnumerable = { __proto__: null, enumerable: true };

// A type outside printable ASCII is ignored (the empty type), as the File API asks.
const kInvalidTypeCharacters = /[^\u0020-\u007E]/;

function normalizeType(type) {
  type = toText(type);
  return RegExpPrototypeExec(kInvalidTypeCharacters, type) !== null ? '' :
    StringPrototypeToLowerCase(type);
}

// `${value}`, with V8's messages for symbols.
function toText(value) {
  if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  return `${value}`;
}

let lazyInspectFn;
function inspect(value, options) {
  lazyInspectFn ??= require('internal/util/inspect').inspect;
  return lazyInspectFn(value, options);
}

// `Name {fields}` one level deeper, or `[Name]` when the depth is spent.
function inspectFields(name, fields, depth, options) {
  if (depth < 0) return options.stylize(`[${name}]`, 'special');
  const opts = ObjectAssign({}, options, {
    depth: options.depth == null ? options.depth : options.depth - 1,
  });
  return `${name} ${inspect(fields, opts)}`;
}

let lazyDOMException;
function notReadable() {
  lazyDOMException ??= require('internal/per_context/domexception').DOMException;
  return new lazyDOMException('The blob could not be read', 'NotReadableError');
}

// ---------------------------------------------------------------------------------------
// Parts.

// A range of a file as it was when fs.openAsBlob() opened it; reading fails once the
// file's size or modification time has changed.
class FileRange {
  constructor(path, start, size, fileSize, mtimeMs) {
    this.path = path;
    this.start = start;
    this.size = size;
    this.fileSize = fileSize;
    this.mtimeMs = mtimeMs;
  }
}

function partSize(part) {
  return part instanceof FileRange ? part.size : TypedArrayPrototypeGetByteLength(part);
}

// The bytes a typed array or DataView covers, as a Uint8Array over the same memory.
function bytesOf(view) {
  if (isDataView(view)) {
    return new Uint8Array(DataViewPrototypeGetBuffer(view), DataViewPrototypeGetByteOffset(view),
                          DataViewPrototypeGetByteLength(view));
  }
  return new Uint8Array(TypedArrayPrototypeGetBuffer(view), TypedArrayPrototypeGetByteOffset(view),
                        TypedArrayPrototypeGetByteLength(view));
}

// The parts covering [start, end) of a part list.
function sliceParts(parts, start, end) {
  const result = [];
  let offset = 0;
  for (let i = 0; i < parts.length && offset < end; i++) {
    const part = parts[i];
    const size = partSize(part);
    const from = MathMax(start - offset, 0);
    const to = MathMin(end - offset, size);
    offset += size;
    if (from >= to) continue;
    if (from === 0 && to === size) {
      ArrayPrototypePush(result, part);
    } else if (part instanceof FileRange) {
      ArrayPrototypePush(result, new FileRange(part.path, part.start + from, to - from,
                                               part.fileSize, part.mtimeMs));
    } else {
      ArrayPrototypePush(result, TypedArrayPrototypeSubarray(part, from, to));
    }
  }
  return result;
}

function copyBytes(bytes) {
  return TypedArrayPrototypeSlice(bytes);
}

const kNativeLineEnding = /\r?\n/g;

function encodeString(string, endings) {
  if (endings === 'native') string = RegExpPrototypeSymbolReplace(kNativeLineEnding, string, '\n');
  return new Uint8Array(bufferBinding.fromString(string, kUtf8));
}

// ---------------------------------------------------------------------------------------
// Reading.

let lazyFsPromises;

async function readFileRange(range, out, offset) {
  lazyFsPromises ??= require('internal/fs/promises').exports;
  let handle;
  try {
    handle = await lazyFsPromises.open(range.path, 'r');
    const stats = await handle.stat();
    if (stats.size !== range.fileSize || stats.mtimeMs !== range.mtimeMs) throw notReadable();
    let done = 0;
    while (done < range.size) {
      const { bytesRead } = await handle.read(out, offset + done, range.size - done,
                                              range.start + done);
      if (bytesRead === 0) throw notReadable();
      done += bytesRead;
    }
  } catch {
    throw notReadable();
  } finally {
    if (handle !== undefined) await PromisePrototypeThen(handle.close(), undefined, () => {});
  }
}

function hasFileRange(parts) {
  for (let i = 0; i < parts.length; i++) {
    if (parts[i] instanceof FileRange) return true;
  }
  return false;
}

function copyMemoryParts(parts, size) {
  const out = new Uint8Array(size);
  let offset = 0;
  for (let i = 0; i < parts.length; i++) {
    TypedArrayPrototypeSet(out, parts[i], offset);
    offset += TypedArrayPrototypeGetByteLength(parts[i]);
  }
  return out;
}

async function readWithFiles(parts, size, mode) {
  const out = new Uint8Array(size);
  let offset = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part instanceof FileRange) {
      await readFileRange(part, out, offset);
    } else {
      TypedArrayPrototypeSet(out, part, offset);
    }
    offset += partSize(part);
  }
  return mode === kAsBuffer ? TypedArrayPrototypeGetBuffer(out) : out;
}

const kAsBuffer = 0;  // a fresh ArrayBuffer
const kAsView = 1;    // a Uint8Array, possibly a part itself (for callers that only read)

// All of a Blob's bytes, one microtask after the call (memory parts).
function readAll(parts, size, mode) {
  if (hasFileRange(parts)) return readWithFiles(parts, size, mode);
  return new Promise((resolve) => {
    queueMicrotask(() => {
      if (mode === kAsView && parts.length === 1) {
        resolve(parts[0]);
      } else {
        const bytes = copyMemoryParts(parts, size);
        resolve(mode === kAsBuffer ? TypedArrayPrototypeGetBuffer(bytes) : bytes);
      }
    });
  });
}

let lazyQueueMicrotask;
function queueMicrotask(fn) {
  lazyQueueMicrotask ??= require('internal/process/task_queues').queueMicrotask;
  lazyQueueMicrotask(fn);
}

// UTF-8 decoding with the replacement character, without a leading byte order mark.
function decodeUtf8(bytes) {
  const length = TypedArrayPrototypeGetByteLength(bytes);
  if (length === 0) return '';
  const start = length >= 3 && bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF ? 3 : 0;
  return bufferBinding.toString(bytes, kUtf8, start, length);
}

// ---------------------------------------------------------------------------------------
// Blob.

let isBlob;
let partsOf;
let makeBlob;

class Blob {
  #parts;
  #size;
  #type;

  constructor(sources = [], options = undefined) {
    if (sources === kCreate) {
      // Internal construction: options is [parts, size, type].
      this.#parts = options[0];
      this.#size = options[1];
      this.#type = options[2];
      return;
    }
    if (sources === null || typeof sources[SymbolIterator] !== 'function' ||
        typeof sources === 'string') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    validateDictionary(options, 'options');
    let { type = '', endings = 'transparent' } = options ?? { __proto__: null };
    endings = toText(endings);
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }

    // Each source becomes one part (as in node, where a stream yields one chunk per
    // part): strings are encoded into a buffer of their own, buffers and views copied.
    const parts = [];
    let size = 0;
    for (const source of sources) {
      if (isBlob(source)) {
        const shared = source.#parts;
        for (let i = 0; i < shared.length; i++) ArrayPrototypePush(parts, shared[i]);
        size += source.#size;
        continue;
      }
      let bytes;
      if (isAnyArrayBuffer(source)) {
        bytes = copyBytes(new Uint8Array(source));
      } else if (ArrayBufferIsView(source)) {
        bytes = copyBytes(bytesOf(source));
      } else {
        bytes = encodeString(toText(source), endings);
      }
      const length = TypedArrayPrototypeGetByteLength(bytes);
      if (length === 0) continue;
      ArrayPrototypePush(parts, bytes);
      size += length;
    }
    this.#parts = parts;
    this.#size = size;
    this.#type = normalizeType(type);
  }

  get type() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this.#type;
  }

  get size() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this.#size;
  }

  slice(start = 0, end = undefined, contentType = '') {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const size = this.#size;
    start = relativeIndex(start, size);
    end = end === undefined ? size : relativeIndex(end, size);
    const span = MathMax(end - start, 0);
    const parts = span === 0 ? [] : sliceParts(this.#parts, start, start + span);
    return makeBlob(parts, span, normalizeType(contentType));
  }

  arrayBuffer() {
    if (!isBlob(this)) return PromiseReject(new ERR_INVALID_THIS('Blob'));
    return readAll(this.#parts, this.#size, kAsBuffer);
  }

  async text() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return decodeUtf8(await readAll(this.#parts, this.#size, kAsView));
  }

  bytes() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return PromisePrototypeThen(this.arrayBuffer(), (buffer) => new Uint8Array(buffer));
  }

  stream() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return createBlobStream(this.#parts);
  }

  [kInspect](depth, options) {
    return inspectFields('Blob', { size: this.#size, type: this.#type }, depth, options);
  }

  static {
    isBlob = (value) => value !== null && typeof value === 'object' && #parts in value;
    partsOf = (blob) => blob.#parts;
  }
}

makeBlob = (parts, size, type) => new Blob(kCreate, [parts, size, type]);

ObjectDefineProperties(Blob.prototype, {
  type: kEnumerable,
  size: kEnumerable,
  slice: kEnumerable,
  arrayBuffer: kEnumerable,
  text: kEnumerable,
  stream: kEnumerable,
  [SymbolToStringTag]: {
    __proto__: null, value: 'Blob', writable: false, enumerable: false, configurable: true,
  },
});

// slice()'s index rule: negative counts from the end; the result is clamped to [0, size].
function relativeIndex(value, size) {
  value = MathTrunc(+value);
  if (NumberIsNaN(value)) return 0;
  if (value < 0) return MathMax(size + value, 0);
  return MathMin(value, size);
}

// A byte stream with one chunk per part (each a copy: enqueueing transfers a chunk's
// buffer, and parts are shared).
function createBlobStream(parts) {
  const { ReadableStream } = require('internal/webstreams/readablestream');
  let index = 0;
  return new ReadableStream({
    type: 'bytes',
    async pull(controller) {
      while (index < parts.length) {
        const part = parts[index++];
        let chunk;
        if (part instanceof FileRange) {
          chunk = new Uint8Array(part.size);
          await readFileRange(part, chunk, 0);
        } else {
          chunk = copyMemoryParts([part], TypedArrayPrototypeGetByteLength(part));
        }
        if (TypedArrayPrototypeGetByteLength(chunk) === 0) continue;
        controller.enqueue(chunk);
        return;
      }
      controller.close();
      // A pending BYOB request must be answered once the stream has closed.
      controller.byobRequest?.respond(0);
    },
  }, { highWaterMark: 0 });
}

// ---------------------------------------------------------------------------------------
// blob: URLs (the registry lives in internal/url), structured cloning, fs.openAsBlob.

// resolveObjectURL(url): a Blob with the contents of the Blob registered for a
// blob:nodedata: URL (a File resolves to a plain Blob), or undefined. The registry is in
// internal/url, loaded on first use.
function resolveObjectURL(value) {
  const blob = require('internal/url').resolveObjectURL(`${value}`);
  if (blob === undefined) return undefined;
  return makeBlob(partsOf(blob), blob.size, blob.type);
}

// A clone shares the parts. In a message to another thread the data is cloned again, so
// file ranges arrive as plain objects and become FileRanges here. As in node, the Blob
// fs.openAsBlob() returns cannot be cloned (its slices and Blobs made from it can).
// A File (node 22) clones to a File with the same name and modification time; its class
// lives in internal/file, which requires this module, so it is looked up when needed.
const notCloneable = new SafeWeakSet();
let lazyFileModule;
function fileModule() {
  lazyFileModule ??= require('internal/file');
  return lazyFileModule;
}

require('internal/structured_clone').registerHostHandler({
  name: 'Blob',
  test: (value) => isBlob(value),
  serialize: (blob) => {
    if (notCloneable.has(blob)) {
      throw new ERR_INVALID_STATE.TypeError('File-backed Blobs are not cloneable');
    }
    const data = { parts: partsOf(blob), size: blob.size, type: blob.type };
    if (fileModule().isFile(blob)) {
      data.name = blob.name;
      data.lastModified = blob.lastModified;
    }
    return data;
  },
  deserialize: (data) => {
    const parts = data.parts;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      if (!ArrayBufferIsView(part) && !(part instanceof FileRange)) {
        parts[i] = new FileRange(part.path, part.start, part.size, part.fileSize, part.mtimeMs);
      }
    }
    const blob = makeBlob(parts, data.size, data.type);
    if (data.name === undefined) return blob;
    // The File constructor shares a Blob source's parts rather than copying them.
    return new (fileModule().File)([blob], data.name, {
      type: data.type, lastModified: data.lastModified,
    });
  },
});

function unableToOpen() {
  return codedError(TypeError, 'ERR_INVALID_ARG_VALUE', 'Unable to open file as blob');
}

// fs.openAsBlob(path[, options]): a Blob over the file as it is now; reading it fails with
// NotReadableError once the file has changed. The type is kept as given.
function openAsBlob(path, options = { __proto__: null }) {
  validateObject(options, 'options');
  const type = options.type || '';
  validateString(type, 'options.type');
  const { getValidatedPath } = require('internal/fs/utils');
  path = getValidatedPath(path);
  const fs = require('fs');
  let stats;
  try {
    const fd = fs.openSync(path, 'r');
    try {
      stats = fs.fstatSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    throw unableToOpen();
  }
  const size = stats.size;
  const parts = size === 0 ? [] : [new FileRange(path, 0, size, size, stats.mtimeMs)];
  const blob = makeBlob(parts, size, type);
  notCloneable.add(blob);
  return PromiseResolve(blob);
}

module.exports = {
  Blob,
  createBlob: makeBlob,
  isBlob: (value) => isBlob(value),
  kCreate,
  normalizeType,
  openAsBlob,
  inspectFields,
  resolveObjectURL,
};

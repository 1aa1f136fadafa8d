'use strict';

// The HTML structured serialize / deserialize algorithms, and structuredClone().
//
// serialize(value, transferList) produces a Record, an intermediate representation that
// holds no reference to the input's objects (except SharedArrayBuffers, which are shared
// by definition); deserialize(record) builds new values from it. structuredClone() is
// the two in a row; worker_threads and child_process IPC are meant to reuse them, with a
// byte encoding of the Record where the values have to cross a context group.
//
// Record = { root: Slot, transfers: ArrayBuffer[], hosts: Node[] | undefined (transferred
//            host objects, such as MessagePorts, in transfer-list order) }
// Slot   = undefined | null | boolean | number | string | bigint | Node
// Node   = { id, tag, ...fields } where tag is one of the T_* constants:
//   T_OBJECT      keys: string[], values: Slot[]     (own enumerable string keys)
//   T_ARRAY       length; either elements: Slot[] (HOLE where an index is absent) or
//                 indices: number[] and items: Slot[] (the present elements); keys,
//                 values (the other own enumerable string keys)
//   T_DATE        time
//   T_REGEXP      source, flags                      (lastIndex is not kept)
//   T_BOXED       value: the primitive of a Number, String, Boolean or BigInt object
//   T_MAP         entries: Slot[] (key, value, key, value, ...)
//   T_SET         values: Slot[]
//   T_BUFFER      data: ArrayBuffer (a copy owned by the record)
//   T_TRANSFERRED index into record.transfers (a transferred ArrayBuffer)
//   T_SHARED      buffer: SharedArrayBuffer
//   T_VIEW        kind ('Uint8Array', ..., 'DataView'), buffer: Node (T_BUFFER,
//                 T_TRANSFERRED or T_SHARED), byteOffset, length (elements, or bytes for a
//                 DataView; -1 for a view that tracks a resizable buffer's length)
//   T_ERROR       name, hasMessage, message, stack (string or undefined), hasCause, cause
//   T_HOST        handler: index into the host handlers, data: what it serialized
// A Node reached twice in the graph is the same Node object (shared references and
// cycles are preserved); `id` numbers Nodes in first-visit order. HOLE is a constant
// Node (id -1) that only appears in T_ARRAY elements.
//
// Arrays longer than kMaxKeyedArray are read by index, without listing their keys (which
// costs time in proportion to the length under JavaScriptCore): their named properties
// are not cloned.
//
// Platform objects (Blob, MessagePort, ...) plug in through registerHostHandler(); the
// ones that can be transferred (MessagePort) also appear in transfer lists.
//
// markUntransferable()/markUncloneable() back worker_threads' markAsUntransferable() and
// markAsUncloneable(): a marked ArrayBuffer cannot be transferred, a marked object cannot
// be cloned (node 22's DataCloneErrors).
//
// DataCloneError messages follow V8's, which node prints: "<description> could not be
// cloned.", where the description is what describeForMessage() returns.

const {
  Array,
  ArrayBuffer,
  ArrayBufferIsView,
  ArrayBufferPrototypeGetByteLength,
  ArrayBufferPrototypeGetDetached,
  ArrayBufferPrototypeGetMaxByteLength,
  ArrayBufferPrototypeGetResizable,
  ArrayBufferPrototypeSlice,
  ArrayBufferPrototypeTransfer,
  ArrayIsArray,
  BigIntPrototypeValueOf,
  BooleanPrototypeValueOf,
  DataView,
  DataViewPrototypeGetBuffer,
  DataViewPrototypeGetByteLength,
  DataViewPrototypeGetByteOffset,
  Date,
  DatePrototypeGetTime,
  Error,
  ErrorCaptureStackTrace,
  EvalError,
  FinalizationRegistryPrototypeUnregister,
  FunctionPrototypeToString,
  Map,
  MapPrototypeForEach,
  NumberPrototypeValueOf,
  Object,
  ObjectDefineProperty,
  ObjectFreeze,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetPrototypeOf,
  ObjectHasOwn,
  ObjectKeys,
  ObjectPrototype,
  ObjectPrototypeToString,
  ObjectSetPrototypeOf,
  RangeError,
  ReferenceError,
  RegExp,
  RegExpPrototypeGetFlags,
  RegExpPrototypeGetSource,
  SafeMap,
  Set,
  SetPrototypeForEach,
  StringPrototypeCharCodeAt,
  StringPrototypeEndsWith,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
  StringPrototypeValueOf,
  SymbolIterator,
  SymbolPrototypeToString,
  SymbolPrototypeValueOf,
  SyntaxError,
  TypeError,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeGetLength,
  TypedArrayPrototypeGetSymbolToStringTag,
  TypedArrayPrototypeSet,
  URIError,
  Uint8Array,
  WeakRefPrototypeDeref,
  SafeWeakSet,
} = primordials;

const binding = internalBinding('util');
const { getObjectType, getProxyDetails } = binding;
const { isPoolBuffer } = require('internal/buffer');
const { typedArrayConstructors } = require('internal/util/typed_arrays');

const T_OBJECT = 1;
const T_ARRAY = 2;
const T_DATE = 3;
const T_REGEXP = 4;
const T_BOXED = 5;
const T_MAP = 6;
const T_SET = 7;
const T_BUFFER = 8;
const T_TRANSFERRED = 9;
const T_SHARED = 10;
const T_VIEW = 11;
const T_ERROR = 12;
const T_HOST = 13;
const T_HOLE = 14;

// Record nodes are instances of a class without a prototype: created like this, JSC
// allocates them an order of magnitude faster than `{ __proto__: null, ... }` literals.
class RecordNode {
  constructor(id, tag) {
    this.id = id;
    this.tag = tag;
  }
}
ObjectSetPrototypeOf(RecordNode.prototype, null);

// makeNode(id, tag): a new Record node (for decoders that build Records).
function makeNode(id, tag) {
  return new RecordNode(id, tag);
}

class Record {
  constructor(root, transfers, hosts) {
    this.root = root;
    this.transfers = transfers;
    this.hosts = hosts;
  }
}
ObjectSetPrototypeOf(Record.prototype, null);

function makeRecord(root, transfers, hosts) {
  return new Record(root, transfers, hosts);
}

const HOLE = ObjectFreeze(new RecordNode(-1, T_HOLE));

// Arrays up to this length have their keys listed (exact); longer ones up to
// kMaxIndexedArray are read index by index; longer (sparse) ones are listed again.
const kMaxKeyedArray = 10000;
const kMaxIndexedArray = 1e7;

// The index an own key of an array of the given length denotes, or -1.
function isIndexKey(key, length) {
  const c = StringPrototypeCharCodeAt(key, 0);
  if (c < 48 || c > 57) return -1;
  const n = +key;
  return n < length && `${n}` === key ? n : -1;
}

// The last error this module created (structuredClone restarts its stack at the caller).
let lastOwnError;

let lazyDOMException;
function dataCloneError(message) {
  lazyDOMException ??= require('internal/per_context/domexception').DOMException;
  return (lastOwnError = new lazyDOMException(message, 'DataCloneError'));
}

// Errors node raises from C++ for bad arguments: plain errors with a `code` property.
function codedError(Ctor, code, message) {
  const err = new Ctor(message);
  err.code = code;
  return (lastOwnError = err);
}

// ---------------------------------------------------------------------------------------
// Describing values the way V8's messages do.

const kMaxFunctionSource = 128;
const IteratorPrototype = primordials.IteratorPrototype;

function functionSource(fn) {
  let source = FunctionPrototypeToString(fn);
  // V8 prints native functions on one line, with the name (none for bound functions).
  if (StringPrototypeStartsWith(source, 'function ') &&
      StringPrototypeEndsWith(source, '() {\n    [native code]\n}')) {
    const name = ObjectGetOwnPropertyDescriptor(fn, 'name')?.value;
    const shown = typeof name === 'string' && !StringPrototypeStartsWith(name, 'bound ') ?
      name : '';
    source = `function ${shown}() { [native code] }`;
  }
  if (source.length > kMaxFunctionSource) {
    source = `${StringPrototypeSlice(source, 0, 111)}...<omitted>...${
      StringPrototypeSlice(source, source.length - 2)}`;
  }
  return source;
}

// The class name V8 reports for an object: the name of the first `constructor` data
// property on its prototype chain (or "[object Tag]" when that is not a named function).
function objectLabel(object) {
  if (ArrayIsArray(object)) return '[object Array]';
  let current = object;
  while (current !== null) {
    const descriptor = ObjectGetOwnPropertyDescriptor(current, 'constructor');
    // The iterator prototype's constructor is an accessor V8 did not have: look past it.
    if (descriptor !== undefined && !(current === IteratorPrototype && 'get' in descriptor)) {
      const ctor = descriptor.value;
      if (typeof ctor === 'function') {
        const name = ObjectGetOwnPropertyDescriptor(ctor, 'name')?.value;
        if (typeof name === 'string' && name !== '') return `#<${name}>`;
      }
      break;
    }
    current = ObjectGetPrototypeOf(current);
  }
  return ObjectPrototypeToString(object);
}

// describeForMessage(value): the text V8 puts in messages such as DataCloneError's:
// functions by their source, symbols as Symbol(description), objects as #<Constructor>.
function describeForMessage(value) {
  switch (typeof value) {
    case 'function': {
      const target = getProxyDetails(value, false);
      return functionSource(target !== undefined && target !== null ? target : value);
    }
    case 'symbol':
      return SymbolPrototypeToString(value);
    case 'object': {
      if (value === null) return 'null';
      const target = getProxyDetails(value, false);
      if (target !== undefined) return target === null ? '#<Object>' : describeForMessage(target);
      return objectLabel(value);
    }
    default:
      return `${value}`;
  }
}

// ---------------------------------------------------------------------------------------
// Host objects

// { test(value) -> boolean, serialize(value, context) -> data, deserialize(data) -> value }
// A type that can only be transferred leaves serialize out: met outside the transfer list,
// its objects throw node's ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST.
// A transferable type adds:
//   transfer(value) -> data         detaches value (after the whole message serialized)
//   checkTransfer(value, context)   throws when value cannot be transferred (context is
//                                   serialize()'s third argument)
//   duplicateMessage                the DataCloneError message for a repeated entry
// An optional `name` identifies the handler across threads (see hostHandlerKey()).
const hostHandlers = [];

// registerHostHandler(handler): lets a platform object type take part in cloning. The
// first handler whose test() accepts an object serializes it; serialize may throw (e.g.
// a DataCloneError for objects that can only be transferred).
function registerHostHandler(handler) {
  hostHandlers[hostHandlers.length] = handler;
}

// The handler of a T_HOST node's index, and a name for it that is the same in every
// thread: the handler's `name`, or else the source text of its test function (handlers
// register from library modules, whose source is the same everywhere).
function getHostHandler(index) {
  return hostHandlers[index];
}

function hostHandlerKey(handler) {
  return typeof handler.name === 'string' ? handler.name : FunctionPrototypeToString(handler.test);
}

// The index of the handler with that key, or -1.
function findHostHandler(key) {
  for (let i = 0; i < hostHandlers.length; i++) {
    if (hostHandlerKey(hostHandlers[i]) === key) return i;
  }
  return -1;
}

const untransferable = new SafeWeakSet();
const uncloneable = new SafeWeakSet();
let anyUncloneable = false;

function markUntransferable(object) {
  untransferable.add(object);
}

function isMarkedUntransferable(object) {
  return untransferable.has(object) || isPoolBuffer(object);
}

function markUncloneable(object) {
  anyUncloneable = true;
  uncloneable.add(object);
}

// ---------------------------------------------------------------------------------------
// Serialization

const errorPrototypes = {
  __proto__: null,
  EvalError: EvalError.prototype,
  RangeError: RangeError.prototype,
  ReferenceError: ReferenceError.prototype,
  SyntaxError: SyntaxError.prototype,
  TypeError: TypeError.prototype,
  URIError: URIError.prototype,
};

const errorConstructors = {
  __proto__: null,
  Error,
  ErrorCaptureStackTrace,
  EvalError,
  RangeError,
  ReferenceError,
  SyntaxError,
  TypeError,
  URIError,
};

// Object types (engine type bytes) whose instances serialize as plain objects. Math and
// JSON share their type with several objects that have internal slots; those are told
// apart by brand checks in classifyInternalObject().
const plainObjectType = getObjectType({});
const internalObjectType = getObjectType(Math);

// Objects met so far are remembered in two small arrays (searched in order) while there
// are few of them: most messages are small, and making a Map costs more than the search.
const kSmallMemory = 16;

class Serializer {
  constructor() {
    this.objects = [];
    this.nodes = [];
    this.memory = null;
    this.nextId = 0;
  }

  recall(value) {
    if (this.memory !== null) return this.memory.get(value);
    const objects = this.objects;
    for (let i = 0; i < objects.length; i++) {
      if (objects[i] === value) return this.nodes[i];
    }
    return undefined;
  }

  node(value, tag) {
    const node = new RecordNode(this.nextId++, tag);
    if (this.memory !== null) {
      this.memory.set(value, node);
    } else if (this.objects.length < kSmallMemory) {
      this.objects[this.objects.length] = value;
      this.nodes[this.nodes.length] = node;
    } else {
      this.memory = new SafeMap();
      for (let i = 0; i < this.objects.length; i++) this.memory.set(this.objects[i], this.nodes[i]);
      this.memory.set(value, node);
    }
    return node;
  }

  write(value) {
    if (value === null) return null;
    const type = typeof value;
    if (type === 'object') return this.writeObject(value);
    if (type === 'function' || type === 'symbol') {
      throw dataCloneError(`${describeForMessage(value)} could not be cloned.`);
    }
    return value;
  }

  writeObject(value) {
    const seen = this.recall(value);
    if (seen !== undefined) return seen;
    if (anyUncloneable && uncloneable.has(value) &&
        getObjectType(value) !== binding.kArrayBuffer && !ArrayBufferIsView(value)) {
      throw dataCloneError('Cannot clone object of unsupported type.');
    }
    // The common case first: an ordinary object (host objects have prototypes of their
    // own; the type check rules out proxies, so reading the prototype runs no trap).
    const kind = getObjectType(value);
    if (kind === plainObjectType && ObjectGetPrototypeOf(value) === ObjectPrototype) {
      return this.writeProperties(value, this.node(value, T_OBJECT));
    }
    if (hostHandlers.length !== 0) {
      for (let i = 0; i < hostHandlers.length; i++) {
        const handler = hostHandlers[i];
        if (handler.test(value)) {
          const node = this.node(value, T_HOST);
          node.handler = i;
          if (handler.serialize === undefined) {
            throw codedError(TypeError, 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST',
                             'Object that needs transfer was found in message but not ' +
                             'listed in transferList');
          }
          node.data = handler.serialize(value, this);
          return node;
        }
      }
    }
    if (kind === plainObjectType) return this.writeProperties(value, this.node(value, T_OBJECT));
    if (kind === binding.kProxy) {
      // process.env is a Proxy in nodus but an ordinary object with interceptors in
      // node, where it clones to a plain object of its variables.
      if (value === process.env) return this.writeProperties(value, this.node(value, T_OBJECT));
      throw dataCloneError(`${describeForMessage(value)} could not be cloned.`);
    }
    if (ArrayIsArray(value)) return this.writeArray(value);
    if (ArrayBufferIsView(value)) return this.writeView(value, kind);
    switch (kind) {
      case binding.kDate: {
        const node = this.node(value, T_DATE);
        node.time = DatePrototypeGetTime(value);
        return node;
      }
      case binding.kRegExp: {
        const node = this.node(value, T_REGEXP);
        node.source = RegExpPrototypeGetSource(value);
        node.flags = RegExpPrototypeGetFlags(value);
        return node;
      }
      case binding.kNumberObject:
        return this.writeBoxed(value, NumberPrototypeValueOf(value));
      case binding.kStringObject:
        return this.writeBoxed(value, StringPrototypeValueOf(value));
      case binding.kBooleanObject:
        return this.writeBoxed(value, BooleanPrototypeValueOf(value));
      case binding.kMap: {
        const node = this.node(value, T_MAP);
        // The entries are listed before any of them is serialized.
        const list = [];
        MapPrototypeForEach(value, (v, k) => { list[list.length] = k; list[list.length] = v; });
        for (let i = 0; i < list.length; i++) list[i] = this.write(list[i]);
        node.entries = list;
        return node;
      }
      case binding.kSet: {
        const node = this.node(value, T_SET);
        const list = [];
        SetPrototypeForEach(value, (v) => { list[list.length] = v; });
        for (let i = 0; i < list.length; i++) list[i] = this.write(list[i]);
        node.values = list;
        return node;
      }
      case binding.kArrayBuffer:
        return this.writeBuffer(value);
      case binding.kError:
        return this.writeError(value);
      case internalObjectType: {
        const cls = classifyInternalObject(value);
        if (cls === 'plain') return this.writeProperties(value, this.node(value, T_OBJECT));
        if (cls === 'bigint') return this.writeBoxed(value, BigIntPrototypeValueOf(value));
        if (cls === 'symbol') throw dataCloneError('[object Symbol] could not be cloned.');
        break;
      }
    }
    throw dataCloneError(`${describeForMessage(value)} could not be cloned.`);
  }

  // Own enumerable string-keyed properties, each read only if still present when its
  // turn comes (a getter may delete later properties).
  writeProperties(value, node) {
    const keys = ObjectKeys(value);
    const written = [];
    const values = [];
    node.keys = written;
    node.values = values;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (!ObjectHasOwn(value, key)) continue;
      const item = value[key];
      written[written.length] = key;
      values[values.length] = this.write(item);
    }
    return node;
  }

  writeArray(value) {
    const node = this.node(value, T_ARRAY);
    const length = value.length;
    const keys = [];
    const values = [];
    node.length = length;
    node.elements = null;
    node.indices = null;
    node.items = null;
    node.keys = keys;
    node.values = values;
    if (length > kMaxKeyedArray && length <= kMaxIndexedArray) {
      const elements = new Array(length);
      node.elements = elements;
      for (let i = 0; i < length; i++) {
        elements[i] = i in value ? this.write(value[i]) : HOLE;
      }
      return node;
    }
    const indices = [];
    const items = [];
    node.indices = indices;
    node.items = items;
    const all = ObjectKeys(value);
    for (let i = 0; i < all.length; i++) {
      const key = all[i];
      if (!ObjectHasOwn(value, key)) continue;
      const index = isIndexKey(key, length);
      if (index >= 0) {
        indices[indices.length] = index;
        items[items.length] = this.write(value[index]);
      } else {
        const item = value[key];
        keys[keys.length] = key;
        values[values.length] = this.write(item);
      }
    }
    return node;
  }

  writeBoxed(value, primitive) {
    const node = this.node(value, T_BOXED);
    node.value = primitive;
    return node;
  }

  writeBuffer(value) {
    if (isShared(value)) {
      const node = this.node(value, T_SHARED);
      node.buffer = value;
      return node;
    }
    if (ArrayBufferPrototypeGetDetached(value)) {
      throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
    }
    const node = this.node(value, T_BUFFER);
    // A plain ArrayBuffer whatever the input's class (slice() would use its species).
    const length = ArrayBufferPrototypeGetByteLength(value);
    const copy = ArrayBufferPrototypeGetResizable(value) ?
      new ArrayBuffer(length, { maxByteLength: ArrayBufferPrototypeGetMaxByteLength(value) }) :
      new ArrayBuffer(length);
    if (length !== 0) {
      TypedArrayPrototypeSet(new Uint8Array(copy), new Uint8Array(value, 0, length));
    }
    node.data = copy;
    return node;
  }

  writeView(value, kind) {
    let kindName;
    let buffer;
    let byteOffset;
    let length;
    if (kind === binding.kDataView) {
      kindName = 'DataView';
      buffer = DataViewPrototypeGetBuffer(value);
      if (!isShared(buffer) && ArrayBufferPrototypeGetDetached(buffer)) {
        throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
      }
      byteOffset = DataViewPrototypeGetByteOffset(value);
      length = DataViewPrototypeGetByteLength(value);
    } else {
      kindName = TypedArrayPrototypeGetSymbolToStringTag(value);
      buffer = TypedArrayPrototypeGetBuffer(value);
      if (!isShared(buffer) && ArrayBufferPrototypeGetDetached(buffer)) {
        throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
      }
      byteOffset = TypedArrayPrototypeGetByteOffset(value);
      length = TypedArrayPrototypeGetLength(value);
      // A view created without a length over a resizable buffer follows its size. The
      // engine does not say so directly: a view that ends where the buffer ends is
      // taken to be one.
      if (!isShared(buffer) && ArrayBufferPrototypeGetResizable(buffer) &&
          byteOffset + TypedArrayPrototypeGetByteLength(value) ===
            ArrayBufferPrototypeGetByteLength(buffer)) {
        length = -1;
      }
    }
    const bufferNode = this.writeObject(buffer);
    const node = this.node(value, T_VIEW);
    node.kind = kindName;
    node.buffer = bufferNode;
    node.byteOffset = byteOffset;
    node.length = length;
    return node;
  }

  // In V8's order: the own message and cause descriptors, then name (read and converted
  // to a string, which may throw), message's conversion and stack. Only data properties
  // count for message and cause (their getters are not run).
  writeError(value) {
    const node = this.node(value, T_ERROR);
    const messageDescriptor = ObjectGetOwnPropertyDescriptor(value, 'message');
    const causeDescriptor = ObjectGetOwnPropertyDescriptor(value, 'cause');
    const name = errorString(value.name);
    node.name = errorPrototypes[name] !== undefined ? name : 'Error';
    node.hasMessage = messageDescriptor !== undefined && 'value' in messageDescriptor;
    node.message = node.hasMessage ? errorString(messageDescriptor.value) : undefined;
    const stack = value.stack;
    node.stack = typeof stack === 'string' ? stack : undefined;
    node.hasCause = causeDescriptor !== undefined && 'value' in causeDescriptor;
    node.cause = node.hasCause ? this.write(causeDescriptor.value) : undefined;
    return node;
  }
}

// An error's name or message as a string, with V8's message for a symbol.
function errorString(value) {
  if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  return `${value}`;
}

// Whether an engine buffer is a SharedArrayBuffer (ArrayBuffer getters reject those; the
// common case, an ArrayBuffer, does not throw).
function isShared(buffer) {
  try {
    ArrayBufferPrototypeGetDetached(buffer);
    return false;
  } catch {
    return true;
  }
}

// Objects sharing Math's engine type: namespaces and API objects clone as plain objects;
// boxed BigInts and Symbols, weak references, registries, Intl and WebAssembly objects
// do not.
function classifyInternalObject(value) {
  try {
    BigIntPrototypeValueOf(value);
    return 'bigint';
  } catch {
    // Not a BigInt object.
  }
  try {
    SymbolPrototypeValueOf(value);
    return 'symbol';
  } catch {
    // Not a Symbol object.
  }
  try {
    WeakRefPrototypeDeref(value);
    return 'other';
  } catch {
    // Not a WeakRef.
  }
  try {
    FinalizationRegistryPrototypeUnregister(value, kUnusedToken);
    return 'other';
  } catch {
    // Not a FinalizationRegistry.
  }
  const tag = ObjectPrototypeToString(value);
  if (StringPrototypeStartsWith(tag, '[object Intl.') ||
      StringPrototypeStartsWith(tag, '[object WebAssembly.')) {
    return 'other';
  }
  return 'plain';
}

const kUnusedToken = {};

function readTransferList(transfer, nested) {
  if (transfer === undefined || transfer === null) return [];
  if ((typeof transfer !== 'object' && typeof transfer !== 'function')) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
                     'Optional transferList argument must be an iterable');
  }
  if (typeof transfer[SymbolIterator] !== 'function') {
    // node also accepts an options bag in place of the list.
    return nested ? [] : readTransferList(transfer.transfer, true);
  }
  const list = [];
  for (const item of transfer) list[list.length] = item;
  return list;
}

// The transferable host handler that accepts item, or -1.
function transferHandlerIndex(item) {
  for (let i = 0; i < hostHandlers.length; i++) {
    const handler = hostHandlers[i];
    if (typeof handler.transfer === 'function' && handler.test(item)) return i;
  }
  return -1;
}

// serialize(value, transferList = [], context): the Record for value. ArrayBuffers in
// transferList are detached and move into record.transfers; transferable host objects
// (MessagePort) are detached by their handler once everything else has succeeded.
// context is handed to the handlers' checkTransfer (postMessage passes its port).
function serialize(value, transferList = [], context = undefined) {
  const serializer = new Serializer();
  const buffers = [];
  let hosts;
  for (let i = 0; i < transferList.length; i++) {
    const item = transferList[i];
    if (item !== null && typeof item === 'object' &&
        getObjectType(item) === binding.kArrayBuffer && !isShared(item)) {
      if (serializer.recall(item) !== undefined) {
        throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
      }
      if (untransferable.has(item) || isPoolBuffer(item)) {
        throw dataCloneError('Cannot transfer object of unsupported type.');
      }
      const node = serializer.node(item, T_TRANSFERRED);
      node.index = buffers.length;
      buffers[buffers.length] = item;
      continue;
    }
    const index = item !== null && typeof item === 'object' ? transferHandlerIndex(item) : -1;
    if (index === -1) {
      throw codedError(TypeError, 'ERR_INVALID_TRANSFER_OBJECT',
                       'Found invalid object in transferList');
    }
    const handler = hostHandlers[index];
    if (serializer.recall(item) !== undefined) throw dataCloneError(handler.duplicateMessage);
    if (untransferable.has(item)) {
      throw dataCloneError('Cannot transfer object of unsupported type.');
    }
    if (typeof handler.checkTransfer === 'function') handler.checkTransfer(item, context);
    const node = serializer.node(item, T_HOST);
    node.handler = index;
    node.data = undefined;
    hosts ??= [];
    hosts[hosts.length] = node;
    hosts[hosts.length] = item;
  }
  const root = serializer.write(value);
  let hostNodes;
  if (hosts !== undefined) {
    hostNodes = [];
    for (let i = 0; i < hosts.length; i += 2) {
      const node = hosts[i];
      node.data = hostHandlers[node.handler].transfer(hosts[i + 1]);
      hostNodes[hostNodes.length] = node;
    }
  }
  const transfers = [];
  for (let i = 0; i < buffers.length; i++) {
    const buffer = buffers[i];
    // node hands over a detached buffer as an empty one, and copies a buffer that cannot
    // be detached (a WebAssembly.Memory's), which the engine refuses to transfer.
    if (ArrayBufferPrototypeGetDetached(buffer)) {
      transfers[i] = new ArrayBuffer(0);
    } else {
      try {
        transfers[i] = ArrayBufferPrototypeTransfer(buffer);
      } catch (err) {
        if (ArrayBufferPrototypeGetDetached(buffer)) throw err;
        transfers[i] = ArrayBufferPrototypeSlice(buffer, 0);
      }
    }
  }
  return new Record(root, transfers, hostNodes);
}

// ---------------------------------------------------------------------------------------
// Deserialization

const viewConstructors = {
  __proto__: null,
  DataView,
  ...typedArrayConstructors,
};
if (typeof globalThis.Float16Array === 'function') {
  viewConstructors.Float16Array = globalThis.Float16Array;
}

class Deserializer {
  constructor(record) {
    this.record = record;
    this.values = [];
  }

  read(slot) {
    if (slot === null || typeof slot !== 'object') return slot;
    const done = this.values[slot.id];
    return done !== undefined ? done : this.readNode(slot);
  }

  readNode(node) {
    const values = this.values;
    switch (node.tag) {
      case T_OBJECT: {
        const object = {};
        values[node.id] = object;
        this.readProperties(object, node);
        return object;
      }
      case T_ARRAY: {
        const array = new Array(node.length);
        values[node.id] = array;
        const elements = node.elements;
        if (elements !== null) {
          for (let i = 0; i < elements.length; i++) {
            const element = elements[i];
            if (element !== HOLE) array[i] = this.read(element);
          }
        } else {
          const { indices, items } = node;
          for (let i = 0; i < indices.length; i++) array[indices[i]] = this.read(items[i]);
        }
        this.readProperties(array, node);
        return array;
      }
      case T_DATE:
        return (values[node.id] = new Date(node.time));
      case T_REGEXP:
        return (values[node.id] = new RegExp(node.source, node.flags));
      case T_BOXED:
        return (values[node.id] = Object(node.value));
      case T_MAP: {
        const map = new Map();
        values[node.id] = map;
        const entries = node.entries;
        for (let i = 0; i < entries.length; i += 2) {
          map.set(this.read(entries[i]), this.read(entries[i + 1]));
        }
        return map;
      }
      case T_SET: {
        const set = new Set();
        values[node.id] = set;
        const items = node.values;
        for (let i = 0; i < items.length; i++) set.add(this.read(items[i]));
        return set;
      }
      case T_BUFFER:
        return (values[node.id] = node.data);
      case T_TRANSFERRED:
        return (values[node.id] = this.record.transfers[node.index]);
      case T_SHARED:
        return (values[node.id] = sharedCopy(node.buffer));
      case T_VIEW: {
        const buffer = this.read(node.buffer);
        const Ctor = viewConstructors[node.kind];
        const view = node.length === -1 ?
          new Ctor(buffer, node.byteOffset) :
          new Ctor(buffer, node.byteOffset, node.length);
        return (values[node.id] = view);
      }
      case T_ERROR: {
        const error = new errorConstructors[node.name]();
        values[node.id] = error;
        ObjectDefineProperty(error, 'stack', {
          __proto__: null, value: node.stack, writable: true, enumerable: false,
          configurable: true,
        });
        if (node.hasMessage) {
          ObjectDefineProperty(error, 'message', {
            __proto__: null, value: node.message, writable: true, enumerable: false,
            configurable: true,
          });
        }
        if (node.hasCause) {
          ObjectDefineProperty(error, 'cause', {
            __proto__: null, value: this.read(node.cause), writable: true, enumerable: false,
            configurable: true,
          });
        }
        return error;
      }
      case T_HOST:
        return (values[node.id] = hostHandlers[node.handler].deserialize(node.data, this));
    }
    throw dataCloneError('Unable to deserialize cloned data.');
  }

  readProperties(object, node) {
    const { keys, values } = node;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const value = this.read(values[i]);
      if (key === '__proto__') {
        ObjectDefineProperty(object, key, {
          __proto__: null, value, writable: true, enumerable: true, configurable: true,
        });
      } else {
        object[key] = value;
      }
    }
  }
}

// A new SharedArrayBuffer object with the memory of buffer, as node's clones are (the
// same object when this engine's memory cannot be shared that way).
let messagingBinding;
function sharedCopy(buffer) {
  messagingBinding ??= internalBinding('messaging');
  const view = messagingBinding.shareBuffer(buffer);
  return view === undefined ? buffer : DataViewPrototypeGetBuffer(view);
}

// deserialize(record): new values for a Record made by serialize(). A Record is meant to
// be deserialized once (its buffers move into the result). The values of transferred host
// objects (record.hosts, which the message may not reference) are left in
// record.hostValues.
function deserialize(record) {
  const deserializer = new Deserializer(record);
  const value = deserializer.read(record.root);
  const hosts = record.hosts;
  if (hosts !== undefined) {
    const values = [];
    for (let i = 0; i < hosts.length; i++) values[i] = deserializer.read(hosts[i]);
    record.hostValues = values;
  }
  return value;
}

// ---------------------------------------------------------------------------------------
// structuredClone

function structuredClone(value, options = undefined) {
  try {
    if (arguments.length === 0) {
      throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The value argument must be specified');
    }
    let transferList = [];
    if (options !== undefined && options !== null) {
      if (typeof options !== 'object' && typeof options !== 'function') {
        throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
                         'The options argument must be either an object or undefined');
      }
      transferList = readTransferList(options.transfer, false);
    }
    return deserialize(serialize(value, transferList));
  } catch (err) {
    // node's structuredClone is native: its own errors have no frames of the
    // implementation (exceptions from user code pass through untouched).
    if (err === lastOwnError) ErrorCaptureStackTrace(err, structuredClone);
    throw err;
  }
}

// Like node's, structuredClone has no declared parameters.
ObjectDefineProperty(structuredClone, 'length', { __proto__: null, value: 0 });

module.exports = {
  T_ARRAY,
  T_BOXED,
  T_BUFFER,
  T_DATE,
  T_ERROR,
  T_HOLE,
  T_HOST,
  T_MAP,
  T_OBJECT,
  T_REGEXP,
  T_SET,
  T_SHARED,
  T_TRANSFERRED,
  T_VIEW,
  HOLE,
  dataCloneError,
  describeForMessage,
  deserialize,
  findHostHandler,
  getHostHandler,
  hostHandlerKey,
  isMarkedUntransferable,
  makeNode,
  makeRecord,
  markUncloneable,
  markUntransferable,
  readTransferList,
  registerHostHandler,
  serialize,
  structuredClone,
};

// FileHandles made before this module loaded can be transferred too: their module
// registers its handler now (it registers by itself when it loads after this one).
if (require('internal/bootstrap/realm').BuiltinModule.map.get('internal/fs/promises')?.loaded) {
  require('internal/fs/promises').registerTransferHandler();
}

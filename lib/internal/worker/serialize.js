'use strict';

// The byte form of structured-clone records, for messages that go through C queues
// (MessagePort, BroadcastChannel, worker threads). This is the one place that defines it.
//
// A message is serialize(value, transferList) from internal/structured_clone (a Record)
// written as bytes, plus side lists the C side carries next to the bytes:
//   blobs      ArrayBuffers whose contents move out of line (no second copy on receipt)
//   shared     SharedArrayBuffers (their memory is shared, not copied)
//   transits   transferred MessagePorts (their endpoints move with the message)
// Decoding gives back a Record, which deserialize() turns into values.
//
// Format (little-endian; varuint = LEB128 of a non-negative integer below 2^53):
//   slot   := UNDEFINED | NULL | FALSE | TRUE | INT32 i32 | DOUBLE f64
//           | STRING1 varuint(n) n bytes (Latin-1) | STRING2 varuint(n) n u16 (UTF-16)
//           | BIGINT string (sign and hex digits) | REF varuint(id) | HOLE
//           | NODE+tag varuint(id) fields
//   message := slot (the root), varuint(n), n x slot (transferred host objects)
//   A node is written in full where the traversal first meets it and referred to by its
//   record id afterwards (shared references and cycles survive). Fields per tag:
//   T_OBJECT   varuint(n), n x (string key, slot)
//   T_ARRAY    varuint(length), mode u8: 0 = varuint(length) slots (HOLE for absent),
//              1 = varuint(n) n x (varuint index, slot); then varuint(n) n x (key, slot)
//   T_DATE     f64        T_REGEXP  string source, string flags     T_BOXED  slot
//   T_MAP      varuint(n) slots     T_SET     varuint(n) slots
//   T_BUFFER / T_TRANSFERRED   buffer (both decode as T_BUFFER)
//   T_SHARED   varuint(index into shared)
//   T_VIEW     u8 kind, slot buffer, varuint byteOffset, length (varuint(length + 1); 0 is
//              a length-tracking view)
//   T_ERROR    string name, u8 flags (1 message, 2 stack, 4 cause), [string message],
//              [string stack], [slot cause]
//   T_HOST     string handler key, then for MessagePorts varuint(index into transits),
//              else a nested message (its own ids) holding the handler's data
//   buffer := u8 mode: 0 = varuint(n) n bytes | 1 = varuint(max) varuint(n) n bytes
//             (resizable) | 2 = varuint(index into blobs)

// The hot paths call methods of their own internal typed arrays, DataViews and strings
// directly instead of through primordials (the receiver-first wrappers cost several times
// a direct call on JavaScriptCore; docs/contributing.md).

const {
  ArrayBuffer,
  ArrayBufferPrototypeGetByteLength,
  ArrayBufferPrototypeGetMaxByteLength,
  ArrayBufferPrototypeGetResizable,
  BigInt,
  BigIntPrototypeToString,
  DataView,
  DataViewPrototypeGetBuffer,
  StringFromCharCode,
  StringPrototypeSlice,
  TypedArrayPrototypeSubarray,
  Uint8Array,
} = primordials;

const clone = require('internal/structured_clone');
const {
  T_ARRAY, T_BOXED, T_BUFFER, T_DATE, T_ERROR, T_HOLE, T_HOST, T_MAP, T_OBJECT, T_REGEXP,
  T_SET, T_SHARED, T_TRANSFERRED, T_VIEW, HOLE, dataCloneError,
} = clone;

const binding = internalBinding('messaging');

const K_UNDEFINED = 0;
const K_NULL = 1;
const K_FALSE = 2;
const K_TRUE = 3;
const K_INT32 = 4;
const K_DOUBLE = 5;
const K_STRING1 = 6;
const K_STRING2 = 7;
const K_BIGINT = 8;
const K_REF = 9;
const K_HOLE = 10;
const K_NODE = 16; // + tag

const BUFFER_INLINE = 0;
const BUFFER_RESIZABLE = 1;
const BUFFER_BLOB = 2;

// Buffers up to this size are copied into the message bytes; larger ones travel out of
// line.
const kInlineBufferMax = 4096;

// The name of the MessagePort host handler (internal/worker/io registers it).
const kPortHandlerKey = 'MessagePort';

const viewKinds = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
  'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array',
  'BigUint64Array', 'DataView', 'Float16Array'];

// ---------------------------------------------------------------------------------------
// Writer. Encoding happens into this thread's scratch memory (shared with C, so short
// messages need no buffer object) and moves to a growing ArrayBuffer when it fills.

const scratch = binding.sendBuffer;
const scratchView = new DataView(scratch.buffer, scratch.byteOffset, scratch.byteLength);
let out = scratch;
let outView = scratchView;
let pos = 0;
let blobs;
let shared;
let transits;
// written[id] === generation when the node with that id has been written in this message.
let written = [];
let generation = 0;

function grow(needed) {
  let size = out.length * 2;
  while (size < pos + needed) size *= 2;
  const next = new Uint8Array(new ArrayBuffer(size));
  next.set(out.subarray(0, pos));
  out = next;
  outView = new DataView(next.buffer);
}

function writeByte(b) {
  if (pos >= out.length) grow(1);
  out[pos++] = b;
}

function writeVaruint(n) {
  if (pos + 8 > out.length) grow(8);
  while (n >= 128) {
    out[pos++] = (n % 128) | 128;
    n = (n - (n % 128)) / 128;
  }
  out[pos++] = n;
}

function writeDouble(n) {
  if (pos + 8 > out.length) grow(8);
  outView.setFloat64(pos, n, true);
  pos += 8;
}

function writeString(s) {
  const n = s.length;
  let wide = false;
  for (let i = 0; i < n; i++) {
    if (s.charCodeAt(i) > 255) {
      wide = true;
      break;
    }
  }
  if (pos + 9 + n * 2 > out.length) grow(9 + n * 2);
  out[pos++] = wide ? K_STRING2 : K_STRING1;
  writeVaruint(n);
  if (wide) {
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      out[pos++] = c & 255;
      out[pos++] = c >>> 8;
    }
  } else {
    for (let i = 0; i < n; i++) out[pos++] = s.charCodeAt(i);
  }
}

function writeBytes(bytes) {
  const n = bytes.length;
  writeVaruint(n);
  if (pos + n > out.length) grow(n);
  out.set(bytes, pos);
  pos += n;
}

function writeSlot(slot) {
  switch (typeof slot) {
    case 'undefined':
      writeByte(K_UNDEFINED);
      return;
    case 'boolean':
      writeByte(slot ? K_TRUE : K_FALSE);
      return;
    case 'number':
      if ((slot | 0) === slot && (slot !== 0 || 1 / slot > 0)) {
        if (pos + 5 > out.length) grow(5);
        out[pos++] = K_INT32;
        out[pos] = slot & 255;
        out[pos + 1] = (slot >> 8) & 255;
        out[pos + 2] = (slot >> 16) & 255;
        out[pos + 3] = (slot >> 24) & 255;
        pos += 4;
      } else {
        writeByte(K_DOUBLE);
        writeDouble(slot);
      }
      return;
    case 'string':
      writeString(slot);
      return;
    case 'bigint':
      writeByte(K_BIGINT);
      writeString(BigIntPrototypeToString(slot, 16));
      return;
  }
  if (slot === null) {
    writeByte(K_NULL);
    return;
  }
  writeNode(slot);
}

function writeBuffer(data) {
  const length = ArrayBufferPrototypeGetByteLength(data);
  if (ArrayBufferPrototypeGetResizable(data)) {
    writeByte(BUFFER_RESIZABLE);
    writeVaruint(ArrayBufferPrototypeGetMaxByteLength(data));
    writeBytes(new Uint8Array(data, 0, length));
  } else if (length <= kInlineBufferMax) {
    writeByte(BUFFER_INLINE);
    writeBytes(new Uint8Array(data, 0, length));
  } else {
    writeByte(BUFFER_BLOB);
    blobs ??= [];
    writeVaruint(blobs.length);
    blobs[blobs.length] = data;
  }
}

function writeProperties(keys, values) {
  const n = keys.length;
  writeVaruint(n);
  for (let i = 0; i < n; i++) {
    writeString(keys[i]);
    writeSlot(values[i]);
  }
}

function writeNode(node) {
  const tag = node.tag;
  if (tag === T_HOLE) {
    writeByte(K_HOLE);
    return;
  }
  const id = node.id;
  if (written[id] === generation) {
    writeByte(K_REF);
    writeVaruint(id);
    return;
  }
  written[id] = generation;
  writeByte(K_NODE + (tag === T_TRANSFERRED ? T_BUFFER : tag));
  writeVaruint(id);
  switch (tag) {
    case T_OBJECT:
      writeProperties(node.keys, node.values);
      return;
    case T_ARRAY: {
      writeVaruint(node.length);
      const elements = node.elements;
      if (elements !== null) {
        writeByte(0);
        writeVaruint(elements.length);
        for (let i = 0; i < elements.length; i++) writeSlot(elements[i]);
      } else {
        const { indices, items } = node;
        writeByte(1);
        writeVaruint(indices.length);
        for (let i = 0; i < indices.length; i++) {
          writeVaruint(indices[i]);
          writeSlot(items[i]);
        }
      }
      writeProperties(node.keys, node.values);
      return;
    }
    case T_DATE:
      writeDouble(node.time);
      return;
    case T_REGEXP:
      writeString(node.source);
      writeString(node.flags);
      return;
    case T_BOXED:
      writeSlot(node.value);
      return;
    case T_MAP:
      writeVaruint(node.entries.length);
      for (let i = 0; i < node.entries.length; i++) writeSlot(node.entries[i]);
      return;
    case T_SET:
      writeVaruint(node.values.length);
      for (let i = 0; i < node.values.length; i++) writeSlot(node.values[i]);
      return;
    case T_BUFFER:
      writeBuffer(node.data);
      return;
    case T_TRANSFERRED:
      writeBuffer(currentTransfers[node.index]);
      return;
    case T_SHARED:
      if (!binding.canShareMemory()) {
        throw dataCloneError('#<SharedArrayBuffer> could not be cloned.');
      }
      shared ??= [];
      writeVaruint(shared.length);
      shared[shared.length] = node.buffer;
      return;
    case T_VIEW: {
      let kind = 0;
      while (viewKinds[kind] !== node.kind) kind++;
      writeByte(kind);
      writeSlot(node.buffer);
      writeVaruint(node.byteOffset);
      writeVaruint(node.length + 1);
      return;
    }
    case T_ERROR: {
      writeString(node.name);
      const hasStack = node.stack !== undefined;
      writeByte((node.hasMessage ? 1 : 0) | (hasStack ? 2 : 0) | (node.hasCause ? 4 : 0));
      if (node.hasMessage) writeString(node.message);
      if (hasStack) writeString(node.stack);
      if (node.hasCause) writeSlot(node.cause);
      return;
    }
    case T_HOST: {
      const key = clone.hostHandlerKey(clone.getHostHandler(node.handler));
      writeString(key);
      if (key === kPortHandlerKey) {
        transits ??= [];
        writeVaruint(transits.length);
        transits[transits.length] = node.data;
      } else {
        // A handler whose data holds MessagePorts (a transferred AbortSignal's channel)
        // names them, and they move with the message.
        const handler = clone.getHostHandler(node.handler);
        const list = typeof handler.transferList === 'function' ?
          handler.transferList(node.data) : undefined;
        writeNested(clone.serialize(node.data, list));
      }
      return;
    }
  }
  throw dataCloneError('Unable to serialize cloned data.');
}

let currentTransfers;

function writeRecord(record) {
  const saved = currentTransfers;
  currentTransfers = record.transfers;
  try {
    writeSlot(record.root);
    const hosts = record.hosts;
    const n = hosts === undefined ? 0 : hosts.length;
    writeVaruint(n);
    for (let i = 0; i < n; i++) writeSlot(hosts[i]);
  } finally {
    currentTransfers = saved;
  }
}

// A host object's data: a record of its own, with its own node ids.
function writeNested(record) {
  const savedWritten = written;
  const savedGeneration = generation;
  written = [];
  generation = 1;
  try {
    writeRecord(record);
  } finally {
    written = savedWritten;
    generation = savedGeneration;
  }
}

// encode(record) -> { buffer, length, blobs, shared, transits }: buffer is undefined when
// the bytes are in the scratch memory (binding.sendBuffer). The result object and the
// scratch memory are reused by the next call: the caller hands them to C at once.
function encode(record) {
  out = scratch;
  outView = scratchView;
  pos = 0;
  blobs = undefined;
  shared = undefined;
  transits = undefined;
  generation++;
  if (generation > 0x3fffffff) {
    generation = 1;
    written.length = 0;
  }
  writeRecord(record);
  const result = encoded;
  result.buffer = out === scratch ? undefined : out.buffer;
  result.length = pos;
  result.blobs = blobs;
  result.shared = shared;
  result.transits = transits;
  out = scratch;
  outView = scratchView;
  blobs = shared = transits = undefined;
  return result;
}

// encode()'s result, reused by every call (its fields are read at once).
// Fields are defined, not assigned, so accessors on Object.prototype never see them.
class Encoded {
  buffer = undefined;
  length = 0;
  blobs = undefined;
  shared = undefined;
  transits = undefined;
}
const encoded = new Encoded();

// ---------------------------------------------------------------------------------------
// Reader.

let input;
let inputView;
let rpos = 0;
let inBlobs;
let inShared;
let inPorts;
let nodes;

function readVaruint() {
  let n = 0;
  let scale = 1;
  for (;;) {
    const b = input[rpos++];
    n += (b & 127) * scale;
    if (b < 128) return n;
    scale *= 128;
  }
}

function readString() {
  const kind = input[rpos++];
  const n = readVaruint();
  if (kind === K_STRING1) {
    if (n <= 64) {
      let s = '';
      for (let i = 0; i < n; i++) s += StringFromCharCode(input[rpos + i]);
      rpos += n;
      return s;
    }
    return readChunks(n, 1);
  }
  return readChunks(n, 2);
}

// Longer strings are built from chunks of character codes (fewer, larger concatenations).
function readChunks(n, width) {
  let s = '';
  const codes = [];
  let i = 0;
  while (i < n) {
    const count = n - i < 4096 ? n - i : 4096;
    codes.length = count;
    if (width === 1) {
      for (let j = 0; j < count; j++) codes[j] = input[rpos + j];
    } else {
      for (let j = 0; j < count; j++) {
        codes[j] = input[rpos + 2 * j] | (input[rpos + 2 * j + 1] << 8);
      }
    }
    s += StringFromCharCode(...codes);
    rpos += count * width;
    i += count;
  }
  return s;
}

function readBytesInto(buffer) {
  const n = readVaruint();
  if (n > 0) {
    new Uint8Array(buffer, 0, n).set(TypedArrayPrototypeSubarray(input, rpos, rpos + n));
  }
  rpos += n;
}

function readBuffer() {
  const mode = input[rpos++];
  if (mode === BUFFER_BLOB) return inBlobs[readVaruint()];
  let buffer;
  if (mode === BUFFER_RESIZABLE) {
    const max = readVaruint();
    buffer = new ArrayBuffer(peekVaruint(), { maxByteLength: max });
  } else {
    buffer = new ArrayBuffer(peekVaruint());
  }
  readBytesInto(buffer);
  return buffer;
}

function peekVaruint() {
  const saved = rpos;
  const n = readVaruint();
  rpos = saved;
  return n;
}

function readProperties(node) {
  const n = readVaruint();
  const keys = new Array(n);
  const values = new Array(n);
  for (let i = 0; i < n; i++) {
    keys[i] = readString();
    values[i] = readSlot();
  }
  node.keys = keys;
  node.values = values;
}

function readSlot() {
  const k = input[rpos++];
  switch (k) {
    case K_UNDEFINED: return undefined;
    case K_NULL: return null;
    case K_FALSE: return false;
    case K_TRUE: return true;
    case K_INT32: {
      const n = input[rpos] | (input[rpos + 1] << 8) | (input[rpos + 2] << 16) |
        (input[rpos + 3] << 24);
      rpos += 4;
      return n;
    }
    case K_DOUBLE: {
      const n = inputView.getFloat64(rpos, true);
      rpos += 8;
      return n;
    }
    case K_STRING1:
    case K_STRING2:
      rpos--;
      return readString();
    case K_BIGINT: {
      const text = readString();
      return text[0] === '-' ? -BigInt(`0x${StringPrototypeSlice(text, 1)}`) :
        BigInt(`0x${text}`);
    }
    case K_REF:
      return nodes[readVaruint()];
    case K_HOLE:
      return HOLE;
  }
  if (k < K_NODE) throw dataCloneError('Unable to deserialize cloned data.');
  return readNode(k - K_NODE);
}

function readNode(tag) {
  const id = readVaruint();
  const node = clone.makeNode(id, tag);
  nodes[id] = node;
  switch (tag) {
    case T_OBJECT:
      readProperties(node);
      return node;
    case T_ARRAY: {
      node.length = readVaruint();
      if (input[rpos++] === 0) {
        const n = readVaruint();
        const elements = new Array(n);
        for (let i = 0; i < n; i++) elements[i] = readSlot();
        node.elements = elements;
        node.indices = null;
        node.items = null;
      } else {
        const n = readVaruint();
        const indices = new Array(n);
        const items = new Array(n);
        for (let i = 0; i < n; i++) {
          indices[i] = readVaruint();
          items[i] = readSlot();
        }
        node.elements = null;
        node.indices = indices;
        node.items = items;
      }
      readProperties(node);
      return node;
    }
    case T_DATE:
      node.time = inputView.getFloat64(rpos, true);
      rpos += 8;
      return node;
    case T_REGEXP:
      node.source = readString();
      node.flags = readString();
      return node;
    case T_BOXED:
      node.value = readSlot();
      return node;
    case T_MAP: {
      const n = readVaruint();
      const entries = new Array(n);
      for (let i = 0; i < n; i++) entries[i] = readSlot();
      node.entries = entries;
      return node;
    }
    case T_SET: {
      const n = readVaruint();
      const values = new Array(n);
      for (let i = 0; i < n; i++) values[i] = readSlot();
      node.values = values;
      return node;
    }
    case T_BUFFER:
      node.data = readBuffer();
      return node;
    case T_SHARED: {
      const view = inShared[readVaruint()];
      if (view === undefined) throw dataCloneError('Unable to deserialize cloned data.');
      node.buffer = DataViewPrototypeGetBuffer(view);
      return node;
    }
    case T_VIEW:
      node.kind = viewKinds[input[rpos++]];
      node.buffer = readSlot();
      node.byteOffset = readVaruint();
      node.length = readVaruint() - 1;
      return node;
    case T_ERROR: {
      node.name = readString();
      const flags = input[rpos++];
      node.hasMessage = (flags & 1) !== 0;
      node.message = node.hasMessage ? readString() : undefined;
      node.stack = (flags & 2) !== 0 ? readString() : undefined;
      node.hasCause = (flags & 4) !== 0;
      node.cause = node.hasCause ? readSlot() : undefined;
      return node;
    }
    case T_HOST: {
      const key = readString();
      let index = clone.findHostHandler(key);
      if (index === -1) {
        loadHostModules();
        index = clone.findHostHandler(key);
      }
      if (index === -1) throw dataCloneError('Unable to deserialize cloned data.');
      node.handler = index;
      if (key === kPortHandlerKey) {
        node.data = inPorts[readVaruint()];
      } else {
        node.data = readNested();
      }
      return node;
    }
  }
  throw dataCloneError('Unable to deserialize cloned data.');
}

// Library modules that register host handlers, loaded when a message names a handler this
// thread has not registered yet.
const hostModules = ['internal/blob', 'internal/perf/histogram', 'internal/worker/io'];
function loadHostModules() {
  for (let i = 0; i < hostModules.length; i++) require(hostModules[i]);
  // AbortSignal's handler registers on demand: its module loads without this one.
  require('internal/abort_controller').registerTransferHandler();
  require('internal/fs/promises').registerTransferHandler();
}

function readRecord() {
  const root = readSlot();
  const n = readVaruint();
  let hosts;
  if (n > 0) {
    hosts = new Array(n);
    for (let i = 0; i < n; i++) hosts[i] = readSlot();
  }
  return clone.makeRecord(root, [], hosts);
}

function readNested() {
  const savedNodes = nodes;
  nodes = [];
  try {
    return clone.deserialize(readRecord());
  } finally {
    nodes = savedNodes;
  }
}

const receiveBuffer = binding.receiveBuffer;
const receiveView = new DataView(receiveBuffer.buffer, receiveBuffer.byteOffset,
                                 receiveBuffer.byteLength);

// decode(payload, blobs, shared, ports) -> Record. payload is a length of bytes in this
// thread's receive scratch (binding.receiveBuffer), or an ArrayBuffer. blobs are
// ArrayBuffers, shared DataViews over SharedArrayBuffers, ports port handles.
function decode(payload, blobList, sharedList, portList) {
  if (typeof payload === 'number') {
    input = receiveBuffer;
    inputView = receiveView;
  } else {
    input = new Uint8Array(payload);
    inputView = new DataView(payload);
  }
  rpos = 0;
  inBlobs = blobList;
  inShared = sharedList;
  inPorts = portList;
  nodes = [];
  try {
    return readRecord();
  } finally {
    input = inputView = inBlobs = inShared = inPorts = nodes = undefined;
  }
}

module.exports = {
  decode,
  encode,
  kPortHandlerKey,
};

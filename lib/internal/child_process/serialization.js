'use strict';

// The two message formats of child_process IPC channels (fork()'s `serialization`).
//
// 'json' (the default) is node's wire format, so nodus and node can fork each other: each
// message is JSON.stringify(message) followed by '\n', in UTF-8.
//
// 'advanced' frames each message like node (a 4-byte big-endian length, then the
// message) but the message inside is nodus's byte form of structured-clone records
// (internal/worker/serialize, shared with worker_threads), not V8's serializer format:
// both ends of an advanced channel must be nodus. Inside a frame:
//   u32be(n) n bytes of the encoded record, then for each ArrayBuffer the encoder moved out
//   of line: u32be(n) n bytes, in order.
// Buffers arrive as Buffers, as they do with node's advanced serialization (plain
// structured clone would make them Uint8Arrays): while an IPC message is encoded, a host
// handler claims them.
//
// A codec is an object per channel:
//   codec.parse(bytes) -> array of the complete messages the chunk finished
//   codec.buffering    true while part of a message has been read
//   codec.write(handle, req, message, sendHandle?) -> the handle's write result (0, 1 or
//                                        -errno), sendHandle going along over the pipe;
//                                        throws when the message cannot be serialized

const {
  ArrayPrototypePush,
  JSONParse,
  JSONStringify,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  Uint8Array,
} = primordials;

let StringDecoder;

class JSONCodec {
  constructor() {
    this.pending = '';
    this.decoder = undefined;
    this.buffering = false;
  }

  parse(bytes) {
    const messages = [];
    if (bytes.length === 0) return messages;
    StringDecoder ??= require('string_decoder').StringDecoder;
    this.decoder ??= new StringDecoder('utf8');
    let text = this.decoder.write(bytes);
    let newline = StringPrototypeIndexOf(text, '\n');
    if (newline === -1) {
      this.pending += text;
    } else {
      text = this.pending + text;
      newline += this.pending.length;
      let start = 0;
      while (newline !== -1) {
        ArrayPrototypePush(messages, JSONParse(StringPrototypeSlice(text, start, newline)));
        start = newline + 1;
        newline = StringPrototypeIndexOf(text, '\n', start);
      }
      this.pending = StringPrototypeSlice(text, start);
    }
    this.buffering = this.pending.length !== 0;
    return messages;
  }

  write(handle, req, message, sendHandle) {
    return handle.writeUtf8String(req, `${JSONStringify(message)}\n`, sendHandle);
  }
}

let clone;
let workerSerialize;
let FastBuffer;
let isBuffer;
// True while an IPC message is being serialized: only then does the Buffer handler below
// claim Buffers (structuredClone() and postMessage() make Uint8Arrays of them).
let encodingIpcMessage = false;

function loadAdvanced() {
  if (clone !== undefined) return;
  clone = require('internal/structured_clone');
  workerSerialize = require('internal/worker/serialize');
  FastBuffer = require('internal/buffer').FastBuffer;
  isBuffer = require('buffer').Buffer.isBuffer;
  clone.registerHostHandler({
    name: 'nodus:child_process:Buffer',
    test(value) {
      return encodingIpcMessage && isBuffer(value);
    },
    serialize(value) {
      // A copy of just the bytes: the Buffer may be a slice of a larger pool.
      return new Uint8Array(value);
    },
    deserialize(bytes) {
      return new FastBuffer(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
  });
}

function readU32(bytes, at) {
  return ((bytes[at] << 24) >>> 0) + (bytes[at + 1] << 16) + (bytes[at + 2] << 8) + bytes[at + 3];
}

function writeU32(bytes, at, n) {
  bytes[at] = n >>> 24;
  bytes[at + 1] = (n >>> 16) & 255;
  bytes[at + 2] = (n >>> 8) & 255;
  bytes[at + 3] = n & 255;
}

class AdvancedCodec {
  constructor() {
    loadAdvanced();
    this.chunks = [];
    this.size = 0;
    // The length of the frame being read (header included), once its header is in.
    this.frameSize = -1;
    this.buffering = false;
  }

  // The big-endian u32 at the start of the unread bytes (at least 4 are buffered).
  peekLength() {
    let n = 0;
    let got = 0;
    for (let i = 0; got < 4; i++) {
      const chunk = this.chunks[i];
      for (let j = 0; j < chunk.length && got < 4; j++, got++) n = n * 256 + chunk[j];
    }
    return n;
  }

  // Joins the chunks read so far into one (copying only when there are several).
  joined() {
    if (this.chunks.length === 1) return this.chunks[0];
    const all = new Uint8Array(this.size);
    let at = 0;
    for (let i = 0; i < this.chunks.length; i++) {
      all.set(this.chunks[i], at);
      at += this.chunks[i].length;
    }
    this.chunks = [all];
    return all;
  }

  parse(bytes) {
    const messages = [];
    if (bytes.length !== 0) {
      ArrayPrototypePush(this.chunks, bytes);
      this.size += bytes.length;
    }
    for (;;) {
      if (this.frameSize === -1) {
        if (this.size < 4) break;
        this.frameSize = 4 + this.peekLength();
      }
      // Chunks pile up until the whole frame is in: they are joined once.
      if (this.size < this.frameSize) break;
      const data = this.joined();
      const end = this.frameSize;
      this.size -= end;
      this.chunks = this.size === 0 ? [] : [data.subarray(end)];
      this.frameSize = -1;
      ArrayPrototypePush(messages, decodeFrame(data, 4, end));
    }
    this.buffering = this.size !== 0;
    return messages;
  }

  write(handle, req, message, sendHandle) {
    let encoded;
    encodingIpcMessage = true;
    try {
      encoded = workerSerialize.encode(clone.serialize(message));
    } finally {
      encodingIpcMessage = false;
    }
    const { buffer, length, blobs, shared, transits } = encoded;
    if (shared !== undefined || transits !== undefined) {
      throw clone.dataCloneError(shared !== undefined ?
        '#<SharedArrayBuffer> could not be cloned.' : '#<MessagePort> could not be cloned.');
    }
    let total = 8 + length;
    if (blobs !== undefined) {
      for (let i = 0; i < blobs.length; i++) total += 4 + blobs[i].byteLength;
    }
    const frame = new FastBuffer(total);
    writeU32(frame, 0, total - 4);
    writeU32(frame, 4, length);
    const source = buffer === undefined ?
      internalBinding('messaging').sendBuffer : new Uint8Array(buffer);
    frame.set(length === source.length ? source : source.subarray(0, length), 8);
    if (blobs !== undefined) {
      let at = 8 + length;
      for (let i = 0; i < blobs.length; i++) {
        const blob = new Uint8Array(blobs[i]);
        writeU32(frame, at, blob.length);
        frame.set(blob, at + 4);
        at += 4 + blob.length;
      }
    }
    return handle.writeBuffer(req, frame, sendHandle);
  }
}

// The message in data[start, end) (a frame without its length).
function decodeFrame(data, start, end) {
  const length = readU32(data, start);
  const main = data.slice(start + 4, start + 4 + length).buffer;
  let blobs;
  let at = start + 4 + length;
  while (at < end) {
    const n = readU32(data, at);
    blobs ??= [];
    ArrayPrototypePush(blobs, data.slice(at + 4, at + 4 + n).buffer);
    at += 4 + n;
  }
  return clone.deserialize(workerSerialize.decode(main, blobs, undefined, undefined));
}

// A new codec for a channel in the given mode ('json' or 'advanced').
function createCodec(mode) {
  return mode === 'advanced' ? new AdvancedCodec() : new JSONCodec();
}

module.exports = { createCodec };

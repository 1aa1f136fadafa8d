'use strict';

// The read buffer of a Readable: a singly linked list of chunks (Buffers, strings once
// a decoder is set, or any values in object mode). Appending and taking from the front
// are O(1) and never copy; reading a byte count that spans chunks copies only what it
// returns.

const {
  SymbolIterator,
} = primordials;

const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');

class BufferList {
  constructor() {
    this.head = null;
    this.tail = null;
    this.length = 0;
    // One entry kept from the last shift(): a stream that takes chunks as fast as
    // they come in then allocates nothing per chunk.
    this.spare = null;
  }

  push(value) {
    let entry = this.spare;
    if (entry !== null) {
      this.spare = null;
      entry.data = value;
    } else {
      entry = { data: value, next: null };
    }
    if (this.tail === null) this.head = entry;
    else this.tail.next = entry;
    this.tail = entry;
    this.length++;
  }

  unshift(value) {
    const entry = { data: value, next: this.head };
    if (this.head === null) this.tail = entry;
    this.head = entry;
    this.length++;
  }

  // Removes and returns the first chunk (undefined when empty).
  shift() {
    const entry = this.head;
    if (entry === null) return undefined;
    this.head = entry.next;
    if (this.head === null) this.tail = null;
    this.length--;
    const data = entry.data;
    entry.data = null;
    entry.next = null;
    this.spare = entry;
    return data;
  }

  first() {
    return this.head === null ? undefined : this.head.data;
  }

  clear() {
    this.head = this.tail = null;
    this.length = 0;
  }

  // Every chunk joined into one string (the list holds strings).
  join(separator = '') {
    let text = '';
    for (let entry = this.head; entry !== null; entry = entry.next) {
      text += entry === this.head ? `${entry.data}` : `${separator}${entry.data}`;
    }
    return text;
  }

  // The first `total` bytes of every chunk, copied into one new Buffer (the list holds
  // Buffers and the caller passes the sum of their lengths).
  concat(total) {
    if (this.head === null) return Buffer.alloc(0);
    const out = Buffer.allocUnsafe(total >>> 0);
    let at = 0;
    for (let entry = this.head; entry !== null; entry = entry.next) {
      out.set(entry.data, at);
      at += entry.data.length;
    }
    return out;
  }

  // Removes and returns the first n bytes (or characters, when the list holds strings).
  consume(n, strings) {
    const data = this.head.data;
    if (n < data.length) {
      const part = data.slice(0, n);
      this.head.data = data.slice(n);
      return part;
    }
    if (n === data.length) return this.shift();
    return strings ? this.takeString(n) : this.takeBuffer(n);
  }

  takeString(n) {
    let text = '';
    let entry = this.head;
    let used = 0;
    do {
      const piece = entry.data;
      if (n >= piece.length) {
        text += piece;
        n -= piece.length;
        used++;
      } else {
        text += piece.slice(0, n);
        entry.data = piece.slice(n);
        n = 0;
        break;
      }
      entry = entry.next;
    } while (entry !== null && n > 0);
    this.dropEntries(used);
    return text;
  }

  takeBuffer(n) {
    const out = Buffer.allocUnsafe(n);
    const total = n;
    let entry = this.head;
    let used = 0;
    do {
      const piece = entry.data;
      if (n >= piece.length) {
        out.set(piece, total - n);
        n -= piece.length;
        used++;
      } else {
        out.set(new FastBuffer(piece.buffer, piece.byteOffset, n), total - n);
        entry.data = piece.slice(n);
        n = 0;
        break;
      }
      entry = entry.next;
    } while (entry !== null && n > 0);
    this.dropEntries(used);
    return out;
  }

  dropEntries(count) {
    let entry = this.head;
    for (let i = 0; i < count; i++) entry = entry.next;
    this.head = entry;
    if (entry === null) this.tail = null;
    this.length -= count;
  }

  * [SymbolIterator]() {
    for (let entry = this.head; entry !== null; entry = entry.next) yield entry.data;
  }
}

module.exports = BufferList;

'use strict';

// stream.duplexPair([options]): two Duplex streams connected to each other: what is
// written to one side becomes readable on the other. A write is acknowledged when the
// other side's consumer reads it, so backpressure crosses over; ending one side ends
// the other's readable side, and the end() completes once that side emitted 'end'.

const {
  Symbol,
} = primordials;

const Duplex = require('internal/streams/duplex');

// The write callback waiting for this side's reader.
const kPendingCallback = Symbol('kPendingCallback');
const kOtherSide = Symbol('kOtherSide');

class DuplexSide extends Duplex {
  constructor(options) {
    super(options);
    this[kPendingCallback] = null;
    this[kOtherSide] = null;
  }

  _read() {
    const callback = this[kPendingCallback];
    if (callback) {
      this[kPendingCallback] = null;
      callback();
    }
  }

  _write(chunk, encoding, callback) {
    const other = this[kOtherSide];
    if (chunk.length === 0) {
      process.nextTick(callback);
      return;
    }
    other.push(chunk);
    other[kPendingCallback] = callback;
  }

  _final(callback) {
    const other = this[kOtherSide];
    other.on('end', callback);
    other.push(null);
  }
}

function duplexPair(options) {
  const side0 = new DuplexSide(options);
  const side1 = new DuplexSide(options);
  side0[kOtherSide] = side1;
  side1[kOtherSide] = side0;
  return [side0, side1];
}

module.exports = duplexPair;

'use strict';

// What each side of a stream does once _construct() called back, registered here by
// readable.js and writable.js so that Duplex can run both without reaching into their
// module internals.

module.exports = {
  // (stream) => void: refill the read buffer if a read was asked for meanwhile.
  readableConstructed: null,
  // (stream) => void: write what was buffered meanwhile and finish if end() was called.
  writableConstructed: null,
};

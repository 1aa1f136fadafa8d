// A writable for the console tests: an EventEmitter (the console adds and removes a
// no-op 'error' listener around each write) whose write() records every chunk.
'use strict';
const EventEmitter = require('events');

class Collector extends EventEmitter {
  constructor(options = {}) {
    super();
    this.chunks = [];
    if (options.isTTY !== undefined) this.isTTY = options.isTTY;
    if (options.colorDepth !== undefined) this.getColorDepth = () => options.colorDepth;
  }

  write(chunk, ...rest) {
    this.chunks.push(chunk);
    return true;
  }

  // Everything written so far, as one string, and then forgets it.
  take() {
    const text = this.chunks.join('');
    this.chunks = [];
    return text;
  }

  // The chunks written so far, JSON-quoted one per line (shows escapes and boundaries).
  dump() {
    const text = this.chunks.map((c) => JSON.stringify(c)).join('\n');
    this.chunks = [];
    return text;
  }
}

module.exports = Collector;

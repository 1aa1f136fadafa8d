'use strict';

// Synchronous writes for terminal and pipe streams (tty.WriteStream, process.stdout and
// process.stderr on pipes).
//
// Writing through the libuv handle is not enough to make them synchronous here: even on
// a descriptor in blocking mode, write(2) returns early with a partial count when a
// signal arrives, and JavaScriptCore signals the main thread (SIGUSR1) to scan its stack
// whenever its collector runs. libuv then queues the rest, the write completes later
// and output may be cut off by process.exit(). These writes loop until every byte is
// written instead (node does the same for stdio pipes on Windows).

const {
  ObjectDefineProperty,
} = primordials;

const { errnoException } = require('internal/errors');

let fsBinding;
let fsModule;
let BufferFrom;

// Writes all of chunk to fd and returns the number of bytes, or throws the failure as
// a stream write error ("write EPIPE", not fs's "EPIPE: broken pipe, write").
function writeAll(fd, chunk, encoding) {
  try {
    if (typeof chunk === 'string' && (encoding === 'utf8' || encoding === 'utf-8')) {
      fsBinding ??= internalBinding('fs');
      return fsBinding.writeString(fd, chunk);
    }
    fsModule ??= require('fs');
    if (typeof chunk === 'string') {
      BufferFrom ??= require('buffer').Buffer.from;
      chunk = BufferFrom(chunk, encoding);
    }
    let offset = 0;
    while (offset < chunk.length) {
      offset += fsModule.writeSync(fd, chunk, offset, chunk.length - offset);
    }
    return chunk.length;
  } catch (err) {
    if (typeof err?.errno === 'number') throw errnoException(err.errno, 'write');
    throw err;
  }
}

/**
 * Makes `stream` (a net.Socket over fd) write synchronously: its _write writes each
 * chunk to fd completely before calling back, _writev is dropped (chunks go one by
 * one), and its bytesWritten counts what was written this way, starting from
 * `alreadyWritten` (bytes written to fd on the stream's behalf before it existed).
 */
function makeWritesSynchronous(stream, fd, alreadyWritten = 0) {
  let written = alreadyWritten;
  // Own but not enumerable, so that Object.keys() and util.inspect() show the stream as
  // they show node's (where these come from the prototype).
  ObjectDefineProperty(stream, '_writev', {
    __proto__: null, value: null, writable: true, enumerable: false, configurable: true,
  });
  ObjectDefineProperty(stream, '_write', {
    __proto__: null,
    writable: true,
    enumerable: false,
    configurable: true,
    value: function(chunk, encoding, cb) {
      try {
        written += writeAll(fd, chunk, encoding);
      } catch (err) {
        cb(err);
        return;
      }
      cb();
    },
  });
  ObjectDefineProperty(stream, 'bytesWritten', {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() {
      return written + this.writableLength;
    },
  });
}

module.exports = { makeWritesSynchronous };

'use strict';

// SyncWriteStream: a Writable over a file descriptor written with synchronous write(2)
// calls. process.stdout and process.stderr are one when they are files (or character
// devices such as /dev/null), so that output is never lost or reordered.

const {
  ObjectSetPrototypeOf,
  ReflectApply,
} = primordials;

const Writable = require('internal/streams/writable');
const { kEmptyObject } = require('internal/util');

let fsBinding;
let fsModule;

/**
 * SyncWriteStream(fd[, { autoClose = true }]): destroying the stream closes fd unless
 * autoClose is false.
 */
function SyncWriteStream(fd, options) {
  // Strings reach _write as they are (no conversion to a Buffer per write): the common
  // UTF-8 case is written straight from the string.
  ReflectApply(Writable, this, [{ autoDestroy: true, decodeStrings: false }]);
  options = options || kEmptyObject;
  this.fd = fd;
  this.readable = false;
  this.autoClose = options.autoClose === undefined ? true : options.autoClose;
}
ObjectSetPrototypeOf(SyncWriteStream.prototype, Writable.prototype);
ObjectSetPrototypeOf(SyncWriteStream, Writable);

SyncWriteStream.prototype._write = function(chunk, encoding, cb) {
  try {
    if (typeof chunk === 'string' && (encoding === 'utf8' || encoding === 'utf-8')) {
      fsBinding ??= internalBinding('fs');
      fsBinding.writeString(this.fd, chunk);
    } else {
      fsModule ??= require('fs');
      const bytes = typeof chunk === 'string' ? require('buffer').Buffer.from(chunk, encoding) :
        chunk;
      let offset = 0;
      while (offset < bytes.length) {
        offset += fsModule.writeSync(this.fd, bytes, offset, bytes.length - offset);
      }
    }
  } catch (err) {
    cb(err);
    return;
  }
  cb();
};

SyncWriteStream.prototype._destroy = function(err, cb) {
  if (this.fd === null) return cb(err);
  if (this.autoClose) {
    fsModule ??= require('fs');
    fsModule.closeSync(this.fd);
  }
  this.fd = null;
  cb(err);
};

SyncWriteStream.prototype.destroySoon = SyncWriteStream.prototype.destroy;

module.exports = SyncWriteStream;

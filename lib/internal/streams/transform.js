'use strict';

// stream.Transform: a Duplex whose output is computed from its input. Each written
// chunk goes through _transform(chunk, encoding, callback); what it push()es (or
// passes as callback(null, data)) becomes readable. The write is acknowledged at
// once while the readable buffer is below its highWaterMark, else when the consumer
// reads (backpressure crosses from the readable side to the writable side). At the
// end, _flush(callback) may push the last data before the readable side ends.

const {
  ObjectSetPrototypeOf,
  Symbol,
} = primordials;

module.exports = Transform;

const { ERR_METHOD_NOT_IMPLEMENTED } = require('internal/errors').codes;
const Duplex = require('internal/streams/duplex');
const { getHighWaterMark } = require('internal/streams/state');

ObjectSetPrototypeOf(Transform.prototype, Duplex.prototype);
ObjectSetPrototypeOf(Transform, Duplex);

// The write callback held back until the consumer reads.
const kCallback = Symbol('kCallback');
// The per-stream function _transform() gets as its callback (one per stream, not one
// per chunk), and the readable length before the chunk was transformed.
const kAfterTransform = Symbol('kAfterTransform');
const kLengthBefore = Symbol('kLengthBefore');

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);

  // With a readable highWaterMark of 0 the writable side does not buffer either, so
  // that the transform holds at most what the consumer asked for.
  const readableHighWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', true) : null;
  if (readableHighWaterMark === 0) {
    options = {
      ...options,
      highWaterMark: null,
      readableHighWaterMark,
      writableHighWaterMark: options.writableHighWaterMark || 0,
    };
  }

  Duplex.call(this, options);

  // Pushes from _transform() happen after the write started, never synchronously
  // within _read(), so the readable side must not treat them as such.
  this._readableState.sync = false;

  this[kCallback] = null;
  this[kLengthBefore] = 0;
  this[kAfterTransform] = afterTransform.bind(this);

  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }

  // Subclasses that replace _final still get the flush at 'prefinish'.
  this.on('prefinish', prefinish);
}

// Runs _flush() (when there is one), pushes its data and ends the readable side.
function final(cb) {
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush((er, data) => {
      if (er) {
        if (cb) cb(er);
        else this.destroy(er);
        return;
      }
      if (data != null) this.push(data);
      this.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

function prefinish() {
  if (this._final !== final) final.call(this);
}

Transform.prototype._final = final;

Transform.prototype._transform = function(chunk, encoding, callback) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_transform()');
};

// _transform()'s callback: pushes data, then acknowledges the write unless the
// readable side is full (the acknowledgement then waits for _read()).
function afterTransform(err, val) {
  const callback = this._writableState.onwrite;
  if (err) {
    callback(err);
    return;
  }
  if (val != null) this.push(val);
  const rState = this._readableState;
  if (rState.ended) {
    // The readable side already ended (pushed null): acknowledge on the next tick.
    process.nextTick(callback);
  } else if (this._writableState.ended ||
             this[kLengthBefore] === rState.length ||
             rState.length < rState.highWaterMark) {
    callback();
  } else {
    this[kCallback] = callback;
  }
}

Transform.prototype._write = function(chunk, encoding, callback) {
  const after = this[kAfterTransform];
  if (after !== undefined && callback === this._writableState.onwrite) {
    this[kLengthBefore] = this._readableState.length;
    this._transform(chunk, encoding, after);
    return;
  }
  // Called directly with some other callback (not through Writable): give
  // _transform() a callback of its own.
  const rState = this._readableState;
  const wState = this._writableState;
  const length = rState.length;
  this._transform(chunk, encoding, (err, val) => {
    if (err) {
      callback(err);
      return;
    }
    if (val != null) this.push(val);
    if (rState.ended) {
      process.nextTick(callback);
    } else if (wState.ended || length === rState.length ||
               rState.length < rState.highWaterMark) {
      callback();
    } else {
      this[kCallback] = callback;
    }
  });
};

Transform.prototype._read = function() {
  if (this[kCallback]) {
    const callback = this[kCallback];
    this[kCallback] = null;
    callback();
  }
};

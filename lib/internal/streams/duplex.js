'use strict';

// stream.Duplex: a Readable and a Writable in one object, each side with its own state
// and buffer. With allowHalfOpen false the writable side ends when the readable side
// does. `readable: false` / `writable: false` create a stream whose side starts out
// finished.

const {
  ObjectDefineProperties,
  ObjectGetOwnPropertyDescriptor,
  ObjectKeys,
  ObjectSetPrototypeOf,
} = primordials;

module.exports = Duplex;

const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const { Stream } = require('internal/streams/legacy');
const destroyImpl = require('internal/streams/destroy');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const sides = require('internal/streams/sides');

const { ReadableState } = Readable;
const { WritableState } = Writable;

ObjectSetPrototypeOf(Duplex.prototype, Readable.prototype);
ObjectSetPrototypeOf(Duplex, Readable);

// The Writable methods a Duplex does not get from Readable.
{
  const keys = ObjectKeys(Writable.prototype);
  for (let i = 0; i < keys.length; i++) {
    const method = keys[i];
    if (!Duplex.prototype[method]) Duplex.prototype[method] = Writable.prototype[method];
  }
}
// destroy() must also fail queued writes.
Duplex.prototype.destroy = Writable.prototype.destroy;

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);

  // Event slots of both sides (see Readable).
  this._events ??= {
    close: undefined,
    error: undefined,
    prefinish: undefined,
    finish: undefined,
    drain: undefined,
    data: undefined,
    end: undefined,
    readable: undefined,
  };

  this._readableState = new ReadableState(options, this, true);
  this._writableState = new WritableState(options, this, true);

  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      const r = this._readableState;
      r.readable = false;
      r.ended = true;
      r.endEmitted = true;
    }
    if (options.writable === false) {
      const w = this._writableState;
      w.writable = false;
      w.ending = true;
      w.ended = true;
      w.finished = true;
    }
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) addAbortSignal(options.signal, this);
  } else {
    this.allowHalfOpen = true;
  }

  Stream.call(this, options);
  destroyImpl.construct(this, () => {
    sides.readableConstructed(this);
    sides.writableConstructed(this);
  });
}

function writableAccessor(name) {
  return { __proto__: null, ...ObjectGetOwnPropertyDescriptor(Writable.prototype, name) };
}

ObjectDefineProperties(Duplex.prototype, {
  writable: writableAccessor('writable'),
  writableHighWaterMark: writableAccessor('writableHighWaterMark'),
  writableObjectMode: writableAccessor('writableObjectMode'),
  writableBuffer: writableAccessor('writableBuffer'),
  writableLength: writableAccessor('writableLength'),
  writableFinished: writableAccessor('writableFinished'),
  writableCorked: writableAccessor('writableCorked'),
  writableEnded: writableAccessor('writableEnded'),
  writableNeedDrain: writableAccessor('writableNeedDrain'),

  // Destroyed once both sides are.
  destroyed: {
    __proto__: null,
    get() {
      if (this._readableState === undefined || this._writableState === undefined) return false;
      return this._readableState.destroyed && this._writableState.destroyed;
    },
    set(value) {
      if (this._readableState && this._writableState) {
        this._readableState.destroyed = value;
        this._writableState.destroyed = value;
      }
    },
  },
});

let webAdapters;
function lazyWebAdapters() {
  webAdapters ??= require('internal/webstreams/adapters');
  return webAdapters;
}

Duplex.fromWeb = function(pair, options) {
  return lazyWebAdapters().newStreamDuplexFromReadableWritablePair(pair, options);
};

Duplex.toWeb = function(duplex) {
  return lazyWebAdapters().newReadableWritablePairFromDuplex(duplex);
};

let duplexify;

// Duplex.from(body): a Duplex from a stream, a { readable, writable } pair, an
// iterable, an async generator function, a promise, a web stream or a Blob.
Duplex.from = function(body) {
  duplexify ??= require('internal/streams/duplexify');
  return duplexify(body, 'body');
};

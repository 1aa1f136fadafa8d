'use strict';

// Duplex.from(body) (and the stages pipeline() and compose() turn into streams):
//  - a Duplex is returned as is; a Readable or Writable is wrapped into a Duplex whose
//    other side is disabled;
//  - { readable, writable } pairs become one Duplex over both;
//  - an iterable becomes a readable-only stream (Readable.from);
//  - an async generator function `async function*(source, { signal })` becomes a
//    transform: written chunks are its source, what it yields is readable;
//  - an async function `async (source, { signal }) => {}` becomes a writable-only
//    stream that finishes when the function's promise settles;
//  - a promise becomes a readable stream of its (non-null) value;
//  - web streams and Blobs go through their adapters.

const {
  FunctionPrototypeCall,
} = primordials;

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_RETURN_VALUE },
} = require('internal/errors');
const { createDeferredPromise } = require('internal/util');
const { AbortController } = require('internal/abort_controller');
const {
  isDuplexNodeStream,
  isIterable,
  isNodeStream,
  isReadable,
  isReadableNodeStream,
  isReadableStream,
  isWritable,
  isWritableNodeStream,
  isWritableStream,
} = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');
const { destroyer } = require('internal/streams/destroy');
const Duplex = require('internal/streams/duplex');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const from = require('internal/streams/from');

// The class of the streams made here (node shows them as Duplexify).
class Duplexify extends Duplex {
  constructor(options) {
    super(options);
    // Duplex already disables the sides; done again for subclass-proof state.
    if (options?.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options?.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
  }
}

// Only a genuine Blob (or File) counts: an object that merely looks like one falls
// through to the other checks and is rejected like node rejects it. The Blob module is
// loaded on first use because most callers never pass a Blob.
let blobIsBlob;
function isBlob(value) {
  blobIsBlob ??= require('internal/blob').isBlob;
  return blobIsBlob(value);
}

function duplexify(body, name) {
  if (isDuplexNodeStream(body)) return body;
  if (isReadableNodeStream(body)) return duplexifyPair({ readable: body });
  if (isWritableNodeStream(body)) return duplexifyPair({ writable: body });
  if (isNodeStream(body)) return duplexifyPair({ writable: false, readable: false });
  if (isReadableStream(body)) return duplexifyPair({ readable: Readable.fromWeb(body) });
  if (isWritableStream(body)) return duplexifyPair({ writable: Writable.fromWeb(body) });

  if (typeof body === 'function') {
    const { value, write, final, destroy } = fromAsyncGen(body);

    // A function that made a stream itself (not a generator).
    if (isDuplexNodeStream(value)) return value;

    if (isIterable(value)) {
      return from(Duplexify, value, { objectMode: true, write, final, destroy });
    }

    const then = value?.then;
    if (typeof then === 'function') {
      let d;
      const promise = FunctionPrototypeCall(
        then,
        value,
        (val) => {
          if (val != null) throw new ERR_INVALID_RETURN_VALUE('nully', 'body', val);
        },
        (err) => {
          destroyer(d, err);
        },
      );
      d = new Duplexify({
        objectMode: true,
        readable: false,
        write,
        final(cb) {
          final(async () => {
            try {
              await promise;
              process.nextTick(cb, null);
            } catch (err) {
              process.nextTick(cb, err);
            }
          });
        },
        destroy,
      });
      return d;
    }

    throw new ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or AsyncFunction', name, value);
  }

  if (isBlob(body)) return duplexify(body.arrayBuffer(), name);

  if (isIterable(body)) return from(Duplexify, body, { objectMode: true, writable: false });

  if (isReadableStream(body?.readable) && isWritableStream(body?.writable)) {
    return Duplexify.fromWeb(body);
  }

  if (typeof body?.writable === 'object' || typeof body?.readable === 'object') {
    const readable = body?.readable ?
      (isReadableNodeStream(body.readable) ? body.readable : duplexify(body.readable)) :
      undefined;
    const writable = body?.writable ?
      (isWritableNodeStream(body.writable) ? body.writable : duplexify(body.writable)) :
      undefined;
    return duplexifyPair({ readable, writable });
  }

  const then = body?.then;
  if (typeof then === 'function') {
    let d;
    FunctionPrototypeCall(
      then,
      body,
      (val) => {
        if (val != null) d.push(val);
        d.push(null);
      },
      (err) => {
        destroyer(d, err);
      },
    );
    d = new Duplexify({ objectMode: true, writable: false, read() {} });
    return d;
  }

  throw new ERR_INVALID_ARG_TYPE(
    name,
    ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable', 'AsyncIterable',
     'Function', '{ readable, writable } pair', 'Promise'],
    body);
}

// Calls fn with an async iterable of the chunks written to the stream being built:
// write() and final() resolve the iterable's next step; the stream's callbacks run on
// the tick after the generator took the chunk.
function fromAsyncGen(fn) {
  let { promise, resolve } = createDeferredPromise();
  const ac = new AbortController();
  const signal = ac.signal;
  const value = fn(async function*() {
    while (true) {
      const pending = promise;
      promise = null;
      const { chunk, done, cb } = await pending;
      process.nextTick(cb);
      if (done) return;
      if (signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
      ({ promise, resolve } = createDeferredPromise());
      yield chunk;
    }
  }(), { signal });

  return {
    value,
    write(chunk, encoding, cb) {
      const settle = resolve;
      resolve = null;
      settle({ chunk, done: false, cb });
    },
    final(cb) {
      const settle = resolve;
      resolve = null;
      settle({ done: true, cb });
    },
    destroy(err, cb) {
      ac.abort();
      cb(err);
    },
  };
}

// One Duplex over a readable and/or a writable stream: writes go to the writable,
// reads come from the readable, and either side failing destroys the whole.
function duplexifyPair(pair) {
  const r = pair.readable && typeof pair.readable.read !== 'function' ?
    Readable.wrap(pair.readable) : pair.readable;
  const w = pair.writable;

  let readable = !!isReadable(r);
  let writable = !!isWritable(w);

  let ondrain;
  let onfinish;
  let onreadable;
  let onclose;
  let d;

  function onfinished(err) {
    const cb = onclose;
    onclose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
  }

  d = new Duplexify({
    readableObjectMode: !!r?.readableObjectMode,
    writableObjectMode: !!w?.writableObjectMode,
    readable,
    writable,
  });

  if (writable) {
    eos(w, (err) => {
      writable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });

    d._write = function(chunk, encoding, callback) {
      if (w.write(chunk, encoding)) callback();
      else ondrain = callback;
    };

    d._final = function(callback) {
      w.end();
      onfinish = callback;
    };

    w.on('drain', function() {
      if (ondrain) {
        const cb = ondrain;
        ondrain = null;
        cb();
      }
    });

    w.on('finish', function() {
      if (onfinish) {
        const cb = onfinish;
        onfinish = null;
        cb();
      }
    });
  }

  if (readable) {
    eos(r, (err) => {
      readable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });

    r.on('readable', function() {
      if (onreadable) {
        const cb = onreadable;
        onreadable = null;
        cb();
      }
    });

    r.on('end', function() {
      d.push(null);
    });

    d._read = function() {
      while (true) {
        const buf = r.read();
        if (buf === null) {
          onreadable = d._read;
          return;
        }
        if (!d.push(buf)) return;
      }
    };
  }

  d._destroy = function(err, callback) {
    if (!err && onclose !== null) err = new AbortError();
    onreadable = null;
    ondrain = null;
    onfinish = null;
    if (onclose === null) {
      callback(err);
    } else {
      onclose = callback;
      destroyer(w, err);
      destroyer(r, err);
    }
  };

  return d;
}

module.exports = duplexify;

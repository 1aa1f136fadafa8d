'use strict';

// Readable.from(iterable[, options]): an object-mode Readable (highWaterMark 1 unless
// given) over an iterable or async iterable. A string or Buffer is one chunk.
//
// Values of a sync iterable are pushed synchronously from _read() for as long as
// push() accepts them; once a value is a promise (thenable), the values are awaited
// one by one from then on. Destroying the stream closes the iterator (return(), or
// throw(err) when destroyed with an error).

const {
  PromisePrototypeThen,
  SymbolAsyncIterator,
  SymbolIterator,
} = primordials;

const { Buffer } = require('buffer');
const {
  ERR_INVALID_ARG_TYPE,
  ERR_STREAM_NULL_VALUES,
} = require('internal/errors').codes;

function from(Readable, iterable, opts) {
  if (typeof iterable === 'string' || iterable instanceof Buffer) {
    return new Readable({
      objectMode: true,
      ...opts,
      read() {
        this.push(iterable);
        this.push(null);
      },
    });
  }

  let iterator;
  let isAsync;
  if (iterable && iterable[SymbolAsyncIterator]) {
    isAsync = true;
    iterator = iterable[SymbolAsyncIterator]();
  } else if (iterable && iterable[SymbolIterator]) {
    isAsync = false;
    iterator = iterable[SymbolIterator]();
  } else {
    throw new ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);
  }

  const readable = new Readable({
    objectMode: true,
    highWaterMark: 1,
    ...opts,
  });

  // Whether a pull loop is running (its push() calls answer _read()).
  let reading = false;
  let awaitValues = false;

  readable._read = function() {
    if (!reading) {
      reading = true;
      if (isAsync) pullAsync();
      else if (awaitValues) pullSyncAwaiting();
      else pullSync();
    }
  };

  readable._destroy = function(error, cb) {
    PromisePrototypeThen(
      close(error),
      () => process.nextTick(cb, error),
      (e) => process.nextTick(cb, e || error),
    );
  };

  async function close(error) {
    const hadError = error !== undefined && error !== null;
    const hasThrow = typeof iterator.throw === 'function';
    if (hadError && hasThrow) {
      const { value, done } = await iterator.throw(error);
      await value;
      if (done) return;
    }
    if (typeof iterator.return === 'function') {
      const { value } = await iterator.return();
      await value;
    }
  }

  function pullSync() {
    for (;;) {
      try {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (value && typeof value.then === 'function') {
          switchToAwaiting(value);
          return;
        }
        if (value === null) {
          reading = false;
          throw new ERR_STREAM_NULL_VALUES();
        }
        if (readable.push(value)) continue;
        reading = false;
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }

  async function switchToAwaiting(promise) {
    awaitValues = true;
    try {
      const value = await promise;
      if (value === null) {
        reading = false;
        throw new ERR_STREAM_NULL_VALUES();
      }
      if (readable.push(value)) {
        pullSyncAwaiting();
        return;
      }
      reading = false;
    } catch (err) {
      readable.destroy(err);
    }
  }

  async function pullSyncAwaiting() {
    for (;;) {
      try {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        const resolved = value && typeof value.then === 'function' ? await value : value;
        if (resolved === null) {
          reading = false;
          throw new ERR_STREAM_NULL_VALUES();
        }
        if (readable.push(resolved)) continue;
        reading = false;
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }

  async function pullAsync() {
    for (;;) {
      try {
        const { value, done } = await iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (value === null) {
          reading = false;
          throw new ERR_STREAM_NULL_VALUES();
        }
        if (readable.push(value)) continue;
        reading = false;
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }

  return readable;
}

module.exports = from;

'use strict';

// The pre-streams2 Stream class: an EventEmitter with a simple pipe(). require('stream')
// is this constructor; Readable, Writable and the rest inherit from it.

const {
  ArrayIsArray,
  ArrayPrototypePush,
  ArrayPrototypeUnshift,
  ObjectSetPrototypeOf,
  ReflectOwnKeys,
} = primordials;

const EE = require('events');

function Stream(opts) {
  EE.call(this, opts);
}
ObjectSetPrototypeOf(Stream.prototype, EE.prototype);
ObjectSetPrototypeOf(Stream, EE);

// The simple pipe: data is written to dest, the source pauses while dest.write()
// returns false and resumes on 'drain'; the source's 'end' ends dest and its 'close'
// destroys it (unless options.end is false). An error on either side stops the piping
// and is rethrown when nobody else listens for it.
Stream.prototype.pipe = function(dest, options) {
  const source = this;
  let didEnd = false;

  function ondata(chunk) {
    if (dest.writable && dest.write(chunk) === false && source.pause) source.pause();
  }
  function ondrain() {
    if (source.readable && source.resume) source.resume();
  }
  function onend() {
    if (didEnd) return;
    didEnd = true;
    dest.end();
  }
  function onclose() {
    if (didEnd) return;
    didEnd = true;
    if (typeof dest.destroy === 'function') dest.destroy();
  }
  function onerror(err) {
    cleanup();
    if (EE.listenerCount(this, 'error') === 0) this.emit('error', err);
  }
  function cleanup() {
    source.removeListener('data', ondata);
    dest.removeListener('drain', ondrain);
    source.removeListener('end', onend);
    source.removeListener('close', onclose);
    source.removeListener('error', onerror);
    dest.removeListener('error', onerror);
    source.removeListener('end', cleanup);
    source.removeListener('close', cleanup);
    dest.removeListener('close', cleanup);
  }

  source.on('data', ondata);
  dest.on('drain', ondrain);
  if (!dest._isStdio && (!options || options.end !== false)) {
    source.on('end', onend);
    source.on('close', onclose);
  }
  prependListener(source, 'error', onerror);
  prependListener(dest, 'error', onerror);
  source.on('end', cleanup);
  source.on('close', cleanup);
  dest.on('close', cleanup);
  dest.emit('pipe', source);
  return dest;
};

// The names of the events that have listeners (an emitter's event table may hold
// entries without listeners).
Stream.prototype.eventNames = function eventNames() {
  const names = [];
  const events = this._events;
  if (events === undefined) return names;
  const keys = ReflectOwnKeys(events);
  for (let i = 0; i < keys.length; i++) {
    const value = events[keys[i]];
    if (typeof value === 'function' || (ArrayIsArray(value) && value.length > 0)) {
      ArrayPrototypePush(names, keys[i]);
    }
  }
  return names;
};

// Adds fn as the first listener of event, also on emitters without prependListener.
function prependListener(emitter, event, fn) {
  if (typeof emitter.prependListener === 'function') {
    emitter.prependListener(event, fn);
    return;
  }
  const events = emitter._events;
  if (!events || !events[event]) emitter.on(event, fn);
  else if (ArrayIsArray(events[event])) ArrayPrototypeUnshift(events[event], fn);
  else events[event] = [fn, events[event]];
}

module.exports = { Stream, prependListener };

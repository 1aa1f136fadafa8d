'use strict';

// The IPC channel between a process and a child started by fork() (or spawn() with
// 'ipc' in stdio): an IPC Pipe handle read and written directly (no net.Socket), with
// messages in the format internal/child_process/serialization describes.
//
// setupChannel(target, handle, mode) gives target (a ChildProcess in the parent, process
// in the child) node's interface: send(message[, sendHandle][, options][, callback]),
// disconnect(), connected, channel (a Control: ref(), unref(), fd) and the events
// 'message', 'internalMessage' (messages whose cmd starts with NODE_) and 'disconnect'.
// Messages are emitted one per tick, in order. When the other end closes, target
// disconnects, and a ChildProcess counts the channel's end towards 'close'.
//
// In the child, setupChildChannel() runs at start-up when NODE_CHANNEL_FD is set (the
// hook in internal/process/pre_execution). Its channel does not keep the process alive
// by itself: only while 'message' or 'disconnect' listeners exist on process, or a write
// is in flight, unless channel.ref()/unref() were called explicitly.
//
// Passing handles (sockets, servers) over the channel is not implemented: see
// sendHandleNotAvailable().

const {
  NumberParseInt,
  ObjectDefineProperty,
  StringPrototypeStartsWith,
  Symbol,
  Uint8Array,
} = primordials;

const {
  errnoException,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_HANDLE_TYPE,
    ERR_IPC_CHANNEL_CLOSED,
    ERR_IPC_DISCONNECTED,
    ERR_MISSING_ARGS,
    ERR_NODUS_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const { deprecate } = require('internal/util');
const EventEmitter = require('events');
const { createCodec } = require('internal/child_process/serialization');

const kChannelHandle = Symbol('kChannelHandle');
const kCodec = Symbol('kCodec');

// Writes in flight beyond this many bytes make send() return false (node's threshold).
const kHighWater = 65536 * 2;

function noop() {}

// What target.channel is: the channel's reference on the event loop, counted so that
// pending writes and (in the child) message listeners keep the process alive, until the
// user takes control with ref() or unref().
class Control extends EventEmitter {
  #channel;
  #refs = 0;
  #refExplicitlySet = false;

  constructor(channel) {
    super();
    this.#channel = channel;
  }

  refCounted() {
    if (++this.#refs === 1 && !this.#refExplicitlySet) this.#channel.ref();
  }

  unrefCounted() {
    if (--this.#refs === 0 && !this.#refExplicitlySet) {
      this.#channel.unref();
      this.emit('unref');
    }
  }

  ref() {
    this.#refExplicitlySet = true;
    this.#channel.ref();
  }

  unref() {
    this.#refExplicitlySet = true;
    this.#channel.unref();
  }

  get fd() {
    return this.#channel ? this.#channel.fd : undefined;
  }
}

// Messages whose cmd starts with NODE_ belong to node's own protocol (handle passing,
// cluster) and are emitted as 'internalMessage'.
function isInternal(message) {
  return message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
    message.cmd.length > 5 && StringPrototypeStartsWith(message.cmd, 'NODE_');
}

// =======================================================================================
// NOT IMPLEMENTED: passing handles over IPC.
//
// send(message, sendHandle) with a socket, server or handle would pass its descriptor
// with the message (SCM_RIGHTS through the IPC pipe, node's NODE_HANDLE protocol with its
// acknowledgements). nodus refuses it here, after node's type check.
function sendHandleNotAvailable(handle) {
  const net = require('net');
  const { Pipe } = internalBinding('pipe_wrap');
  const { TCP } = internalBinding('tcp_wrap');
  if (!(handle instanceof net.Socket || handle instanceof net.Server ||
        handle instanceof Pipe || handle instanceof TCP ||
        (handle !== null && typeof handle === 'object' &&
         handle.constructor?.name === 'Socket' && typeof handle.bind === 'function'))) {
    return new ERR_INVALID_HANDLE_TYPE();
  }
  return new ERR_NODUS_NOT_IMPLEMENTED('Sending handles over an IPC channel (sendHandle)');
}
// =======================================================================================

// Gives target the channel over handle (an IPC Pipe, open and connected) and starts
// reading. Returns the Control.
function setupChannel(target, channel, serializationMode) {
  const control = new Control(channel);
  target.channel = control;
  target[kChannelHandle] = channel;
  ObjectDefineProperty(target, '_channel', {
    __proto__: null,
    get: deprecate(() => target.channel,
                   '_channel is deprecated. Use ChildProcess.channel instead.', 'DEP0129'),
    set: deprecate((value) => { target.channel = value; },
                   '_channel is deprecated. Use ChildProcess.channel instead.', 'DEP0129'),
    configurable: true,
    enumerable: false,
  });
  target._handleQueue = null;
  target._pendingMessage = null;

  const codec = createCodec(serializationMode);
  channel[kCodec] = codec;
  // Read by target._disconnect(): a message is partly read.
  ObjectDefineProperty(channel, 'buffering', {
    __proto__: null,
    get() { return codec.buffering; },
    configurable: true,
  });

  function emitMessage(eventName, message) {
    target.emit(eventName, message, undefined);
  }

  channel.onread = function onread(nread, arrayBuffer) {
    if (nread > 0) {
      const messages = codec.parse(new Uint8Array(arrayBuffer, 0, nread));
      for (let i = 0; i < messages.length; i++) {
        const message = messages[i];
        // A disconnect may happen between two messages of one chunk.
        if (!target.channel) break;
        process.nextTick(emitMessage, isInternal(message) ? 'internalMessage' : 'message',
                         message);
      }
      return;
    }
    // The other end closed (or the read failed): the channel is over.
    codec.buffering = false;
    if (target.connected) target.disconnect();
    channel.onread = noop;
    channel.close();
    // A ChildProcess's 'close' waits for this.
    if (target._closesNeeded !== undefined) require('internal/child_process').maybeClose(target);
  };

  target.send = function send(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, 'options');
    }
    options = { swallowErrors: false, ...options };

    if (this.connected) return this._send(message, handle, options, callback);
    const ex = new ERR_IPC_CHANNEL_CLOSED();
    if (typeof callback === 'function') {
      process.nextTick(callback, ex);
    } else {
      process.nextTick(() => this.emit('error', ex));
    }
    return false;
  };

  target._send = function _send(message, handle, options, callback) {
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    // Values that cannot be messages are refused here rather than failing at the other
    // end.
    if (typeof message !== 'string' && typeof message !== 'object' &&
        typeof message !== 'number' && typeof message !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'],
                                     message);
    }
    if (typeof options === 'boolean') options = { swallowErrors: options };
    if (handle) throw sendHandleNotAvailable(handle);

    const req = { oncomplete: null };
    const err = codec.write(channel, req, message);
    if (err === 0 || err === 1) {
      if (err === 1) {
        // Queued: the channel keeps the process alive until the write is done.
        req.oncomplete = () => {
          control.unrefCounted();
          if (typeof callback === 'function') callback(null);
        };
        control.refCounted();
      } else if (typeof callback === 'function') {
        process.nextTick(callback, null);
      }
    } else if (!options.swallowErrors) {
      const ex = errnoException(err, 'write');
      if (typeof callback === 'function') {
        process.nextTick(callback, ex);
      } else {
        process.nextTick(() => this.emit('error', ex));
      }
    }
    // False once the other side is well behind in reading.
    return channel.writeQueueSize < kHighWater;
  };

  target.connected = true;

  target.disconnect = function disconnect() {
    if (!this.connected) {
      this.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    // No new messages from now on.
    this.connected = false;
    if (!this._handleQueue) this._disconnect();
  };

  target._disconnect = function _disconnect() {
    this.channel = null;
    this[kChannelHandle] = null;
    let fired = false;
    function finish() {
      if (fired) return;
      fired = true;
      channel.close();
      target.emit('disconnect');
    }
    // A message being read is delivered first.
    if (codec.buffering) {
      this.once('message', finish);
      this.once('internalMessage', finish);
      return;
    }
    process.nextTick(finish);
  };

  channel.readStart();
  return control;
}

// The child's side: opens the channel its parent left at fd (NODE_CHANNEL_FD) and gives
// process send(), disconnect(), connected and channel.
function forkChild(fd, serializationMode) {
  const { Pipe, constants } = internalBinding('pipe_wrap');
  const pipe = new Pipe(constants.IPC);
  const err = pipe.open(fd);
  if (err) {
    pipe.close();
    throw errnoException(err, 'open');
  }
  pipe.unref();
  const control = setupChannel(process, pipe, serializationMode);
  process.on('newListener', function onNewListener(name) {
    if (name === 'message' || name === 'disconnect') control.refCounted();
  });
  process.on('removeListener', function onRemoveListener(name) {
    if (name === 'message' || name === 'disconnect') control.unrefCounted();
  });
}

// Start-up hook: sets up the channel when this process was forked with one. The
// variables are removed so that our own children do not inherit them.
function setupChildChannel() {
  const fd = NumberParseInt(process.env.NODE_CHANNEL_FD, 10);
  delete process.env.NODE_CHANNEL_FD;
  const mode = process.env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  if (!(fd >= 0)) return;
  forkChild(fd, mode);
}

module.exports = {
  forkChild,
  setupChannel,
  setupChildChannel,
};

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
// Handles (sockets, servers, raw TCP and Pipe handles) travel with a message: the
// descriptor goes through the IPC pipe with the message's bytes (SCM_RIGHTS, libuv's
// uv_write2), wrapped in node's protocol: {cmd: 'NODE_HANDLE', type, msg}, acknowledged by
// the receiver with NODE_HANDLE_ACK. Until that acknowledgement every later send waits in
// target._handleQueue, so messages keep their order; a sent socket is closed here once
// the other side has it (unless options.keepOpen).

const {
  ArrayPrototypePush,
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
  },
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const { deprecate } = require('internal/util');
const EventEmitter = require('events');
const { createCodec } = require('internal/child_process/serialization');

const { kChannelHandle } = require('internal/child_process');
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

// ---------------------------------------------------------------------------------------
// Handle passing.

function lazyNet() {
  return require('net');
}

// How each kind of handle is sent and rebuilt, by the type name the message carries:
//   send(message, value, options) -> the stream handle to send (undefined: send the
//                                    message without one)
//   postSend(message, handle, options, callback, target): after a successful write
//   got(message, handle, emit): makes the receiver's value and calls emit(value)
const handleConversion = {
  'net.Native': {
    simultaneousAccepts: true,
    send(message, handle) {
      return handle;
    },
    got(message, handle, emit) {
      emit(handle);
    },
  },
  'net.Server': {
    send(message, server) {
      return server._handle;
    },
    got(message, handle, emit) {
      const server = new (lazyNet().Server)();
      server.listen(handle, () => emit(server));
    },
  },
  'net.Socket': {
    send(message, socket, options) {
      if (!socket._handle) return undefined;
      if (socket.server) {
        // The server keeps track of the sockets it gave away through the receiver (see
        // internal/child_process/socket_list), and no longer counts them itself.
        message.key = socket.server._connectionKey;
        const firstTime = !this[kSocketLists].send[message.key];
        const socketList = getSocketList('send', this, message.key);
        if (firstTime) socket.server._setupWorker(socketList);
        if (!options.keepOpen) socket.server._connections--;
      }
      const handle = socket._handle;
      if (!options.keepOpen) {
        // The socket is detached now; its handle closes once the other side has it.
        handle.onread = noop;
        socket._handle = null;
        socket.setTimeout(0);
      }
      return handle;
    },
    postSend(message, handle, options, callback, target) {
      if (handle && !options.keepOpen) {
        if (target) {
          target._pendingMessage = { callback, message, handle, options };
        } else {
          handle.close();
        }
      }
    },
    got(message, handle, emit) {
      const socket = new (lazyNet().Socket)({ handle, readable: true, writable: true });
      // A socket of a server elsewhere: that server counts it until it closes here.
      if (message.key) getSocketList('got', this, message.key).add({ socket });
      emit(socket);
    },
  },
};

// The per-server socket lists of a channel's target: kSocketLists -> {send: {key: list},
// got: {key: list}}.
const kSocketLists = Symbol('kSocketLists');

function getSocketList(type, target, key) {
  const lists = target[kSocketLists][type];
  let list = lists[key];
  if (!list) {
    const { SocketListSend, SocketListReceive } =
      require('internal/child_process/socket_list');
    list = lists[key] = new (type === 'got' ? SocketListReceive : SocketListSend)(target, key);
  }
  return list;
}

// The protocol type of a value given to send() as its handle; throws for other values.
function handleType(handle) {
  const net = lazyNet();
  const { Pipe } = internalBinding('pipe_wrap');
  const { TCP } = internalBinding('tcp_wrap');
  if (handle instanceof net.Socket) return 'net.Socket';
  if (handle instanceof net.Server) return 'net.Server';
  if (handle instanceof TCP || handle instanceof Pipe) return 'net.Native';
  throw new ERR_INVALID_HANDLE_TYPE();
}

// A new handle for the descriptor waiting on channel (with the bytes being read), or
// null when none arrived.
function acceptPendingHandle(channel) {
  const type = channel.pendingType();
  if (type === '') return null;
  let handle;
  if (type === 'tcp') {
    const { TCP, constants } = internalBinding('tcp_wrap');
    handle = new TCP(constants.SOCKET);
  } else if (type === 'pipe') {
    const { Pipe, constants } = internalBinding('pipe_wrap');
    handle = new Pipe(constants.SOCKET);
  } else {
    return null;
  }
  if (channel.acceptPending(handle) !== 0) {
    handle.close();
    return null;
  }
  return handle;
}

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
  target[kSocketLists] = { send: { __proto__: null }, got: { __proto__: null } };

  const codec = createCodec(serializationMode);
  channel[kCodec] = codec;
  // Read by target._disconnect(): a message is partly read.
  ObjectDefineProperty(channel, 'buffering', {
    __proto__: null,
    get() { return codec.buffering; },
    configurable: true,
  });

  function emitMessage(eventName, message, handle) {
    target.emit(eventName, message, handle);
  }

  function handleMessage(message, handle, internal) {
    // A disconnect may happen between two messages of one chunk.
    if (!target.channel) return;
    process.nextTick(emitMessage, internal ? 'internalMessage' : 'message', message, handle);
  }

  // A received descriptor waits here for the NODE_HANDLE message it came with (the kernel
  // does not merge reads across descriptors, so a chunk brings at most one).
  let pendingHandle = null;
  channel.onread = function onread(nread, arrayBuffer) {
    if (nread > 0) {
      const received = acceptPendingHandle(channel);
      if (received !== null) pendingHandle = received;
      const messages = codec.parse(new Uint8Array(arrayBuffer, 0, nread));
      for (let i = 0; i < messages.length; i++) {
        const message = messages[i];
        if (isInternal(message) && message.cmd === 'NODE_HANDLE') {
          handleMessage(message, pendingHandle, true);
          pendingHandle = null;
        } else {
          handleMessage(message, undefined, isInternal(message));
        }
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

    let conversion;
    if (handle) {
      message = { cmd: 'NODE_HANDLE', type: handleType(handle), msg: message };
      // One handle at a time: while one waits for its acknowledgement, later sends queue.
      if (this._handleQueue) {
        ArrayPrototypePush(this._handleQueue,
                           { callback, handle, options, message: message.msg });
        return this._handleQueue.length === 1;
      }
      conversion = handleConversion[message.type];
      handle = conversion.send.call(target, message, handle, options);
      if (handle) {
        this._handleQueue = [];
      } else {
        // Nothing left to send (a closed socket): the message goes alone.
        message = message.msg;
      }
    } else if (this._handleQueue &&
               !(isInternal(message) && (message.cmd === 'NODE_HANDLE_ACK' ||
                                         message.cmd === 'NODE_HANDLE_NACK'))) {
      // Behind a handle waiting for its acknowledgement, to keep the order.
      ArrayPrototypePush(this._handleQueue, { callback, handle: null, options, message });
      return this._handleQueue.length === 1;
    }

    const req = { oncomplete: null };
    const err = codec.write(channel, req, message, handle || undefined);
    if (err === 0 || err === 1) {
      const afterSend = () => {
        if (handle && conversion.postSend) {
          conversion.postSend(message, handle, options, callback, target);
        }
        if (typeof callback === 'function') callback(null);
      };
      if (err === 1) {
        // Queued: the channel keeps the process alive until the write is done.
        req.oncomplete = () => {
          control.unrefCounted();
          afterSend();
        };
        control.refCounted();
      } else {
        process.nextTick(afterSend);
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

  // node's handle protocol: acknowledgements release the queue; a handle message is
  // acknowledged and turned into the receiver's value before 'message' is emitted.
  target.on('internalMessage', function onInternalMessage(message, handle) {
    if (message.cmd === 'NODE_HANDLE_ACK' || message.cmd === 'NODE_HANDLE_NACK') {
      const pending = target._pendingMessage;
      target._pendingMessage = null;
      if (pending) {
        // After an ACK the other side has its copy; after a NACK the descriptor was lost
        // on the way (nodus does not send it again): either way ours closes.
        pending.handle.close();
        if (message.cmd === 'NODE_HANDLE_NACK') {
          process.emitWarning('Handle did not reach the receiving process correctly',
                              'SentHandleNotReceivedWarning');
        }
      }
      const queue = target._handleQueue;
      target._handleQueue = null;
      if (queue) {
        for (let i = 0; i < queue.length; i++) {
          const args = queue[i];
          target._send(args.message, args.handle, args.options, args.callback);
        }
      }
      // A disconnect() asked for while handles were in flight happens now.
      if (!target.connected && target.channel && !target._handleQueue) target._disconnect();
      return;
    }
    if (message.cmd !== 'NODE_HANDLE') return;
    if (!handle) {
      // The descriptor did not arrive with its message: ask for it again.
      target._send({ cmd: 'NODE_HANDLE_NACK' }, null, true);
      return;
    }
    target._send({ cmd: 'NODE_HANDLE_ACK' }, null, true);
    const conversion = handleConversion[message.type];
    if (conversion === undefined) {
      handle.close();
      return;
    }
    conversion.got.call(target, message, handle, (value) => {
      handleMessage(message.msg, value, isInternal(message.msg));
    });
  });

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

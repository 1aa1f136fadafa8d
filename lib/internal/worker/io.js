'use strict';

// MessagePort, MessageChannel, BroadcastChannel and MessageEvent, and the message helpers
// of node:worker_threads.
//
// A MessagePort is a NodeEventTarget over a handle of internalBinding('messaging') (a
// libuv async handle receiving for an endpoint that may be entangled with a port on
// another thread; see src/bindings/messaging.c). Messages are structured-clone records
// encoded as bytes (internal/worker/serialize) and arrive one per loop callback, in the
// poll phase, after timers and before immediates, as in node.
//
// Node's listener rules: adding the first 'message' listener (port.on, addEventListener or
// onmessage) starts the port and references it (it keeps the event loop alive); removing
// the last one stops delivery (messages wait in the queue) and unreferences it. 'close'
// is emitted on both ports once either side closes: the closing side when its handle has
// closed, the other one after it has received everything sent before.

const {
  ArrayPrototypePush,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  ObjectSetPrototypeOf,
  SafeMap,
  Symbol,
  SymbolFor,
  SymbolIterator,
  TypeError,
} = primordials;

const {
  Event,
  EventTarget,
  NodeEventTarget,
  defineEventHandler,
  kCreateEvent,
  kHybridDispatch,
  kNewListener,
  kRemoveListener,
} = require('internal/event_target');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const clone = require('internal/structured_clone');
const { encode, decode, kPortHandlerKey } = require('internal/worker/serialize');

const binding = internalBinding('messaging');

const kCreate = Symbol('kCreate');
const kInspect = SymbolFor('nodejs.util.inspect.custom');

// Errors node raises from C++: plain errors with a code.
function codedError(Ctor, code, message) {
  const err = new Ctor(message);
  err.code = code;
  return err;
}

let lazyDOMException;
function domException(message, name) {
  lazyDOMException ??= require('internal/per_context/domexception').DOMException;
  return new lazyDOMException(message, name);
}

// The transfer list of postMessage(value, transfer): an iterable, or an options object
// whose `transfer` (when present) is an iterable.
function readTransferList(transfer) {
  if (transfer === undefined || transfer === null) return [];
  if (typeof transfer !== 'object' && typeof transfer !== 'function') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
                     'Optional transferList argument must be an iterable');
  }
  const items = [];
  if (typeof transfer[SymbolIterator] === 'function') {
    for (const item of transfer) ArrayPrototypePush(items, item);
    return items;
  }
  const list = transfer.transfer;
  if (list === undefined) return items;
  const invalid = () => codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
                                   'Optional options.transfer argument must be an iterable');
  if (list === null || (typeof list !== 'object' && typeof list !== 'function') ||
      typeof list[SymbolIterator] !== 'function') {
    throw invalid();
  }
  try {
    for (const item of list) ArrayPrototypePush(items, item);
  } catch {
    throw invalid();
  }
  return items;
}

// ---------------------------------------------------------------------------------------
// MessageEvent

let isMessageEvent;

class MessageEvent extends Event {
  #data;
  #origin;
  #lastEventId;
  #source;
  #ports;

  constructor(type, init = undefined) {
    super(type, init);
    const data = init?.data;
    const origin = init?.origin;
    const lastEventId = init?.lastEventId;
    const source = init?.source;
    const ports = init?.ports;
    if (source !== undefined && source !== null && !isMessagePort(source)) {
      throw new ERR_INVALID_ARG_TYPE('init.source', 'MessagePort', source);
    }
    this.#data = data === undefined ? null : data;
    this.#origin = origin === undefined ? '' : `${origin}`;
    this.#lastEventId = lastEventId === undefined ? '' : `${lastEventId}`;
    this.#source = source === undefined ? null : source;
    if (ports === undefined) {
      this.#ports = [];
    } else {
      if (ports === null || typeof ports[SymbolIterator] !== 'function') {
        throw new TypeError('ports is not iterable');
      }
      const list = [];
      for (const port of ports) {
        if (!isMessagePort(port)) {
          throw new ERR_INVALID_ARG_TYPE(`init.ports[${list.length}]`, 'MessagePort', port);
        }
        ArrayPrototypePush(list, port);
      }
      this.#ports = list;
    }
  }

  get data() {
    if (!isMessageEvent(this)) throw new TypeError('Illegal invocation');
    return this.#data;
  }

  get origin() {
    if (!isMessageEvent(this)) throw new TypeError('Illegal invocation');
    return this.#origin;
  }

  get lastEventId() {
    if (!isMessageEvent(this)) throw new TypeError('Illegal invocation');
    return this.#lastEventId;
  }

  get source() {
    if (!isMessageEvent(this)) throw new TypeError('Illegal invocation');
    return this.#source;
  }

  get ports() {
    if (!isMessageEvent(this)) throw new TypeError('Illegal invocation');
    return this.#ports;
  }

  static {
    isMessageEvent = (value) => value !== null && typeof value === 'object' && #data in value;
  }
}

{
  const descriptors = { __proto__: null };
  for (const name of ['data', 'origin', 'lastEventId', 'source', 'ports']) {
    descriptors[name] = {
      __proto__: null, ...ObjectGetOwnPropertyDescriptor(MessageEvent.prototype, name),
      enumerable: true,
    };
  }
  ObjectDefineProperties(MessageEvent.prototype, descriptors);
}

// Ports received with the message being dispatched (MessageEvent.ports).
let receivedPorts = null;

// What DOM-style listeners of a port's 'close' receive (as in node).
class MessagePortCloseEvent extends Event {
  constructor() {
    super('close');
  }
}

// The DOM event for a message (other types get NodeEventTarget's CustomEvent).
function createMessageEvent(data, type) {
  return new MessageEvent(type, { data, ports: type === 'message' && receivedPorts !== null ?
    receivedPorts : [] });
}

// Decodes one message (payload, blobs, shared, ports as the binding hands them over) and
// returns its value, or throws what decoding threw. The ports it transferred are left in
// lastMessagePorts.
let lastMessagePorts;
function readMessage(payload, blobs, shared, ports) {
  const record = decode(payload, blobs, shared, ports);
  const value = clone.deserialize(record);
  // The message's ports are the MessagePorts among the transferred objects (a transferred
  // AbortSignal is not one).
  const hostValues = record.hostValues;
  let transferredPorts;
  if (hostValues !== undefined) {
    transferredPorts = [];
    for (let i = 0; i < hostValues.length; i++) {
      if (isMessagePort(hostValues[i])) transferredPorts[transferredPorts.length] = hostValues[i];
    }
  }
  lastMessagePorts = transferredPorts;
  return value;
}

// Posts value through handle; shared by MessagePort and BroadcastChannel.
function post(handle, value, transferList, source) {
  const record = clone.serialize(value, transferList, source);
  const { buffer, length, blobs, shared, transits } = encode(record);
  return handle.postMessage(buffer, length, blobs, shared, transits);
}

// Dispatches a received message on target (a MessagePort or BroadcastChannel).
function dispatchMessage(target, payload, blobs, shared, ports) {
  let value;
  try {
    value = readMessage(payload, blobs, shared, ports);
  } catch (err) {
    target[kHybridDispatch](err, 'messageerror', undefined);
    return;
  }
  const transferred = lastMessagePorts;
  if (transferred === undefined && receivedPorts === null) {
    target[kHybridDispatch](value, 'message', undefined);
    return;
  }
  const saved = receivedPorts;
  receivedPorts = transferred ?? [];
  try {
    target[kHybridDispatch](value, 'message', undefined);
  } finally {
    receivedPorts = saved;
  }
}

// ---------------------------------------------------------------------------------------
// MessagePort

let isMessagePort;
let portHandle;
let isPortClosing;
let detachPort;

class InternalMessagePort extends NodeEventTarget {
  #handle = null;
  #closing = false;

  constructor(token = undefined, handle = undefined) {
    if (token !== kCreate) {
      throw codedError(TypeError, 'ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called');
    }
    super();
    this.#handle = handle;
    handle.onmessage = (payload, blobs, shared, ports) => {
      dispatchMessage(this, payload, blobs, shared, ports);
    };
    handle.onclose = () => {
      this.#handle = null;
      this.emit('close');
    };
  }

  postMessage(message, transfer = undefined) {
    if (!isMessagePort(this)) throw new ERR_INVALID_THIS('MessagePort');
    if (arguments.length === 0) {
      throw codedError(TypeError, 'ERR_MISSING_ARGS',
                       'Not enough arguments to MessagePort.postMessage');
    }
    const list = readTransferList(transfer);
    const handle = this.#handle;
    if (handle === null || this.#closing) {
      // A closed port sends nothing but still rejects ports that cannot be transferred.
      for (let i = 0; i < list.length; i++) {
        if (isMessagePort(list[i])) portHandler.checkTransfer(list[i], this);
      }
      return undefined;
    }
    const sent = post(handle, message, list, this);
    if (sent === -1) {
      process.emitWarning('The target port was posted to itself, and the communication ' +
                          'channel was lost');
      return true;
    }
    return sent;
  }

  start() {
    if (!isMessagePort(this)) throw new ERR_INVALID_THIS('MessagePort');
    this.#handle?.start();
  }

  ref() {
    if (!isMessagePort(this)) throw new ERR_INVALID_THIS('MessagePort');
    this.#handle?.ref();
  }

  unref() {
    if (!isMessagePort(this)) throw new ERR_INVALID_THIS('MessagePort');
    this.#handle?.unref();
  }

  hasRef() {
    if (!isMessagePort(this)) throw new ERR_INVALID_THIS('MessagePort');
    return this.#handle === null ? false : this.#handle.hasRef();
  }

  close(callback = undefined) {
    if (!isMessagePort(this)) throw new ERR_INVALID_THIS('MessagePort');
    if (this.#handle === null || this.#closing) return;
    this.#closing = true;
    if (typeof callback === 'function') this.once('close', callback);
    this.#handle.close();
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    if (type === 'message' && size === 1 && this.#handle !== null) {
      this.#handle.ref();
      this.#handle.start();
    }
    super[kNewListener](size, type, listener, once, capture, passive, weak);
  }

  [kRemoveListener](size, type, listener, capture) {
    if (type === 'message' && size === 0 && this.#handle !== null) {
      this.#handle.stop();
      this.#handle.unref();
    }
    super[kRemoveListener](size, type, listener, capture);
  }

  [kCreateEvent](data, type) {
    if (type === 'message' || type === 'messageerror') return createMessageEvent(data, type);
    if (type === 'close') return new MessagePortCloseEvent();
    return super[kCreateEvent](data, type);
  }

  [kInspect](depth, options) {
    const { inspect } = require('internal/util/inspect');
    if (depth < 0) return 'MessagePort';
    const handle = this.#handle;
    const state = { active: handle !== null, refed: handle !== null && handle.hasRef() };
    return `MessagePort [EventTarget] ${inspect(state, { ...options, depth: options.depth })}`;
  }

  static {
    isMessagePort = (value) => value !== null && typeof value === 'object' &&
      #handle in value;
    portHandle = (port) => port.#handle;
    isPortClosing = (port) => port.#closing;
    detachPort = (port) => {
      const handle = port.#handle;
      port.#handle = null;
      port.#closing = true;
      // The old object emits 'close' once its handle has closed, as in node.
      handle.onclose = () => port.emit('close');
      return handle.detach();
    };
  }
}

// The public constructor: a function (calling it, with or without `new`, throws node's
// error), sharing the class's prototype.
function MessagePort() {
  throw codedError(TypeError, 'ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called');
}
MessagePort.prototype = InternalMessagePort.prototype;
ObjectDefineProperty(InternalMessagePort.prototype, 'constructor', {
  __proto__: null, value: MessagePort, writable: true, enumerable: false, configurable: true,
});
ObjectSetPrototypeOf(MessagePort, NodeEventTarget);

defineEventHandler(MessagePort.prototype, 'message');
defineEventHandler(MessagePort.prototype, 'messageerror');

{
  // Node's order of own members, enumerable like WebIDL's.
  const proto = MessagePort.prototype;
  const descriptors = { __proto__: null };
  for (const name of ['postMessage', 'start', 'ref', 'unref', 'hasRef', 'close']) {
    descriptors[name] = { __proto__: null, ...ObjectGetOwnPropertyDescriptor(proto, name),
                          enumerable: true };
  }
  ObjectDefineProperties(proto, descriptors);
}

// Makes the MessagePort for a handle that arrived or was created here.
function wrapHandle(handle) {
  return new InternalMessagePort(kCreate, handle);
}

const portHandler = {
  __proto__: null,
  name: kPortHandlerKey,
  test: (value) => isMessagePort(value),
  checkTransfer(port, source) {
    if (port === source) throw domException('Transfer list contains source port', 'DataCloneError');
    if (portHandle(port) === null || isPortClosing(port)) {
      throw domException('MessagePort in transfer list is already detached', 'DataCloneError');
    }
  },
  duplicateMessage: 'Transfer list contains duplicate MessagePort',
  transfer: (port) => detachPort(port),
  // data is a port handle made by C for a message that went through a queue, or the
  // transit object of a clone within this thread.
  deserialize(data) {
    const handle = typeof data?.postMessage === 'function' ? data : binding.adopt(data);
    return wrapHandle(handle);
  },
};
clone.registerHostHandler(portHandler);

// ---------------------------------------------------------------------------------------
// MessageChannel

function MessageChannel() {
  if (new.target === undefined) {
    throw codedError(TypeError, 'ERR_CONSTRUCT_CALL_REQUIRED',
                     'Cannot call constructor without `new`');
  }
  const handles = binding.createChannel();
  this.port1 = wrapHandle(handles[0]);
  this.port2 = wrapHandle(handles[1]);
}

// ---------------------------------------------------------------------------------------
// BroadcastChannel

let isBroadcastChannel;
let broadcastHandle;

class BroadcastChannel extends EventTarget {
  #handle;
  #name;

  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    if (typeof name === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    super();
    this.#name = `${name}`;
    const handle = binding.openBroadcastChannel(this.#name);
    this.#handle = handle;
    handle.onmessage = (payload, blobs, shared, ports) => {
      // Nothing is delivered once the channel is closed, even what was queued before.
      if (this.#handle !== undefined) dispatchMessage(this, payload, blobs, shared, ports);
    };
    handle.onclose = () => {};
    // A channel keeps the loop alive and receives from the start, until closed.
    handle.ref();
    handle.start();
  }

  get name() {
    if (!isBroadcastChannel(this)) throw new ERR_INVALID_THIS('BroadcastChannel');
    return this.#name;
  }

  close() {
    if (!isBroadcastChannel(this)) throw new ERR_INVALID_THIS('BroadcastChannel');
    if (this.#handle === undefined) return;
    this.#handle.close();
    this.#handle = undefined;
  }

  postMessage(message) {
    if (!isBroadcastChannel(this)) throw new ERR_INVALID_THIS('BroadcastChannel');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (this.#handle === undefined) {
      throw domException('BroadcastChannel is closed.', 'InvalidStateError');
    }
    post(this.#handle, message, [], undefined);
  }

  ref() {
    if (!isBroadcastChannel(this)) throw new ERR_INVALID_THIS('BroadcastChannel');
    this.#handle?.ref();
    return this;
  }

  unref() {
    if (!isBroadcastChannel(this)) throw new ERR_INVALID_THIS('BroadcastChannel');
    this.#handle?.unref();
    return this;
  }

  [kCreateEvent](data, type) {
    if (type === 'message' || type === 'messageerror') return createMessageEvent(data, type);
    return super[kCreateEvent](data, type);
  }

  [kInspect](depth, options) {
    if (!isBroadcastChannel(this)) throw new ERR_INVALID_THIS('BroadcastChannel');
    if (depth < 0) return 'BroadcastChannel';
    const { inspect } = require('internal/util/inspect');
    return `BroadcastChannel ${inspect({ name: this.#name, active: this.#handle !== undefined },
                                       { ...options, depth: options.depth })}`;
  }

  static {
    isBroadcastChannel = (value) => value !== null && typeof value === 'object' &&
      #name in value;
    broadcastHandle = (channel) => channel.#handle ?? null;
  }
}

{
  const proto = BroadcastChannel.prototype;
  const descriptors = { __proto__: null };
  for (const name of ['name', 'close', 'postMessage', 'ref', 'unref']) {
    descriptors[name] = { __proto__: null, ...ObjectGetOwnPropertyDescriptor(proto, name),
                          enumerable: true };
  }
  ObjectDefineProperties(proto, descriptors);
}
defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');

// ---------------------------------------------------------------------------------------
// worker_threads helpers

function validatePort(port) {
  if (!isMessagePort(port)) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
                     'The "port" argument must be a MessagePort instance');
  }
}

// receiveMessageOnPort(port) -> { message } for the oldest queued message, or undefined.
// A BroadcastChannel works too (as in node).
function receiveMessageOnPort(port) {
  let handle;
  if (isBroadcastChannel(port)) {
    handle = broadcastHandle(port);
  } else {
    validatePort(port);
    handle = portHandle(port);
  }
  if (handle === null) return undefined;
  const parts = handle.receive();
  if (parts === undefined) return undefined;
  return { message: readMessage(parts[0], parts[1], parts[2], parts[3]) };
}

// moveMessagePortToContext(port, context): nodus has no vm contexts, so every context
// argument is invalid.
function moveMessagePortToContext(port, context) {
  validatePort(port);
  if (portHandle(port) === null || isPortClosing(port)) {
    throw codedError(Error, 'ERR_CLOSED_MESSAGE_PORT', 'Cannot send data on closed MessagePort');
  }
  throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Invalid context argument');
}

function markAsUntransferable(object) {
  if ((typeof object === 'object' && object !== null) || typeof object === 'function') {
    clone.markUntransferable(object);
  }
}

function isMarkedAsUntransferable(object) {
  if ((typeof object !== 'object' || object === null) && typeof object !== 'function') {
    return false;
  }
  return clone.isMarkedUntransferable(object);
}

function markAsUncloneable(object) {
  if ((typeof object === 'object' && object !== null) || typeof object === 'function') {
    clone.markUncloneable(object);
  }
}

// Environment data: per thread; a worker starts with a copy of its parent's.
const environmentData = new SafeMap();

function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

module.exports = {
  BroadcastChannel,
  MessageChannel,
  MessageEvent,
  MessagePort,
  // The transit object of a port's endpoint, which moves to another thread with it (the
  // port itself emits 'close').
  detachPort: (port) => detachPort(port),
  // Delivers every message already queued for the port, now.
  drainPort: (port) => portHandle(port)?.drain(),
  environmentData,
  getEnvironmentData,
  isMarkedAsUntransferable,
  isMessagePort: (value) => isMessagePort(value),
  markAsUncloneable,
  markAsUntransferable,
  moveMessagePortToContext,
  portHandle: (port) => portHandle(port),
  post,
  readMessage,
  readTransferList,
  receiveMessageOnPort,
  setEnvironmentData,
  wrapHandle,
  dispatchMessage,
};

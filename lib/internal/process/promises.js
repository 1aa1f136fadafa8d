'use strict';

// Unhandled promise rejections, with node's --unhandled-rejections modes:
//   throw (default)        'unhandledRejection' listeners, else an uncaught exception
//   strict                 always an uncaught exception
//   warn                   'unhandledRejection' or a warning
//   warn-with-error-code   as warn, and process.exitCode = 1
//   none                   'unhandledRejection' only
// The engine reports, after draining its job queue, each promise still rejected without
// a handler (onUnhandledRejection). They are processed once the nextTick queue is empty,
// as node does. A handler attached later is noticed by checking the reported promises'
// handled flag at the end of each turn of the driver; 'rejectionHandled' follows.

const {
  ArrayIsArray,
  ArrayPrototypePush,
  Date,
  Error,
  FunctionPrototypeToString,
  ObjectGetPrototypeOf,
  SymbolPrototypeToString,
  ObjectDefineProperty,
  SafeMap,
  SafeWeakRef,
} = primordials;

const {
  tickInfo,
  kHasRejectionToWarn,
  kHasReportedRejections,
  triggerUncaughtException,
} = internalBinding('task_queue');
const { getPromiseDetails, isPromiseHandled, kRejected } = internalBinding('util');
const { getOptions } = require('internal/options');

const kModes = {
  __proto__: null,
  'throw': 0, 'strict': 1, 'warn': 2, 'none': 3, 'warn-with-error-code': 4,
};
let mode;
function getMode() {
  mode ??= kModes[getOptions().unhandledRejections ?? 'throw'];
  return mode;
}

// Already reported as unhandled and still alive: id -> { ref, warned }.
const reported = new SafeMap();
let lastRejectionId = 0;

// V8's side-effect-free string form of a value, which node prints for rejection
// reasons that are not errors: primitives as strings, functions as their source,
// arrays and dates by their class tag, other objects as "#<Constructor>".
function noSideEffectsToString(value) {
  if (typeof value === 'symbol') return SymbolPrototypeToString(value);
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    return `${value}`;
  }
  if (typeof value === 'function') return FunctionPrototypeToString(value);
  if (isErrorLike(value) && value instanceof Error) {
    return `${value.name}: ${value.message}`;
  }
  if (ArrayIsArray(value)) return '[object Array]';
  const proto = ObjectGetPrototypeOf(value);
  if (proto === null) return '[object Object]';
  if (value instanceof Date) return '[object Date]';
  let name;
  try {
    name = proto.constructor?.name;
  } catch {
    name = undefined;
  }
  return typeof name === 'string' && name !== '' ? `#<${name}>` : '[object Object]';
}

let UnhandledPromiseRejection;
function makeUnhandledPromiseRejection(reason) {
  if (UnhandledPromiseRejection === undefined) {
    UnhandledPromiseRejection = class UnhandledPromiseRejection extends Error {
      constructor(message) {
        super(message);
        this.code = 'ERR_UNHANDLED_REJECTION';
      }
    };
  }
  const err = new UnhandledPromiseRejection(
    'This error originated either by throwing inside of an async function without a ' +
    'catch block, or by rejecting a promise which was not handled with .catch(). The ' +
    `promise rejected with the reason "${noSideEffectsToString(reason)}".`);
  ObjectDefineProperty(err, 'name', {
    __proto__: null, value: 'UnhandledPromiseRejection', writable: true, enumerable: false,
    configurable: true,
  });
  require('internal/errors/stack').setStackHeader(err, `UnhandledPromiseRejection: ${err.message}`);
  return err;
}

function isErrorLike(value) {
  return value !== null && typeof value === 'object' &&
    (value instanceof Error || typeof value.stack === 'string');
}

// Node's two warnings for an unhandled rejection: the reason (an error's stack, or the
// side-effect-free string of another value), then the note with the rejection id. Both
// go through process.emitWarning, so they are printed on a later tick, as in node.
function emitUnhandledWarning(reason, id) {
  const { emitWarning } = require('internal/process/warning');
  let text;
  try {
    text = isErrorLike(reason) ? `${reason.stack ?? reason}` : noSideEffectsToString(reason);
  } catch {
    try {
      text = noSideEffectsToString(reason);
    } catch {
      text = undefined;
    }
  }
  if (text !== undefined) emitWarning(text, 'UnhandledPromiseRejectionWarning');
  const note = new Error('Unhandled promise rejection. This error originated either by ' +
    'throwing inside of an async function without a catch block, or by rejecting a ' +
    'promise which was not handled with .catch(). To terminate the node process on ' +
    'unhandled promise rejection, use the CLI flag `--unhandled-rejections=strict` (see ' +
    'https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). ' +
    `(rejection id: ${id})`);
  note.name = 'UnhandledPromiseRejectionWarning';
  emitWarning(note);
}

function fatal(reason) {
  const err = isErrorLike(reason) ? reason : makeUnhandledPromiseRejection(reason);
  triggerUncaughtException(err, true);
}

// Called by the tick processor once ticks and promise jobs have drained. A promise that
// got a handler between the engine's report and now (a nextTick or a later promise job
// attached it) is no longer unhandled and raises nothing.
function processPromiseRejections() {
  tickInfo[kHasRejectionToWarn] = 0;
  const list = require('internal/process/task_queues').takePendingRejections();
  for (let i = 0; i < list.length; i += 2) {
    const promise = list[i];
    const reason = list[i + 1];
    const details = getPromiseDetails(promise);
    if (details !== undefined && details[0] !== kRejected) continue;
    // Node numbers every rejection that lacked a handler when it happened; of those, the
    // engine reports the ones still unhandled after a job queue drain, numbered here
    // whether or not they have been handled since.
    const id = ++lastRejectionId;
    if (isPromiseHandled(promise)) continue;
    // Remembered before any listener runs, so a handler attached by an
    // 'unhandledRejection' listener is reported as 'rejectionHandled' later.
    reported.set(id, { ref: new SafeWeakRef(promise) });
    tickInfo[kHasReportedRejections] = 1;
    switch (getMode()) {
      case kModes.strict:
        // The uncaught exception comes first; the event (and, without a listener, the
        // warning) only when an 'uncaughtException' listener let the process go on.
        fatal(reason);
        if (!process.emit('unhandledRejection', reason, promise)) {
          emitUnhandledWarning(reason, id);
        }
        break;
      case kModes.none:
        process.emit('unhandledRejection', reason, promise);
        break;
      case kModes.warn:
        process.emit('unhandledRejection', reason, promise);
        emitUnhandledWarning(reason, id);
        break;
      case kModes['warn-with-error-code']:
        if (!process.emit('unhandledRejection', reason, promise)) {
          emitUnhandledWarning(reason, id);
          process.exitCode = 1;
        }
        break;
      default:  // throw
        if (!process.emit('unhandledRejection', reason, promise)) fatal(reason);
        break;
    }
  }
}

// Emits 'rejectionHandled' for reported promises that have since been given a handler,
// or, when nobody listens to that event, a PromiseRejectionHandledWarning (in every
// mode, as node does). Called by the tick processor while any reported promise is alive.
function checkHandledLater() {
  for (const { 0: id, 1: entry } of reported) {
    const promise = entry.ref.deref();
    if (promise === undefined) {
      reported.delete(id);
      continue;
    }
    if (!isPromiseHandled(promise)) continue;
    reported.delete(id);
    if (!process.emit('rejectionHandled', promise)) {
      const warning = new Error(
        `Promise rejection was handled asynchronously (rejection id: ${id})`);
      warning.name = 'PromiseRejectionHandledWarning';
      warning.id = id;
      require('internal/process/warning').emitWarning(warning);
    }
  }
  tickInfo[kHasReportedRejections] = reported.size > 0 ? 1 : 0;
}

module.exports = {
  processPromiseRejections,
  checkHandledLater,
};

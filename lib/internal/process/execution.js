'use strict';

// Uncaught exceptions and process exit, as node does them:
//  - an exception that reaches the event loop goes to 'uncaughtExceptionMonitor' and then
//    'uncaughtException' listeners; without listeners, process.exitCode becomes 1,
//    'exit' is emitted, and the error is printed with the source line and a caret above
//    it, followed by "Node.js <version>";
//  - an exception thrown by an 'uncaughtException' listener is printed and the process
//    exits with code 7 without emitting 'exit'.

const {
  StringPrototypeRepeat,
  StringPrototypeSlice,
} = primordials;

const {
  normalizeErrorStack,
  getErrorSource,
} = require('internal/errors/stack');
const { rewriteEngineMessage } = require('internal/errors/engine_messages');

const kGenericUserError = 1;
const kExceptionInFatalExceptionHandler = 7;

let captureCallback = null;

function setUncaughtExceptionCaptureCallback(fn) {
  const { codes } = require('internal/errors');
  if (fn === null) {
    captureCallback = null;
    return;
  }
  if (typeof fn !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
  }
  if (captureCallback !== null) {
    throw new codes.ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET();
  }
  captureCallback = fn;
}

function hasUncaughtExceptionCaptureCallback() {
  return captureCallback !== null;
}

function isErrorObject(value) {
  return value !== null && typeof value === 'object' && value instanceof Error;
}

// Brings an engine-thrown error in line with V8 (message wording, stack format).
function normalizeError(err) {
  if (err !== null && typeof err === 'object') {
    try {
      rewriteEngineMessage(err);
      normalizeErrorStack(err);
    } catch {
      // Best effort: the original error is printed as it is.
    }
  }
}

// "file:line\nsource\n    ^\n" for the place an error was thrown, when known.
function sourceContext(err, fromPromise) {
  const source = getErrorSource(err);
  if (source === undefined) return '';
  let column = source.column;
  // V8 points at the throw statement when the error was thrown where it was created.
  // A rejection has no throw site: V8 shows where the error was created.
  const before = StringPrototypeSlice(source.text, 0, column - 1);
  const match = fromPromise ? null : /(^|[\s;{}(])throw\s+$/.exec(before);
  if (match !== null) column = match.index + match[1].length + 1;
  return `${source.url}:${source.line}\n${source.text}\n` +
    `${StringPrototypeRepeat(' ', column - 1)}^\n`;
}

function formatFatal(err, fromPromise = false) {
  const { inspect } = require('internal/util/inspect');
  let body;
  try {
    body = inspect(err, { colors: false });
  } catch {
    try {
      body = `${err}`;
    } catch {
      body = 'Uncaught exception (unprintable)';
    }
  }
  if (isErrorObject(err)) {
    const context = sourceContext(err, fromPromise);
    return `${context}${context === '' ? '' : '\n'}${body}\n`;
  }
  // Node shows the throw site above a thrown non-error; nodus cannot know it (the engine
  // reports only the value), so the value is printed alone.
  if (err === null || (typeof err !== 'object' && typeof err !== 'function')) {
    const shown = typeof err === 'string' ? err : body;
    return `\n${shown}\n` +
      '(Use `node --trace-uncaught ...` to show where the exception was thrown)\n';
  }
  return `\n${body}\n`;
}

function printFatal(err, fromPromise = false) {
  let text = formatFatal(err, fromPromise);
  text += `\nNode.js ${process.version}\n`;
  const { writeString } = internalBinding('fs');
  try {
    writeString(2, text);
  } catch {
    // stderr is gone; nothing left to report to.
  }
}

function getExitCode() {
  const code = process.exitCode;
  return code === undefined || code === null ? 0 : code | 0;
}

// Emits 'exit' once. Exceptions from listeners are uncaught exceptions.
function emitExitEvent() {
  process._exiting = true;
  process.emit('exit', getExitCode());
}

// The uncaught-exception hook called by C. Returns true when handled, otherwise the exit
// code (the error has been printed).
function onUncaughtException(err, fromPromise) {
  normalizeError(err);
  if (captureCallback !== null) {
    try {
      captureCallback(err);
      return true;
    } catch (inner) {
      normalizeError(inner);
      printFatal(inner);
      return kExceptionInFatalExceptionHandler;
    }
  }
  const origin = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  try {
    process.emit('uncaughtExceptionMonitor', err, origin);
    if (process.listenerCount('uncaughtException') > 0) {
      process.emit('uncaughtException', err, origin);
      return true;
    }
  } catch (inner) {
    normalizeError(inner);
    printFatal(inner);
    return kExceptionInFatalExceptionHandler;
  }
  try {
    if (!process._exiting) {
      process._exiting = true;
      process.exitCode = kGenericUserError;
      process.emit('exit', kGenericUserError);
    }
  } catch {
    // Node ignores exceptions from 'exit' listeners at this point.
  }
  printFatal(err, fromPromise);
  return getExitCode() || kGenericUserError;
}

function emitBeforeExit() {
  if (process._exiting) return;
  process.emit('beforeExit', getExitCode());
}

// Called by C when the loop has ended: emits 'exit' and returns the exit code.
function emitExit() {
  if (!process._exiting) emitExitEvent();
  return getExitCode();
}

module.exports = {
  emitBeforeExit,
  emitExit,
  emitExitEvent,
  formatFatal,
  getExitCode,
  hasUncaughtExceptionCaptureCallback,
  normalizeError,
  onUncaughtException,
  printFatal,
  setUncaughtExceptionCaptureCallback,
};

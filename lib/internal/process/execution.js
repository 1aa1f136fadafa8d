'use strict';

// Uncaught exceptions and process exit, as node does them:
//  - an exception that reaches the event loop goes to 'uncaughtExceptionMonitor' and then
//    'uncaughtException' listeners; without listeners, process.exitCode becomes 1,
//    'exit' is emitted, and the error is printed with the source line and a caret above
//    it, followed by "Node.js <version>";
//  - an exception thrown by an 'uncaughtException' listener is printed and the process
//    exits with code 7 without emitting 'exit'.

const {
  MathMax,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  RegExp,
  RegExpPrototypeExec,
  StringPrototypeIndexOf,
  StringPrototypeRepeat,
  StringPrototypeReplaceAll,
  StringPrototypeSlice,
} = primordials;

const {
  normalizeErrorStack,
  getErrorSource,
  getSourceLine,
} = require('internal/errors/stack');
// The message rewriter is large and only needed once an error is printed: it loads then,
// so a program that exits normally never compiles it.
let engineMessages;
function lazyEngineMessages() {
  engineMessages ??= require('internal/errors/engine_messages');
  return engineMessages;
}
const { getObjectType, kError } = internalBinding('util');

const kGenericUserError = 1;
const kInvalidFatalExceptionMonkeyPatching = 6;
const kExceptionInFatalExceptionHandler = 7;

let captureCallback = null;

// What prints an uncaught exception that ends the thread: printFatal, or in a worker
// thread the reporter that sends it to the parent (setFatalReporter).
let reportFatal = null;

function setFatalReporter(fn) {
  reportFatal = fn;
}

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

// Brings an engine-thrown error in line with V8 (message wording, stack format).
function normalizeError(err) {
  if (err !== null && typeof err === 'object') {
    try {
      // An error made through the library's constructors (its stack an accessor) already
      // reads as V8's: the rewriting modules, large to load, are for the engine's own.
      if (ObjectGetOwnPropertyDescriptor(err, 'stack')?.get !== undefined) return;
      lazyEngineMessages().rewriteEngineMessage(err);
      normalizeErrorStack(err);
    } catch {
      // Best effort: the original error is printed as it is.
    }
  }
}

// "file:line\nsource\n    ^\n": where node shows an uncaught error came from, or ''.
// V8 reports the throw statement; nodus knows where the error was created (its stack),
// which is the same place for engine errors and for `throw new X()`. An error created
// into a variable and thrown later in the same function is found by its `throw name`.
function sourceContext(err, fromPromise) {
  const json = lazyEngineMessages().getJsonErrorSource(err);
  if (json !== undefined) return jsonContext(json);
  const syntax = lazyEngineMessages().getEngineErrorSite(err)?.syntax;
  if (syntax !== undefined) {
    const text = getSourceLine(syntax.url, syntax.line);
    if (text !== undefined) {
      return `${syntax.url}:${syntax.line}\n${text}\n` +
        `${StringPrototypeRepeat(' ', syntax.column - 1)}${StringPrototypeRepeat('^', syntax.length)}\n`;
    }
  }
  const source = getErrorSource(err);
  if (source === undefined) return '';
  // Thrown inside the library: node prints the library's line; without it, nothing but
  // the blank line that follows.
  if (source.text === undefined) return kLibraryContext;
  let { url, line, column, text } = source;
  if (!fromPromise && !source.internal) {
    // A rejection has no throw site: V8 shows where the error was created.
    const before = StringPrototypeSlice(text, 0, column - 1);
    const thrown = RegExpPrototypeExec(/(^|[\s;{}(])throw\s+$/, before);
    if (thrown !== null) {
      column = thrown.index + thrown[1].length + 1;
    } else {
      const later = findThrowOfVariable(url, line, before);
      if (later !== undefined) ({ line, column, text } = later);
    }
  }
  return `${url}:${line}\n${text}\n${StringPrototypeRepeat(' ', column - 1)}^\n`;
}

// `const err = new Error(...)` ... `throw err;`: the throw statement of the variable the
// error was stored in, searched in the rest of the enclosing block.
function findThrowOfVariable(url, line, before) {
  const declared = RegExpPrototypeExec(
    /(?:^|[\s;{}(])(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*$/, before);
  if (declared === null) return undefined;
  const name = StringPrototypeReplaceAll(declared[1], '$', '\\$');
  const throwName = new RegExp(`(^|[\\s;{}(])throw\\s+${name}\\s*(?:;|$|\\})`);
  let depth = 0;
  for (let n = line; n < line + 200; n++) {
    const text = getSourceLine(url, n);
    if (text === undefined) return undefined;
    const m = n === line ? null : RegExpPrototypeExec(throwName, text);
    if (m !== null) return { line: n, column: m.index + m[1].length + 1, text };
    // Stop at the end of the block that declared the variable.
    for (let k = n === line ? before.length : 0; k < text.length; k++) {
      const c = text[k];
      if (c === '{') depth++;
      else if (c === '}' && --depth < 0) return undefined;
    }
  }
  return undefined;
}

// V8 shows the text of a failed JSON.parse as a script named <anonymous_script>, with a
// caret under the error unless it is at the end of the text.
function jsonContext({ text, position }) {
  let line = 1;
  let start = 0;
  for (let k = 0; k < position && k < text.length; k++) {
    if (text[k] === '\n') {
      line++;
      start = k + 1;
    }
  }
  let end = StringPrototypeIndexOf(text, '\n', start);
  if (end === -1) end = text.length;
  const caret = position < text.length ?
    `${StringPrototypeRepeat(' ', position - start)}^\n` : '';
  return `<anonymous_script>:${line}\n${StringPrototypeSlice(text, start, end)}\n${caret}`;
}

// sourceContext() for errors thrown inside the library when their line is not known.
const kLibraryContext = '\0library';

function isNativeError(value) {
  return value !== null && typeof value === 'object' && getObjectType(value) === kError;
}

function stderrHasColors() {
  try {
    const stderr = process.stderr;
    return stderr.isTTY === true && typeof stderr.hasColors === 'function' && stderr.hasColors();
  } catch {
    return false;
  }
}

// What node prints for an uncaught exception, before "Node.js <version>": for errors
// made by the Error constructors, the source line and caret, a blank line and the
// inspected error; for other values a blank line, the source line and caret when known,
// and the value.
function formatFatal(err, fromPromise = false) {
  const { inspect } = require('internal/util/inspect');
  // Thrown by emit('error'): node's throw site is its own events library.
  const fromEmit = enhanceErrorStack(err);
  let body;
  try {
    // Node shows the raw error (no custom inspectors) at least 5 levels deep, coloured
    // when stderr is a terminal that supports colours.
    body = inspect(err, {
      colors: stderrHasColors(),
      customInspect: false,
      depth: MathMax(inspect.defaultOptions.depth, 5),
    });
  } catch {
    try {
      body = `${err}`;
    } catch {
      body = 'Uncaught exception (unprintable)';
    }
  }
  let context = '';
  try {
    if (fromEmit) {
      context = kLibraryContext;
    } else if (err !== null && (typeof err === 'object' || typeof err === 'function')) {
      context = sourceContext(err, fromPromise);
    }
  } catch {
    context = '';
  }
  if (isNativeError(err)) {
    if (context === kLibraryContext) return `\n${body}\n`;
    return context === '' ? `${body}\n` : `${context}\n${body}\n`;
  }
  if (context === kLibraryContext) context = '';
  // Node shows the throw site above a thrown non-error; nodus cannot know it (the engine
  // reports only the value), so the value is printed alone.
  if (err === null || (typeof err !== 'object' && typeof err !== 'function')) {
    const shown = typeof err === 'string' ? err : body;
    return `\n${shown}\n` +
      '(Use `node --trace-uncaught ...` to show where the exception was thrown)\n';
  }
  return `\n${context}${body}\n`;
}

// An error thrown by emit('error') without listeners carries a function that appends where
// the event was emitted ("Emitted 'error' event on X instance at:" and the emit's frames);
// node calls it and prints the result as the error's stack. Returns whether err came
// from there.
function enhanceErrorStack(err) {
  try {
    if (err === null || (typeof err !== 'object' && typeof err !== 'function')) return false;
    const { kEnhanceStackBeforeInspector } = require('internal/events/symbols');
    const enhance = err[kEnhanceStackBeforeInspector];
    if (typeof enhance !== 'function') return false;
    const stack = enhance();
    if (typeof stack === 'string') {
      ObjectDefineProperty(err, 'stack', {
        __proto__: null, value: stack, writable: true, enumerable: false, configurable: true,
      });
    }
    return true;
  } catch {
    // Best effort: the error is printed as it is.
    return false;
  }
}

// Puts node's source line and caret in front of an error's stack (what node does to an
// error that escapes the code a worker evaluates).
function decorateErrorStack(err) {
  if (!isNativeError(err)) return;
  try {
    normalizeError(err);
    const context = sourceContext(err, false);
    if (context === '' || context === kLibraryContext) return;
    const stack = err.stack;
    if (typeof stack !== 'string') return;
    ObjectDefineProperty(err, 'stack', {
      __proto__: null, value: `${context}\n${stack}`, writable: true, enumerable: false,
      configurable: true,
    });
  } catch {
    // Best effort.
  }
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

// An exception thrown by an uncaught-exception handler ends the thread: the main thread
// prints it and exits with 7; a worker reports it to its parent and exits with 1.
function fatalInHandler(inner) {
  normalizeError(inner);
  if (reportFatal !== null) {
    reportFatal(inner, false);
    return kGenericUserError;
  }
  printFatal(inner);
  return kExceptionInFatalExceptionHandler;
}

// The uncaught-exception hook called by C. Returns true when handled, otherwise the exit
// code (the error has been printed).
function onUncaughtException(err, fromPromise) {
  normalizeError(err);
  // process._fatalException is this handler's public name; a program that replaced it
  // with something that cannot be called gets node's dedicated exit code.
  if (typeof process._fatalException !== 'function') {
    printFatal(err, fromPromise);
    return kInvalidFatalExceptionMonkeyPatching;
  }
  const origin = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  try {
    // The monitor sees every uncaught exception, also those a capture callback takes.
    process.emit('uncaughtExceptionMonitor', err, origin);
    if (captureCallback !== null) {
      captureCallback(err);
      return true;
    }
    if (process.listenerCount('uncaughtException') > 0) {
      process.emit('uncaughtException', err, origin);
      return true;
    }
  } catch (inner) {
    return fatalInHandler(inner);
  }
  // An 'exit' listener may still change the code (to 0 even).
  let exitEmitted = false;
  try {
    if (!process._exiting) {
      process._exiting = true;
      process.exitCode = kGenericUserError;
      exitEmitted = true;
      process.emit('exit', kGenericUserError);
    }
  } catch {
    // Node ignores exceptions from 'exit' listeners at this point.
  }
  if (reportFatal !== null) reportFatal(err, fromPromise);
  else printFatal(err, fromPromise);
  return exitEmitted ? getExitCode() : getExitCode() || kGenericUserError;
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
  decorateErrorStack,
  emitBeforeExit,
  emitExit,
  emitExitEvent,
  formatFatal,
  getExitCode,
  hasUncaughtExceptionCaptureCallback,
  normalizeError,
  onUncaughtException,
  printFatal,
  setFatalReporter,
  setUncaughtExceptionCaptureCallback,
};

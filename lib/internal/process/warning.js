'use strict';

// process.emitWarning and the default 'warning' printer:
//   (node:PID) [CODE] Type: message
//   detail
//   (Use `node --trace-warnings ...` to show where the warning was created)
// The warning is emitted on the next tick, as in node. --no-warnings silences printing
// (listeners still run); --no-deprecation drops deprecation warnings entirely;
// --throw-deprecation throws them; --trace-warnings/--trace-deprecation print stacks.

const {
  ArrayIsArray,
  Error,
  ErrorCaptureStackTrace,
} = primordials;

const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const { getOptions } = require('internal/options');

let options;
function getFlags() {
  options ??= getOptions();
  return options;
}

let traceHintShown = false;

// --redirect-warnings=FILE (or NODE_REDIRECT_WARNINGS) sends printed warnings to the end
// of FILE instead of stderr; when FILE cannot be opened they go to stderr after all.
let warningFile;
let warningFd;
function writeToWarningFile(text) {
  const fs = require('fs');
  try {
    warningFd ??= fs.openSync(warningFile, 'a');
    // Synchronously, so a warning printed just before the process exits is not lost.
    fs.writeSync(warningFd, text);
    return true;
  } catch {
    return false;
  }
}

function writeWarning(text) {
  warningFile ??= getFlags().redirectWarnings ||
    internalBinding('process_methods').getEnv('NODE_REDIRECT_WARNINGS') || '';
  if (warningFile !== '' && writeToWarningFile(text)) return;
  // A worker's stderr goes to its parent.
  if (!require('internal/worker/thread').isMainThread) {
    process.stderr.write(text);
    return;
  }
  // Like node, through the global console's error() (and so process.stderr.write, which
  // programs and tests replace to capture warnings), in a single write.
  try {
    require('internal/console/global').error(text.slice(0, -1));
    return;
  } catch {
    // The console or process.stderr is unusable: write to fd 2 directly below.
  }
  const { writeString } = internalBinding('fs');
  try {
    writeString(2, text);
  } catch {
    // Nowhere to report.
  }
}

function isDeprecation(warning) {
  return warning.name === 'DeprecationWarning';
}

// The default 'warning' listener.
function onWarning(warning) {
  // Only Error objects are printed (process.emit('warning', 'text') is not).
  if (!(warning instanceof Error)) return;
  const flags = getFlags();
  if (flags.noWarnings) return;
  if (isDeprecation(warning) && process.noDeprecation) return;
  const trace = process.traceProcessWarnings || flags.traceWarnings ||
    (isDeprecation(warning) && (process.traceDeprecation || flags.traceDeprecation));
  let text;
  if (trace && typeof warning.stack === 'string') {
    text = warning.stack;
    if (warning.code) text = text.replace(`${warning.name}:`, `[${warning.code}] ${warning.name}:`);
  } else {
    text = `${warning.code ? `[${warning.code}] ` : ''}${warning.name}: ${warning.message}`;
  }
  if (typeof warning.detail === 'string') text += `\n${warning.detail}`;
  let out = `(node:${process.pid}) ${text}\n`;
  if (!trace && !traceHintShown) {
    traceHintShown = true;
    const flag = isDeprecation(warning) ? '--trace-deprecation' : '--trace-warnings';
    out += `(Use \`node ${flag} ...\` to show where the warning was created)\n`;
  }
  writeWarning(out);
}

function createWarningObject(warning, type, code, ctor, detail) {
  const err = new Error(warning);
  err.name = `${type || 'Warning'}`;
  if (code !== undefined) err.code = code;
  if (detail !== undefined) err.detail = detail;
  ErrorCaptureStackTrace(err, ctor || process.emitWarning);
  return err;
}

function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !ArrayIsArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined) validateString(type, 'type');
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined) {
    validateString(code, 'code');
  }
  if (typeof warning === 'string') {
    warning = createWarningObject(warning, type, code, ctor, detail);
  } else if (!(warning instanceof Error)) {
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    // Thrown from the next tick, so it is an uncaught exception rather than an
    // exception of the emitWarning() call.
    if (process.throwDeprecation || getFlags().throwDeprecation) {
      process.nextTick(() => {
        throw warning;
      });
      return;
    }
  }
  process.nextTick(() => process.emit('warning', warning));
}

// Prints immediately (used for warnings raised while the process is ending, such as
// unhandled-rejection warnings).
function emitWarningSync(warning) {
  process.emit('warning', warning);
}

module.exports = { emitWarning, emitWarningSync, onWarning };

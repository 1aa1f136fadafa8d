'use strict';

// Node's error codes, in one table. Every error the library raises for a documented
// condition is made here, with node's code and node's message text (programs branch on
// err.code; users and golden tests read the message).
//
// A coded error is a plain instance of its base class (new codes.ERR_X() is a TypeError,
// err.constructor === TypeError) with an own enumerable `code`, a non-enumerable
// `message`, and a stack whose first line reads "TypeError [ERR_X]: message".

const {
  ArrayIsArray,
  ArrayPrototypeIncludes,
  ArrayPrototypeIndexOf,
  ArrayPrototypeJoin,
  ArrayPrototypeMap,
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  ArrayPrototypeSplice,
  FunctionPrototype,
  JSONStringify,
  MathAbs,
  NumberIsInteger,
  ObjectAssign,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectKeys,
  ObjectPrototypeHasOwnProperty,
  ObjectSetPrototypeOf,
  Proxy,
  ReflectApply,
  RegExpPrototypeExec,
  SafeMap,
  SafeSet,
  SafeWeakMap,
  String,
  StringPrototypeEndsWith,
  StringPrototypeIncludes,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
  StringPrototypeToLowerCase,
  Symbol,
} = primordials;

const { wrappers, setStackHeader } = require('internal/errors/stack');
// The classes the lazily built table below names.
const { Error, TypeError, RangeError, SyntaxError, URIError } = wrappers;

const kIsNodeError = Symbol('kIsNodeError');

let inspectModule = null;
function lazyInspect() {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule;
}

// ---------------------------------------------------------------------------------------
// Message helpers.

// Joins words the way node's messages list alternatives: "a", "a or b", "a, b, or c".
function joinAlternatives(words, conjunction = 'or') {
  const n = words.length;
  if (n <= 1) return n === 1 ? `${words[0]}` : '';
  if (n === 2) return `${words[0]} ${conjunction} ${words[1]}`;
  return `${ArrayPrototypeJoin(ArrayPrototypeSlice(words, 0, n - 1), ', ')}, ${conjunction} ${words[n - 1]}`;
}

function formatList(array, type = 'and') {
  return joinAlternatives(array, type);
}

// 1234567 -> "1_234_567" (node prints large out-of-range numbers this way).
function addNumericalSeparator(digits) {
  const negative = digits[0] === '-';
  let head = negative ? StringPrototypeSlice(digits, 1) : digits;
  let tail = '';
  while (head.length > 3) {
    tail = `_${StringPrototypeSlice(head, -3)}${tail}`;
    head = StringPrototypeSlice(head, 0, -3);
  }
  return `${negative ? '-' : ''}${head}${tail}`;
}

function truncate(text, max) {
  return text.length > max ? `${StringPrototypeSlice(text, 0, max - 3)}...` : text;
}

// Describes a received value for "... Received <this>".
function determineSpecificType(value) {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'undefined':
      return 'undefined';
    case 'bigint':
      return `type bigint (${value}n)`;
    case 'number': {
      const shown = value === 0 && 1 / value < 0 ? '-0' : `${value}`;
      return `type number (${shown})`;
    }
    case 'boolean':
      return `type boolean (${value})`;
    case 'symbol':
      return `type symbol (${String(value)})`;
    case 'function':
      return `function ${value.name}`;
    case 'string': {
      const shown = truncate(value, 28);
      return StringPrototypeIndexOf(shown, "'") === -1 ?
        `type string ('${shown}')` : `type string (${JSONStringify(shown)})`;
    }
    case 'object':
      if (value.constructor && 'name' in value.constructor) {
        return `an instance of ${value.constructor.name}`;
      }
      return lazyInspect().inspect(value, { depth: -1 });
    default:
      return `type ${typeof value} (${truncate(lazyInspect().inspect(value, { colors: false }), 28)})`;
  }
}

// The "must be ..." part of ERR_INVALID_ARG_TYPE. Expected entries are primitive type
// names ("string"), class names ("Buffer") or free text ("a valid path").
const primitiveTypeNames = new SafeSet([
  'string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint',
  'symbol',
]);
const classNamePattern = /^[A-Z][A-Za-z0-9]*$/;

function describeExpected(expected) {
  const types = [];
  const classes = [];
  const others = [];
  for (const entry of ArrayIsArray(expected) ? expected : [expected]) {
    if (primitiveTypeNames.has(entry)) {
      ArrayPrototypePush(types, StringPrototypeToLowerCase(entry));
    } else if (RegExpPrototypeExec(classNamePattern, entry) !== null) {
      ArrayPrototypePush(classes, entry);
    } else {
      ArrayPrototypePush(others, entry);
    }
  }
  // With classes present, "object" is listed as the class Object.
  if (classes.length > 0 && ArrayPrototypeIncludes(types, 'object')) {
    ArrayPrototypeSplice(types, ArrayPrototypeIndexOf(types, 'object'), 1);
    ArrayPrototypePush(classes, 'Object');
  }
  const parts = [];
  if (types.length > 0) {
    ArrayPrototypePush(parts, `${types.length > 1 ? 'one of type' : 'of type'} ${joinAlternatives(types)}`);
  }
  if (classes.length > 0) {
    ArrayPrototypePush(parts, `an instance of ${joinAlternatives(classes)}`);
  }
  if (others.length > 0) {
    if (others.length > 1) {
      ArrayPrototypePush(parts, `one of ${joinAlternatives(others)}`);
    } else {
      const article = StringPrototypeToLowerCase(others[0]) !== others[0] ? 'an ' : '';
      ArrayPrototypePush(parts, `${article}${others[0]}`);
    }
  }
  return ArrayPrototypeJoin(parts, ' or ');
}

function argumentLabel(name) {
  if (StringPrototypeEndsWith(name, ' argument')) return name;
  return `"${name}" ${StringPrototypeIncludes(name, '.') ? 'property' : 'argument'}`;
}

function invalidArgTypeMessage(name, expected, actual) {
  return `The ${argumentLabel(name)} must be ${describeExpected(expected)}. ` +
    `Received ${determineSpecificType(actual)}`;
}

function outOfRangeMessage(name, range, input, replaceDefaultBoolean = false) {
  let received;
  if (NumberIsInteger(input) && MathAbs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = lazyInspect().inspect(input);
  }
  const lead = replaceDefaultBoolean ? name : `The value of "${name}" is out of range.`;
  return `${lead} It must be ${range}. Received ${received}`;
}

function missingArgsMessage(...names) {
  const quoted = ArrayPrototypeMap(names, (n) => (ArrayIsArray(n) ?
    ArrayPrototypeJoin(ArrayPrototypeMap(n, (a) => `"${a}"`), ' or ') : `"${n}"`));
  const noun = quoted.length === 1 ? 'argument' : 'arguments';
  return `The ${joinAlternatives(quoted, 'and')} ${noun} must be specified`;
}

function packageTargetMessage(pkgPath, key, target, isImport = false, base = undefined) {
  const badPrefix = typeof target === 'string' && !isImport && target.length > 0 &&
    !StringPrototypeStartsWith(target, './');
  const from = base ? ` imported from ${base}` : '';
  const hint = badPrefix ? '; targets must start with "./"' : '';
  if (key === '.') {
    return `Invalid "exports" main target ${JSONStringify(target)} defined in the ` +
      `package config ${pkgPath}package.json${from}${hint}`;
  }
  return `Invalid "${isImport ? 'imports' : 'exports'}" target ${JSONStringify(target)} ` +
    `defined for '${key}' in the package config ${pkgPath}package.json${from}${hint}`;
}

// ---------------------------------------------------------------------------------------
// The table: code -> [message, BaseClass, ...variant classes]. A message is a format
// string (%s, %d, %i, %j, %o, %O as in util.format) or a function of the constructor's
// arguments, called with the new error as `this`.
//
// It is built the first time an error is made (getTable): it is most of this module's
// start-up cost, and modules only pick constructors out of `codes` as they load. The
// classes it names are the wrapped constructors of the time this module loaded, not
// whatever a program has assigned to the globals since (they are captured at the top).
let table;
function getTable() {
  if (table !== undefined) return table;
  table = {
  __proto__: null,
  ABORT_ERR: ['The operation was aborted', Error],
  ERR_AMBIGUOUS_ARGUMENT: ['The "%s" argument is ambiguous. %s', TypeError],
  ERR_ARG_NOT_ITERABLE: ['%s must be iterable', TypeError],
  ERR_ASSERTION: ['%s', Error],
  ERR_ASYNC_CALLBACK: ['%s must be a function', TypeError],
  ERR_ASYNC_TYPE: ['Invalid name for async "type": %s', TypeError],
  ERR_BROTLI_INVALID_PARAM: ['%s is not a valid Brotli parameter', RangeError],
  ERR_BUFFER_OUT_OF_BOUNDS: [(name = undefined) => (name ?
    `"${name}" is outside of buffer bounds` :
    'Attempt to access memory outside buffer bounds'), RangeError],
  ERR_BUFFER_TOO_LARGE: ['Cannot create a Buffer larger than %s bytes', RangeError],
  ERR_CHILD_CLOSED_BEFORE_REPLY: ['Child closed before reply received', Error],
  ERR_CHILD_PROCESS_IPC_REQUIRED: ["Forked processes must have an IPC channel, missing " +
    "value 'ipc' in %s", Error],
  ERR_CHILD_PROCESS_STDIO_MAXBUFFER: ['%s maxBuffer length exceeded', RangeError],
  ERR_CONSOLE_WRITABLE_STREAM: ['Console expects a writable stream instance for %s',
    TypeError],
  ERR_CONTEXT_NOT_INITIALIZED: ['context used is not initialized', Error],
  ERR_CRYPTO_HASH_FINALIZED: ['Digest already called', Error],
  ERR_CRYPTO_HASH_UPDATE_FAILED: ['Hash update failed', Error],
  ERR_CRYPTO_INVALID_DIGEST: ['Invalid digest: %s', TypeError],
  ERR_DIR_CLOSED: ['Directory handle was closed', Error],
  ERR_DIR_CONCURRENT_OPERATION: ['Cannot do synchronous work on directory handle with ' +
    'concurrent asynchronous operations', Error],
  ERR_ENCODING_INVALID_ENCODED_DATA: [function(encoding, ret) {
    this.errno = ret;
    return `The encoded data was not valid for encoding ${encoding}`;
  }, TypeError],
  ERR_ENCODING_NOT_SUPPORTED: ['The "%s" encoding is not supported', RangeError],
  ERR_EVAL_ESM_CANNOT_PRINT: ['--print cannot be used with ESM input', Error],
  ERR_EVENT_RECURSION: ['The event "%s" is already being dispatched', Error],
  ERR_FALSY_VALUE_REJECTION: [function(reason) {
    this.reason = reason;
    return 'Promise was rejected with falsy value';
  }, Error],
  ERR_FS_CP_DIR_TO_NON_DIR: ['Cannot overwrite non-directory with directory', Error],
  ERR_FS_CP_EEXIST: ['Target already exists', Error],
  ERR_FS_CP_EINVAL: ['Invalid src or dest', Error],
  ERR_FS_CP_FIFO_PIPE: ['Cannot copy a FIFO pipe', Error],
  ERR_FS_CP_NON_DIR_TO_DIR: ['Cannot overwrite directory with non-directory', Error],
  ERR_FS_CP_SOCKET: ['Cannot copy a socket file', Error],
  ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY: ['Cannot overwrite symlink in subdirectory of self',
    Error],
  ERR_FS_CP_UNKNOWN: ['Cannot copy an unknown file type', Error],
  ERR_FS_EISDIR: ['Path is a directory', Error],
  ERR_FS_FILE_TOO_LARGE: ['File size (%s) is greater than 2 GiB', RangeError],
  ERR_FS_WATCH_QUEUE_OVERFLOW: ['fs.watch() queued more than %d events', Error],
  ERR_FS_INVALID_SYMLINK_TYPE: ['Symlink type must be one of "dir", "file", or ' +
    '"junction". Received "%s"', Error],
  ERR_ILLEGAL_CONSTRUCTOR: ['Illegal constructor', TypeError],
  ERR_INCOMPATIBLE_OPTION_PAIR: ['Option "%s" cannot be used in combination with ' +
    'option "%s"', TypeError],
  ERR_INPUT_TYPE_NOT_ALLOWED: ['--input-type can only be used with string input via ' +
    '--eval, --print, or STDIN', Error],
  ERR_INTERNAL_ASSERTION: [(message) => {
    const suffix = 'This is caused by either a bug in Node.js or incorrect usage of ' +
      'Node.js internals.\nPlease open an issue with this stack trace at ' +
      'https://github.com/nodejs/node/issues\n';
    return message === undefined ? suffix : `${message}\n${suffix}`;
  }, Error],
  ERR_INVALID_ADDRESS: ['Invalid socket address', Error],
  ERR_INVALID_ADDRESS_FAMILY: [function(addressType, host, port) {
    this.host = host;
    this.port = port;
    return `Invalid address family: ${addressType} ${host}:${port}`;
  }, RangeError],
  ERR_INVALID_ARG_TYPE: [invalidArgTypeMessage, TypeError],
  ERR_INVALID_ARG_VALUE: [(name, value, reason = 'is invalid') => {
    let shown = lazyInspect().inspect(value);
    if (shown.length > 128) shown = `${StringPrototypeSlice(shown, 0, 128)}...`;
    const kind = StringPrototypeIncludes(name, '.') ? 'property' : 'argument';
    return `The ${kind} '${name}' ${reason}. Received ${shown}`;
  }, TypeError, RangeError],
  ERR_INVALID_ASYNC_ID: ['Invalid %s value: %s', RangeError],
  ERR_INVALID_BUFFER_SIZE: ['Buffer size must be a multiple of %s', RangeError],
  ERR_INVALID_CHAR: [(name, field = undefined) => (field === undefined ?
    `Invalid character in ${name}` : `Invalid character in ${name} ["${field}"]`),
  TypeError],
  ERR_INVALID_CURSOR_POS: ['Cannot set cursor row without setting its column', TypeError],
  ERR_INVALID_FD: ['"fd" must be a positive integer: %s', RangeError],
  ERR_INVALID_FD_TYPE: ['Unsupported fd type: %s', TypeError],
  ERR_INVALID_FILE_URL_HOST: ['File URL host must be "localhost" or empty on %s', TypeError],
  ERR_INVALID_FILE_URL_PATH: ['File URL path %s', TypeError],
  ERR_INVALID_HANDLE_TYPE: ['This handle type cannot be sent', TypeError],
  ERR_INVALID_IP_ADDRESS: ['Invalid IP address: %s', TypeError],
  ERR_INVALID_MIME_SYNTAX: [(production, str, invalidIndex) =>
    `The MIME syntax for a ${production} in "${str}" is invalid` +
    (invalidIndex !== -1 ? ` at ${invalidIndex}` : ''), TypeError],
  ERR_INVALID_MODULE_SPECIFIER: [(request, reason, base = undefined) =>
    `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`,
  TypeError],
  ERR_INVALID_OBJECT_DEFINE_PROPERTY: ['%s', TypeError],
  ERR_INVALID_PACKAGE_CONFIG: [(path, base, message) =>
    `Invalid package config ${path}${base ? ` while importing ${base}` : ''}` +
    `${message ? `. ${message}` : ''}`, Error],
  ERR_INVALID_PACKAGE_TARGET: [packageTargetMessage, Error],
  ERR_INVALID_REPL_EVAL_CONFIG: ['Cannot specify both "breakEvalOnSigint" and "eval" ' +
    'for REPL', TypeError],
  ERR_INVALID_REPL_INPUT: ['%s', TypeError],
  ERR_INVALID_RETURN_PROPERTY: [(input, name, prop, value) =>
    `Expected a valid ${input} to be returned for the "${prop}" from the "${name}" ` +
    `function but got ${value}.`, TypeError],
  ERR_INVALID_RETURN_PROPERTY_VALUE: [(input, name, prop, value) => {
    const type = value?.constructor?.name ?
      `instance of ${value.constructor.name}` : `type ${typeof value}`;
    return `Expected ${input} to be returned for the "${prop}" from the "${name}" ` +
      `function but got ${type}.`;
  }, TypeError],
  ERR_INVALID_RETURN_VALUE: [(input, name, value) =>
    `Expected ${input} to be returned from the "${name}" function but got ` +
    `${determineSpecificType(value)}.`, TypeError, RangeError],
  ERR_INVALID_STATE: ['Invalid state: %s', Error, TypeError, RangeError],
  ERR_INVALID_SYNC_FORK_INPUT: ['Asynchronous forks do not support Buffer, TypedArray, ' +
    'DataView or string input: %s', TypeError],
  ERR_INVALID_THIS: ['Value of "this" must be of type %s', TypeError],
  ERR_INVALID_TUPLE: ['%s must be an iterable %s tuple', TypeError],
  ERR_INVALID_URI: ['URI malformed', URIError],
  ERR_INVALID_URL: [function(input, base = null) {
    this.input = input;
    if (base != null) this.base = base;
    return 'Invalid URL';
  }, TypeError],
  ERR_INVALID_URL_SCHEME: [(expected) => {
    const list = typeof expected === 'string' ? [expected] : expected;
    return list.length === 2 ?
      `The URL must be one of scheme ${list[0]} or ${list[1]}` :
      `The URL must be of scheme ${list[0]}`;
  }, TypeError],
  ERR_IPC_CHANNEL_CLOSED: ['Channel closed', Error],
  ERR_IPC_DISCONNECTED: ['IPC channel is already disconnected', Error],
  ERR_IPC_ONE_PIPE: ['Child process can have only one IPC pipe', Error],
  ERR_IPC_SYNC_FORK: ['IPC cannot be used with synchronous forks', Error],
  ERR_METHOD_NOT_IMPLEMENTED: ['The %s method is not implemented', Error],
  ERR_MISSING_ARGS: [missingArgsMessage, TypeError],
  ERR_MISSING_OPTION: ['%s is required', TypeError],
  ERR_MODULE_NOT_FOUND: [(path, base, exactUrl) =>
    `Cannot find ${exactUrl ? 'module' : 'package'} '${path}' imported from ${base}`, Error],
  ERR_MULTIPLE_CALLBACK: ['Callback called multiple times', Error],
  ERR_NO_CRYPTO: ['Node.js is not compiled with OpenSSL crypto support', Error],
  ERR_NODUS_NOT_IMPLEMENTED: ['%s is not implemented in nodus yet', Error],
  ERR_OPERATION_FAILED: ['Operation failed: %s', Error, TypeError],
  ERR_OUT_OF_RANGE: [outOfRangeMessage, RangeError],
  ERR_PACKAGE_IMPORT_NOT_DEFINED: [(specifier, packagePath, base) =>
    `Package import specifier "${specifier}" is not defined` +
    `${packagePath ? ` in package ${packagePath}package.json` : ''} imported from ${base}`,
  TypeError],
  ERR_PACKAGE_PATH_NOT_EXPORTED: [(pkgPath, subpath, base = undefined) => {
    const from = base ? ` imported from ${base}` : '';
    return subpath === '.' ?
      `No "exports" main defined in ${pkgPath}package.json${from}` :
      `Package subpath '${subpath}' is not defined by "exports" in ` +
      `${pkgPath}package.json${from}`;
  }, Error],
  ERR_PARSE_ARGS_INVALID_OPTION_VALUE: ['%s', TypeError],
  ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL: ["Unexpected argument '%s'. This command does " +
    'not take positional arguments', TypeError],
  ERR_PARSE_ARGS_UNKNOWN_OPTION: [(option, allowPositionals) => {
    const hint = allowPositionals ? '. To specify a positional argument starting with ' +
      `a '-', place it at the end of the command after '--', as in '-- ` +
      `${JSONStringify(option)}` : '';
    return `Unknown option '${option}'${hint}`;
  }, TypeError],
  ERR_PERFORMANCE_INVALID_TIMESTAMP: ['%d is not a valid timestamp', TypeError],
  ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS: ['%s', TypeError],
  ERR_REQUIRE_ESM: [(filename, hasEsmSyntax, parentPath) =>
    `require() of ES Module ${filename}${parentPath ? ` from ${parentPath}` : ''} not ` +
    `supported.\n${filename} is treated as an ES module file as it is a .js file whose ` +
    'nearest parent package.json contains "type": "module" which declares all .js ' +
    'files in that package scope as ES modules.', Error],
  ERR_SCRIPT_EXECUTION_INTERRUPTED: ['Script execution was interrupted by `SIGINT`', Error],
  ERR_SERVER_ALREADY_LISTEN: ['Listen method has been called more than once without ' +
    'closing.', Error],
  ERR_SERVER_NOT_RUNNING: ['Server is not running.', Error],
  ERR_SOCKET_BAD_PORT: [(name, port, allowZero = true) =>
    `${name} should be ${allowZero ? '>=' : '>'} 0 and < 65536. ` +
    `Received ${determineSpecificType(port)}.`, RangeError],
  ERR_SOCKET_CLOSED: ['Socket is closed', Error],
  ERR_SOCKET_CLOSED_BEFORE_CONNECTION: ['Socket closed before the connection was ' +
    'established', Error],
  ERR_SOCKET_CONNECTION_TIMEOUT: ['Socket connection timeout', Error],
  ERR_STREAM_ALREADY_FINISHED: ['Cannot call %s after a stream was finished', Error],
  ERR_STREAM_CANNOT_PIPE: ['Cannot pipe, not readable', Error],
  ERR_STREAM_DESTROYED: ['Cannot call %s after a stream was destroyed', Error],
  ERR_STREAM_NULL_VALUES: ['May not write null values to stream', TypeError],
  ERR_STREAM_PREMATURE_CLOSE: ['Premature close', Error],
  ERR_STREAM_PUSH_AFTER_EOF: ['stream.push() after EOF', Error],
  ERR_STREAM_UNABLE_TO_PIPE: ['Cannot pipe to a closed or destroyed stream', Error],
  ERR_STREAM_UNSHIFT_AFTER_END_EVENT: ['stream.unshift() after end event', Error],
  ERR_STREAM_WRAP: ['Stream has StringDecoder set or is in objectMode', Error],
  ERR_STREAM_WRITE_AFTER_END: ['write after end', Error],
  ERR_SYNTHETIC: ['JavaScript Callstack', Error],
  ERR_SYSTEM_ERROR: ['A system error occurred', Error],
  ERR_TTY_INIT_FAILED: ['TTY initialization failed', Error],
  ERR_UNAVAILABLE_DURING_EXIT: ['Cannot call function in process exit handler', Error],
  ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET: ['`process.setupUncaughtExceptionCapture()` ' +
    'was called while a capture callback was already active', Error],
  ERR_UNESCAPED_CHARACTERS: ['%s contains unescaped characters', TypeError],
  ERR_UNHANDLED_ERROR: [(err = undefined) => (err === undefined ?
    'Unhandled error.' : `Unhandled error. (${err})`), Error],
  ERR_UNKNOWN_BUILTIN_MODULE: ['No such built-in module: %s', Error],
  ERR_UNKNOWN_CREDENTIAL: ['%s identifier does not exist: %s', Error],
  ERR_UNKNOWN_ENCODING: ['Unknown encoding: %s', TypeError],
  ERR_UNKNOWN_FILE_EXTENSION: [(ext, path, suggestion) =>
    `Unknown file extension "${ext}" for ${path}${suggestion ? `. ${suggestion}` : ''}`,
  TypeError],
  ERR_UNKNOWN_MODULE_FORMAT: ['Unknown module format: %s for URL %s', RangeError],
  ERR_UNKNOWN_SIGNAL: ['Unknown signal: %s', TypeError],
  ERR_UNSUPPORTED_DIR_IMPORT: [(path, base) =>
    `Directory import '${path}' is not supported resolving ES modules imported from ${base}`,
  Error],
  ERR_UNSUPPORTED_ESM_URL_SCHEME: [(url, supported) =>
    `Only URLs with a scheme in: ${formatList(supported)} are supported by the default ` +
    `ESM loader. Received protocol '${url.protocol}'`, Error],
  ERR_USE_AFTER_CLOSE: ['%s was closed', Error],
  ERR_WORKER_INIT_FAILED: ['Worker initialization failure: %s', Error],
  ERR_WORKER_INVALID_EXEC_ARGV: [(errors, msg = 'invalid execArgv flags') =>
    `Initiated Worker with ${msg}: ${ArrayPrototypeJoin(errors, ', ')}`, Error],
  ERR_WORKER_NOT_RUNNING: ['Worker instance not running', Error],
  ERR_WORKER_OUT_OF_MEMORY: ['Worker terminated due to reaching memory limit: %s', Error],
  ERR_WORKER_PATH: [(filename) =>
    'The worker script or module filename must be an absolute path or a relative path ' +
    'starting with \'./\' or \'../\'.' +
    (StringPrototypeStartsWith(filename, 'file://') ?
      ' Wrap file:// URLs with `new URL`.' : '') +
    (StringPrototypeStartsWith(filename, 'data:text/javascript') ?
      ' Wrap data: URLs with `new URL`.' : '') +
    ` Received "${filename}"`, TypeError],
  ERR_WORKER_UNSERIALIZABLE_ERROR: ['Serializing an uncaught exception failed', Error],
  ERR_WORKER_UNSUPPORTED_OPERATION: ['%s is not supported in workers', TypeError],
  ERR_ZLIB_INITIALIZATION_FAILED: ['Initialization failed', Error],
  };
  return table;
}

// ---------------------------------------------------------------------------------------
// Error construction.

function formatMessage(code, template, args, self) {
  if (typeof template === 'function') return ReflectApply(template, self, args);
  if (args.length === 0) return template;
  return ReflectApply(lazyInspect().format, null, [template, ...args]);
}

function getMessage(code, args, self) {
  return formatMessage(code, getTable()[code][0], args, self);
}

const codeToString = {
  __proto__: null,
};

// The constructor of a code for the class at `index` of its table entry. Without the entry
// (a code picked before the table was built) it is found on the first call.
function defineCoded(code, entry, index) {
  let template;
  let Wrapped;
  return function NodeError(...args) {
    if (Wrapped === undefined) {
      const found = entry ?? getTable()[code];
      if (found === undefined) throw new wrappers.Error(`No such error code: ${code}`);
      template = found[0];
      Wrapped = wrappers[found[index].name] ?? found[index];
    }
    const error = new Wrapped();
    const message = formatMessage(code, template, args, error);
    ObjectDefineProperties(error, {
      [kIsNodeError]: {
        __proto__: null, value: true, enumerable: false, writable: false, configurable: true,
      },
      message: {
        __proto__: null, value: message, enumerable: false, writable: true, configurable: true,
      },
      toString: {
        __proto__: null,
        value: codeToString[code] ??= function toString() {
          return `${this.name} [${code}]: ${this.message}`;
        },
        enumerable: false,
        writable: true,
        configurable: true,
      },
    });
    setStackHeader(error, `${error.name} [${code}]: ${message}`);
    error.code = code;
    return error;
  };
}

// `codes.ERR_X` constructors are made the first time each code is looked up (most
// programs never raise most codes; making all of them up front cost start-up time).
// A variant class is a property of the constructor (codes.ERR_INVALID_STATE.TypeError).
function makeCode(code) {
  if (table === undefined) return makeCodeBeforeTable(code);
  const entry = table[code];
  const ctor = defineCoded(code, entry, 1);
  addVariants(ctor, code, entry);
  return ctor;
}

function addVariants(ctor, code, entry) {
  for (let i = 2; i < entry.length; i++) {
    ObjectDefineProperty(ctor, entry[i].name, {
      __proto__: null, value: defineCoded(code, entry, i), writable: true, enumerable: true,
      configurable: true,
    });
  }
}

// Before the table exists, a constructor's variants are found when one is first read,
// through accessors on the prototype of such constructors (a Function.prototype below).
const codeBeforeTable = new SafeWeakMap();  // constructor -> code
const variantLookup = { __proto__: FunctionPrototype };
for (const name of ['Error', 'TypeError', 'RangeError', 'ReferenceError', 'SyntaxError',
  'EvalError', 'URIError', 'AggregateError']) {
  ObjectDefineProperty(variantLookup, name, {
    __proto__: null,
    get() {
      const code = codeBeforeTable.get(this);
      if (code === undefined) return undefined;
      codeBeforeTable.delete(this);
      const entry = getTable()[code];
      if (entry !== undefined) addVariants(this, code, entry);
      return ObjectPrototypeHasOwnProperty(this, name) ? this[name] : undefined;
    },
    enumerable: false,
    configurable: true,
  });
}

function makeCodeBeforeTable(code) {
  const ctor = defineCoded(code, undefined, 1);
  codeBeforeTable.set(ctor, code);
  ObjectSetPrototypeOf(ctor, variantLookup);
  return ctor;
}

// Whether `code` names an error code (before the table exists, by its form).
function isCode(code) {
  if (table !== undefined) return table[code] !== undefined;
  return StringPrototypeStartsWith(code, 'ERR_') || code === 'ABORT_ERR';
}

const madeCodes = { __proto__: null };
const codes = new Proxy(madeCodes, {
  __proto__: null,
  get(target, code) {
    const made = target[code];
    if (made !== undefined || typeof code !== 'string' || !isCode(code)) return made;
    return target[code] = makeCode(code);
  },
  has(target, code) {
    return typeof code === 'string' && getTable()[code] !== undefined;
  },
  ownKeys() {
    return ObjectKeys(getTable());
  },
  getOwnPropertyDescriptor(target, code) {
    if (typeof code !== 'string' || getTable()[code] === undefined) return undefined;
    const value = this.get(target, code);
    return { __proto__: null, value, writable: true, enumerable: true, configurable: true };
  },
});

// Node marks helpers whose frames should not appear in stacks. nodus hides the leading
// frames of internal/errors and internal/validators when it formats a stack, so the
// marker has nothing left to do.
function hideStackFrames(fn) {
  return fn;
}

function isErrorStackTraceLimitWritable() {
  return true;
}

function captureLargerStackTrace(err) {
  return err;
}

// ---------------------------------------------------------------------------------------
// System errors.

let errorsBinding;
function lazyErrorsBinding() {
  errorsBinding ??= internalBinding('errors');
  return errorsBinding;
}

let errorMap;
// [name, message] for a negative errno, or undefined.
function uvErrmapGet(errno) {
  errorMap ??= new SafeMap(lazyErrorsBinding().getErrorMap());
  return errorMap.get(errno);
}

function uvErrName(errno) {
  return lazyErrorsBinding().errname(errno);
}

// "ENOENT: no such file or directory, open 'x' -> 'y'", with the context's properties.
function uvException(ctx) {
  const { 0: code, 1: description } = uvErrmapGet(ctx.errno) ?? ['UNKNOWN', 'unknown error'];
  const path = ctx.path ? `${ctx.path}` : undefined;
  const dest = ctx.dest ? `${ctx.dest}` : undefined;
  let message = `${code}: ${ctx.message || description}, ${ctx.syscall}`;
  if (path !== undefined) message += ` '${path}'`;
  if (dest !== undefined) message += ` -> '${dest}'`;
  const err = new wrappers.Error(message);
  for (const key of ObjectKeys(ctx)) {
    if (key !== 'message' && key !== 'path' && key !== 'dest') err[key] = ctx[key];
  }
  err.code = code;
  if (path !== undefined) err.path = path;
  if (dest !== undefined) err.dest = dest;
  return err;
}

function hostPortSuffix(address, port) {
  if (port && port > 0) return ` ${address}:${port}`;
  return address ? ` ${address}` : '';
}

function uvExceptionWithHostPort(errno, syscall, address, port) {
  const { 0: code, 1: description } = uvErrmapGet(errno) ?? ['UNKNOWN', 'unknown error'];
  const err = new wrappers.Error(`${syscall} ${code}: ${description}` +
    hostPortSuffix(address, port));
  err.code = code;
  err.errno = errno;
  err.syscall = syscall;
  err.address = address;
  if (port) err.port = port;
  return err;
}

function errnoException(errno, syscall, original) {
  const code = uvErrName(errno);
  const err = new wrappers.Error(original ?
    `${syscall} ${code} ${original}` : `${syscall} ${code}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  return err;
}

function exceptionWithHostPort(errno, syscall, address, port, additional) {
  const code = uvErrName(errno);
  let details = hostPortSuffix(address, port);
  if (additional) details += ` - Local (${additional})`;
  const err = new wrappers.Error(`${syscall} ${code}${details}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  err.address = address;
  if (port) err.port = port;
  return err;
}

function connResetException(message) {
  const err = new wrappers.Error(message);
  err.code = 'ECONNRESET';
  return err;
}

class AbortError extends wrappers.Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// Combines an error raised while handling another: the outer error gains the inner one.
function aggregateTwoErrors(innerError, outerError) {
  if (!innerError || !outerError || innerError === outerError) {
    return innerError || outerError;
  }
  if (ArrayIsArray(outerError.errors)) {
    ArrayPrototypePush(outerError.errors, innerError);
    return outerError;
  }
  const err = new wrappers.AggregateError([outerError, innerError], outerError.message);
  err.code = outerError.code;
  return err;
}

let overflowSignature;
function isStackOverflowError(err) {
  if (overflowSignature === undefined) {
    function recurse() { recurse(); }
    try {
      recurse();
    } catch (e) {
      overflowSignature = { name: e.name, message: e.message };
    }
  }
  return Boolean(err) && err.name === overflowSignature.name &&
    err.message === overflowSignature.message;
}

// node's SystemError: a failed system call reported with a code of its own
// (ERR_SYSTEM_ERROR, ERR_TTY_INIT_FAILED, ...) and the call's details under `info`, with
// errno/syscall/path/dest as accessors onto `info`.
class SystemError extends wrappers.Error {
  constructor(key, context) {
    const prefix = getTable()[key][0];
    let message = `${prefix}: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    super(message);
    ObjectDefineProperty(this, 'code', {
      __proto__: null, value: key, enumerable: true, writable: true, configurable: true,
    });
    ObjectDefineProperties(this, {
      [kIsNodeError]: {
        __proto__: null, value: true, enumerable: false, writable: false, configurable: true,
      },
      name: {
        __proto__: null, value: 'SystemError', enumerable: false, writable: true,
        configurable: true,
      },
      message: {
        __proto__: null, value: message, enumerable: false, writable: true, configurable: true,
      },
      info: {
        __proto__: null, value: context, enumerable: true, configurable: true, writable: false,
      },
    });
    for (const field of ['errno', 'syscall', 'path', 'dest']) {
      if (context[field] === undefined) continue;
      ObjectDefineProperty(this, field, {
        __proto__: null,
        get() { return context[field]; },
        set(value) { context[field] = value; },
        enumerable: true,
        configurable: true,
      });
    }
    setStackHeader(this, `SystemError [${key}]: ${message}`);
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

function makeSystemErrorWithCode(key) {
  return class NodeError extends SystemError {
    constructor(ctx) {
      super(key, ctx);
    }
  };
}

// An error with a code but a fixed message and a plain "Name: message" stack header, the
// shape of the errors node's C++ bindings throw ("Index out of range").
function codedError(Base, code, message) {
  const err = new (wrappers[Base.name] ?? Base)(message);
  err.code = code;
  return err;
}

function genericNodeError(message, properties) {
  const err = new wrappers.Error(message);
  ObjectAssign(err, properties);
  return err;
}

// Node's process exit codes.
const exitCodes = {
  kNoFailure: 0,
  kGenericUserError: 1,
  kInternalJSParseError: 3,
  kInternalJSEvaluationFailure: 4,
  kV8FatalError: 5,
  kInvalidFatalExceptionMonkeyPatching: 6,
  kExceptionInFatalExceptionHandler: 7,
  kInvalidCommandLineArgument: 9,
  kBootstrapFailure: 10,
  kInvalidCommandLineArgument2: 12,
  kUnsettledTopLevelAwait: 13,
  kStartupSnapshotFailure: 14,
  kAbort: 134,
};

module.exports = {
  AbortError,
  addNumericalSeparator,
  aggregateTwoErrors,
  captureLargerStackTrace,
  codedError,
  codes,
  connResetException,
  makeSystemErrorWithCode,
  SystemError,
  determineSpecificType,
  errnoException,
  exceptionWithHostPort,
  exitCodes,
  formatList,
  genericNodeError,
  getMessage,
  hideStackFrames,
  isErrorStackTraceLimitWritable,
  isStackOverflowError,
  kIsNodeError,
  uvErrmapGet,
  uvErrName,
  uvException,
  uvExceptionWithHostPort,
};

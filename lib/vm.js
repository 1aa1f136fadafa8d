'use strict';

// node:vm. Scripts run in the main context (runInThisContext) or in a context: a second
// global object with its own builtins, whose global names are the properties of the
// object the user contextified (the "sandbox"). src/bindings/contextify.c creates the
// contexts and explains how the global and the sandbox are kept in step.
//
// Not supported (docs/vm.md): the timeout and breakOnSigint options (validated, then
// reported as ERR_NODUS_NOT_IMPLEMENTED when set), V8's code cache (cachedData is always
// rejected and none is produced), columnOffset (accepted, not applied to positions),
// microtaskMode (validated; the contexts share the main microtask queue) and
// vm.Module/SourceTextModule/SyntheticModule.

const {
  ArrayPrototypeJoin,
  ArrayPrototypeMap,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  ObjectPrototypeHasOwnProperty,
  Promise,
  ReflectApply,
  ReflectOwnKeys,
  SafeSet,
  SafeWeakMap,
  Symbol,
} = primordials;

const binding = internalBinding('contextify');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_NODUS_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const {
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
  validateArray,
  validateBoolean,
  validateInt32,
  validateObject,
  validateOneOf,
  validateString,
  validateUint32,
} = require('internal/validators');
const stackSupport = require('internal/errors/stack');

const kSource = Symbol('kSource');
const kFilename = Symbol('kFilename');
const kLine = Symbol('kLine');
const kEmptyObject = { __proto__: null };

// sandbox -> { global, builtins }: builtins are the names the fresh global started with,
// so that names a script later defines on the global can be told apart from them.
const contexts = new SafeWeakMap();

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

// ---------------------------------------------------------------------------------------
// Contexts.

function isContext(object) {
  validateObject(object, 'object', kValidateObjectAllowArray | kValidateObjectAllowFunction);
  return contexts.has(object);
}

function validateCodeGeneration(codeGeneration, name) {
  if (codeGeneration === undefined) return true;
  validateObject(codeGeneration, name);
  const { strings, wasm } = codeGeneration;
  if (strings !== undefined) validateBoolean(strings, `${name}.strings`);
  if (wasm !== undefined) validateBoolean(wasm, `${name}.wasm`);
  return strings !== false;
}

function createContext(contextObject = {}, options = kEmptyObject) {
  if (contextObject !== null && (typeof contextObject === 'object' ||
                                 typeof contextObject === 'function') &&
      contexts.has(contextObject)) {
    return contextObject;
  }
  validateObject(contextObject, 'object', kValidateObjectAllowArray | kValidateObjectAllowFunction);
  validateObject(options, 'options');
  const { name, origin, codeGeneration, microtaskMode, importModuleDynamically } = options;
  if (name !== undefined) validateString(name, 'options.name');
  if (origin !== undefined) validateString(origin, 'options.origin');
  const allowStrings = validateCodeGeneration(codeGeneration, 'options.codeGeneration');
  validateOneOf(microtaskMode, 'options.microtaskMode', ['afterEvaluate', undefined]);
  validateImportModuleDynamically(importModuleDynamically);
  makeContext(contextObject, allowStrings);
  return contextObject;
}

function makeContext(sandbox, allowStrings) {
  const global = binding.makeContext(sandbox, allowStrings);
  const builtins = new SafeSet(ReflectOwnKeys(global));
  contexts.set(sandbox, { global, builtins });
}

function validateImportModuleDynamically(value) {
  if (value !== undefined && typeof value !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options.importModuleDynamically', 'function', value);
  }
}

function contextOf(contextifiedObject) {
  // node names the argument "object" when it is not an object at all.
  validateObject(contextifiedObject, 'object',
                 kValidateObjectAllowArray | kValidateObjectAllowFunction);
  const context = contexts.get(contextifiedObject);
  if (context === undefined) {
    throw new ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
  }
  return context;
}

// Properties a script defined on its global with Object.defineProperty (which the
// engine does not route through the sandbox) during a run are defined on the sandbox as
// well. Names the global had before the run are left alone: the sandbox may have dropped
// them on purpose.
function copyDefinitionsToSandbox(context, sandbox, before) {
  const { global, builtins } = context;
  const keys = ReflectOwnKeys(global);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (builtins.has(key) || before.has(key) || ObjectPrototypeHasOwnProperty(sandbox, key)) {
      continue;
    }
    const descriptor = ObjectGetOwnPropertyDescriptor(global, key);
    if (descriptor === undefined) continue;
    try {
      ObjectDefineProperty(sandbox, key, descriptor);
    } catch {
      // A frozen or non-extensible sandbox keeps what it has.
    }
  }
}

// ---------------------------------------------------------------------------------------
// Scripts.

function validateRunOptions(options) {
  validateObject(options, 'options');
  const { displayErrors = true, breakOnSigint = false, timeout } = options;
  validateBoolean(displayErrors, 'options.displayErrors');
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  if (timeout !== undefined) {
    validateUint32(timeout, 'options.timeout', true);
    throw new ERR_NODUS_NOT_IMPLEMENTED('the vm timeout option');
  }
  if (breakOnSigint) throw new ERR_NODUS_NOT_IMPLEMENTED('the vm breakOnSigint option');
}

class Script {
  constructor(code, options = kEmptyObject) {
    code = `${code}`;
    if (typeof options === 'string') options = { filename: options };
    else validateObject(options, 'options');
    const {
      filename = 'evalmachine.<anonymous>',
      lineOffset = 0,
      columnOffset = 0,
      cachedData,
      produceCachedData = false,
      importModuleDynamically,
    } = options;
    validateString(filename, 'options.filename');
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    if (cachedData !== undefined && !isArrayBufferView(cachedData)) {
      throw new ERR_INVALID_ARG_TYPE('options.cachedData',
                                     ['Buffer', 'TypedArray', 'DataView'], cachedData);
    }
    validateBoolean(produceCachedData, 'options.produceCachedData');
    validateImportModuleDynamically(importModuleDynamically);
    binding.checkSyntax(code, filename, lineOffset + 1);
    this[kSource] = code;
    this[kFilename] = filename;
    this[kLine] = lineOffset + 1;
    // nodus has no code cache: given data is never used, and none is produced.
    if (cachedData !== undefined) this.cachedDataRejected = true;
    if (produceCachedData) this.cachedDataProduced = false;
  }

  runInThisContext(options = kEmptyObject) {
    validateRunOptions(options);
    stackSupport.registerSource(this[kFilename], this[kSource]);
    return binding.evaluate(null, this[kSource], this[kFilename], this[kLine]);
  }

  runInContext(contextifiedObject, options = kEmptyObject) {
    const context = contextOf(contextifiedObject);
    validateRunOptions(options);
    binding.syncSlots(context.global);
    const before = new SafeSet(ReflectOwnKeys(context.global));
    stackSupport.registerSource(this[kFilename], this[kSource]);
    try {
      return binding.evaluate(context.global, this[kSource], this[kFilename], this[kLine]);
    } catch (err) {
      // Errors the engine raises in the context come from its own builtins, which nodus
      // did not adapt: they get V8's wording here, on their way out.
      require('internal/errors/engine_messages').rewriteEngineMessage(err);
      throw err;
    } finally {
      binding.syncSandbox(context.global);
      copyDefinitionsToSandbox(context, contextifiedObject, before);
    }
  }

  runInNewContext(contextObject, options = kEmptyObject) {
    const context = createContext(contextObject, getContextOptions(options));
    return this.runInContext(context, options);
  }

  createCachedData() {
    return require('buffer').Buffer.alloc(0);
  }
}

function getContextOptions(options) {
  if (options === null || typeof options !== 'object') return kEmptyObject;
  const contextOptions = {
    name: options.contextName,
    origin: options.contextOrigin,
    codeGeneration: undefined,
    microtaskMode: options.microtaskMode,
  };
  if (contextOptions.name !== undefined) {
    validateString(contextOptions.name, 'options.contextName');
  }
  if (contextOptions.origin !== undefined) {
    validateString(contextOptions.origin, 'options.contextOrigin');
  }
  if (options.contextCodeGeneration !== undefined) {
    validateObject(options.contextCodeGeneration, 'options.contextCodeGeneration');
    const { strings, wasm } = options.contextCodeGeneration;
    if (strings !== undefined) validateBoolean(strings, 'options.contextCodeGeneration.strings');
    if (wasm !== undefined) validateBoolean(wasm, 'options.contextCodeGeneration.wasm');
    contextOptions.codeGeneration = { strings, wasm };
  }
  return contextOptions;
}

function scriptOptions(options) {
  return typeof options === 'string' ? { filename: options } : options;
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInContext(code, contextifiedObject, options) {
  options = scriptOptions(options);
  return new Script(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  options = scriptOptions(options);
  return new Script(code, options).runInNewContext(contextObject, options);
}

function runInThisContext(code, options) {
  options = scriptOptions(options);
  return new Script(code, options).runInThisContext(options);
}

// ---------------------------------------------------------------------------------------
// compileFunction.

function compileFunction(code, params, options = kEmptyObject) {
  validateString(code, 'code');
  if (params !== undefined) {
    validateArray(params, 'params');
    for (let i = 0; i < params.length; i++) validateString(params[i], `params[${i}]`);
  } else {
    params = [];
  }
  validateObject(options, 'options');
  const {
    filename = '',
    columnOffset = 0,
    lineOffset = 0,
    cachedData,
    produceCachedData = false,
    parsingContext,
    contextExtensions = [],
    importModuleDynamically,
  } = options;
  validateString(filename, 'options.filename');
  validateInt32(columnOffset, 'options.columnOffset');
  validateInt32(lineOffset, 'options.lineOffset');
  if (cachedData !== undefined && !isArrayBufferView(cachedData)) {
    throw new ERR_INVALID_ARG_TYPE('options.cachedData',
                                   ['Buffer', 'TypedArray', 'DataView'], cachedData);
  }
  validateBoolean(produceCachedData, 'options.produceCachedData');
  let global = null;
  if (parsingContext !== undefined) {
    if (parsingContext === null || typeof parsingContext !== 'object' ||
        !contexts.has(parsingContext)) {
      throw new ERR_INVALID_ARG_TYPE('options.parsingContext', 'Context', parsingContext);
    }
    global = contexts.get(parsingContext).global;
  }
  validateArray(contextExtensions, 'options.contextExtensions');
  for (let i = 0; i < contextExtensions.length; i++) {
    validateObject(contextExtensions[i], `options.contextExtensions[${i}]`,
                   kValidateObjectAllowArray | kValidateObjectAllowFunction);
  }
  validateImportModuleDynamically(importModuleDynamically);

  // The Function constructor of the target context parses the parameters and the body
  // separately, which is the check node makes (a body cannot close the function early);
  // the function itself is then compiled as a script so that it carries the filename.
  const FunctionCtor = global === null ? Function : binding.ownProperty(global, 'Function');
  ReflectApply(FunctionCtor, undefined, [...params, code]);
  const paramList = ArrayPrototypeJoin(params, ', ');
  let source;
  if (contextExtensions.length === 0) {
    source = `(function (${paramList}) {\n${code}\n})`;
  } else {
    // Each extension object's properties are in scope, outermost first.
    const names = ArrayPrototypeMap(contextExtensions, (_, i) => `__nodusExtension${i}`);
    let open = '';
    let close = '';
    for (let i = 0; i < names.length; i++) {
      open += `with (${names[i]}) { `;
      close += ' }';
    }
    source = `(function (${ArrayPrototypeJoin(names, ', ')}) { ${open}return function (` +
      `${paramList}) {\n${code}\n}${close} })`;
  }
  const factory = binding.evaluate(global, source, filename, lineOffset);
  const fn = contextExtensions.length === 0 ? factory :
    ReflectApply(factory, undefined, contextExtensions);
  if (produceCachedData) {
    ObjectDefineProperty(fn, 'cachedDataProduced', {
      __proto__: null, value: false, writable: true, enumerable: true, configurable: true,
    });
  }
  if (cachedData !== undefined) {
    ObjectDefineProperty(fn, 'cachedDataRejected', {
      __proto__: null, value: true, writable: true, enumerable: true, configurable: true,
    });
  }
  return fn;
}

// ---------------------------------------------------------------------------------------
// measureMemory: the engine reports one heap for all contexts, so the estimate is the
// heap in use, and the detailed form lists no per-context breakdown.

function measureMemory(options = kEmptyObject) {
  require('internal/util').emitExperimentalWarning('vm.measureMemory');
  validateObject(options, 'options');
  const { mode = 'summary', execution = 'default' } = options;
  validateOneOf(mode, 'options.mode', ['summary', 'detailed']);
  validateOneOf(execution, 'options.execution', ['default', 'eager']);
  return new Promise((resolve) => {
    const used = process.memoryUsage().heapUsed;
    const estimate = { jsMemoryEstimate: used, jsMemoryRange: [used, used] };
    if (mode === 'summary') {
      resolve({ total: estimate });
    } else {
      resolve({ total: estimate, current: estimate, other: [] });
    }
  });
}

const constants = {
  __proto__: null,
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
};

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants,
};

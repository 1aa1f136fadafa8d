'use strict';

// Runs the entry point the command line chose: a file, -e/-p code, a script on stdin, or
// the REPL. Preloaded modules (-r) run first in every mode.

const {
  ObjectDefineProperty,
  StringPrototypeCharCodeAt,
  StringPrototypeIncludes,
  StringPrototypeSlice,
} = primordials;

const path = require('path');
const { Module, makeRequireFunction } = require('internal/modules/cjs/loader');
const { evaluateScript, checkSyntax } = internalBinding('builtins');
const stackSupport = require('internal/errors/stack');

function preload(options) {
  if (options.requires.length > 0) Module._preloadModules(options.requires);
}

// For -e and -p, node makes each public builtin module reachable as a global of its name
// (`os.cpus()`), loaded on first read; assigning to the name replaces it with the value.
function addBuiltinModuleGlobals() {
  const { BuiltinModule } = require('internal/bootstrap/realm');
  const ids = BuiltinModule.getCanBeRequiredByUsersWithoutSchemeList();
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (id[0] === '_' || StringPrototypeIncludes(id, '/')) continue;
    const set = (value) => {
      ObjectDefineProperty(globalThis, id, {
        __proto__: null, value, writable: true, enumerable: true, configurable: true,
      });
    };
    ObjectDefineProperty(globalThis, id, {
      __proto__: null,
      get() {
        const value = require(id);
        // The module replaces the getter, so later reads see no difference from a value.
        ObjectDefineProperty(globalThis, id, {
          __proto__: null,
          get: () => value,
          set,
          enumerable: false,
          configurable: true,
        });
        return value;
      },
      set,
      enumerable: false,
      configurable: true,
    });
  }
}

// Evaluates code as node does for -e, -p and stdin input: a script in the global scope
// named [eval] (or [stdin]), with module, require, exports, __filename and __dirname
// available as globals.
function evalScript(name, source, print) {
  const cwd = process.cwd();
  const filename = path.join(cwd, name);
  const module = new Module(name);
  module.filename = filename;
  module.paths = Module._nodeModulePaths(cwd);
  globalThis.module = module;
  globalThis.require = makeRequireFunction(module);
  globalThis.exports = module.exports;
  globalThis.__filename = name;
  globalThis.__dirname = '.';
  stackSupport.registerSource(name, source);
  const result = evaluateScript(source, name);
  if (print) {
    require('internal/console/global').log(result);
  }
}

function readStdin(callback) {
  const { readFileUtf8 } = internalBinding('fs');
  callback(readFileUtf8(0));
}

function runFile(options) {
  const main = path.resolve(options.script);
  if (options.check) {
    const { readFileUtf8 } = internalBinding('fs');
    let source = readFileUtf8(main);
    if (StringPrototypeCharCodeAt(source, 0) === 0xFEFF) source = StringPrototypeSlice(source, 1);
    if (source.startsWith('#!')) source = `//${StringPrototypeSlice(source, 2)}`;
    checkSyntax(`(function (exports, require, module, __filename, __dirname) { ${source}\n})`,
                main);
    return;
  }
  Module.runMain(main);
}

function run(options) {
  require('internal/process/pre_execution').prepareMainThreadExecution(options);
  switch (options.mode) {
    case 'file':
      preload(options);
      runFile(options);
      break;
    case 'eval':
    case 'print':
      preload(options);
      if (options.inputType === 'module') {
        throw new Error('ES modules (--input-type=module) are not supported by nodus yet');
      }
      addBuiltinModuleGlobals();
      evalScript('[eval]', options.evalSource, options.mode === 'print');
      break;
    case 'stdin':
      preload(options);
      readStdin((source) => {
        if (options.check) {
          checkSyntax(source, '[stdin]');
          return;
        }
        evalScript('[stdin]', source, false);
      });
      break;
    case 'repl':
      preload(options);
      require('internal/main/repl').start();
      break;
    case 'worker':
      require('internal/main/worker_thread').run(options);
      break;
    default:
      throw new Error(`unknown mode ${options.mode}`);
  }
}

module.exports = { run, evalScript };

'use strict';

// The loader for the embedded library. Every lib/ module is compiled on first require
// (start-up stays lazy) as a function of
//   (exports, require, module, process, internalBinding, primordials)
// where require loads other library modules. Modules under internal/ are private: user
// code cannot require them (unless --expose-internals). This script then runs the main
// bootstrap (internal/bootstrap/node).

const {
  ArrayPrototypeFilter,
  ArrayPrototypePush,
  ObjectDefineProperty,
  SafeMap,
  SafeSet,
  StringPrototypeStartsWith,
  StringPrototypeSlice,
} = primordials;

// process.moduleLoadList, as node keeps it: 'Internal Binding x' and 'NativeModule x' in
// load order (tests and tools read it to check start-up stays lazy).
const moduleLoadList = [];
ObjectDefineProperty(process, 'moduleLoadList', {
  __proto__: null, value: moduleLoadList, configurable: true, enumerable: true, writable: false,
});

const rawInternalBinding = internalBinding;
const loadedBindings = new SafeSet();
// eslint-disable-next-line no-func-assign, no-global-assign
internalBinding = function internalBinding(name) {
  if (!loadedBindings.has(name)) {
    loadedBindings.add(name);
    ArrayPrototypePush(moduleLoadList, `Internal Binding ${name}`);
  }
  return rawInternalBinding(name);
};

const builtinsBinding = internalBinding('builtins');
const { hasBuiltin, listIds } = builtinsBinding;
// Replaced by a timing wrapper under NODUS_DEBUG_STARTUP (setupStartupTrace below).
let compileBuiltin = builtinsBinding.compileBuiltin;

// Every module id, made when first needed: the library's own requires ask the binding,
// and paths ('/x', './y') are never ids, so running a program file need not build it.
let allIds;
function idSet() {
  allIds ??= new SafeSet(listIds());
  return allIds;
}
function isPath(id) {
  return typeof id === 'string' && (id[0] === '/' || id[0] === '.');
}

// Library modules that are implementation details even though they live outside
// internal/ (none yet) and ids only reachable with the node: scheme.
const hiddenIds = new SafeSet([]);
const schemeOnlyIds = new SafeSet(['sea', 'sqlite', 'test', 'test/reporters']);

let exposeInternals = false;

// Whether user code may require the existing module `id`.
function isPublic(id) {
  if (hiddenIds.has(id)) return false;
  if (StringPrototypeStartsWith(id, 'internal/')) return exposeInternals;
  return true;
}

class BuiltinModule {
  // id -> BuiltinModule, for every module that has been required.
  static map = new SafeMap();

  // Fields are defined, not assigned, so that accessors a program puts on
  // Object.prototype (id, exports, loaded, ...) never run while a builtin loads lazily.
  id;
  filename;
  exports = {};
  loaded = false;
  loading = false;
  canBeRequiredByUsers;

  constructor(id) {
    this.id = id;
    this.filename = `${id}.js`;
    // The id exists (requireBuiltin checked it).
    this.canBeRequiredByUsers = isPublic(id);
  }

  static exists(id) {
    return !isPath(id) && idSet().has(id);
  }

  static canBeRequiredByUsers(id) {
    return !isPath(id) && idSet().has(id) && isPublic(id);
  }

  // Ids that `require('x')` (without node:) resolves to a builtin.
  static canBeRequiredWithoutScheme(id) {
    return BuiltinModule.canBeRequiredByUsers(id) && !schemeOnlyIds.has(id);
  }

  static getSchemeOnlyModuleNames() {
    return [...schemeOnlyIds];
  }

  static getCanBeRequiredByUsersWithoutSchemeList() {
    return ArrayPrototypeFilter(listIds(), (id) => BuiltinModule.canBeRequiredWithoutScheme(id));
  }

  // Accepts 'fs' and 'node:fs'; returns the id, or undefined when it names no public
  // builtin.
  static normalizeRequirableId(id) {
    if (StringPrototypeStartsWith(id, 'node:')) {
      const normalized = StringPrototypeSlice(id, 5);
      if (BuiltinModule.canBeRequiredByUsers(normalized)) return normalized;
    } else if (BuiltinModule.canBeRequiredWithoutScheme(id)) {
      return id;
    }
    return undefined;
  }

  static isBuiltin(id) {
    return BuiltinModule.canBeRequiredWithoutScheme(id) ||
      (typeof id === 'string' && StringPrototypeStartsWith(id, 'node:') &&
       BuiltinModule.canBeRequiredByUsers(StringPrototypeSlice(id, 5)));
  }

  static setExposeInternals(value) {
    exposeInternals = value;
  }

  compileForPublicLoader() {
    return this.compileForInternalLoader();
  }

  compileForInternalLoader() {
    if (this.loaded || this.loading) return this.exports;
    this.loading = true;
    try {
      const fn = compileBuiltin(this.id);
      fn(this.exports, requireBuiltin, this, process, internalBinding, primordials);
      this.loaded = true;
    } finally {
      this.loading = false;
    }
    return this.exports;
  }
}

function requireBuiltin(id) {
  let mod = BuiltinModule.map.get(id);
  if (mod === undefined) {
    if (typeof id !== 'string' || !hasBuiltin(id)) {
      throw new Error(`No such built-in module: ${id}`);
    }
    mod = new BuiltinModule(id);
    BuiltinModule.map.set(id, mod);
    ArrayPrototypePush(moduleLoadList, `NativeModule ${id}`);
  }
  return mod.compileForInternalLoader();
}

// NODUS_DEBUG_STARTUP=1: every module's compile and run times are recorded as a tree
// (a module's run includes the modules it requires) and printed to stderr at exit. The
// builtins binding only has startupTrace when the variable is set, so otherwise this costs
// one property test.
function setupStartupTrace() {
  const {
    ArrayPrototypeJoin,
    FunctionPrototypeCall,
    MathMax,
    NumberPrototypeToFixed,
    StringPrototypePadEnd,
    StringPrototypePadStart,
    StringPrototypeRepeat,
  } = primordials;
  const { startupTraceNow: now, startupTraceMarks, setStartupTraceReporter } = builtinsBinding;
  const rawCompile = compileBuiltin;
  const roots = [];
  let current = null;

  compileBuiltin = function tracedCompileBuiltin(id) {
    const node = { id, start: now(), compile: 0, run: 0, children: [] };
    ArrayPrototypePush(current === null ? roots : current.children, node);
    const fn = rawCompile(id);
    node.compile = now() - node.start;
    return function tracedModule(exports, require, module, process, binding, prims) {
      const parent = current;
      current = node;
      const t0 = now();
      try {
        return FunctionPrototypeCall(fn, this, exports, require, module, process, binding,
                                     prims);
      } finally {
        node.run = now() - t0;
        current = parent;
      }
    };
  };

  const ms = (n) => ` ${StringPrototypePadStart(NumberPrototypeToFixed(n, 2), 8)}`;
  setStartupTraceReporter((exitTime) => {
    const lines = [];
    const totals = { count: 0, compile: 0, self: 0 };
    let width = 0;
    const measure = (list, depth) => {
      for (const node of list) {
        width = MathMax(width, depth * 2 + node.id.length);
        measure(node.children, depth + 1);
      }
    };
    measure(roots, 0);
    const print = (list, depth) => {
      for (const node of list) {
        let nested = 0;
        for (const child of node.children) nested += child.compile + child.run;
        const self = node.run - nested;
        totals.count++;
        totals.compile += node.compile;
        totals.self += self;
        ArrayPrototypePush(lines,
                           StringPrototypePadEnd(StringPrototypeRepeat('  ', depth) + node.id,
                                                 width) +
                           ms(node.start) + ms(node.compile) + ms(node.run) + ms(self));
        print(node.children, depth + 1);
      }
    };
    const marks = startupTraceMarks();
    ArrayPrototypePush(lines,
                       `nodus start-up trace (NODUS_DEBUG_STARTUP): milliseconds of ${
                         builtinsBinding.startupTrace === 'cpu' ? 'main-thread CPU time' :
                           'wall time'} since the runtime started`,
                       `  engine context created ${ms(marks[0])}`,
                       `  primordials run        ${ms(marks[1])}`,
                       `  bootstrap run          ${ms(marks[2])}`,
                       `  exit                   ${ms(exitTime)}`,
                       StringPrototypePadEnd('module', width) +
                       '    start  compile      run     self');
    print(roots, 0);
    ArrayPrototypePush(lines, `${totals.count} modules: compile ${ms(totals.compile)}, ` +
                       `run (own code) ${ms(totals.self)}`, '');
    return ArrayPrototypeJoin(lines, '\n');
  });
}

if (builtinsBinding.startupTrace) setupStartupTrace();

module.exports = { BuiltinModule, require: requireBuiltin };

// The realm's own exports are reachable by the rest of the library.
{
  const realm = new BuiltinModule('internal/bootstrap/realm');
  realm.exports = module.exports;
  realm.loaded = true;
  BuiltinModule.map.set(realm.id, realm);
}

requireBuiltin('internal/bootstrap/node');

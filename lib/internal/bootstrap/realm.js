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

const { compileBuiltin, ids } = internalBinding('builtins');

const allIds = new SafeSet(ids);

// Library modules that are implementation details even though they live outside
// internal/ (none yet) and ids only reachable with the node: scheme.
const hiddenIds = new SafeSet([]);
const schemeOnlyIds = new SafeSet(['sea', 'sqlite', 'test', 'test/reporters']);

let exposeInternals = false;

class BuiltinModule {
  // id -> BuiltinModule, for every module that has been required.
  static map = new SafeMap();

  constructor(id) {
    this.id = id;
    this.filename = `${id}.js`;
    this.exports = {};
    this.loaded = false;
    this.loading = false;
    this.canBeRequiredByUsers = BuiltinModule.canBeRequiredByUsers(id);
  }

  static exists(id) {
    return allIds.has(id);
  }

  static canBeRequiredByUsers(id) {
    if (!allIds.has(id) || hiddenIds.has(id)) return false;
    if (StringPrototypeStartsWith(id, 'internal/')) return exposeInternals;
    return true;
  }

  // Ids that `require('x')` (without node:) resolves to a builtin.
  static canBeRequiredWithoutScheme(id) {
    return BuiltinModule.canBeRequiredByUsers(id) && !schemeOnlyIds.has(id);
  }

  static getSchemeOnlyModuleNames() {
    return [...schemeOnlyIds];
  }

  static getCanBeRequiredByUsersWithoutSchemeList() {
    return ArrayPrototypeFilter(ids, (id) => BuiltinModule.canBeRequiredWithoutScheme(id));
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
    if (!allIds.has(id)) {
      throw new Error(`No such built-in module: ${id}`);
    }
    mod = new BuiltinModule(id);
    BuiltinModule.map.set(id, mod);
    ArrayPrototypePush(moduleLoadList, `NativeModule ${id}`);
  }
  return mod.compileForInternalLoader();
}

module.exports = { BuiltinModule, require: requireBuiltin };

// The realm's own exports are reachable by the rest of the library.
{
  const realm = new BuiltinModule('internal/bootstrap/realm');
  realm.exports = module.exports;
  realm.loaded = true;
  BuiltinModule.map.set(realm.id, realm);
}

requireBuiltin('internal/bootstrap/node');

'use strict';

// The CommonJS loader: node's resolution algorithm (relative and absolute paths,
// extension and directory probing, node_modules lookup up the tree, NODE_PATH,
// package.json "main", "exports" and "imports", self-reference) and module evaluation
// (wrapping the source in a function like node, with require, module, exports,
// __filename and __dirname). The public surface (Module._load, _resolveFilename,
// _extensions, wrap, ...) is node's, because libraries patch it.

const {
  ArrayIsArray,
  ArrayPrototypeIncludes,
  ArrayPrototypeIndexOf,
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  ArrayPrototypeSplice,
  ArrayPrototypeUnshift,
  JSONParse,
  ObjectDefineProperty,
  ObjectFreeze,
  ObjectGetPrototypeOf,
  ObjectKeys,
  ObjectPrototypeHasOwnProperty,
  ObjectSetPrototypeOf,
  Proxy,
  ReflectApply,
  ReflectGet,
  ReflectGetOwnPropertyDescriptor,
  ReflectSet,
  String,
  SafeMap,
  StringPrototypeCharCodeAt,
  StringPrototypeEndsWith,
  StringPrototypeIncludes,
  StringPrototypeIndexOf,
  StringPrototypeLastIndexOf,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeStartsWith,
} = primordials;
const ObjectPrototype = primordials.Object.prototype;

const path = require('path');
const { BuiltinModule } = require('internal/bootstrap/realm');
const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_MODULE_SPECIFIER,
    ERR_INVALID_PACKAGE_TARGET,
    ERR_PACKAGE_IMPORT_NOT_DEFINED,
    ERR_PACKAGE_PATH_NOT_EXPORTED,
    ERR_REQUIRE_ESM,
    ERR_UNKNOWN_BUILTIN_MODULE,
  },
} = require('internal/errors');
const { validateString, validateObject } = require('internal/validators');
const packageJsonReader = require('internal/modules/package_json_reader');
const stackSupport = require('internal/errors/stack');
const {
  internalModuleStat, readFileUtf8, realpath: nativeRealpath, lstat: nativeLstat,
} = internalBinding('fs');
const { evaluateScript } = internalBinding('builtins');
const { getOptions } = require('internal/options');

const options = getOptions();
// NODE_PRESERVE_SYMLINKS=1 in the environment means --preserve-symlinks, as in node. It
// is read when first needed (the main module never needs it).
let preserveSymlinksValue;
function preserveSymlinks() {
  preserveSymlinksValue ??= options.preserveSymlinks === true ||
    process.env.NODE_PRESERVE_SYMLINKS === '1';
  return preserveSymlinksValue;
}
const preserveSymlinksMain = options.preserveSymlinksMain;

// The conditions CommonJS resolution matches in "exports"/"imports".
const cjsConditions = ['require', 'node', 'node-addons', 'default'];

// ---------------------------------------------------------------------------------------
// Module.

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  // Defined rather than assigned, like require.main below: an accessor a program put on
  // Object.prototype.exports must not intercept every module's exports object.
  setOwnProperty(this, 'exports', {});
  moduleParentCache.set(this, parent);
  updateChildren(parent, this, false);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

const moduleParentCache = new primordials.SafeWeakMap();

// Defines an own data property even where Object.prototype has an accessor of that name.
function setOwnProperty(obj, key, value) {
  ObjectDefineProperty(obj, key, {
    __proto__: null, configurable: true, enumerable: true, value, writable: true,
  });
}

function updateChildren(parent, child, scan) {
  const children = parent?.children;
  if (children && !(scan && ArrayPrototypeIncludes(children, child))) {
    ArrayPrototypePush(children, child);
  }
}

// module.parent is deprecated (DEP0144) as documentation only: reading or writing it warns
// under --pending-deprecation. internal/util loads on first use, to keep start-up lean.
let parentDeprecation;
function parentDeprecated(fn) {
  parentDeprecation ??= require('internal/util').pendingDeprecate(
    fn, 'module.parent is deprecated due to accuracy issues. Please use require.main to ' +
    'find program entry point instead.', 'DEP0144');
  return parentDeprecation;
}
function parentAccess(module, value, write) {
  if (write) moduleParentCache.set(module, value);
  else return moduleParentCache.get(module);
}
ObjectDefineProperty(Module.prototype, 'parent', {
  __proto__: null,
  get: function get() { return ReflectApply(parentDeprecated(parentAccess), null, [this]); },
  set: function set(value) {
    ReflectApply(parentDeprecated(parentAccess), null, [this, value, true]);
  },
  enumerable: false,
  configurable: false,
});

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.globalPaths = [];
Module._debug = function _debug() {};

let wrap = function(script) {
  return `${Module.wrapper[0]}${script}${Module.wrapper[1]}`;
};

// The wrapper is on the first line so line numbers are the file's own. The function is
// named so stack traces can show node's "Object.<anonymous>" for module top level.
const wrapperPrefix = '(function __nodusModule(exports, require, module, __filename, __dirname) { ';
const defaultWrapper = [
  '(function (exports, require, module, __filename, __dirname) { ',
  '\n});',
];
let patched = false;
// Writing into the wrapper array (Module.wrapper[0] += ...) changes how modules compile, as
// replacing the array does: a proxy notices such writes.
let wrapper = new Proxy(defaultWrapper, {
  __proto__: null,
  set(target, property, value, receiver) {
    patched = true;
    return ReflectSet(target, property, value, receiver);
  },
  defineProperty(target, property, descriptor) {
    patched = true;
    return ObjectDefineProperty(target, property, descriptor) !== undefined;
  },
});

ObjectDefineProperty(Module, 'wrap', {
  __proto__: null,
  get() { return wrap; },
  set(value) {
    patched = true;
    wrap = value;
  },
  enumerable: true,
  configurable: true,
});
ObjectDefineProperty(Module, 'wrapper', {
  __proto__: null,
  get() { return wrapper; },
  set(value) {
    patched = true;
    wrapper = value;
  },
  enumerable: true,
  configurable: true,
});

Module.isBuiltin = BuiltinModule.isBuiltin;

ObjectDefineProperty(Module, 'builtinModules', {
  __proto__: null,
  get() {
    const list = BuiltinModule.getCanBeRequiredByUsersWithoutSchemeList();
    ObjectFreeze(list);
    return list;
  },
  enumerable: true,
  configurable: true,
});

// ---------------------------------------------------------------------------------------
// File system helpers.

function stat(filename) {
  return internalModuleStat(filename);
}

// 0 for a file, 1 for a directory, a negative errno otherwise.
Module._stat = function _stat(filename) {
  return internalModuleStat(path.toNamespacedPath(filename));
};

// Real paths, like node's realpath cache (kept for the whole process). A module's directory
// is resolved once (realpath(3) reads every component of the path); each file in it then
// needs a single lstat to show it is not itself a link.
const realpathCache = new SafeMap();
const dirRealpathCache = new SafeMap();
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

function nativeRealpathOr(requestPath) {
  try {
    return nativeRealpath(requestPath);
  } catch {
    return requestPath;
  }
}

// True when `withSlash` (an absolute path plus a trailing '/') has no empty, '.' or '..'
// segment.
function isNormalizedPath(withSlash) {
  return !StringPrototypeIncludes(withSlash, '//') &&
    !StringPrototypeIncludes(withSlash, '/./') && !StringPrototypeIncludes(withSlash, '/../');
}

function realpathOfFile(requestPath) {
  const slash = StringPrototypeLastIndexOf(requestPath, '/');
  // Only absolute, normalized paths (what resolution produces) take the short way.
  if (slash <= 0 || StringPrototypeCharCodeAt(requestPath, 0) !== 47 /* / */ ||
      !isNormalizedPath(`${requestPath}/`)) {
    return nativeRealpathOr(requestPath);
  }
  let stats;
  try {
    stats = nativeLstat(requestPath, false, undefined);
  } catch {
    return nativeRealpathOr(requestPath);
  }
  if ((stats[1] & S_IFMT) === S_IFLNK) return nativeRealpathOr(requestPath);
  const dir = StringPrototypeSlice(requestPath, 0, slash);
  let realDir = dirRealpathCache.get(dir);
  if (realDir === undefined) {
    try {
      realDir = nativeRealpath(dir);
    } catch {
      return nativeRealpathOr(requestPath);
    }
    dirRealpathCache.set(dir, realDir);
  }
  return realDir === '/' ? `/${StringPrototypeSlice(requestPath, slash + 1)}` :
    `${realDir}${StringPrototypeSlice(requestPath, slash)}`;
}

function toRealPath(requestPath) {
  let cached = realpathCache.get(requestPath);
  if (cached === undefined) {
    cached = realpathOfFile(requestPath);
    realpathCache.set(requestPath, cached);
  }
  return cached;
}

function tryFile(requestPath, isMain) {
  if (stat(requestPath) !== 0) return false;
  if (!isMain && preserveSymlinks()) return path.resolve(requestPath);
  if (preserveSymlinksMain && isMain) return path.resolve(requestPath);
  return toRealPath(requestPath);
}

function tryExtensions(basePath, extensions, isMain) {
  for (let i = 0; i < extensions.length; i++) {
    const filename = tryFile(basePath + extensions[i], isMain);
    if (filename) return filename;
  }
  return false;
}

// A directory: its package.json "main", else index.*.
function tryPackage(requestPath, extensions, isMain, originalPath) {
  const pkg = packageJsonReader.read(path.resolve(requestPath, 'package.json'));
  const main = pkg.exists ? pkg.main : undefined;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), extensions, isMain);
  const filename = path.resolve(requestPath, main);
  let actual = tryFile(filename, isMain) ||
    tryExtensions(filename, extensions, isMain) ||
    tryExtensions(path.resolve(filename, 'index'), extensions, isMain);
  if (actual === false) {
    actual = tryExtensions(path.resolve(requestPath, 'index'), extensions, isMain);
    if (!actual) {
      const err = new Error(`Cannot find module '${filename}'. ` +
        'Please verify that the package.json has a valid "main" entry');
      err.code = 'MODULE_NOT_FOUND';
      err.path = path.resolve(requestPath, 'package.json');
      err.requestPath = originalPath;
      throw err;
    }
    // node warns about the deprecated fallback to index (DEP0128).
    process.emitWarning(`Invalid 'main' field in '${pkg.pjsonPath}' of '${main}'. ` +
      'Please either fix that or report it to the module author',
    'DeprecationWarning', 'DEP0128');
  }
  return actual;
}

function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let index = 0;
  let dot;
  while ((dot = StringPrototypeIndexOf(name, '.', index)) !== -1) {
    index = dot + 1;
    if (dot === 0) continue;
    const ext = StringPrototypeSlice(name, dot);
    if (Module._extensions[ext]) return ext;
  }
  return '.js';
}

// ---------------------------------------------------------------------------------------
// Resolution.

const kNodeModules = '/node_modules';

Module._nodeModulePaths = function _nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  let dir = from;
  for (;;) {
    if (!StringPrototypeEndsWith(dir, kNodeModules) &&
        path.basename(dir) !== 'node_modules') {
      ArrayPrototypePush(paths, `${dir}/node_modules`);
    }
    const slash = StringPrototypeLastIndexOf(dir, '/');
    if (slash <= 0) break;
    dir = StringPrototypeSlice(dir, 0, slash);
  }
  ArrayPrototypePush(paths, '/node_modules');
  return paths;
};

Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
  if (BuiltinModule.normalizeRequirableId(request) !== undefined) return null;
  // Not a relative path: node_modules lookup.
  if (StringPrototypeCharCodeAt(request, 0) !== 46 /* . */ ||
      (request.length > 1 && StringPrototypeCharCodeAt(request, 1) !== 46 &&
       StringPrototypeCharCodeAt(request, 1) !== 47 /* / */)) {
    let paths;
    if (parent?.paths?.length) {
      paths = ArrayPrototypeSlice(modulePaths);
      ArrayPrototypeUnshift(paths, ...parent.paths);
    } else {
      paths = modulePaths;
    }
    return paths.length > 0 ? paths : null;
  }
  // Relative to the parent, or to the current directory for -e/REPL.
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

const trailingSlashRegex = /(?:^|\/)\.?\.$/;

Module._findPath = function _findPath(request, paths, isMain) {
  const absoluteRequest = path.isAbsolute(request);
  if (absoluteRequest) {
    paths = [''];
  } else if (!paths || paths.length === 0) {
    return false;
  }
  const cacheKey = `${request}\x00${ArrayPrototypeJoin(paths, '\x00')}`;
  const entry = Module._pathCache[cacheKey];
  if (entry) return entry;

  const relativeRequest = request === '.' || request === '..' ||
    StringPrototypeStartsWith(request, './') || StringPrototypeStartsWith(request, '../');
  const trailingSlash = request.length > 0 &&
    (StringPrototypeCharCodeAt(request, request.length - 1) === 47 ||
     trailingSlashRegex.exec(request) !== null);
  let exts;
  for (let i = 0; i < paths.length; i++) {
    const curPath = paths[i];
    // A lookup directory that is gone is skipped, except for a relative request: the
    // requiring module's directory may have been removed while the target still exists
    // (require('../x') from a deleted directory).
    if (!relativeRequest && curPath && stat(curPath) < 1) continue;
    if (!absoluteRequest) {
      const exportsResolved = resolveExports(curPath, request);
      if (exportsResolved) return exportsResolved;
    }
    const basePath = path.resolve(curPath, request);
    let filename;
    const rc = stat(basePath);
    if (!trailingSlash) {
      if (rc === 0) {
        if (!isMain) {
          filename = preserveSymlinks() ? path.resolve(basePath) : toRealPath(basePath);
        } else if (preserveSymlinksMain) {
          filename = path.resolve(basePath);
        } else {
          filename = toRealPath(basePath);
        }
      }
      if (!filename) {
        exts ??= ObjectKeys(Module._extensions);
        filename = tryExtensions(basePath, exts, isMain);
      }
    }
    if (!filename && rc === 1) {
      exts ??= ObjectKeys(Module._extensions);
      filename = tryPackage(basePath, exts, isMain, request);
    }
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

// Splits "name/sub" or "@scope/name/sub" into [name, "./sub" or "."].
const packageNameRegex = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/;

function resolveExports(nmPath, request) {
  const match = packageNameRegex.exec(request);
  if (match === null) return undefined;
  const pkgPath = path.resolve(nmPath, match[1]);
  const pkg = packageJsonReader.read(`${pkgPath}/package.json`);
  if (pkg.exists && pkg.exports !== undefined && pkg.exports !== null) {
    const resolved = packageExportsResolve(`${pkgPath}/`, `.${match[2] || ''}`, pkg,
                                           cjsConditions);
    return finalizeEsmResolution(resolved, pkgPath, request);
  }
  return undefined;
}

function finalizeEsmResolution(resolved, parentPath, request) {
  if (StringPrototypeIncludes(resolved, '%2F') || StringPrototypeIncludes(resolved, '%2f') ||
      StringPrototypeIncludes(resolved, '%5C') || StringPrototypeIncludes(resolved, '%5c')) {
    throw new ERR_INVALID_MODULE_SPECIFIER(resolved,
                                           'must not include encoded "/" or "\\" characters',
                                           parentPath);
  }
  const actual = tryFile(resolved);
  if (actual) return actual;
  const err = createNotFoundError(resolved, []);
  err.message = `Cannot find module '${resolved}'`;
  err.requireStack = undefined;
  delete err.requireStack;
  throw err;
}

// ---------------------------------------------------------------------------------------
// "exports" and "imports" (node's PACKAGE_EXPORTS_RESOLVE and PACKAGE_IMPORTS_RESOLVE,
// for CommonJS conditions, yielding file paths).

function isConditionalSugar(exports, pkgPath) {
  if (typeof exports === 'string' || ArrayIsArray(exports)) return true;
  if (typeof exports !== 'object' || exports === null) return false;
  const keys = ObjectKeys(exports);
  let sawDot = false;
  let sawOther = false;
  for (const key of keys) {
    if (key === '' || key[0] !== '.') sawOther = true;
    else sawDot = true;
  }
  if (sawDot && sawOther) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_PACKAGE_CONFIG(`${pkgPath}package.json`, undefined,
      '"exports" cannot contain some keys starting with \'.\' and some not. The exports ' +
      'object must either be an object of package subpath keys or an object of main ' +
      'entry condition name keys only.');
  }
  return !sawDot;
}

function isArrayIndex(key) {
  const n = +key;
  return `${n}` === key && n >= 0 && n < 0xFFFFFFFF;
}

const invalidSegmentRegex = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;
const deprecatedInvalidSegmentRegex = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))(\\|\/|$)/i;
const invalidPackageNameRegex = /^\.|%|\\/;

function resolvePackageTargetString(target, subpath, match, pkgPath, pattern, internal,
                                    isPathMap) {
  if (subpath !== '' && !pattern && target[target.length - 1] !== '/') {
    throw new ERR_INVALID_PACKAGE_TARGET(pkgPath, match, target, internal);
  }
  if (!StringPrototypeStartsWith(target, './')) {
    if (internal && !StringPrototypeStartsWith(target, '../') &&
        !StringPrototypeStartsWith(target, '/')) {
      let isURL = false;
      try {
        new URL(target);
        isURL = true;
      } catch {
        // not a URL
      }
      if (!isURL) {
        const exportTarget = pattern ?
          target.replaceAll('*', () => subpath) : target + subpath;
        return packageResolve(exportTarget, pkgPath);
      }
    }
    throw new ERR_INVALID_PACKAGE_TARGET(pkgPath, match, target, internal);
  }
  if (invalidSegmentRegex.exec(StringPrototypeSlice(target, 2)) !== null) {
    if (deprecatedInvalidSegmentRegex.exec(StringPrototypeSlice(target, 2)) === null) {
      // Only "." and "" segments: allowed with a deprecation in node; resolve as is.
    } else {
      throw new ERR_INVALID_PACKAGE_TARGET(pkgPath, match, target, internal);
    }
  }
  const resolvedTarget = path.resolve(pkgPath, target);
  if (!StringPrototypeStartsWith(resolvedTarget, StringPrototypeSlice(pkgPath, 0, -1))) {
    throw new ERR_INVALID_PACKAGE_TARGET(pkgPath, match, target, internal);
  }
  if (subpath === '') return resolvedTarget;
  if (invalidSegmentRegex.exec(subpath) !== null) {
    const request = pattern ? StringPrototypeSlice(match, 0, -1) + subpath : match + subpath;
    throw new ERR_INVALID_MODULE_SPECIFIER(request,
      `request is not a valid match in pattern "${match}" for the "${internal ? 'imports' : 'exports'}" resolution of ${pkgPath}package.json`);
  }
  if (pattern) return resolvedTarget.replaceAll('*', () => subpath);
  return path.resolve(resolvedTarget, subpath) +
    (subpath[subpath.length - 1] === '/' ? '/' : '');
}

function resolvePackageTarget(pkgPath, target, subpath, packageSubpath, pattern, internal,
                              conditions) {
  if (typeof target === 'string') {
    return resolvePackageTargetString(target, subpath, packageSubpath, pkgPath, pattern,
                                      internal);
  }
  if (ArrayIsArray(target)) {
    if (target.length === 0) return null;
    let lastException;
    for (let i = 0; i < target.length; i++) {
      let resolved;
      try {
        resolved = resolvePackageTarget(pkgPath, target[i], subpath, packageSubpath, pattern,
                                        internal, conditions);
      } catch (e) {
        lastException = e;
        if (e.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw e;
      }
      if (resolved === undefined) continue;
      if (resolved === null) {
        lastException = null;
        continue;
      }
      return resolved;
    }
    if (lastException === undefined || lastException === null) return lastException;
    throw lastException;
  }
  if (typeof target === 'object' && target !== null) {
    const keys = ObjectKeys(target);
    for (const key of keys) {
      if (isArrayIndex(key)) {
        const { codes } = require('internal/errors');
        throw new codes.ERR_INVALID_PACKAGE_CONFIG(`${pkgPath}package.json`, undefined,
                                                   '"exports" cannot contain numeric property keys.');
      }
    }
    for (const key of keys) {
      if (key === 'default' || ArrayPrototypeIncludes(conditions, key)) {
        const resolved = resolvePackageTarget(pkgPath, target[key], subpath, packageSubpath,
                                              pattern, internal, conditions);
        if (resolved === undefined) continue;
        return resolved;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw new ERR_INVALID_PACKAGE_TARGET(pkgPath, packageSubpath, target, internal);
}

function patternKeyCompare(a, b) {
  const aStar = StringPrototypeIndexOf(a, '*');
  const bStar = StringPrototypeIndexOf(b, '*');
  const baseLenA = aStar === -1 ? a.length : aStar + 1;
  const baseLenB = bStar === -1 ? b.length : bStar + 1;
  if (baseLenA > baseLenB) return -1;
  if (baseLenB > baseLenA) return 1;
  if (aStar === -1) return 1;
  if (bStar === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

// Finds the exports/imports entry for `subpath` in `map`: an exact key, or the best
// pattern ("./lib/*.js"). Returns [target, patternMatch, key, isPattern] or undefined.
function matchSubpath(map, subpath) {
  if (ObjectPrototypeHasOwnProperty(map, subpath) && !StringPrototypeIncludes(subpath, '*')) {
    return [map[subpath], '', subpath, false];
  }
  let bestMatch = '';
  let bestMatchSubpath;
  for (const key of ObjectKeys(map)) {
    const star = StringPrototypeIndexOf(key, '*');
    if (star === -1 || !StringPrototypeStartsWith(subpath, StringPrototypeSlice(key, 0, star))) {
      continue;
    }
    const trailer = StringPrototypeSlice(key, star + 1);
    if (subpath.length >= key.length && StringPrototypeEndsWith(subpath, trailer) &&
        patternKeyCompare(bestMatch, key) === 1 &&
        StringPrototypeLastIndexOf(key, '*') === star) {
      bestMatch = key;
      bestMatchSubpath = StringPrototypeSlice(subpath, star, subpath.length - trailer.length);
    }
  }
  if (bestMatch !== '') return [map[bestMatch], bestMatchSubpath, bestMatch, true];
  return undefined;
}

function packageExportsResolve(pkgPath, packageSubpath, pkg, conditions, base) {
  let exports = pkg.exports;
  if (isConditionalSugar(exports, pkgPath)) exports = { '.': exports };
  const found = matchSubpath(exports, packageSubpath);
  if (found !== undefined) {
    const { 0: target, 1: patternMatch, 2: key, 3: isPattern } = found;
    const resolved = resolvePackageTarget(pkgPath, target, patternMatch, key, isPattern, false,
                                          conditions);
    if (resolved === null || resolved === undefined) {
      throw new ERR_PACKAGE_PATH_NOT_EXPORTED(pkgPath, packageSubpath, base);
    }
    return resolved;
  }
  throw new ERR_PACKAGE_PATH_NOT_EXPORTED(pkgPath, packageSubpath, base);
}

function packageImportsResolve(name, base, conditions) {
  if (name === '#' || StringPrototypeStartsWith(name, '#/') || StringPrototypeEndsWith(name, '/')) {
    throw new ERR_INVALID_MODULE_SPECIFIER(name, 'is not a valid internal imports specifier name',
                                           base);
  }
  const pkg = base ? packageJsonReader.getNearestParentPackageJSON(base) : undefined;
  if (pkg !== undefined && pkg.imports !== undefined && pkg.imports !== null) {
    const pkgPath = StringPrototypeSlice(pkg.pjsonPath, 0, -'package.json'.length);
    const found = matchSubpath(pkg.imports, name);
    if (found !== undefined) {
      const { 0: target, 1: patternMatch, 2: key, 3: isPattern } = found;
      const resolved = resolvePackageTarget(pkgPath, target, patternMatch, key, isPattern, true,
                                            conditions);
      if (resolved !== null && resolved !== undefined) return resolved;
    }
  }
  const pkgPath = pkg === undefined ? undefined :
    StringPrototypeSlice(pkg.pjsonPath, 0, -'package.json'.length);
  throw new ERR_PACKAGE_IMPORT_NOT_DEFINED(name, pkgPath, base);
}

// A bare specifier reached through "imports" or an "exports" target that names another
// package: resolve it like require would from pkgPath.
function packageResolve(specifier, pkgPath) {
  if (BuiltinModule.normalizeRequirableId(specifier) !== undefined) return specifier;
  const paths = Module._nodeModulePaths(pkgPath);
  const resolved = Module._findPath(specifier, paths, false);
  if (resolved) return resolved;
  throw createNotFoundError(specifier, []);
}

// A package requiring itself by name through its own "exports".
function trySelf(parentPath, request) {
  if (!parentPath) return false;
  const pkg = packageJsonReader.getNearestParentPackageJSON(parentPath);
  if (pkg === undefined || pkg.exports === undefined || pkg.exports === null ||
      pkg.name === undefined) {
    return false;
  }
  let expansion;
  if (request === pkg.name) {
    expansion = '.';
  } else if (StringPrototypeStartsWith(request, `${pkg.name}/`)) {
    expansion = `.${StringPrototypeSlice(request, pkg.name.length)}`;
  } else {
    return false;
  }
  const pkgPath = StringPrototypeSlice(pkg.pjsonPath, 0, -'package.json'.length);
  const resolved = packageExportsResolve(pkgPath, expansion, pkg, cjsConditions);
  return finalizeEsmResolution(resolved, parentPath, pkgPath);
}

function createNotFoundError(request, requireStack) {
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) {
    message += `\nRequire stack:\n- ${ArrayPrototypeJoin(requireStack, '\n- ')}`;
  }
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  return err;
}

Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
  if (BuiltinModule.normalizeRequirableId(request) !== undefined) return request;

  let paths;
  if (typeof options === 'object' && options !== null) {
    if (ArrayIsArray(options.paths)) {
      const isRelative = StringPrototypeStartsWith(request, './') ||
        StringPrototypeStartsWith(request, '../');
      if (isRelative) {
        paths = options.paths;
      } else {
        const fakeParent = new Module('', null);
        paths = [];
        for (let i = 0; i < options.paths.length; i++) {
          const p = options.paths[i];
          fakeParent.paths = Module._nodeModulePaths(p);
          const lookupPaths = Module._resolveLookupPaths(request, fakeParent);
          for (let j = 0; j < lookupPaths.length; j++) {
            if (!ArrayPrototypeIncludes(paths, lookupPaths[j])) {
              ArrayPrototypePush(paths, lookupPaths[j]);
            }
          }
        }
      }
    } else if (options.paths === undefined) {
      paths = Module._resolveLookupPaths(request, parent);
    } else {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_VALUE('options.paths', options.paths);
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }

  if (request[0] === '#' && (parent?.filename || parent?.id === '<repl>')) {
    const base = parent.filename ?? path.join(process.cwd(), 'repl');
    const resolved = packageImportsResolve(request, base, cjsConditions);
    // node resolves "imports" through its URL-based resolver, whose result must be a
    // file: URL; a builtin target fails there.
    if (BuiltinModule.normalizeRequirableId(resolved) !== undefined) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_URL_SCHEME('file');
    }
    return finalizeEsmResolution(resolved, parent.filename, request);
  }

  if (parent?.filename) {
    const selfResolved = trySelf(parent.filename, request);
    if (selfResolved) {
      Module._pathCache[`${request}\x00${paths?.length === 1 ? paths[0] : ''}`] = selfResolved;
      return selfResolved;
    }
  }

  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;
  const requireStack = [];
  for (let cursor = parent; cursor; cursor = moduleParentCache.get(cursor)) {
    ArrayPrototypePush(requireStack, cursor.filename || cursor.id);
  }
  throw createNotFoundError(request, requireStack);
};

// ---------------------------------------------------------------------------------------
// Loading.

// A module that is required again while it is still loading (a dependency cycle) hands out
// its unfinished exports. When those are a plain object, reading a property it does not
// (yet) have warns, through a proxy put in its prototype chain until loading finishes.
function emitCircularRequireWarning(property) {
  process.emitWarning(`Accessing non-existent property '${String(property)}' of module ` +
                      'exports inside circular dependency');
}

const circularRequireWarningProto = new Proxy(ObjectPrototype, {
  __proto__: null,
  get(target, property, receiver) {
    if (property in target || property === '__esModule') {
      return ReflectGet(target, property, receiver);
    }
    emitCircularRequireWarning(property);
    return undefined;
  },
  getOwnPropertyDescriptor(target, property) {
    if (ObjectPrototypeHasOwnProperty(target, property) || property === '__esModule') {
      return ReflectGetOwnPropertyDescriptor(target, property);
    }
    emitCircularRequireWarning(property);
    return undefined;
  },
});

let isProxy = (value) => {
  isProxy = require('internal/util/types').isProxy;
  return isProxy(value);
};

// How many exports objects have the warning prototype: while none has, finishing a load
// has nothing to undo (and need not load internal/util/types, which start-up avoids).
let circularWarningProtos = 0;

function getExportsForCircularRequire(module) {
  const exports = module.exports;
  if (exports && !isProxy(exports) && ObjectGetPrototypeOf(exports) === ObjectPrototype &&
      !exports.__esModule) {
    ObjectSetPrototypeOf(exports, circularRequireWarningProto);
    circularWarningProtos++;
  }
  return exports;
}

Module._load = function _load(request, parent, isMain) {
  let relResolveCacheIdentifier;
  if (parent) {
    relResolveCacheIdentifier = `${parent.path}\x00${request}`;
    const filename = relativeResolveCache[relResolveCacheIdentifier];
    if (filename !== undefined) {
      const cachedModule = Module._cache[filename];
      if (cachedModule !== undefined) {
        updateChildren(parent, cachedModule, true);
        if (!cachedModule.loaded) return getExportsForCircularRequire(cachedModule);
        return cachedModule.exports;
      }
      delete relativeResolveCache[relResolveCacheIdentifier];
    }
  }

  if (StringPrototypeStartsWith(request, 'node:')) {
    const id = StringPrototypeSlice(request, 5);
    if (!BuiltinModule.canBeRequiredByUsers(id)) {
      throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
    }
    return loadBuiltin(id);
  }

  const filename = Module._resolveFilename(request, parent, isMain);
  const cachedModule = Module._cache[filename];
  if (cachedModule !== undefined) {
    updateChildren(parent, cachedModule, true);
    if (!cachedModule.loaded) return getExportsForCircularRequire(cachedModule);
    return cachedModule.exports;
  }

  if (BuiltinModule.canBeRequiredWithoutScheme(filename)) {
    return loadBuiltin(filename);
  }

  const module = new Module(filename, parent);
  if (isMain) {
    setMainModule(module);
    module.id = '.';
  }
  Module._cache[filename] = module;
  if (parent !== undefined) relativeResolveCache[relResolveCacheIdentifier] = filename;

  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent !== undefined) {
        delete relativeResolveCache[relResolveCacheIdentifier];
        const children = parent?.children;
        if (ArrayIsArray(children)) {
          const index = ArrayPrototypeIndexOf(children, module);
          if (index !== -1) ArrayPrototypeSplice(children, index, 1);
        }
      }
    } else {
      const exports = module.exports;
      if (circularWarningProtos !== 0 && exports && !isProxy(exports) &&
          ObjectGetPrototypeOf(exports) === circularRequireWarningProto) {
        ObjectSetPrototypeOf(exports, ObjectPrototype);
        circularWarningProtos--;
      }
    }
  }
  return module.exports;
};

const relativeResolveCache = { __proto__: null };

function loadBuiltin(id) {
  const mod = BuiltinModule.map.get(id);
  if (mod !== undefined && mod.loaded) return mod.exports;
  const { require: requireBuiltin } = require('internal/bootstrap/realm');
  return requireBuiltin(id);
}

// Every module of a directory has the same lookup paths: they are computed once per
// directory (each module gets its own copy, which programs may change). A program that
// replaces Module._nodeModulePaths gets its function called, as in node.
const nodeModulePaths = Module._nodeModulePaths;
const nodeModulePathsCache = new SafeMap();
function modulePathsFor(dir) {
  if (Module._nodeModulePaths !== nodeModulePaths) return Module._nodeModulePaths(dir);
  let paths = nodeModulePathsCache.get(dir);
  if (paths === undefined) {
    paths = nodeModulePaths(dir);
    if (nodeModulePathsCache.size >= 1024) nodeModulePathsCache.clear();
    nodeModulePathsCache.set(dir, paths);
  }
  return ArrayPrototypeSlice(paths);
}

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = modulePathsFor(path.dirname(filename));
  const extension = findLongestRegisteredExtension(filename);
  Module._extensions[extension](this, filename);
  this.loaded = true;
};

Module.prototype.require = function require(id) {
  validateString(id, 'id');
  if (id === '') {
    throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  }
  requireDepth++;
  try {
    return Module._load(id, this, false);
  } finally {
    requireDepth--;
  }
};

let requireDepth = 0;

function stripBOM(content) {
  return StringPrototypeCharCodeAt(content, 0) === 0xFEFF ?
    StringPrototypeSlice(content, 1) : content;
}

// A leading "#!" line becomes a comment of the same length, so positions are unchanged.
function stripShebang(content) {
  if (StringPrototypeStartsWith(content, '#!')) return `//${StringPrototypeSlice(content, 2)}`;
  return content;
}

// Top-level import/export statements mark ES module syntax; node (22) would load such a
// file as an ES module. Until nodus has ES modules, say so instead of a parser message.
const esmSyntax = /^[ \t]*(?:import[ \t]*(?:[\w*{$]|["'])|export[ \t]+(?:default|const|let|var|function|class|async|\{|\*))/m;

function reportEsm(err, content, filename) {
  if (err?.name !== 'SyntaxError' || esmSyntax.exec(content) === null) return err;
  const isImport = /^[ \t]*import[ \t]*(?:[\w*{$]|["'])/m.exec(content) !== null;
  const replacement = new SyntaxError(
    `Cannot use ${isImport ? 'import statement' : 'export statement'} outside a module ` +
    `(${filename} uses ES module syntax; nodus does not support ES modules yet)`);
  replacement.code = 'ERR_NODUS_ESM_UNSUPPORTED';
  return replacement;
}

function compileWrapper(content, filename) {
  if (patched) {
    const source = Module.wrap(content);
    stackSupport.registerWrapperOffset(filename, StringPrototypeIndexOf(source, content));
    return evaluateScript(source, filename);
  }
  stackSupport.registerWrapperOffset(filename, wrapperPrefix.length);
  try {
    return evaluateScript(`${wrapperPrefix}${content}\n})`, filename);
  } catch (err) {
    throw reportEsm(err, content, filename);
  }
}

Module.prototype._compile = function _compile(content, filename) {
  content = stripShebang(content);
  const compiled = compileWrapper(content, filename);
  const dirname = path.dirname(filename);
  const require = makeRequireFunction(this);
  const exports = this.exports;
  const thisValue = exports;
  if (requireDepth === 0) statCache = null;
  return ReflectApply(compiled, thisValue, [exports, require, this, filename, dirname]);
};

let statCache = null;

Module._extensions['.js'] = function loadJS(module, filename) {
  if (StringPrototypeEndsWith(filename, '.mjs')) {
    const parent = moduleParentCache.get(module);
    throw new ERR_REQUIRE_ESM(filename, true, parent?.filename);
  }
  const content = readFileUtf8(filename);
  if (StringPrototypeEndsWith(filename, '.js')) {
    const type = packageJsonReader.getNearestParentPackageJSONType(filename);
    if (type === 'module') {
      const parent = moduleParentCache.get(module);
      throw new ERR_REQUIRE_ESM(filename, true, parent?.filename);
    }
  }
  module._compile(stripBOM(content), filename);
};

Module._extensions['.json'] = function loadJSON(module, filename) {
  const content = readFileUtf8(filename);
  try {
    module.exports = JSON.parse(stripBOM(content));
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};

Module._extensions['.node'] = function loadNODE(module, filename) {
  const err = new Error(`Cannot load native addon '${filename}': native addons (.node files) ` +
    'are not supported by nodus yet');
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

function makeRequireFunction(mod) {
  const require = function require(path) {
    return mod.require(path);
  };
  function resolve(request, options) {
    validateString(request, 'request');
    return Module._resolveFilename(request, mod, false, options);
  }
  require.resolve = resolve;
  function paths(request) {
    validateString(request, 'request');
    return Module._resolveLookupPaths(request, mod);
  }
  resolve.paths = paths;
  // A data property, as in node: the main module when this require was made.
  setOwnProperty(require, 'main', process.mainModule);
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

function setMainModule(module) {
  process.mainModule = module;
}

// ---------------------------------------------------------------------------------------
// Public helpers.

function createRequireFromPath(filename) {
  const trailingSlash = StringPrototypeEndsWith(filename, '/');
  const proxyPath = trailingSlash ? path.join(filename, 'noop.js') : filename;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
}

Module.createRequire = function createRequire(filename) {
  let filepath;
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
    filepath = require('internal/url').fileURLToPath(filename);
  } else if (typeof filename === 'string' && StringPrototypeStartsWith(filename, 'file:')) {
    filepath = require('internal/url').fileURLToPath(filename);
  } else if (typeof filename !== 'string' || !path.isAbsolute(filename)) {
    throw new ERR_INVALID_ARG_VALUE('filename', filename,
                                    'must be a file URL object, file URL string, or absolute path string');
  } else {
    filepath = filename;
  }
  return createRequireFromPath(filepath);
};

let modulePaths = [];

Module._initPaths = function _initPaths() {
  // Read straight from the environment: building process.env is not needed here.
  const { getEnv } = internalBinding('process_methods');
  const homeDir = getEnv('HOME');
  const nodePath = getEnv('NODE_PATH');
  const prefixDir = path.resolve(process.execPath, '..', '..');
  const paths = [path.resolve(prefixDir, 'lib', 'node')];
  if (homeDir) {
    ArrayPrototypeUnshift(paths, path.resolve(homeDir, '.node_libraries'));
    ArrayPrototypeUnshift(paths, path.resolve(homeDir, '.node_modules'));
  }
  if (nodePath) {
    const extra = [];
    for (const p of StringPrototypeSplit(nodePath, ':')) {
      if (p) ArrayPrototypePush(extra, p);
    }
    ArrayPrototypeUnshift(paths, ...extra);
  }
  modulePaths = paths;
  Module.globalPaths = ArrayPrototypeSlice(modulePaths);
};

Module._preloadModules = function _preloadModules(requests) {
  if (!ArrayIsArray(requests)) return;
  const parent = new Module('internal/preload', null);
  try {
    parent.paths = Module._nodeModulePaths(process.cwd());
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
  }
  for (let n = 0; n < requests.length; n++) parent.require(requests[n]);
};

Module.syncBuiltinESMExports = function syncBuiltinESMExports() {};

Module.runMain = function runMain(main = process.argv[1]) {
  const resolved = path.resolve(main);
  Module._load(resolved, null, true);
};

Module.findSourceMap = function findSourceMap() {
  return undefined;
};

Module.register = function register() {
  const err = new Error('module.register() (ES module customization hooks) is not ' +
    'supported by nodus yet');
  err.code = 'ERR_NOT_SUPPORTED';
  throw err;
};

Module.Module = Module;

Module._initPaths();

module.exports = {
  Module,
  createNotFoundError,
  makeRequireFunction,
  stripBOM,
  stripShebang,
};

void validateObject;
void JSONParse;

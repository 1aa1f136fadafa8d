'use strict';

// Reads and caches package.json files for module resolution. Only the fields resolution
// needs are kept (name, main, type, exports, imports); a file that is not valid JSON is
// reported with node's ERR_INVALID_PACKAGE_CONFIG when a field is needed.

const {
  JSONParse,
  ObjectPrototypeHasOwnProperty,
  SafeMap,
  StringPrototypeEndsWith,
  StringPrototypeLastIndexOf,
  StringPrototypeSlice,
} = primordials;

const {
  codes: { ERR_INVALID_PACKAGE_CONFIG },
} = require('internal/errors');

const { readFileUtf8, internalModuleStat } = internalBinding('fs');

// path of package.json -> record ({ exists: false } for no file)
const cache = new SafeMap();
// directory -> the record of the nearest package.json at or above it, or null
const nearestByDirectory = new SafeMap();

function pick(parsed, key) {
  return ObjectPrototypeHasOwnProperty(parsed, key) ? parsed[key] : undefined;
}

// Returns { exists, pjsonPath, name, main, type, exports, imports } for the package.json
// at jsonPath, or { exists: false } when there is none. Throws for invalid JSON.
function read(jsonPath, { specifier, base, isESM } = {}) {
  let record = cache.get(jsonPath);
  if (record !== undefined) return record;
  let text;
  if (internalModuleStat(jsonPath) === 0) {
    try {
      text = readFileUtf8(jsonPath);
    } catch {
      text = undefined;
    }
  }
  if (text === undefined) {
    record = { __proto__: null, exists: false, pjsonPath: jsonPath };
    cache.set(jsonPath, record);
    return record;
  }
  let parsed;
  try {
    parsed = JSONParse(text);
  } catch (err) {
    const error = new ERR_INVALID_PACKAGE_CONFIG(jsonPath, isESM && base ? `"${specifier}" from ${base}` : undefined, err.message);
    error.cause = err;
    throw error;
  }
  if (parsed === null || typeof parsed !== 'object') parsed = {};
  const type = pick(parsed, 'type');
  record = {
    __proto__: null,
    exists: true,
    pjsonPath: jsonPath,
    name: typeof pick(parsed, 'name') === 'string' ? parsed.name : undefined,
    main: typeof pick(parsed, 'main') === 'string' ? parsed.main : undefined,
    type: type === 'module' || type === 'commonjs' ? type : 'none',
    exports: pick(parsed, 'exports'),
    imports: pick(parsed, 'imports'),
  };
  cache.set(jsonPath, record);
  return record;
}

// The nearest package.json at or above the directory of checkPath (a file path),
// stopping at node_modules boundaries like node. Returns the record or undefined.
function getNearestParentPackageJSON(checkPath) {
  const slash = StringPrototypeLastIndexOf(checkPath, '/');
  if (slash < 0) return undefined;
  const start = StringPrototypeSlice(checkPath, 0, slash);
  // Every module of a directory asks the same question (twice: for its type, and for
  // self-reference by the modules it requires): the answer is kept per directory.
  const known = nearestByDirectory.get(start);
  if (known !== undefined) return known ?? undefined;
  let dir = start;
  let found;
  for (;;) {
    if (StringPrototypeEndsWith(dir, '/node_modules')) break;
    const record = read(`${dir}/package.json`);
    if (record.exists) {
      found = record;
      break;
    }
    if (dir === '') break;
    const up = StringPrototypeLastIndexOf(dir, '/');
    if (up < 0) break;
    dir = StringPrototypeSlice(dir, 0, up);
  }
  nearestByDirectory.set(start, found ?? null);
  return found;
}

function getNearestParentPackageJSONType(checkPath) {
  const record = getNearestParentPackageJSON(checkPath);
  return record === undefined ? 'none' : record.type;
}

function clearCache() {
  cache.clear();
  nearestByDirectory.clear();
}

module.exports = {
  clearCache,
  getNearestParentPackageJSON,
  getNearestParentPackageJSONType,
  read,
};

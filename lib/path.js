'use strict';

// node:path. The POSIX flavour is implemented here; path.win32 lives in
// internal/path/win32 and is loaded when first used.

const {
  ArrayPrototypeJoin,
  ArrayPrototypePop,
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  ObjectDefineProperty,
  StringPrototypeCharCodeAt,
  StringPrototypeLastIndexOf,
  StringPrototypeSlice,
  StringPrototypeSplit,
} = primordials;

const { validateObject, validateString } = require('internal/validators');

const SLASH = 47;  // '/'
const DOT = 46;    // '.'

let cwdFn = null;
function cwd() {
  cwdFn ??= internalBinding('process_methods').cwd;
  return cwdFn();
}

// Resolves '.' and '..' segments and collapses repeated slashes. Leading '..' segments
// of a relative path are kept unless allowAboveRoot is false.
function normalizeSegments(path, allowAboveRoot) {
  const out = [];
  for (const segment of StringPrototypeSplit(path, '/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') {
        ArrayPrototypePop(out);
      } else if (allowAboveRoot) {
        ArrayPrototypePush(out, '..');
      }
      continue;
    }
    ArrayPrototypePush(out, segment);
  }
  return ArrayPrototypeJoin(out, '/');
}

function isPosixAbsolute(path) {
  return path.length > 0 && StringPrototypeCharCodeAt(path, 0) === SLASH;
}

function resolve(...args) {
  let resolved = '';
  let absolute = false;
  for (let i = args.length - 1; i >= -1 && !absolute; i--) {
    const path = i >= 0 ? args[i] : cwd();
    validateString(path, `paths[${i}]`);
    if (path.length === 0) continue;
    resolved = resolved === '' ? path : `${path}/${resolved}`;
    absolute = isPosixAbsolute(path);
  }
  const normalized = normalizeSegments(resolved, !absolute);
  if (absolute) return `/${normalized}`;
  return normalized.length > 0 ? normalized : '.';
}

function normalize(path) {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  const absolute = isPosixAbsolute(path);
  const trailing = StringPrototypeCharCodeAt(path, path.length - 1) === SLASH;
  let result = normalizeSegments(path, !absolute);
  if (result.length === 0) {
    if (absolute) return '/';
    return trailing ? './' : '.';
  }
  if (trailing) result += '/';
  return absolute ? `/${result}` : result;
}

function isAbsolute(path) {
  validateString(path, 'path');
  return isPosixAbsolute(path);
}

function join(...args) {
  if (args.length === 0) return '.';
  let joined;
  for (let i = 0; i < args.length; i++) {
    validateString(args[i], 'path');
    if (args[i].length > 0) joined = joined === undefined ? args[i] : `${joined}/${args[i]}`;
  }
  return joined === undefined ? '.' : normalize(joined);
}

function relative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  from = resolve(from);
  to = resolve(to);
  if (from === to) return '';
  const fromParts = from === '/' ? [] : StringPrototypeSplit(StringPrototypeSlice(from, 1), '/');
  const toParts = to === '/' ? [] : StringPrototypeSplit(StringPrototypeSlice(to, 1), '/');
  let common = 0;
  while (common < fromParts.length && common < toParts.length &&
         fromParts[common] === toParts[common]) {
    common++;
  }
  const up = [];
  for (let i = common; i < fromParts.length; i++) ArrayPrototypePush(up, '..');
  const rest = ArrayPrototypeSlice(toParts, common);
  return ArrayPrototypeJoin([...up, ...rest], '/');
}

function toNamespacedPath(path) {
  return path;
}

function dirname(path) {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  const absolute = StringPrototypeCharCodeAt(path, 0) === SLASH;
  // Skip trailing slashes, then the last segment, then the slashes before it.
  let end = path.length - 1;
  while (end > 0 && StringPrototypeCharCodeAt(path, end) === SLASH) end--;
  while (end > 0 && StringPrototypeCharCodeAt(path, end) !== SLASH) end--;
  if (end === 0) return absolute ? '/' : '.';
  while (end > 1 && StringPrototypeCharCodeAt(path, end - 1) === SLASH) end--;
  if (end === 1 && absolute && StringPrototypeCharCodeAt(path, 1) === SLASH) return '//';
  return StringPrototypeSlice(path, 0, end);
}

// The last segment without trailing slashes.
function lastSegment(path) {
  let end = path.length;
  while (end > 0 && StringPrototypeCharCodeAt(path, end - 1) === SLASH) end--;
  const start = StringPrototypeLastIndexOf(StringPrototypeSlice(path, 0, end), '/') + 1;
  return StringPrototypeSlice(path, start, end);
}

function basename(path, suffix) {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(path, 'path');
  const base = lastSegment(path);
  if (suffix !== undefined && suffix.length > 0 && suffix.length < base.length + 1 &&
      base !== suffix && StringPrototypeSlice(base, base.length - suffix.length) === suffix) {
    return StringPrototypeSlice(base, 0, base.length - suffix.length);
  }
  return base;
}

// Splits a last segment into name and extension: the extension starts at the last dot,
// unless that dot is the first character or the segment is '..'.
function splitExtension(base) {
  const dot = StringPrototypeLastIndexOf(base, '.');
  if (dot <= 0 || base === '..') return [base, ''];
  return [StringPrototypeSlice(base, 0, dot), StringPrototypeSlice(base, dot)];
}

function extname(path) {
  validateString(path, 'path');
  return splitExtension(lastSegment(path))[1];
}

function format(pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  let base = pathObject.base;
  if (!base) {
    const ext = pathObject.ext ? `${pathObject.ext}` : '';
    const dotted = ext !== '' && StringPrototypeCharCodeAt(ext, 0) !== DOT ? `.${ext}` : ext;
    base = `${pathObject.name || ''}${dotted}`;
  }
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}/${base}`;
}

function parse(path) {
  validateString(path, 'path');
  const result = { root: '', dir: '', base: '', ext: '', name: '' };
  if (path.length === 0) return result;
  const absolute = StringPrototypeCharCodeAt(path, 0) === SLASH;
  if (absolute) result.root = '/';
  const base = lastSegment(path);
  if (base === '') {
    // Only slashes: the root.
    result.dir = absolute ? '/' : '';
    return result;
  }
  result.base = base;
  const { 0: name, 1: ext } = splitExtension(base);
  result.name = name;
  result.ext = ext;
  let end = path.length;
  while (end > 0 && StringPrototypeCharCodeAt(path, end - 1) === SLASH) end--;
  let dirEnd = end - base.length;
  // Drop the separator(s) between dir and base.
  while (dirEnd > 1 && StringPrototypeCharCodeAt(path, dirEnd - 1) === SLASH) dirEnd--;
  if (dirEnd > 0) {
    result.dir = StringPrototypeSlice(path, 0, dirEnd);
  } else if (absolute) {
    result.dir = '/';
  }
  return result;
}

function matchesGlob(path, pattern) {
  return require('internal/fs/glob').matchGlobPattern(path, pattern, false);
}

const posix = {
  resolve,
  normalize,
  isAbsolute,
  join,
  relative,
  toNamespacedPath,
  dirname,
  basename,
  extname,
  format,
  parse,
  matchesGlob,
  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
  _makeLong: toNamespacedPath,
};

posix.posix = posix;
ObjectDefineProperty(posix, 'win32', {
  __proto__: null,
  get() {
    const win32 = require('internal/path/win32');
    win32.posix = posix;
    win32.win32 = win32;
    ObjectDefineProperty(posix, 'win32', {
      __proto__: null, value: win32, writable: true, enumerable: true, configurable: true,
    });
    return win32;
  },
  enumerable: true,
  configurable: true,
});

module.exports = posix;
